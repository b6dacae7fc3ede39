import type { QueryFetchOptions } from '../cache.js';
import { growth, type Growth } from '../growth.js';
import type { HubTransport } from '../http.js';
import { addMoney, zeroMoney, type Money } from '../money.js';
import { addDays, isoDay, type DateRange } from '../period.js';
import { PRICING_CATEGORIES, type PricingCategory, type UsagePeriod } from '../schemas/balance.js';
import { readUsage, type UsageReport } from './usage.js';
import { lastWeekRanges } from '../activity/ranges.js';

/** Totals of a range of days. */
export interface ActivityTotals {
  range: DateRange;
  /** Messages (conversations before July 2025), all categories. */
  messages: number;
  cost: Money;
  byCategory: Record<PricingCategory, { messages: number; cost: Money }>;
}

/** `activity.lastWeek()`: the last 7 days against the 7 before. */
export interface WeekComparison {
  current: ActivityTotals;
  previous: ActivityTotals;
  growth: {
    messages: Growth;
    /** Growth of the cost in minor units. */
    cost: Growth;
    byCategory: Record<PricingCategory, Growth>;
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

/** Adds up the periods of `report` that fall inside `range`. */
export function totalActivity(report: UsageReport, range: DateRange): ActivityTotals {
  const byCategory = Object.fromEntries(
    PRICING_CATEGORIES.map((c) => [c, { messages: 0, cost: zeroMoney(report.currency) }]),
  ) as ActivityTotals['byCategory'];
  let messages = 0;
  let cost = zeroMoney(report.currency);
  for (const period of report.periods) {
    if (period.date < range.from || period.date > range.to) continue;
    messages += period.quantity;
    cost = addMoney(cost, period.cost);
    for (const category of PRICING_CATEGORIES) {
      const usage = period.byCategory[category];
      byCategory[category].messages += usage.quantity;
      byCategory[category].cost = addMoney(byCategory[category].cost, usage.cost);
    }
  }
  return { range, messages, cost, byCategory };
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
    byCategory: { marketing: zero(), utility: zero(), authentication: zero(), service: zero() },
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
      const { current, previous, both } = lastWeekRanges(isoDay(options.now ?? new Date()));
      const report = await readUsage(transport, clientId, { ...both, granularity: 'day' }, options);
      const now = totalActivity(report, current);
      const before = totalActivity(report, previous);
      return {
        current: now,
        previous: before,
        growth: {
          messages: growth(now.messages, before.messages),
          cost: growth(now.cost.amountMinor, before.cost.amountMinor),
          byCategory: Object.fromEntries(
            PRICING_CATEGORIES.map((c) => [
              c,
              growth(now.byCategory[c].messages, before.byCategory[c].messages),
            ]),
          ) as Record<PricingCategory, Growth>,
        },
      };
    },
  };
}
