import { findChannel, findClient, type Route, type RouteContext } from '../context.js';
import { listPage } from '../list.js';
import { HubHttpError, json } from '../respond.js';
import type { ChannelRecord } from '../state.js';

/**
 * The filter keys the Hub documents for channels. Its filter schema allows no others, so e.g.
 * `waba_account.id` is a 400 there and here.
 */
const filters = [
  'q',
  'status',
  'client_id',
  'current_quality_rating',
  'current_limit',
  'account_mode',
  'id',
];

/** The Hub's channel sort enum is not readable in its reference: these stay as accepted so far. */
const sort = [
  'id',
  'status',
  'created_at',
  'modified_at',
  'current_quality_rating',
  'current_limit',
  'setup_info.phone_number',
  'setup_info.phone_name',
  'client_id',
];

function endOfMonth(now: number): string {
  const d = new Date(now);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0, 23, 59, 59)).toISOString();
}

/** The client's channel named by the path, or 404 (also for another client's channel). */
function clientChannel(ctx: RouteContext): ChannelRecord {
  const client = findClient(ctx, ctx.params.client_id!);
  return findChannel(ctx, ctx.params.channel_id!, client.id);
}

/** Turns Signals (click-to-WhatsApp ads measurement) on or off; emulator-only state. */
function setSignals(ctx: RouteContext, enabled: boolean): Response {
  const channel = clientChannel(ctx);
  const others = (ctx.state.signals ?? []).filter((id) => id !== channel.id);
  ctx.state.signals = enabled ? [...others, channel.id] : others;
  ctx.changed();
  // The Hub documents no answer body; `{}` keeps clients from relying on one.
  return json({});
}

/** Channels: list, cancellation request and its revocation, display-name change, Signals. */
export const numberRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/partners/:partner_id/channels',
    handle: (ctx) =>
      json(
        listPage(ctx.state.channels, ctx.url, {
          itemsKey: 'partner_channels',
          filters,
          sort,
          defaultSort: '-created_at',
          search: (c) =>
            `${c.id} ${c.setup_info.phone_number} ${c.setup_info.phone_name} ${c.client.name}`,
        }),
      ),
  },
  {
    method: 'POST',
    pattern:
      '/partners/:partner_id/clients/:client_id/channels/:channel_id/control/cancellation_request',
    async handle(ctx) {
      const channel = clientChannel(ctx);
      const body = (await ctx.body()) as { enabled?: unknown } | undefined;
      const enabled = body?.enabled ?? true;
      if (typeof enabled !== 'boolean')
        throw new HubHttpError(400, 'Wrong payload', ['enabled: value is not a valid boolean']);
      const at = new Date(ctx.now).toISOString();
      if (enabled && channel.status !== 'pending_deletion') {
        // In the state, not beside it, so a revocation after a restart still restores the status.
        ctx.state.cancelledFrom = { ...ctx.state.cancelledFrom, [channel.id]: channel.status };
        Object.assign(channel, {
          status: 'pending_deletion',
          cancelled_at: at,
          terminated_at: endOfMonth(ctx.now),
          modified_at: at,
        });
        ctx.changed();
        ctx.webhooks.channel('cancellation_request', channel);
      } else if (!enabled && channel.status === 'pending_deletion') {
        const { [channel.id]: previous, ...others } = ctx.state.cancelledFrom ?? {};
        ctx.state.cancelledFrom = others;
        Object.assign(channel, {
          // Numbers seeded as pending deletion never had another status here.
          status: previous ?? 'running',
          cancelled_at: null,
          terminated_at: null,
          modified_at: at,
        });
        ctx.changed();
        ctx.webhooks.channel('cancellation_revoke', channel);
      }
      // The Hub documents only "200": the answer is not the channel, clients re-read it.
      return json({});
    },
  },
  {
    method: 'POST',
    pattern: '/partners/:partner_id/clients/:client_id/channels/:channel_id/display_name',
    async handle(ctx) {
      const channel = clientChannel(ctx);
      const body = (await ctx.body()) as { display_name?: unknown } | undefined;
      const name = body?.display_name;
      if (typeof name !== 'string' || name.trim().length < 3 || name.length > 75) {
        throw new HubHttpError(400, 'Wrong payload', [
          'display_name: must be between 3 and 75 characters',
        ]);
      }
      if (channel.status === 'pending_deletion') {
        throw new HubHttpError(
          400,
          'The display name of a number pending deletion cannot be changed',
        );
      }
      Object.assign(channel, {
        status: 'new_name_requested',
        modified_at: new Date(ctx.now).toISOString(),
      });
      channel.setup_info.new_phone_name = name.trim();
      channel.setup_info.new_name_status = 'pending_review';
      ctx.changed();
      // The Hub documents only "200": the answer is not the channel, clients re-read it.
      return json({});
    },
  },
  {
    method: 'POST',
    pattern: '/partners/:partner_id/clients/:client_id/channels/:channel_id/enable_ctwa',
    handle: (ctx) => setSignals(ctx, true),
  },
  {
    method: 'POST',
    pattern: '/partners/:partner_id/clients/:client_id/channels/:channel_id/disable_ctwa',
    handle: (ctx) => setSignals(ctx, false),
  },
];
