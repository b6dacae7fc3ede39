import { isoDay, type DateRange } from '../period.js';
import type { UsageReport } from '../resources/usage.js';
import { PRICING_CATEGORIES, type PricingCategory, type UsagePeriod } from '../schemas/balance.js';

/**
 * What an activity chart counts: `conversations` counts messages (conversations before per-message
 * pricing began on 1 July 2025); `expenses` sums the approximate charges in minor units.
 */
export type ActivityMetric = 'conversations' | 'expenses';

/** Both metrics, in display order. */
export const ACTIVITY_METRICS: readonly ActivityMetric[] = ['conversations', 'expenses'];

/**
 * A series of an activity chart: a pricing category, or `other` for what the Hub's day totals hold
 * beyond the categories (see `UsagePeriod.unattributed`).
 */
export type ActivitySeries = PricingCategory | 'other';

/**
 * Every series in display order. A series keeps its position here whichever of them a period
 * shows, so a chart can colour it by this index and a category never changes colour.
 */
export const ACTIVITY_SERIES: readonly ActivitySeries[] = [...PRICING_CATEGORIES, 'other'];

/**
 * The categories the Hub's usage model has always reported; they are listed even at zero (no
 * marketing this month is worth seeing), the others only when they have messages or charges.
 */
const ALWAYS_LISTED: ReadonlySet<ActivitySeries> = new Set<ActivitySeries>([
  'marketing',
  'utility',
  'authentication',
  'service',
]);

/** One metric per day and series over a range, see {@link dailyActivity}. */
export interface DailyActivity {
  /** What the values count. */
  metric: ActivityMetric;
  /** The days covered, both included. */
  range: DateRange;
  /** Upper-case ISO code of the amounts when `metric` is `expenses`. */
  currency: string;
  /** The series shown, in the order of {@link ACTIVITY_SERIES}; `values[day][i]` belongs to `categories[i]`. */
  categories: readonly ActivitySeries[];
  /** Every day of the range, `YYYY-MM-DD`, oldest first, including days without activity. */
  days: string[];
  /** Per day, per series: messages, or charges in minor units. */
  values: number[][];
  /** Per day, all series. */
  dayTotals: number[];
  /** Per series, all days; zero for the series not listed in `categories`. */
  categoryTotals: Record<ActivitySeries, number>;
  /** All days and series. */
  total: number;
  /**
   * Messages of the range whatever the metric: a period whose expenses are zero but whose messages
   * are not had free messages (service replies, free entry points), which is not an empty period.
   */
  messages: number;
}

const dayMs = 86_400_000;

/** A period's usage of one series. */
function usageOf(period: UsagePeriod, series: ActivitySeries) {
  return series === 'other' ? period.unattributed : period.byCategory[series];
}

/** A period's figure for one series: its messages, or its charge in minor units. */
function figure(period: UsagePeriod, series: ActivitySeries, metric: ActivityMetric): number {
  const usage = usageOf(period, series);
  return metric === 'expenses' ? usage.cost.amountMinor : usage.quantity;
}

/**
 * Turns a daily usage report into one value per day and series for `range`: days the Hub left out
 * are zero, days outside the range are ignored. Totals are sums of the integer values (messages,
 * or minor units), so each series' total equals the sum of its bars, and the grand total equals
 * both the sum of the series totals and the sum of the day totals, exactly.
 *
 * The series are the pricing categories plus `other`, for what the Hub's day totals (`quantity`,
 * `total_price`) hold beyond the categories, so the grand total is the Hub's own total whenever
 * that is at least the category sum. Marketing, utility, authentication and service are always
 * listed; the newer categories and `other` only when the range has messages or charges in them
 * (the same list for both metrics, so the two charts of a period match).
 */
export function dailyActivity(
  report: UsageReport,
  range: DateRange,
  metric: ActivityMetric,
): DailyActivity {
  const byDate = new Map(report.periods.map((period) => [period.date, period]));
  const inRange: (UsagePeriod | undefined)[] = [];
  const days: string[] = [];
  // Counted in milliseconds rather than with `addDays`: five years are 1,825 days, and a chart's
  // first render runs this before the code is optimised.
  const last = Date.parse(`${range.to}T00:00:00Z`);
  for (let time = Date.parse(`${range.from}T00:00:00Z`); time <= last; time += dayMs) {
    const day = isoDay(time);
    days.push(day);
    inRange.push(byDate.get(day));
  }
  const used = (series: ActivitySeries) =>
    inRange.some((p) => {
      const usage = p && usageOf(p, series);
      return !!usage && (usage.quantity !== 0 || usage.cost.amountMinor !== 0);
    });
  const categories = ACTIVITY_SERIES.filter((s) => ALWAYS_LISTED.has(s) || used(s));
  const categoryTotals = Object.fromEntries(ACTIVITY_SERIES.map((c) => [c, 0])) as Record<
    ActivitySeries,
    number
  >;
  const values: number[][] = [];
  const dayTotals: number[] = [];
  let total = 0;
  let messages = 0;
  const sums = categories.map(() => 0);
  for (const period of inRange) {
    const row: number[] = [];
    let dayTotal = 0;
    for (let i = 0; i < categories.length; i++) {
      const value = period ? figure(period, categories[i]!, metric) : 0;
      row.push(value);
      sums[i]! += value;
      dayTotal += value;
      if (period) messages += usageOf(period, categories[i]!).quantity;
    }
    values.push(row);
    dayTotals.push(dayTotal);
    total += dayTotal;
  }
  categories.forEach((series, i) => (categoryTotals[series] = sums[i]!));
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
    messages,
  };
}
