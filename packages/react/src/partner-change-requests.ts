import * as React from 'react';
import { createComponent } from '@lit/react';
import { HubPartnerChangeRequests as HubPartnerChangeRequestsElement } from '@hub/elements';
import '@hub/elements/define/hub-partner-change-requests.js';
import { partnerChangeRequestsEvents } from './events.js';

/**
 * `<hub-partner-change-requests>` as a React component. Incoming partner-change requests and the
 * auto-approve setting, for partner staff.
 *
 * Props are those of the element class, {@link HubPartnerChangeRequestsElement |
 * HubPartnerChangeRequests} in `@hub/elements`, and are set as properties, so objects and functions
 * pass as they are. Each `onHub…` prop listens to the `hub-…` event of that name, its `detail`
 * typed. Using the component registers the tag.
 *
 * @example
 * ```tsx
 * <HubPartnerChangeRequests onHubPartnerChangeReview={(e) => console.log(e.detail.requestId)} />
 * ```
 */
export const HubPartnerChangeRequests = createComponent({
  react: React,
  tagName: 'hub-partner-change-requests',
  elementClass: HubPartnerChangeRequestsElement,
  events: partnerChangeRequestsEvents,
  displayName: 'HubPartnerChangeRequests',
});
