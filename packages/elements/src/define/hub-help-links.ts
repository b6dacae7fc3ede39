import { define } from '../base/define.js';
import { HubHelpLinks } from '../help-links/help-links.js';

define('hub-help-links', HubHelpLinks);

declare global {
  interface HTMLElementTagNameMap {
    'hub-help-links': HubHelpLinks;
  }
}
