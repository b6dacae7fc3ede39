import { findChannel, findWaba, type Route } from '../context.js';
import { HubHttpError, json } from '../respond.js';

const commerce = '/partners/:partner_id/channels/:channel_id/whatsapp_commerce_settings';

/** WABA details and the commerce settings of a number. */
export const wabaRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/partners/:partner_id/waba_accounts/:waba_account_id',
    handle: (ctx) => json(findWaba(ctx, ctx.params.waba_account_id!)),
  },
  {
    method: 'GET',
    pattern: commerce,
    handle(ctx) {
      const channel = findChannel(ctx, ctx.params.channel_id!);
      const settings = ctx.state.commerce[channel.id] ?? {
        is_cart_enabled: false,
        is_catalog_visible: false,
      };
      return json({ data: [{ id: channel.id, ...settings }] });
    },
  },
  {
    method: 'POST',
    pattern: commerce,
    async handle(ctx) {
      const channel = findChannel(ctx, ctx.params.channel_id!);
      const body = ((await ctx.body()) ?? {}) as Record<string, unknown>;
      const current = ctx.state.commerce[channel.id] ?? {
        is_cart_enabled: false,
        is_catalog_visible: false,
      };
      for (const key of ['is_cart_enabled', 'is_catalog_visible'] as const) {
        const value = body[key];
        if (value !== undefined && typeof value !== 'boolean') {
          throw new HubHttpError(400, 'Wrong payload', [`${key}: value is not a valid boolean`]);
        }
        if (typeof value === 'boolean') current[key] = value;
      }
      ctx.state.commerce[channel.id] = current;
      ctx.changed();
      return json({ success: true });
    },
  },
];
