import { define } from '../base/define.js';
import { HubTemplateEditor } from '../template-editor/template-editor.js';
// The editor shows a live `<hub-template-preview>`, so it brings that tag along.
import './hub-template-preview.js';

define('hub-template-editor', HubTemplateEditor);

declare global {
  interface HTMLElementTagNameMap {
    'hub-template-editor': HubTemplateEditor;
  }
}
