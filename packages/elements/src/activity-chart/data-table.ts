import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { DailyActivity } from '@hub/core';
import type { MessageKey } from '../base/messages.js';
import type { MessageParams } from '../base/localize.js';
import type { ActivityFormat } from './format.js';
import { TABLE_CHUNK } from './table-controller.js';

/**
 * The chart's figures as a table for screen readers: a row per day, a column per pricing
 * category, totals in the footer. It always lists every category, hidden or not. Only the first
 * `rows` days are listed (the table is filled in idle time, see `DataTableController`); it is
 * `aria-busy` until every day is.
 */
export function dataTable(
  series: DailyActivity,
  format: ActivityFormat,
  caption: string,
  t: (key: MessageKey, params?: MessageParams) => string,
  rows: number,
): TemplateResult {
  // Each chunk of rows is made once: adding a chunk leaves the ones before it untouched.
  const chunks: number[] = [];
  for (let start = 0; start < rows; start += TABLE_CHUNK) chunks.push(start);
  // A table grows to fit its rows whatever its size says, so the clipping box is a wrapper; a
  // clipped table alone would still stretch the page by a year of rows.
  return html`<div class="visually-hidden">
    <table aria-busy=${rows < series.days.length ? 'true' : 'false'}>
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
        ${chunks.map((start) => {
          const end = Math.min(rows, start + TABLE_CHUNK);
          return guard([series, format, end], () =>
            series.days.slice(start, end).map(
              (day, i) =>
                html`<tr>
                  <th scope="row">${format.longDay(day)}</th>
                  ${(series.values[start + i] ?? []).map(
                    (value) => html`<td>${format.value(value)}</td>`,
                  )}
                  <td>${format.value(series.dayTotals[start + i] ?? 0)}</td>
                </tr>`,
            ),
          );
        })}
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
