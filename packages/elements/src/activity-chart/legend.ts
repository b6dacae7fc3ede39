import { html, type TemplateResult } from 'lit';
import { ACTIVITY_SERIES, type ActivitySeries, type DailyActivity } from '@hub/core';
import type { MessageKey } from '../base/messages.js';
import type { MessageParams } from '../base/localize.js';
import type { ActivityFormat } from './format.js';

/** The palette slot (`--hub-chart-N`) of a series: fixed, so a category keeps its colour. */
export const seriesSlot = (series: ActivitySeries) => ACTIVITY_SERIES.indexOf(series) + 1;

/** What the category legend shows and whom it tells. */
export interface LegendOptions {
  series: DailyActivity;
  format: ActivityFormat;
  /** The categories hidden through the legend. */
  hidden: ReadonlySet<ActivitySeries>;
  t: (key: MessageKey, params?: MessageParams) => string;
  onToggle: (category: ActivitySeries) => void;
}

/**
 * The pricing categories of the period with their totals, each a toggle button (pressed while
 * shown) that shows or hides the category in the chart, its tooltip and its download.
 */
export function categoryLegend(options: LegendOptions): TemplateResult {
  const { series, format, hidden, t } = options;
  return html`<ul class="legend" part="legend" aria-label=${t('activityChart.legend')}>
    ${series.categories.map(
      (category) =>
        html`<li>
          <button
            type="button"
            class="legend-item"
            part="legend-item"
            data-category=${category}
            aria-pressed=${hidden.has(category) ? 'false' : 'true'}
            @click=${() => options.onToggle(category)}
          >
            <span class="swatch series-${seriesSlot(category)}" aria-hidden="true"></span>
            <span>${t(`activityChart.category.${category}`)}</span>
            <span class="legend-total">${format.value(series.categoryTotals[category])}</span>
          </button>
        </li>`,
    )}
  </ul>`;
}
