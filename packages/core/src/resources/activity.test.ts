import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QueryCache } from '../cache.js';
import type { HubTransport } from '../http.js';
import { addDays } from '../period.js';
import { weekSummary } from '../activity/summary.js';
import { lastWeekRanges } from '../activity/ranges.js';
import { toUsagePeriods, type clientBalanceSchema } from '../schemas/balance.js';
import { createActivityResource } from './activity.js';
import type * as z from 'zod/mini';

type Wire = z.infer<typeof clientBalanceSchema>;

/** A transport for a client with one number whose usage is `wire`, as the Hub would answer. */
function transportOf(wire: Wire): HubTransport {
  return {
    partnerId: 'p',
    cache: {
      fetch: (_key, fetcher) => fetcher(new AbortController().signal, () => undefined),
    } as QueryCache,
    authKind: 'apiKey',
    capabilities: undefined,
    paymentType: undefined,
    request: (request) =>
      Promise.resolve(
        (request.route === 'channels'
          ? { total: 1, partner_channels: [{ id: 'aCH' }] }
          : { currency: wire.currency, usage: wire.usage }) as never,
      ),
    read: () => Promise.reject(new Error('not used')),
  };
}

const today = '2026-03-15';
const { both } = lastWeekRanges(today);

/** A day on the wire; `extra` is what the Hub's totals hold beyond the listed categories. */
const row = (day: number, q: number[], extra: { quantity: number; cents: number }) => ({
  period_date: `${addDays(both.from, day)}T00:00:00Z`,
  marketing_quantity: q[0],
  marketing_price: (q[0]! * 6) / 100,
  utility_quantity: q[1],
  utility_price: (q[1]! * 2) / 100,
  service_quantity: q[2],
  service_price: 0,
  marketing_lite_quantity: q[3],
  marketing_lite_price: (q[3]! * 5) / 100,
  quantity: q.reduce((a, b) => a + b, 0) + extra.quantity,
  total_price: (q[0]! * 6 + q[1]! * 2 + q[3]! * 5 + extra.cents) / 100,
});

describe('activity.lastWeek', () => {
  it('agrees with the summary cards (weekSummary) on every total and growth', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(
            fc.array(fc.nat(1000), { minLength: 4, maxLength: 4 }),
            fc.record({ quantity: fc.nat(50), cents: fc.nat(500) }),
          ),
          { minLength: 14, maxLength: 14 },
        ),
        async (days) => {
          const wire: Wire = {
            balance: 10,
            currency: 'eur',
            usage: days.map(([q, extra], i) => row(i, q, extra)),
          };
          const week = await createActivityResource(transportOf(wire)).lastWeek('c', {
            now: new Date(`${today}T12:00:00Z`),
          });
          const periods = toUsagePeriods(wire);
          const summary = weekSummary(
            { clientId: 'c', currency: 'EUR', granularity: 'day', periods },
            today,
          );
          expect(week.current.messages).toBe(summary.metrics.conversations.total);
          expect(week.previous.messages).toBe(summary.metrics.conversations.previousTotal);
          expect(week.current.cost.amountMinor).toBe(summary.metrics.expenses.total);
          expect(week.previous.cost.amountMinor).toBe(summary.metrics.expenses.previousTotal);
          expect(week.growth.messages).toEqual(summary.metrics.conversations.growth);
          expect(week.growth.cost).toEqual(summary.metrics.expenses.growth);
          // Both are the Hub's own totals: unattributed messages and charges count too.
          const current = wire.usage!.slice(7);
          expect(week.current.messages).toBe(current.reduce((n, r) => n + (r.quantity ?? 0), 0));
          const byCategory = Object.values(week.current.byCategory);
          expect(byCategory.reduce((n, c) => n + c.messages, 0)).toBe(week.current.messages);
          expect(byCategory.reduce((n, c) => n + c.cost.amountMinor, 0)).toBe(
            week.current.cost.amountMinor,
          );
        },
      ),
      { numRuns: 50 },
    );
  });
});
