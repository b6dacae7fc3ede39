import { define } from '../base/define.js';
import { HubNumberList } from '../number-list/number-list.js';

define('hub-number-list', HubNumberList);

declare global {
  interface HTMLElementTagNameMap {
    'hub-number-list': HubNumberList;
  }
}
