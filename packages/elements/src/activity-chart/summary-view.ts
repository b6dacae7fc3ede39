import { html, nothing, svg, type TemplateResult } from 'lit';
import {
  ACTIVITY_METRICS,
  stackedBarLayout,
  type ActivityMetric,
  type WeekSummary,
} from '@hub/core';
import type { MessageKey } from '../base/messages.js';
import type { MessageParams } from '../base/localize.js';
import { activityFormat, growthKind } from './format.js';

/** What the summary view needs from its element. */
export interface SummaryViewOptions {
  locale: string;
  t: (key: MessageKey, params?: MessageParams) => string;
  onOpen: (metric: ActivityMetric) => void;
}

const growthMarks = { up: '▲', down: '▼', flat: '●', new: '★' } as const;

/** A small daily bar chart of the week, scaled by the core layout. */
function spark(daily: readonly number[]) {
  const layout = stackedBarLayout({
    rows: daily.map((value) => [value]),
    width: 140,
    height: 36,
    margin: { top: 2, right: 0, bottom: 0, left: 0 },
    gap: 0.3,
  });
  return html`<svg class="spark" viewBox="0 0 140 36" preserveAspectRatio="none" aria-hidden="true">
    ${layout.bars.map((bar) =>
      bar.segments.map(
        (s) =>
          svg`<rect class="spark-bar" x=${bar.x} y=${s.y} width=${bar.width} height=${s.height}></rect>`,
      ),
    )}
  </svg>`;
}

/**
 * The dashboard pair: one card per metric with last week's total, its growth against the week
 * before and the week day by day. Each card is a button that asks the portal to open the metric.
 */
export function summaryView(week: WeekSummary, options: SummaryViewOptions): TemplateResult {
  const { t } = options;
  return html`<section class="summary" part="summary" aria-label=${t('activityChart.summaryLabel')}>
    <div class="cards">
      ${ACTIVITY_METRICS.map((metric) => {
        const figures = week.metrics[metric];
        const format = activityFormat(options.locale, metric, week.currency);
        const title = t(`activityChart.metric.${metric}`);
        const kind = growthKind(figures.growth);
        return html`<button
          type="button"
          class="card"
          part="summary-card"
          data-metric=${metric}
          aria-describedby=${metric === 'expenses' ? 'disclaimer' : nothing}
          @click=${() => options.onOpen(metric)}
        >
          <span class="card-title">${title}</span>
          <span class="card-period">${t('activityChart.lastWeek')}</span>
          <span class="card-total">${format.value(figures.total)}</span>
          <span class="growth" part="growth" data-kind=${kind}>
            <span aria-hidden="true">${growthMarks[kind]}</span>
            ${t(`activityChart.growth.${kind}`, { percent: format.percent(figures.growth.ratio) })}
          </span>
          ${spark(figures.daily)}
          <span class="visually-hidden">${t('activityChart.open', { title })}</span>
        </button>`;
      })}
    </div>
    <p id="disclaimer" class="disclaimer" part="disclaimer">${t('activityChart.disclaimer')}</p>
  </section>`;
}
