import type { ActivitySeries, CategoryUsage, DateRange, UsagePeriod } from '@hub/core';

/** A category's usage as nothing: what a hidden category contributes to a download. */
const none = (usage: CategoryUsage): CategoryUsage => ({
  quantity: 0,
  paidQuantity: 0,
  cost: { amountMinor: 0, currency: usage.cost.currency },
});

/**
 * The periods a download holds: those of `range` (the days on screen), with the categories the
 * legend hides left out, so the file has what the chart shows and nothing else.
 */
export function visiblePeriods(
  periods: readonly UsagePeriod[],
  range: DateRange,
  hidden: ReadonlySet<ActivitySeries>,
): UsagePeriod[] {
  return periods
    .filter((period) => period.date >= range.from && period.date <= range.to)
    .map((period) =>
      hidden.size === 0
        ? period
        : {
            ...period,
            byCategory: Object.fromEntries(
              Object.entries(period.byCategory).map(([category, usage]) => [
                category,
                hidden.has(category as ActivitySeries) ? none(usage) : usage,
              ]),
            ) as UsagePeriod['byCategory'],
            unattributed: hidden.has('other') ? none(period.unattributed) : period.unattributed,
          },
    );
}
