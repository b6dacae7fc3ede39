import { moneyToDecimal } from '../money.js';
import { PRICING_CATEGORIES, type UsagePeriod } from '../schemas/balance.js';
import type { MonthCharges } from './history.js';

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. A text that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return first) gets a
 * leading `'`, so an exported file cannot carry a formula in; plain numbers such as `-1.50` stay.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  // A plain decimal number (a negative amount, say) is data, not a formula.
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(rows: readonly (readonly (string | number)[])[]): string {
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/**
 * Usage as CSV, one row per day (or month) and pricing category with messages or charges, plus
 * the unattributed part: `date,category,messages,paid_messages,charges,currency`. Dates are ISO
 * days, charges decimal strings in the currency's digits.
 */
export function usageCsv(periods: readonly UsagePeriod[]): string {
  const rows: (string | number)[][] = [
    ['date', 'category', 'messages', 'paid_messages', 'charges', 'currency'],
  ];
  for (const period of periods) {
    const parts = [
      ...PRICING_CATEGORIES.map((c) => [c, period.byCategory[c]] as const),
      ['other', period.unattributed] as const,
    ];
    for (const [category, usage] of parts) {
      if (usage.quantity === 0 && usage.cost.amountMinor === 0) continue;
      rows.push([
        period.date,
        category,
        usage.quantity,
        usage.paidQuantity,
        moneyToDecimal(usage.cost),
        usage.cost.currency,
      ]);
    }
  }
  return csv(rows);
}

/** Monthly charges as CSV: `month,messages,charges,currency`. */
export function monthlyChargesCsv(months: readonly MonthCharges[]): string {
  return csv([
    ['month', 'messages', 'charges', 'currency'],
    ...months.map((m) => [m.month, m.messages, moneyToDecimal(m.cost), m.cost.currency]),
  ]);
}
