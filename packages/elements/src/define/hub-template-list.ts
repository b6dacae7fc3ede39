import { define } from '../base/define.js';
import { HubTemplateList } from '../template-list/template-list.js';

define('hub-template-list', HubTemplateList);

declare global {
  interface HTMLElementTagNameMap {
    'hub-template-list': HubTemplateList;
  }
}
