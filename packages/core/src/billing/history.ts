import { addMoney, zeroMoney, type Money } from '../money.js';
import type { UsagePeriod } from '../schemas/balance.js';

/** Charges of one calendar month. */
export interface MonthCharges {
  /** `YYYY-MM`. */
  month: string;
  messages: number;
  cost: Money;
}

/**
 * Month-by-month charges, newest first, from usage periods of any granularity (daily ones are
 * added up per month). Amounts stay in minor units, so each month is an exact sum.
 */
export function monthlyCharges(periods: readonly UsagePeriod[], currency: string): MonthCharges[] {
  const months = new Map<string, MonthCharges>();
  for (const period of periods) {
    const month = period.date.slice(0, 7);
    const seen = months.get(month) ?? { month, messages: 0, cost: zeroMoney(currency) };
    months.set(month, {
      month,
      messages: seen.messages + period.quantity,
      cost: addMoney(seen.cost, period.cost),
    });
  }
  return [...months.values()].sort((a, b) => (a.month < b.month ? 1 : -1));
}
