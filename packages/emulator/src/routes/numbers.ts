import { findChannel, findClient, requireCapability, type Route } from '../context.js';
import { listPage } from '../list.js';
import { HubHttpError, json } from '../respond.js';
import type { ChannelRecord } from '../state.js';

const filters = [
  'q',
  'meta_status',
  'id',
  'type',
  'status',
  'client_id',
  'version',
  'is_migrated',
  'account_mode',
  'terminated_at',
  'current_limit',
  'current_quality_rating',
  'availability_status',
  'setup_info.phone_number',
  'setup_info.phone_name',
  'created_at',
  'modified_at',
  'external_id',
  'waba_account.id',
  'waba_account.fb_account_status',
  'client.contact_info.email',
  'tier',
];

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

/** Status a number returns to when its cancellation is revoked. */
const cancelledFrom = new WeakMap<ChannelRecord, string>();

/** Channels: list, cancellation request and its revocation, display-name change. */
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
      const client = findClient(ctx, ctx.params.client_id!);
      const channel = findChannel(ctx, ctx.params.channel_id!, client.id);
      requireCapability(ctx, client.id, 'numbers:cancel');
      const body = (await ctx.body()) as { enabled?: unknown } | undefined;
      const enabled = body?.enabled ?? true;
      if (typeof enabled !== 'boolean')
        throw new HubHttpError(400, 'Wrong payload', ['enabled: value is not a valid boolean']);
      const at = new Date(ctx.now).toISOString();
      if (enabled && channel.status !== 'pending_deletion') {
        cancelledFrom.set(channel, channel.status);
        Object.assign(channel, {
          status: 'pending_deletion',
          cancelled_at: at,
          terminated_at: endOfMonth(ctx.now),
          modified_at: at,
        });
        ctx.changed();
      } else if (!enabled && channel.status === 'pending_deletion') {
        Object.assign(channel, {
          status: cancelledFrom.get(channel) ?? 'running',
          cancelled_at: null,
          terminated_at: null,
          modified_at: at,
        });
        ctx.changed();
      }
      return json(channel);
    },
  },
  {
    method: 'POST',
    pattern: '/partners/:partner_id/clients/:client_id/channels/:channel_id/display_name',
    async handle(ctx) {
      const client = findClient(ctx, ctx.params.client_id!);
      const channel = findChannel(ctx, ctx.params.channel_id!, client.id);
      requireCapability(ctx, client.id, 'numbers:displayName');
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
      return json(channel);
    },
  },
];
