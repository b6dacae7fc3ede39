import { issueApiKey, publicApiKey } from '../channel-keys.js';
import { findChannel, type Route } from '../context.js';
import { HubHttpError, json, success } from '../respond.js';

/** Channel API keys: list (masked), create (revokes the others), revoke. */
export const apiKeyRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/partners/:partner_id/channels/:channel_id/api_keys',
    handle(ctx) {
      const channel = findChannel(ctx, ctx.params.channel_id!);
      return json({ api_keys: (ctx.state.apiKeys[channel.id] ?? []).map(publicApiKey) });
    },
  },
  {
    method: 'POST',
    pattern: '/partners/:partner_id/channels/:channel_id/api_keys',
    handle(ctx) {
      const channel = findChannel(ctx, ctx.params.channel_id!);
      const { record, secret } = issueApiKey(ctx.state, channel);
      ctx.changed();
      const { id, address, app_id } = record;
      return json({ id, api_key: secret, address, app_id }, 201);
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
