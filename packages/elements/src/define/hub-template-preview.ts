import { define } from '../base/define.js';
import { HubTemplatePreview } from '../template-preview/template-preview.js';

define('hub-template-preview', HubTemplatePreview);

declare global {
  interface HTMLElementTagNameMap {
    'hub-template-preview': HubTemplatePreview;
  }
}
