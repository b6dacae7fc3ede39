import { findWaba, type Route } from '../context.js';
import { json } from '../respond.js';

/** WABA details. */
export const wabaRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/partners/:partner_id/waba_accounts/:waba_account_id',
    handle: (ctx) => json(findWaba(ctx, ctx.params.waba_account_id!)),
  },
];
