import { html, nothing, type TemplateResult } from 'lit';
import type { ActivityMetric, DailyActivity } from '@hub/core';
import type { MessageKey } from '../base/messages.js';
import type { MessageParams } from '../base/localize.js';
import type { ActivityFormat } from './format.js';

/** What the metric view's header shows and whom it tells. */
export interface MetricHeaderOptions {
  metric: ActivityMetric;
  /** The metric's name. */
  title: string;
  /** The figures on screen; without them (no period, nothing read yet) there is no total. */
  series: DailyActivity | undefined;
  format: ActivityFormat;
  /** The period picker. */
  picker: TemplateResult;
  t: (key: MessageKey, params?: MessageParams) => string;
  /** Saves the figures on screen; without it there is no download button. */
  onDownload: (() => void) | undefined;
}

/**
 * The metric's name, what it counts, the period's total, the period picker and "Download CSV";
 * for expenses, the notice that they are approximate, which the plot and cards refer to.
 */
export function metricHeader(options: MetricHeaderOptions): TemplateResult {
  const { metric, series, format, t, onDownload } = options;
  const period = series ? format.period(series.range.from, series.range.to) : '';
  return html`<header class="head">
      <div>
        <h2 id="title" class="title" part="title">${options.title}</h2>
        ${
          metric === 'conversations'
            ? html`<p class="hint" part="metric-hint">${t('activityChart.hint.conversations')}</p>`
            : nothing
        }
        ${
          series
            ? html`<p class="total" part="total">
                <span class="total-value">${format.value(series.total)}</span>
                <span class="total-period">${period}</span>
              </p>`
            : nothing
        }
      </div>
      <div class="tools">
        ${options.picker}
        ${
          onDownload
            ? html`<button
                type="button"
                class="btn"
                part="download-button"
                aria-label=${t('activityChart.downloadLabel', { period })}
                @click=${onDownload}
              >
                ${t('activityChart.download')}
              </button>`
            : nothing
        }
      </div>
    </header>
    ${
      metric === 'expenses'
        ? html`<p id="disclaimer" class="disclaimer" part="disclaimer">
            ${t('activityChart.disclaimer')}
          </p>`
        : nothing
    }`;
}
