import { define } from '../base/define.js';
import { HubFunds } from '../funds/funds.js';

define('hub-funds', HubFunds);

declare global {
  interface HTMLElementTagNameMap {
    'hub-funds': HubFunds;
  }
}
