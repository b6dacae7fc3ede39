import { define } from '../base/define.js';
import { HubAddNumber } from '../add-number/add-number.js';

define('hub-add-number', HubAddNumber);

declare global {
  interface HTMLElementTagNameMap {
    'hub-add-number': HubAddNumber;
  }
}
