import { findChannel, type Route } from '../context.js';
import { HubHttpError, json, success } from '../respond.js';
import { createRandom, hashSeed } from '../random.js';
import { nextId } from '../state.js';

const address = 'https://waba-v2.360dialog.io';

/** Channel API keys: list (masked), create (revokes the others), revoke. */
export const apiKeyRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/partners/:partner_id/channels/:channel_id/api_keys',
    handle(ctx) {
      const channel = findChannel(ctx, ctx.params.channel_id!);
      return json({ api_keys: ctx.state.apiKeys[channel.id] ?? [] });
    },
  },
  {
    method: 'POST',
    pattern: '/partners/:partner_id/channels/:channel_id/api_keys',
    handle(ctx) {
      const channel = findChannel(ctx, ctx.params.channel_id!);
      if (channel.status !== 'running' && channel.status !== 'live' && channel.status !== 'ready') {
        throw new HubHttpError(
          400,
          `API keys can only be generated for running channels (status: ${channel.status})`,
        );
      }
      const id = nextId(ctx.state, '');
      const random = createRandom(hashSeed(ctx.state.seed, channel.id, id));
      const secret = Array.from({ length: 32 }, () =>
        random.pick([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789']),
      ).join('');
      const appId =
        ctx.state.apiKeys[channel.id]?.[0]?.app_id ?? String(100_000 + random.int(0, 99_999));
      ctx.state.apiKeys[channel.id] = [
        { id, api_key: `****${secret.slice(-4)}`, address, app_id: appId },
      ];
      ctx.changed();
      return json({ id, api_key: secret, address, app_id: appId }, 201);
    },
  },
  {
    method: 'DELETE',
    pattern: '/partners/:partner_id/channels/:channel_id/api_keys/:key_id',
    handle(ctx) {
      const channel = findChannel(ctx, ctx.params.channel_id!);
      const keys = ctx.state.apiKeys[channel.id] ?? [];
      if (!keys.some((k) => k.id === ctx.params.key_id))
        throw new HubHttpError(404, `API key ${ctx.params.key_id} not found`);
      ctx.state.apiKeys[channel.id] = keys.filter((k) => k.id !== ctx.params.key_id);
      ctx.changed();
      return success(`api key id=${ctx.params.key_id} was revoked`);
    },
  },
];
