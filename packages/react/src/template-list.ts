import * as React from 'react';
import { createComponent } from '@lit/react';
import { HubTemplateList as HubTemplateListElement } from '@hub/elements';
import '@hub/elements/define/hub-template-list.js';
import { templateListEvents } from './events.js';

/**
 * `<hub-template-list>` as a React component. Monitors, searches and manages a WABA's message
 * templates.
 *
 * Props are those of the element class, {@link HubTemplateListElement | HubTemplateList} in
 * `@hub/elements`, and are set as properties, so objects and functions pass as they are. Each
 * `onHub…` prop listens to the `hub-…` event of that name, its `detail` typed. Using the component
 * registers the tag.
 *
 * @example
 * ```tsx
 * <HubTemplateList wabaAccountId={wabaId} onHubTemplateSelect={(e) => navigate(`/templates/${e.detail.template.name}`)} />
 * ```
 */
export const HubTemplateList = createComponent({
  react: React,
  tagName: 'hub-template-list',
  elementClass: HubTemplateListElement,
  events: templateListEvents,
  displayName: 'HubTemplateList',
});
