import * as React from 'react';
import { createComponent } from '@lit/react';
import { HubNumberDetails as HubNumberDetailsElement } from '@hub/elements';
import '@hub/elements/define/hub-number-details.js';
import { numberDetailsEvents } from './events.js';

/**
 * `<hub-number-details>` as a React component. One number's details and settings (the WABA
 * manager).
 *
 * Props are those of the element class, {@link HubNumberDetailsElement | HubNumberDetails} in
 * `@hub/elements`, and are set as properties, so objects and functions pass as they are. Each
 * `onHub…` prop listens to the `hub-…` event of that name, its `detail` typed. Using the component
 * registers the tag.
 *
 * @example
 * ```tsx
 * <HubNumberDetails numberId={numberId} onHubProfileSaved={(e) => toast(`Saved ${e.detail.numberId}`)} />
 * ```
 */
export const HubNumberDetails = createComponent({
  react: React,
  tagName: 'hub-number-details',
  elementClass: HubNumberDetailsElement,
  events: numberDetailsEvents,
  displayName: 'HubNumberDetails',
});
