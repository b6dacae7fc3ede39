import * as React from 'react';
import { createComponent } from '@lit/react';
import { HubActivityChart as HubActivityChartElement } from '@hub/elements';
import '@hub/elements/define/hub-activity-chart.js';
import { activityChartEvents } from './events.js';

/**
 * `<hub-activity-chart>` as a React component. Messages and expenses per day and pricing category,
 * with a period picker, or the week at a glance (`variant="summary"`).
 *
 * Props are those of the element class, {@link HubActivityChartElement | HubActivityChart} in
 * `@hub/elements`, and are set as properties, so objects and functions pass as they are. Each
 * `onHub…` prop listens to the `hub-…` event of that name, its `detail` typed. Using the component
 * registers the tag.
 *
 * @example
 * ```tsx
 * <HubActivityChart variant="summary" onHubActivityOpen={(e) => navigate(`/activity?metric=${e.detail.metric}`)} />
 * ```
 */
export const HubActivityChart = createComponent({
  react: React,
  tagName: 'hub-activity-chart',
  elementClass: HubActivityChartElement,
  events: activityChartEvents,
  displayName: 'HubActivityChart',
});
