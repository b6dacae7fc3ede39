import { define } from '../base/define.js';
import { HubPartnerPermissions } from '../partner-permissions/partner-permissions.js';

define('hub-partner-permissions', HubPartnerPermissions);

declare global {
  interface HTMLElementTagNameMap {
    'hub-partner-permissions': HubPartnerPermissions;
  }
}
