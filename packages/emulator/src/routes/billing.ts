import { findClient, rateLimit, type Route, type RouteContext } from '../context.js';
import { HubHttpError, json } from '../respond.js';
import { dayUsage } from '../seed/usage.js';
import { CURATED_NUMBERS } from '../seed/index.js';

const dayMs = 86_400_000;
/** Usage exists for the 400 days up to today. */
const historyDays = 400;

/** Typical messages per day of a client: varies by client and grows with its number count. */
function volumeOf(ctx: RouteContext, clientId: string): number {
  const index = ctx.state.clients.findIndex((c) => c.id === clientId);
  const numbers = ctx.state.channels.filter((c) => c.client_id === clientId).length;
  return 300 + ((index * 577) % 2300) + Math.min(numbers, CURATED_NUMBERS) * 40;
}

function unixParam(ctx: RouteContext, name: string, fallback: number): number {
  const raw = ctx.url.searchParams.get(name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value))
    throw new HubHttpError(400, 'Wrong payload', [`${name}: value is not a valid integer`]);
  return value * 1000;
}

const cents = (minor: number): number => Math.round(minor) / 100;

/** Client balance with usage, and the partner balance. */
export const billingRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/partners/:partner_id/clients/:client_id/info/balance',
    handle(ctx) {
      const client = findClient(ctx, ctx.params.client_id!);
      rateLimit(ctx, `balance:${client.id}`, 5, 30_000);
      const funds = ctx.state.balances[client.id]!;
      const granularity = (ctx.url.searchParams.get('granularity') ?? 'MONTH').toUpperCase();
      if (granularity !== 'DAY' && granularity !== 'MONTH') {
        throw new HubHttpError(400, 'Wrong payload', ['granularity: must be DAY or MONTH']);
      }
      const today = Math.floor(ctx.now / dayMs) * dayMs;
      const first = today - (historyDays - 1) * dayMs;
      const start = Math.max(
        first,
        Math.floor(unixParam(ctx, 'start_date', today - 29 * dayMs) / dayMs) * dayMs,
      );
      const end = Math.min(today, unixParam(ctx, 'end_date', today));
      const rows = new Map<string, Record<string, number | string>>();
      const volume = volumeOf(ctx, client.id);
      for (let day = start; day <= end; day += dayMs) {
        const date = new Date(day).toISOString().slice(0, 10);
        const period = granularity === 'DAY' ? date : `${date.slice(0, 8)}01`;
        const usage = dayUsage(ctx.state.seed, client.id, funds.currency, volume, date);
        const row = rows.get(period) ?? { period_date: `${period}T00:00:00Z` };
        for (const [category, u] of Object.entries(usage.byCategory)) {
          row[`${category}_quantity`] = Number(row[`${category}_quantity`] ?? 0) + u.quantity;
          row[`${category}_paid_quantity`] = Number(row[`${category}_paid_quantity`] ?? 0) + u.paid;
          row[`${category}_minor`] = Number(row[`${category}_minor`] ?? 0) + u.costMinor;
        }
        rows.set(period, row);
      }
      const usage = [...rows.values()].map((row) => {
        let quantity = 0;
        let paid = 0;
        let total = 0;
        const out: Record<string, number | string> = { period_date: row.period_date! };
        // Only the categories the client used: the newer ones are absent, not zero, for the others.
        const categories = Object.keys(row)
          .filter((key) => key.endsWith('_minor'))
          .map((key) => key.slice(0, -'_minor'.length));
        for (const category of categories) {
          quantity += Number(row[`${category}_quantity`]);
          paid += Number(row[`${category}_paid_quantity`]);
          total += Number(row[`${category}_minor`]);
          out[`${category}_quantity`] = row[`${category}_quantity`]!;
          out[`${category}_paid_quantity`] = row[`${category}_paid_quantity`]!;
          out[`${category}_price`] = cents(Number(row[`${category}_minor`]));
        }
        return {
          ...out,
          quantity,
          paid_quantity: paid,
          free_quantity: quantity - paid,
          total_price: cents(total),
        };
      });
      return json({
        balance: funds.balance,
        currency: funds.currency,
        granularity: granularity.toLowerCase(),
        last_renewal: funds.last_renewal,
        auto_renewal: funds.auto_renewal,
        estimated_template_cost: funds.currency === 'eur' ? 0.06 : 0.03,
        usage,
      });
    },
  },
  {
    method: 'GET',
    pattern: '/partners/:partner_id/balance',
    handle: (ctx) => json(ctx.state.partnerBalances),
  },
];
