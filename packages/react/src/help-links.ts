import * as React from 'react';
import { createComponent } from '@lit/react';
import { HubHelpLinks as HubHelpLinksElement } from '@hub/elements';
import '@hub/elements/define/hub-help-links.js';

/**
 * `<hub-help-links>` as a React component. Documentation, Roadmap, Status and Support links.
 *
 * Props are those of the element class, {@link HubHelpLinksElement | HubHelpLinks} in
 * `@hub/elements`, and are set as properties, so objects and functions pass as they are. Using the
 * component registers the tag.
 *
 * @example
 * ```tsx
 * <HubHelpLinks layout="vertical" supportUrl="https://portal.example/support" />
 * ```
 */
export const HubHelpLinks = createComponent({
  react: React,
  tagName: 'hub-help-links',
  elementClass: HubHelpLinksElement,
  displayName: 'HubHelpLinks',
});
