import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { UsageReport } from '../resources/usage.js';
import { PRICING_CATEGORIES, type UsagePeriod } from '../schemas/balance.js';
import { addDays } from '../period.js';
import { dailyActivity } from './series.js';
import { weekSummary } from './summary.js';

/**
 * A period with `quantities[i]` messages of `PRICING_CATEGORIES[i]` at `cents` each, and
 * `unattributed` messages (and charges) beyond the categories in the Hub's totals.
 */
function period(date: string, quantities: number[], cents = 5, unattributed = 0): UsagePeriod {
  const usage = (quantity: number) => ({
    quantity,
    paidQuantity: quantity,
    cost: { amountMinor: quantity * cents, currency: 'EUR' },
  });
  const byCategory = Object.fromEntries(
    PRICING_CATEGORIES.map((c, i) => [c, usage(quantities[i] ?? 0)]),
  ) as UsagePeriod['byCategory'];
  const quantity = quantities.reduce((a, b) => a + b, 0) + unattributed;
  return {
    date,
    byCategory,
    unattributed: usage(unattributed),
    quantity,
    paidQuantity: quantity,
    cost: { amountMinor: quantity * cents, currency: 'EUR' },
  };
}

/** Quantities of the four categories listed even at zero, in `PRICING_CATEGORIES` order. */
const classic = (marketing: number, utility: number, authentication: number, service: number) => [
  marketing,
  0,
  utility,
  authentication,
  0,
  service,
  0,
];

const report = (periods: UsagePeriod[]): UsageReport => ({
  clientId: 'x',
  currency: 'EUR',
  granularity: 'day',
  periods,
});

describe('dailyActivity', () => {
  it('fills missing days with zeros and ignores days outside the range', () => {
    const data = report([
      period('2026-03-01', classic(1, 2, 3, 4)),
      period('2026-03-03', classic(10, 0, 0, 0)),
      period('2026-03-09', classic(99, 99, 99, 99)),
    ]);
    const result = dailyActivity(data, { from: '2026-03-01', to: '2026-03-04' }, 'conversations');
    expect(result.days).toEqual(['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04']);
    expect(result.categories).toEqual(['marketing', 'utility', 'authentication', 'service']);
    expect(result.values).toEqual([
      [1, 2, 3, 4],
      [0, 0, 0, 0],
      [10, 0, 0, 0],
      [0, 0, 0, 0],
    ]);
    expect(result.dayTotals).toEqual([10, 0, 10, 0]);
    expect(result.categoryTotals).toMatchObject({
      marketing: 11,
      utility: 2,
      authentication: 3,
      service: 4,
      marketing_lite: 0,
      other: 0,
    });
    expect(result.total).toBe(20);
    expect(result.messages).toBe(20);
  });

  it('lists the newer categories and "other" only when the period has them', () => {
    const data = report([
      period('2026-03-01', [1, 2, 0, 0, 0, 0, 3], 5, 4),
      period('2026-03-02', [0, 0, 0, 0, 5, 0, 0]),
    ]);
    const both = dailyActivity(data, { from: '2026-03-01', to: '2026-03-02' }, 'conversations');
    expect(both.categories).toEqual([
      'marketing',
      'marketing_lite',
      'utility',
      'authentication',
      'authentication_international',
      'service',
      'referral_conversion',
      'other',
    ]);
    expect(both.values[0]).toEqual([1, 2, 0, 0, 0, 0, 3, 4]);
    expect(both.total).toBe(15);
    const second = dailyActivity(data, { from: '2026-03-02', to: '2026-03-02' }, 'expenses');
    expect(second.categories).toEqual([
      'marketing',
      'utility',
      'authentication',
      'authentication_international',
      'service',
    ]);
    expect(second.total).toBe(25);
  });

  it('keeps charges the Hub does not attribute to a category as "other"', () => {
    const data = report([period('2026-03-01', classic(2, 0, 0, 0), 7, 1)]);
    const result = dailyActivity(data, { from: '2026-03-01', to: '2026-03-01' }, 'expenses');
    expect(result.categories.at(-1)).toBe('other');
    expect(result.categoryTotals.other).toBe(7);
    // The total is the Hub's own day total, not only the categories'.
    expect(result.total).toBe(data.periods[0]!.cost.amountMinor);
  });

  it('sums expenses in minor units per category', () => {
    const data = report([period('2026-03-01', classic(1, 2, 0, 0), 7)]);
    const result = dailyActivity(data, { from: '2026-03-01', to: '2026-03-01' }, 'expenses');
    expect(result.values).toEqual([[7, 14, 0, 0]]);
    expect(result.total).toBe(21);
    expect(result.messages).toBe(3);
    expect(result.currency).toBe('EUR');
  });

  it('counts the messages of a period whose messages were all free', () => {
    const data = report([period('2026-03-01', classic(0, 0, 0, 9), 0)]);
    const result = dailyActivity(data, { from: '2026-03-01', to: '2026-03-01' }, 'expenses');
    expect(result.total).toBe(0);
    expect(result.messages).toBe(9);
  });

  it('gives totals that equal the sums of the bars, exactly', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.array(fc.nat(5_000_000), {
              minLength: PRICING_CATEGORIES.length,
              maxLength: PRICING_CATEGORIES.length,
            }),
            fc.nat(1000),
          ),
          { minLength: 1, maxLength: 120 },
        ),
        fc.constantFrom('conversations' as const, 'expenses' as const),
        (rows, metric) => {
          const periods = rows.map(([q, other], i) =>
            period(addDays('2025-01-01', i), q, 3, other),
          );
          const range = { from: '2025-01-01', to: addDays('2025-01-01', rows.length - 1) };
          const result = dailyActivity(report(periods), range, metric);
          const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
          expect(sum(result.dayTotals)).toBe(result.total);
          expect(sum(Object.values(result.categoryTotals))).toBe(result.total);
          result.categories.forEach((category, i) => {
            expect(sum(result.values.map((row) => row[i]!))).toBe(result.categoryTotals[category]);
          });
          // Nothing the Hub counted is lost: the total is the Hub's own.
          const hub = sum(
            periods.map((p) => (metric === 'expenses' ? p.cost.amountMinor : p.quantity)),
          );
          expect(result.total).toBe(hub);
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
      report([
        ...week('2026-03-01', classic(1, 0, 0, 0)),
        ...week('2026-03-08', classic(2, 0, 0, 0)),
      ]),
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
    const fresh = weekSummary(report(week('2026-03-08', classic(1, 0, 0, 0))), today);
    expect(fresh.metrics.conversations.growth).toMatchObject({ fromZero: true, direction: 'up' });
    const quiet = weekSummary(report([]), today);
    expect(quiet.metrics.conversations.growth).toMatchObject({
      direction: 'flat',
      ratio: 0,
      fromZero: false,
    });
    expect(quiet.metrics.conversations.daily).toEqual([0, 0, 0, 0, 0, 0, 0]);
    const gone = weekSummary(report(week('2026-03-01', classic(3, 0, 0, 0))), today);
    expect(gone.metrics.expenses.growth).toMatchObject({ direction: 'down', ratio: -1 });
  });

  it('ignores today, which is still partial', () => {
    const summary = weekSummary(report([period(today, classic(500, 0, 0, 0))]), today);
    expect(summary.metrics.conversations.total).toBe(0);
  });
});
