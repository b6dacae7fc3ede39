import { findClient, rateLimit, type Route } from '../context.js';
import { json } from '../respond.js';
import { usageQuery, usageRows } from './usage.js';

/** Client balance with usage, and the partner balance. */
export const billingRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/partners/:partner_id/clients/:client_id/info/balance',
    handle(ctx) {
      const client = findClient(ctx, ctx.params.client_id!);
      rateLimit(ctx, `balance:${client.id}`, 5, 30_000);
      const funds = ctx.state.balances[client.id]!;
      // Without start_date: the last 30 days.
      const query = usageQuery(ctx, 30);
      return json({
        balance: funds.balance,
        currency: funds.currency,
        granularity: query.granularity.toLowerCase(),
        last_renewal: funds.last_renewal,
        auto_renewal: funds.auto_renewal,
        estimated_template_cost: funds.currency === 'eur' ? 0.06 : 0.03,
        usage: usageRows(ctx, client, query),
      });
    },
  },
  {
    method: 'GET',
    pattern: '/partners/:partner_id/balance',
    handle: (ctx) => json(ctx.state.partnerBalances),
  },
];
