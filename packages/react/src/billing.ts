import * as React from 'react';
import { createComponent } from '@lit/react';
import { HubBilling as HubBillingElement } from '@hub/elements';
import '@hub/elements/define/hub-billing.js';
import { billingEvents } from './events.js';

/**
 * `<hub-billing>` as a React component. A direct-payment client's plans, monthly charges and
 * billing-portal link.
 *
 * Props are those of the element class, {@link HubBillingElement | HubBilling} in `@hub/elements`,
 * and are set as properties, so objects and functions pass as they are. Each `onHub…` prop listens
 * to the `hub-…` event of that name, its `detail` typed. Using the component registers the tag.
 *
 * @example
 * ```tsx
 * <HubBilling months={6} onHubBillingPortalOpen={(e) => console.log(e.detail.url)} />
 * ```
 */
export const HubBilling = createComponent({
  react: React,
  tagName: 'hub-billing',
  elementClass: HubBillingElement,
  events: billingEvents,
  displayName: 'HubBilling',
});
