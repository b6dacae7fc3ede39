import { define } from '../base/define.js';
import { HubActivityChart } from '../activity-chart/activity-chart.js';

define('hub-activity-chart', HubActivityChart);

declare global {
  interface HTMLElementTagNameMap {
    'hub-activity-chart': HubActivityChart;
  }
}
