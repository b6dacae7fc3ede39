import { keyChannel, type Route } from '../context.js';
import { HubHttpError, json } from '../respond.js';

const path = '/whatsapp_commerce_settings';
const keys = ['is_cart_enabled', 'is_catalog_visible'] as const;

/**
 * The commerce settings (cart, catalog visibility) of the number whose `D360-API-KEY` is sent, on
 * the Messaging API. Changes come as query parameters, as Meta takes them.
 */
export const commerceRoutes: Route[] = [
  {
    api: 'messaging',
    method: 'GET',
    pattern: path,
    handle(ctx) {
      const channel = keyChannel(ctx);
      const settings = ctx.state.commerce[channel.id] ?? {
        is_cart_enabled: false,
        is_catalog_visible: false,
      };
      return json({ data: [{ id: channel.id, ...settings }] });
    },
  },
  {
    api: 'messaging',
    method: 'POST',
    pattern: path,
    async handle(ctx) {
      const channel = keyChannel(ctx);
      if ((await ctx.text()).trim() !== '') {
        throw new HubHttpError(400, 'Wrong payload', [
          'body: not expected; send is_cart_enabled and is_catalog_visible as query parameters',
        ]);
      }
      const next = {
        ...(ctx.state.commerce[channel.id] ?? {
          is_cart_enabled: false,
          is_catalog_visible: false,
        }),
      };
      const issues: string[] = [];
      for (const key of keys) {
        const value = ctx.url.searchParams.get(key);
        if (value === null) continue;
        if (value === 'true' || value === 'false') next[key] = value === 'true';
        else issues.push(`${key}: value is not a valid boolean`);
      }
      if (issues.length > 0) throw new HubHttpError(400, 'Wrong payload', issues);
      ctx.state.commerce[channel.id] = next;
      ctx.changed();
      return json({ success: true });
    },
  },
];
