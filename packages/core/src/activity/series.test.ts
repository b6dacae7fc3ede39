import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { UsageReport } from '../resources/usage.js';
import { PRICING_CATEGORIES, type UsagePeriod } from '../schemas/balance.js';
import { addDays } from '../period.js';
import { dailyActivity } from './series.js';
import { weekSummary } from './summary.js';

/** A period with `quantity` messages and `cents` per message in every category. */
function period(date: string, quantities: number[], cents = 5): UsagePeriod {
  const byCategory = Object.fromEntries(
    PRICING_CATEGORIES.map((c, i) => {
      const quantity = quantities[i] ?? 0;
      return [
        c,
        {
          quantity,
          paidQuantity: quantity,
          cost: { amountMinor: quantity * cents, currency: 'EUR' },
        },
      ];
    }),
  ) as UsagePeriod['byCategory'];
  const quantity = quantities.reduce((a, b) => a + b, 0);
  // The Hub's own day total may include charges outside the categories; the chart ignores it.
  return {
    date,
    byCategory,
    quantity,
    paidQuantity: quantity,
    cost: { amountMinor: 1, currency: 'EUR' },
  };
}

const report = (periods: UsagePeriod[]): UsageReport => ({
  clientId: 'x',
  currency: 'EUR',
  granularity: 'day',
  periods,
});

describe('dailyActivity', () => {
  it('fills missing days with zeros and ignores days outside the range', () => {
    const data = report([
      period('2026-03-01', [1, 2, 3, 4]),
      period('2026-03-03', [10, 0, 0, 0]),
      period('2026-03-09', [99, 99, 99, 99]),
    ]);
    const result = dailyActivity(data, { from: '2026-03-01', to: '2026-03-04' }, 'conversations');
    expect(result.days).toEqual(['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04']);
    expect(result.values).toEqual([
      [1, 2, 3, 4],
      [0, 0, 0, 0],
      [10, 0, 0, 0],
      [0, 0, 0, 0],
    ]);
    expect(result.dayTotals).toEqual([10, 0, 10, 0]);
    expect(result.categoryTotals).toEqual({
      marketing: 11,
      utility: 2,
      authentication: 3,
      service: 4,
    });
    expect(result.total).toBe(20);
  });

  it('sums expenses in minor units per category, not the Hub day total', () => {
    const data = report([period('2026-03-01', [1, 2, 0, 0], 7)]);
    const result = dailyActivity(data, { from: '2026-03-01', to: '2026-03-01' }, 'expenses');
    expect(result.values).toEqual([[7, 14, 0, 0]]);
    expect(result.total).toBe(21);
    expect(result.currency).toBe('EUR');
  });

  it('gives totals that equal the sums of the bars, exactly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.nat(5_000_000), { minLength: 4, maxLength: 4 }), {
          minLength: 1,
          maxLength: 120,
        }),
        fc.constantFrom('conversations' as const, 'expenses' as const),
        (rows, metric) => {
          const periods = rows.map((q, i) => period(addDays('2025-01-01', i), q, 3));
          const range = { from: '2025-01-01', to: addDays('2025-01-01', rows.length - 1) };
          const result = dailyActivity(report(periods), range, metric);
          const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
          expect(sum(result.dayTotals)).toBe(result.total);
          expect(sum(Object.values(result.categoryTotals))).toBe(result.total);
          result.categories.forEach((category, i) => {
            expect(sum(result.values.map((row) => row[i]!))).toBe(result.categoryTotals[category]);
          });
        },
      ),
    );
  });
});

describe('weekSummary', () => {
  const today = '2026-03-15';
  const week = (from: string, quantities: number[]) =>
    Array.from({ length: 7 }, (_, i) => period(addDays(from, i), quantities));

  it('compares last week with the week before', () => {
    const summary = weekSummary(
      report([...week('2026-03-01', [1, 0, 0, 0]), ...week('2026-03-08', [2, 0, 0, 0])]),
      today,
    );
    expect(summary.days).toHaveLength(7);
    expect(summary.days[6]).toBe('2026-03-14');
    expect(summary.metrics.conversations.total).toBe(14);
    expect(summary.metrics.conversations.previousTotal).toBe(7);
    expect(summary.metrics.conversations.growth).toMatchObject({ direction: 'up', ratio: 1 });
    expect(summary.metrics.expenses.total).toBe(70);
    expect(summary.metrics.expenses.daily).toEqual([10, 10, 10, 10, 10, 10, 10]);
  });

  it('says "new" after a quiet week, "unchanged" after two and "down" after a drop', () => {
    const fresh = weekSummary(report(week('2026-03-08', [1, 0, 0, 0])), today);
    expect(fresh.metrics.conversations.growth).toMatchObject({ fromZero: true, direction: 'up' });
    const quiet = weekSummary(report([]), today);
    expect(quiet.metrics.conversations.growth).toMatchObject({
      direction: 'flat',
      ratio: 0,
      fromZero: false,
    });
    expect(quiet.metrics.conversations.daily).toEqual([0, 0, 0, 0, 0, 0, 0]);
    const gone = weekSummary(report(week('2026-03-01', [3, 0, 0, 0])), today);
    expect(gone.metrics.expenses.growth).toMatchObject({ direction: 'down', ratio: -1 });
  });

  it('ignores today, which is still partial', () => {
    const summary = weekSummary(report([period(today, [500, 0, 0, 0])]), today);
    expect(summary.metrics.conversations.total).toBe(0);
  });
});
