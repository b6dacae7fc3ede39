import type { QueryFetchOptions } from '../cache.js';
import { growth, type Growth } from '../growth.js';
import type { HubTransport } from '../http.js';
import { zeroMoney, type Money } from '../money.js';
import { addDays, isoDay, type DateRange } from '../period.js';
import {
  PRICING_CATEGORIES,
  type CategoryUsage,
  type PricingCategory,
  type UsagePeriod,
} from '../schemas/balance.js';
import { readUsage, type UsageReport } from './usage.js';
import { lastWeekRanges } from '../activity/ranges.js';
import { ACTIVITY_SERIES, dailyActivity, type ActivitySeries } from '../activity/series.js';

/** Totals of a range of days. */
export interface ActivityTotals {
  range: DateRange;
  /** Messages (conversations before July 2025), all series. */
  messages: number;
  cost: Money;
  /** Per series; `other` holds what the Hub's totals do not attribute to a category. */
  byCategory: Record<ActivitySeries, { messages: number; cost: Money }>;
}

/** `activity.lastWeek()`: the last 7 days against the 7 before. */
export interface WeekComparison {
  current: ActivityTotals;
  previous: ActivityTotals;
  growth: {
    messages: Growth;
    /** Growth of the cost in minor units. */
    cost: Growth;
    byCategory: Record<ActivitySeries, Growth>;
  };
}

/** Messaging activity and expenses per day and pricing category. */
export interface ActivityResource {
  /** One row per day of the range (days without activity are zero rows). */
  daily(clientId: string, range: DateRange, options?: QueryFetchOptions): Promise<UsageReport>;
  /**
   * Totals of the last 7 complete UTC days (ending yesterday, as today is still partial) and their
   * growth against the 7 days before. `now` fixes "today" for tests and reports.
   */
  lastWeek(clientId: string, options?: QueryFetchOptions & { now?: Date }): Promise<WeekComparison>;
}

/**
 * Adds up the periods of `report` that fall inside `range`. Built on {@link dailyActivity}, like
 * the charts and `weekSummary`, so every figure of a period agrees wherever it is shown.
 */
export function totalActivity(report: UsageReport, range: DateRange): ActivityTotals {
  const messages = dailyActivity(report, range, 'conversations');
  const expenses = dailyActivity(report, range, 'expenses');
  const money = (amountMinor: number): Money => ({ amountMinor, currency: report.currency });
  const byCategory = Object.fromEntries(
    ACTIVITY_SERIES.map((c) => [
      c,
      { messages: messages.categoryTotals[c], cost: money(expenses.categoryTotals[c]) },
    ]),
  ) as ActivityTotals['byCategory'];
  return { range, messages: messages.total, cost: money(expenses.total), byCategory };
}

/**
 * The dashboard's week from a daily report covering `lastWeekRanges(today).both`: the figures of
 * `weekSummary` (the summary cards), with totals per series.
 */
export function weekComparison(report: UsageReport, today: string): WeekComparison {
  const { current, previous } = lastWeekRanges(today);
  const now = totalActivity(report, current);
  const before = totalActivity(report, previous);
  return {
    current: now,
    previous: before,
    growth: {
      messages: growth(now.messages, before.messages),
      cost: growth(now.cost.amountMinor, before.cost.amountMinor),
      byCategory: Object.fromEntries(
        ACTIVITY_SERIES.map((c) => [
          c,
          growth(now.byCategory[c].messages, before.byCategory[c].messages),
        ]),
      ) as Record<ActivitySeries, Growth>,
    },
  };
}

/** Fills days the Hub left out with zero rows so charts get one point per day. */
function fillDays(report: UsageReport, range: DateRange): UsageReport {
  const byDate = new Map(report.periods.map((p) => [p.date, p]));
  const periods: UsagePeriod[] = [];
  for (let day = range.from; day <= range.to; day = addDays(day, 1)) {
    periods.push(byDate.get(day) ?? emptyPeriod(day, report.currency));
  }
  return { ...report, periods };
}

function emptyPeriod(date: string, currency: string): UsagePeriod {
  const zero = () => ({ quantity: 0, paidQuantity: 0, cost: zeroMoney(currency) });
  return {
    date,
    byCategory: Object.fromEntries(PRICING_CATEGORIES.map((c) => [c, zero()])) as Record<
      PricingCategory,
      CategoryUsage
    >,
    unattributed: zero(),
    quantity: 0,
    paidQuantity: 0,
    cost: zeroMoney(currency),
  };
}

/** Creates the activity resource on a transport (what `client.activity` is). */
export function createActivityResource(transport: HubTransport): ActivityResource {
  return {
    async daily(clientId, range, options) {
      const report = await readUsage(
        transport,
        clientId,
        { ...range, granularity: 'day' },
        options,
      );
      return fillDays(report, range);
    },
    async lastWeek(clientId, options = {}) {
      const today = isoDay(options.now ?? new Date());
      const { both } = lastWeekRanges(today);
      const report = await readUsage(transport, clientId, { ...both, granularity: 'day' }, options);
      return weekComparison(report, today);
    },
  };
}
