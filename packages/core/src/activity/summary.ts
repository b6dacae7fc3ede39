import { growth, type Growth } from '../growth.js';
import type { DateRange } from '../period.js';
import type { UsageReport } from '../resources/usage.js';
import { lastWeekRanges } from './ranges.js';
import { ACTIVITY_METRICS, dailyActivity, type ActivityMetric } from './series.js';

/** One metric of the dashboard's week, see {@link weekSummary}. */
export interface MetricWeek {
  /** The last 7 days: messages, or charges in minor units. */
  total: number;
  /** The 7 days before. */
  previousTotal: number;
  /** `total` against `previousTotal`; `fromZero` means "new". */
  growth: Growth;
  /** The last 7 days one by one, oldest first, for a small chart. */
  daily: number[];
}

/** The dashboard's pair: last week's messages and expenses against the week before. */
export interface WeekSummary {
  /** The last 7 complete days (ending yesterday). */
  current: DateRange;
  /** The 7 days before them. */
  previous: DateRange;
  /** Days of `current`, oldest first, matching each metric's `daily`. */
  days: string[];
  /** Upper-case ISO code of the expenses. */
  currency: string;
  /** Both metrics' figures. */
  metrics: Record<ActivityMetric, MetricWeek>;
}

/**
 * Last week's totals, daily figures and growth for both metrics, from one daily usage report that
 * covers `lastWeekRanges(today).both`. Days missing from the report count as zero.
 */
export function weekSummary(report: UsageReport, today: string): WeekSummary {
  const { current, previous } = lastWeekRanges(today);
  const metric = (name: ActivityMetric): MetricWeek => {
    const now = dailyActivity(report, current, name);
    const before = dailyActivity(report, previous, name);
    return {
      total: now.total,
      previousTotal: before.total,
      growth: growth(now.total, before.total),
      daily: now.dayTotals,
    };
  };
  const days = dailyActivity(report, current, 'conversations').days;
  return {
    current,
    previous,
    days,
    currency: report.currency,
    metrics: Object.fromEntries(ACTIVITY_METRICS.map((m) => [m, metric(m)])) as Record<
      ActivityMetric,
      MetricWeek
    >,
  };
}
