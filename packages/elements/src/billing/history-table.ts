import { html, type TemplateResult } from 'lit';
import { isoDay, moneyFormatter, sumMoney, type MonthCharges } from '@hub/core';
import type { MessageKey } from '../base/messages.js';
import type { MessageParams } from '../base/localize.js';
import { dateFormat, numberFormat } from '../base/formatters.js';

/** A month key as the history has it: `YYYY-MM`. */
const MONTH = /^\d{4}-\d{2}$/;

/** What the table of monthly charges shows. */
export interface HistoryTableOptions {
  /** The months, newest first. */
  months: readonly MonthCharges[];
  /** The billing currency the charges are in. */
  currency: string;
  locale: string;
  /** The months asked for, as the caption names them (`Apr 2025 – Mar 2026`). */
  period: string;
  t: (key: MessageKey, params?: MessageParams) => string;
}

/**
 * The charges and messages of each month, the current one marked as so far, with their totals;
 * described by the notice that the charges are approximate (`#notice`).
 */
export function historyTable(options: HistoryTableOptions): TemplateResult {
  const { months, currency, locale, t } = options;
  const money = moneyFormatter(currency, locale);
  const count = numberFormat(locale);
  const monthFormat = dateFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  // `March 2026`; a month the Hub sent in another form, as it sent it.
  const monthLabel = (month: string) =>
    MONTH.test(month) ? monthFormat.format(new Date(`${month}-01T00:00:00Z`)) : month;
  const total = sumMoney(
    months.map((m) => m.cost),
    currency,
  );
  const messages = months.reduce((sum, m) => sum + m.messages, 0);
  const current = isoDay(Date.now()).slice(0, 7);
  return html`<div class="table-wrap">
    <table part="history-table" aria-describedby="notice">
      <caption>
        ${t('billing.historyCaption', { period: options.period })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('billing.month')}</th>
          <th scope="col" class="num">${t('billing.messages')}</th>
          <th scope="col" class="num">${t('billing.charges')} (${currency})</th>
        </tr>
      </thead>
      <tbody>
        ${months.map(
          (m) =>
            html`<tr data-month=${m.month}>
              <th scope="row">
                ${
                  m.month === current
                    ? t('billing.monthToDate', { month: monthLabel(m.month) })
                    : monthLabel(m.month)
                }
              </th>
              <td class="num">${count.format(m.messages)}</td>
              <td class="num">${money(m.cost.amountMinor)}</td>
            </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">${t('billing.total')}</th>
          <td class="num" data-total-messages>${count.format(messages)}</td>
          <td class="num" data-total-charges>${money(total.amountMinor)}</td>
        </tr>
      </tfoot>
    </table>
  </div>`;
}
