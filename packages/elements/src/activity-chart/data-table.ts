import { html, nothing, type TemplateResult } from 'lit';
import type { DailyActivity } from '@hub/core';
import type { MessageKey } from '../base/messages.js';
import type { MessageParams } from '../base/localize.js';
import type { ActivityFormat } from './format.js';

/**
 * The chart's figures as a table for screen readers: a row per day, a column per pricing
 * category, totals in the footer. It always lists every category, hidden or not.
 */
export function dataTable(
  series: DailyActivity,
  format: ActivityFormat,
  caption: string,
  t: (key: MessageKey, params?: MessageParams) => string,
): TemplateResult {
  // A table grows to fit its rows whatever its size says, so the clipping box is a wrapper; a
  // clipped table alone would still stretch the page by a year of rows.
  return html`<div class="visually-hidden">
    <table>
      <caption>
        ${caption}${series.metric === 'expenses' ? html`. ${t('activityChart.disclaimer')}` : nothing}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('activityChart.date')}</th>
          ${series.categories.map(
            (c) => html`<th scope="col">${t(`activityChart.category.${c}`)}</th>`,
          )}
          <th scope="col">${t('activityChart.total')}</th>
        </tr>
      </thead>
      <tbody>
        ${series.days.map(
          (day, d) =>
            html`<tr>
              <th scope="row">${format.longDay(day)}</th>
              ${(series.values[d] ?? []).map((value) => html`<td>${format.value(value)}</td>`)}
              <td>${format.value(series.dayTotals[d] ?? 0)}</td>
            </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">${t('activityChart.total')}</th>
          ${series.categories.map((c) => html`<td>${format.value(series.categoryTotals[c])}</td>`)}
          <td>${format.value(series.total)}</td>
        </tr>
      </tfoot>
    </table>
  </div>`;
}
