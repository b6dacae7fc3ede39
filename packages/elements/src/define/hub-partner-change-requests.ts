import { define } from '../base/define.js';
import { HubPartnerChangeRequests } from '../partner-change-requests/partner-change-requests.js';

define('hub-partner-change-requests', HubPartnerChangeRequests);

declare global {
  interface HTMLElementTagNameMap {
    'hub-partner-change-requests': HubPartnerChangeRequests;
  }
}
