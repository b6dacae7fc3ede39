import * as React from 'react';
import { createComponent } from '@lit/react';
import { HubPartnerChange as HubPartnerChangeElement } from '@hub/elements';
import '@hub/elements/define/hub-partner-change.js';
import { partnerChangeEvents } from './events.js';

/**
 * `<hub-partner-change>` as a React component. The client's current partner and a hand-off to
 * request a partner change.
 *
 * Props are those of the element class, {@link HubPartnerChangeElement | HubPartnerChange} in
 * `@hub/elements`, and are set as properties, so objects and functions pass as they are. Each
 * `onHub…` prop listens to the `hub-…` event of that name, its `detail` typed. Using the component
 * registers the tag.
 *
 * @example
 * ```tsx
 * <HubPartnerChange partnerName="Example Partner" onHubPartnerChangeRequest={(e) => console.log(e.detail.url)} />
 * ```
 */
export const HubPartnerChange = createComponent({
  react: React,
  tagName: 'hub-partner-change',
  elementClass: HubPartnerChangeElement,
  events: partnerChangeEvents,
  displayName: 'HubPartnerChange',
});
