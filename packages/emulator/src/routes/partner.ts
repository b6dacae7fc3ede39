import type { Route, RouteContext } from '../context.js';
import { HubHttpError, json } from '../respond.js';

/** The `webhook_url` of a body, checked: an absolute http(s) URL, or a 400. */
function webhookUrlOf(body: Record<string, unknown> | undefined): string {
  const value = body?.webhook_url;
  if (typeof value !== 'string') {
    throw new HubHttpError(400, 'Wrong payload', ['webhook_url: this field is required']);
  }
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
    throw new HubHttpError(400, 'Wrong payload', ['webhook_url: invalid or missing URL scheme']);
  }
  return value;
}

function register(ctx: RouteContext, url: string): void {
  ctx.state.webhookUrl = url;
  ctx.changed();
}

/**
 * The partner's webhook URL (hub-api.md §3): read and set on `…/webhook_url`, or set with
 * `PATCH /partners/{partner_id}`. The emulator models no other partner setting, so that PATCH
 * takes `webhook_url` only (anything else is a 400 naming the field) and answers the partner's
 * `id` and `webhook_url`, not the whole partner object.
 */
export const partnerRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/partners/:partner_id/webhook_url',
    // No URL registered yet: `null` (what the Hub answers then is unverified).
    handle: (ctx) => json({ webhook_url: ctx.state.webhookUrl ?? null }),
  },
  {
    method: 'POST',
    pattern: '/partners/:partner_id/webhook_url',
    async handle(ctx) {
      const url = webhookUrlOf(await ctx.body());
      register(ctx, url);
      return json({ webhook_url: url });
    },
  },
  {
    method: 'PATCH',
    pattern: '/partners/:partner_id',
    async handle(ctx) {
      const body = await ctx.body();
      const others = Object.keys(body ?? {}).filter((key) => key !== 'webhook_url');
      if (others.length > 0) {
        throw new HubHttpError(
          400,
          'Wrong payload',
          others.map((key) => `${key}: not modelled by the emulator (only webhook_url)`),
        );
      }
      const url = webhookUrlOf(body);
      register(ctx, url);
      return json({ id: ctx.state.partnerId, webhook_url: url });
    },
  },
];
