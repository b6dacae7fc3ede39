import * as React from 'react';
import { createComponent } from '@lit/react';
import { HubSettings as HubSettingsElement } from '@hub/elements';
import '@hub/elements/define/hub-settings.js';

/**
 * `<hub-settings>` as a React component. The client's settings: partner permissions, partner
 * change, help, the user's account.
 *
 * Props are those of the element class, {@link HubSettingsElement | HubSettings} in
 * `@hub/elements`, and are set as properties, so objects and functions pass as they are. Using the
 * component registers the tag.
 *
 * @example
 * ```tsx
 * <HubSettings partnerName="Example Partner" redirectUrl="https://portal.example/hub-redirect" />
 * ```
 */
export const HubSettings = createComponent({
  react: React,
  tagName: 'hub-settings',
  elementClass: HubSettingsElement,
  displayName: 'HubSettings',
});
