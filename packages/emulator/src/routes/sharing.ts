import { findClient, type Route } from '../context.js';
import { json } from '../respond.js';
import { nextId, type ChannelRecord, type EmulatorState } from '../state.js';
import { statusEvent, type WebhookEmitter } from '../webhooks.js';

/**
 * The channels each client has not shared with the partner. Unless data says otherwise, the last
 * number (by ID) of every client with three or more is "Missing", so the permission page and
 * `<hub-partner-permissions>` have something to grant on a fresh emulator.
 */
export function unsharedChannels(state: EmulatorState): Set<string> {
  if (state.unsharedChannels === undefined) {
    const byClient = new Map<string, string[]>();
    for (const channel of state.channels) {
      byClient.set(channel.client_id, [...(byClient.get(channel.client_id) ?? []), channel.id]);
    }
    state.unsharedChannels = [...byClient.values()]
      .filter((ids) => ids.length >= 3)
      .map((ids) => ids.sort().at(-1)!);
  }
  return new Set(state.unsharedChannels);
}

/**
 * Saves the client's choice on the permission page: `shared` becomes exactly the shared set among
 * its channels. Returns what the Hub redirects back with: the channels shared in this session and
 * the ones the client revoked.
 */
export function saveSharing(
  state: EmulatorState,
  clientId: string,
  shared: ReadonlySet<string>,
): { channels: string[]; revoked: string[] } {
  const unshared = unsharedChannels(state);
  const own = state.channels.filter((c) => c.client_id === clientId).map((c) => c.id);
  const channels = own.filter((id) => shared.has(id));
  const revoked = own.filter((id) => !shared.has(id) && !unshared.has(id));
  for (const id of own) {
    if (shared.has(id)) unshared.delete(id);
    else unshared.add(id);
  }
  state.unsharedChannels = [...unshared].sort();
  return { channels, revoked };
}

/** Time between two statuses of a number created on the hosted pages. */
export const SIGNUP_STEP_MS = 5_000;

/*
 * The statuses a new number walks through. Signup follows the partner webhooks' order
 * (channel_created → submitted → ready → running). No source orders an import's statuses; the
 * emulator's guess is recorded in docs/api-assumptions.md.
 */
const PATHS = {
  signup: ['created', 'submitted', 'ready', 'running'],
  import: ['created', 'waiting_for_migration_code', 'ready_for_migration', 'running'],
} as const;

/** Why the hosted page cannot add a number. */
export type AddNumberRefusal = 'limit' | 'phone' | 'duplicate';

/**
 * Creates the channel a client signs up (or imports) on the hosted page, shared with the partner
 * from the start. Refuses past the client's `max_channels`, a malformed number, or one in use.
 */
export function addHostedNumber(
  state: EmulatorState,
  clientId: string,
  input: { phoneNumber: string; displayName: string; path: 'signup' | 'import' },
  now: number,
  webhooks: WebhookEmitter,
): ChannelRecord | AddNumberRefusal {
  const client = state.clients.find((c) => c.id === clientId)!;
  const own = state.channels.filter((c) => c.client_id === clientId);
  if (own.length >= client.max_channels) return 'limit';
  const digits = input.phoneNumber.replace(/[\s()-]/g, '');
  if (!/^\+[1-9]\d{6,14}$/.test(digits)) return 'phone';
  if (
    state.channels.some((c) => c.setup_info.phone_number.replace(/\D/g, '') === digits.slice(1))
  ) {
    return 'duplicate';
  }
  const template = own[0];
  const stamp = new Date(now).toISOString();
  const channel: ChannelRecord = {
    id: nextId(state, 'CH'),
    client_id: clientId,
    status: 'created',
    account_mode: 'live',
    current_limit: null,
    current_quality_rating: 'UNKNOWN',
    is_on_biz_app: false,
    is_oba: false,
    tier: template?.tier ?? 'regular',
    billing_started_at: null,
    cancelled_at: null,
    terminated_at: null,
    created_at: stamp,
    modified_at: stamp,
    client: { id: client.id, name: client.name },
    setup_info: {
      phone_number: digits,
      phone_name: input.displayName.trim() || client.name,
      new_name_status: null,
      new_phone_name: null,
    },
    waba_account: template?.waba_account ?? {
      id: nextId(state, 'WA'),
      external_id: String(now),
      name: client.name,
      status: 'ACTIVE',
      on_behalf_of_business_info: null,
    },
  };
  state.channels.push(channel);
  state.signups = { ...state.signups, [channel.id]: { startedAt: now, path: input.path } };
  webhooks.channel('channel_created', channel);
  return channel;
}

/**
 * Moves numbers created on the hosted pages along their statuses; true when one moved. Each status
 * reached is announced by its webhook, also when a number passed several since the last call.
 */
export function advanceSignups(
  state: EmulatorState,
  now: number,
  webhooks: WebhookEmitter,
): boolean {
  if (!state.signups) return false;
  let changed = false;
  const pending: NonNullable<EmulatorState['signups']> = {};
  for (const [id, signup] of Object.entries(state.signups)) {
    const channel = state.channels.find((c) => c.id === id);
    const steps = PATHS[signup.path];
    const step = Math.min(Math.floor((now - signup.startedAt) / SIGNUP_STEP_MS), steps.length - 1);
    if (channel && channel.status !== steps[step]) {
      const from = (steps as readonly string[]).indexOf(channel.status);
      for (let next = from < 0 || from > step ? step : from + 1; next <= step; next++) {
        channel.status = steps[next]!;
        channel.modified_at = new Date(signup.startedAt + next * SIGNUP_STEP_MS).toISOString();
        if (channel.status === 'running') channel.billing_started_at = channel.modified_at;
        const event = statusEvent(channel.status);
        if (event) webhooks.channel(event, channel);
      }
      changed = true;
    }
    if (channel && step < steps.length - 1) pending[id] = signup;
    else changed = true;
  }
  state.signups = pending;
  return changed;
}

/** When the next hosted-page number reaches its next status (ms since epoch), if one will. */
export function nextSignupStepAt(state: EmulatorState): number | undefined {
  let next: number | undefined;
  for (const [id, signup] of Object.entries(state.signups ?? {})) {
    const channel = state.channels.find((c) => c.id === id);
    if (!channel) continue;
    const at = (PATHS[signup.path] as readonly string[]).indexOf(channel.status);
    const due = signup.startedAt + (Math.max(at, 0) + 1) * SIGNUP_STEP_MS;
    if (next === undefined || due < next) next = due;
  }
  return next;
}

/**
 * `GET /partners/{partner_id}/clients/{client_id}/shared_client_numbers` (hub-api.md §4.3): the
 * client's channels the partner may manage. The real shape is unverified; the emulator answers
 * with the usual list envelope under `shared_client_numbers`, each item a channel's `id`,
 * `client_id`, `status` and phone number.
 */
export const sharingRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/partners/:partner_id/clients/:client_id/shared_client_numbers',
    handle(ctx) {
      const client = findClient(ctx, ctx.params.client_id!);
      const unshared = unsharedChannels(ctx.state);
      const items = ctx.state.channels
        .filter((c) => c.client_id === client.id && !unshared.has(c.id))
        .map((c) => ({
          id: c.id,
          client_id: c.client_id,
          status: c.status,
          setup_info: { phone_number: c.setup_info.phone_number },
        }));
      return json({
        count: items.length,
        total: items.length,
        limit: items.length,
        offset: 0,
        shared_client_numbers: items,
      });
    },
  },
];
