import * as React from 'react';
import { createComponent } from '@lit/react';
import { HubProvider as HubProviderElement } from '@hub/elements';
import '@hub/elements/define/hub-provider.js';
import { providerEvents } from './events.js';

/**
 * `<hub-provider>` as a React component. Configures the Hub Elements inside it: the client, the
 * locale, the session's permissions and the appearance.
 *
 * Props are those of the element class, {@link HubProviderElement | HubProvider} in
 * `@hub/elements`, and are set as properties, so objects and functions pass as they are. Each
 * `onHub…` prop listens to the `hub-…` event of that name, its `detail` typed. Using the component
 * registers the tag.
 *
 * @example
 * ```tsx
 * <HubProvider baseUrl="/hub-api" partnerId="yourPA" clientId="someCL" sessionUrl="/session">
 *   <HubNumberList />
 * </HubProvider>
 * ```
 */
export const HubProvider = createComponent({
  react: React,
  tagName: 'hub-provider',
  elementClass: HubProviderElement,
  events: providerEvents,
  displayName: 'HubProvider',
});
