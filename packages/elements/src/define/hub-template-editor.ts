import { define } from '../base/define.js';
import { HubTemplateEditor } from '../template-editor/template-editor.js';

define('hub-template-editor', HubTemplateEditor);

declare global {
  interface HTMLElementTagNameMap {
    'hub-template-editor': HubTemplateEditor;
  }
}
