import * as React from 'react';
import { createComponent } from '@lit/react';
import { HubFunds as HubFundsElement } from '@hub/elements';
import '@hub/elements/define/hub-funds.js';
import { fundsEvents } from './events.js';

/**
 * `<hub-funds>` as a React component. A direct-payment client's funds, how long they last, and the
 * way to add more.
 *
 * Props are those of the element class, {@link HubFundsElement | HubFunds} in `@hub/elements`, and
 * are set as properties, so objects and functions pass as they are. Each `onHub…` prop listens to
 * the `hub-…` event of that name, its `detail` typed. Using the component registers the tag.
 *
 * @example
 * ```tsx
 * <HubFunds onHubFundsAdd={(e) => openCheckout(e.detail.clientId)} />
 * ```
 */
export const HubFunds = createComponent({
  react: React,
  tagName: 'hub-funds',
  elementClass: HubFundsElement,
  events: fundsEvents,
  displayName: 'HubFunds',
});
