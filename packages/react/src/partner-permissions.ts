import * as React from 'react';
import { createComponent } from '@lit/react';
import { HubPartnerPermissions as HubPartnerPermissionsElement } from '@hub/elements';
import '@hub/elements/define/hub-partner-permissions.js';
import { partnerPermissionsEvents } from './events.js';

/**
 * `<hub-partner-permissions>` as a React component. The numbers the client shares with its partner,
 * and the way to change that.
 *
 * Props are those of the element class, {@link HubPartnerPermissionsElement |
 * HubPartnerPermissions} in `@hub/elements`, and are set as properties, so objects and functions
 * pass as they are. Each `onHub…` prop listens to the `hub-…` event of that name, its `detail`
 * typed. Using the component registers the tag.
 *
 * @example
 * ```tsx
 * <HubPartnerPermissions redirectUrl="https://portal.example/hub-redirect" onHubPermissionsChange={(e) => console.log(e.detail.channels)} />
 * ```
 */
export const HubPartnerPermissions = createComponent({
  react: React,
  tagName: 'hub-partner-permissions',
  elementClass: HubPartnerPermissionsElement,
  events: partnerPermissionsEvents,
  displayName: 'HubPartnerPermissions',
});
