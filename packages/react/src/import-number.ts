import * as React from 'react';
import { createComponent } from '@lit/react';
import { HubImportNumber as HubImportNumberElement } from '@hub/elements';
import '@hub/elements/define/hub-import-number.js';
import { onboardingEvents } from './events.js';

/**
 * `<hub-import-number>` as a React component. Imports a phone number from another BSP through the
 * Hub's hosted signup.
 *
 * Props are those of the element class, {@link HubImportNumberElement | HubImportNumber} in
 * `@hub/elements`, and are set as properties, so objects and functions pass as they are. Each
 * `onHub…` prop listens to the `hub-…` event of that name, its `detail` typed. Using the component
 * registers the tag.
 *
 * @example
 * ```tsx
 * <HubImportNumber redirectUrl="https://portal.example/hub-redirect" onHubNumberOnboarded={(e) => console.log(e.detail.channels)} />
 * ```
 */
export const HubImportNumber = createComponent({
  react: React,
  tagName: 'hub-import-number',
  elementClass: HubImportNumberElement,
  events: onboardingEvents,
  displayName: 'HubImportNumber',
});
