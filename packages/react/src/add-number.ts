import * as React from 'react';
import { createComponent } from '@lit/react';
import { HubAddNumber as HubAddNumberElement } from '@hub/elements';
import '@hub/elements/define/hub-add-number.js';
import { onboardingEvents } from './events.js';

/**
 * `<hub-add-number>` as a React component. Adds a phone number through the Hub's hosted signup.
 *
 * Props are those of the element class, {@link HubAddNumberElement | HubAddNumber} in
 * `@hub/elements`, and are set as properties, so objects and functions pass as they are. Each
 * `onHub…` prop listens to the `hub-…` event of that name, its `detail` typed. Using the component
 * registers the tag.
 *
 * @example
 * ```tsx
 * <HubAddNumber redirectUrl="https://portal.example/hub-redirect" onHubNumberOnboarded={(e) => console.log(e.detail.channels)} />
 * ```
 */
export const HubAddNumber = createComponent({
  react: React,
  tagName: 'hub-add-number',
  elementClass: HubAddNumberElement,
  events: onboardingEvents,
  displayName: 'HubAddNumber',
});
