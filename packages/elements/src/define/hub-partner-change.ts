import { define } from '../base/define.js';
import { HubPartnerChange } from '../partner-change/partner-change.js';

define('hub-partner-change', HubPartnerChange);

declare global {
  interface HTMLElementTagNameMap {
    'hub-partner-change': HubPartnerChange;
  }
}
