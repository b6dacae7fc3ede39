import { addDays, type DateRange } from '../period.js';
import type { UsageReport } from '../resources/usage.js';
import { PRICING_CATEGORIES, type PricingCategory, type UsagePeriod } from '../schemas/balance.js';

/**
 * What an activity chart counts: `conversations` counts messages (conversations before per-message
 * pricing began on 1 July 2025); `expenses` sums the approximate charges in minor units.
 */
export type ActivityMetric = 'conversations' | 'expenses';

/** Both metrics, in display order. */
export const ACTIVITY_METRICS: readonly ActivityMetric[] = ['conversations', 'expenses'];

/** One metric per day and pricing category over a range, see {@link dailyActivity}. */
export interface DailyActivity {
  /** What the values count. */
  metric: ActivityMetric;
  /** The days covered, both included. */
  range: DateRange;
  /** Upper-case ISO code of the amounts when `metric` is `expenses`. */
  currency: string;
  /** The series, in display order; `values[day][i]` belongs to `categories[i]`. */
  categories: readonly PricingCategory[];
  /** Every day of the range, `YYYY-MM-DD`, oldest first, including days without activity. */
  days: string[];
  /** Per day, per category: messages, or charges in minor units. */
  values: number[][];
  /** Per day, all categories. */
  dayTotals: number[];
  /** Per category, all days. */
  categoryTotals: Record<PricingCategory, number>;
  /** All days and categories. */
  total: number;
}

/** A period's figure for one category: its messages, or its charge in minor units. */
function figure(period: UsagePeriod, category: PricingCategory, metric: ActivityMetric): number {
  const usage = period.byCategory[category];
  return metric === 'expenses' ? usage.cost.amountMinor : usage.quantity;
}

/**
 * Turns a daily usage report into one value per day and pricing category for `range`: days the
 * Hub left out are zero, days outside the range are ignored. Totals are sums of the integer values
 * (messages, or minor units), so each category's total equals the sum of its bars, and the grand
 * total equals both the sum of the category totals and the sum of the day totals, exactly.
 *
 * Expenses are the per-category charges; a day's `total_price` from the Hub is not used, so the
 * stacked bars and the totals always agree.
 */
export function dailyActivity(
  report: UsageReport,
  range: DateRange,
  metric: ActivityMetric,
): DailyActivity {
  const categories = PRICING_CATEGORIES;
  const byDate = new Map(report.periods.map((period) => [period.date, period]));
  const categoryTotals = Object.fromEntries(categories.map((c) => [c, 0])) as Record<
    PricingCategory,
    number
  >;
  const days: string[] = [];
  const values: number[][] = [];
  const dayTotals: number[] = [];
  let total = 0;
  for (let day = range.from; day <= range.to; day = addDays(day, 1)) {
    const period = byDate.get(day);
    const row = categories.map((category) => (period ? figure(period, category, metric) : 0));
    let dayTotal = 0;
    row.forEach((value, i) => {
      categoryTotals[categories[i]!] += value;
      dayTotal += value;
    });
    days.push(day);
    values.push(row);
    dayTotals.push(dayTotal);
    total += dayTotal;
  }
  return {
    metric,
    range,
    currency: report.currency,
    categories,
    days,
    values,
    dayTotals,
    categoryTotals,
    total,
  };
}
