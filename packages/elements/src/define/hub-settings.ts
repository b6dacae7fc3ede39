import { define } from '../base/define.js';
import { HubSettings } from '../settings/settings.js';
// The Help section renders <hub-help-links>.
import './hub-help-links.js';

define('hub-settings', HubSettings);

declare global {
  interface HTMLElementTagNameMap {
    'hub-settings': HubSettings;
  }
}
