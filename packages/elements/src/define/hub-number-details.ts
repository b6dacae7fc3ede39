import { define } from '../base/define.js';
import { HubNumberDetails } from '../number-details/number-details.js';

define('hub-number-details', HubNumberDetails);

declare global {
  interface HTMLElementTagNameMap {
    'hub-number-details': HubNumberDetails;
  }
}
