import * as React from 'react';
import { createComponent } from '@lit/react';
import { HubNumberList as HubNumberListElement } from '@hub/elements';
import '@hub/elements/define/hub-number-list.js';
import { numberListEvents } from './events.js';

/**
 * `<hub-number-list>` as a React component. The client's phone numbers, with their state and
 * actions.
 *
 * Props are those of the element class, {@link HubNumberListElement | HubNumberList} in
 * `@hub/elements`, and are set as properties, so objects and functions pass as they are. Each
 * `onHub…` prop listens to the `hub-…` event of that name, its `detail` typed. Using the component
 * registers the tag.
 *
 * @example
 * ```tsx
 * <HubNumberList onHubNumberManage={(e) => navigate(`/numbers/${e.detail.numberId}`)} />
 * ```
 */
export const HubNumberList = createComponent({
  react: React,
  tagName: 'hub-number-list',
  elementClass: HubNumberListElement,
  events: numberListEvents,
  displayName: 'HubNumberList',
});
