import { define } from '../base/define.js';
import { HubBilling } from '../billing/billing.js';

define('hub-billing', HubBilling);

declare global {
  interface HTMLElementTagNameMap {
    'hub-billing': HubBilling;
  }
}
