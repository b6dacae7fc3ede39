import * as z from 'zod/mini';
import type { QueryCache, QueryKey } from '../cache.js';
import type { NumberListParams } from '../resources/numbers.js';
import type { HubNumber } from '../schemas/channel.js';

/** The Hub's partner webhook events about a number: their `data` is the Channel object. */
export const CHANNEL_EVENT_TYPES = [
  'channel_created',
  'channel_submitted',
  'channel_ready',
  'channel_running',
  'channel_live',
  'account_violation',
  'account_restriction',
  'cancellation_request',
  'cancellation_revoke',
  'cancellation_processed',
] as const;

/** The Hub's older partner webhook events about a template: their `data` is the template. */
export const TEMPLATE_EVENT_TYPES = [
  'waba_template_approved',
  'waba_template_rejected',
  'waba_template_flagged',
] as const;

/** The Hub's partner-level webhook events: they concern no client's pages. */
export const PARTNER_EVENT_TYPES = ['client_created'] as const;

/**
 * The Hub's partner webhook events a live stream can carry. `client_created` is partner-level
 * and reaches no client's stream; it is listed because the server may pass it to partner tools.
 */
export const LIVE_EVENT_TYPES = [
  ...PARTNER_EVENT_TYPES,
  ...CHANNEL_EVENT_TYPES,
  ...TEMPLATE_EVENT_TYPES,
] as const;

/** A webhook event name the SDK knows; see {@link LIVE_EVENT_TYPES}. */
export type HubLiveEventType = (typeof LIVE_EVENT_TYPES)[number];

/**
 * One change the Hub told the partner about, as `@hub/server` forwards it to the client's
 * sessions (`GET {baseUrl}/events`).
 */
export interface HubLiveEvent {
  /**
   * The webhook's event name. Names the SDK does not know yet pass through unchanged (and change
   * nothing in the cache), so a newer Hub never breaks an older page.
   */
  type: HubLiveEventType | (string & Record<never, never>);
  /** The client the event concerns; a stream only carries its own session's client. */
  clientId: string;
  /** The number (Hub channel) it concerns, or `null`. */
  numberId: string | null;
  /** The WhatsApp Business Account it concerns, or `null` when the Hub sent none. */
  wabaAccountId: string | null;
  /** The template's name, for template events; otherwise `null`. */
  templateName: string | null;
  /** When the partner's server received the webhook (ISO 8601). */
  at: string;
}

const optionalId = z.optional(z.nullable(z.string().check(z.minLength(1))));

const liveEventSchema = z.object({
  type: z.string().check(z.minLength(1)),
  clientId: z.string().check(z.minLength(1)),
  numberId: optionalId,
  wabaAccountId: optionalId,
  templateName: optionalId,
  at: z.iso.datetime({ offset: true }),
});

/** Parses the `data` of one `hub` message; `undefined` when it is not a valid event. */
export function parseLiveEvent(data: string): HubLiveEvent | undefined {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return undefined;
  }
  const parsed = liveEventSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const event = parsed.data;
  return {
    type: event.type,
    clientId: event.clientId,
    numberId: event.numberId ?? null,
    wabaAccountId: event.wabaAccountId ?? null,
    templateName: event.templateName ?? null,
    at: event.at,
  };
}

/**
 * What events of `type` change: the numbers of their client, the templates of their WABA, or
 * nothing the SDK caches (`undefined`, e.g. `client_created` or a name it does not know).
 */
export function liveEventScope(type: string): 'numbers' | 'templates' | undefined {
  if (/^(channel|cancellation|account)_/.test(type)) return 'numbers';
  if (type.startsWith('waba_template_')) return 'templates';
  return undefined;
}

/**
 * Whether `key` (holding `data`) shows what `event` changed. Numbers: the client's whole list,
 * the number itself (every number of the client when the event names none), page lists filtered
 * to the client or not filtered by client at all, and the client's sharing list (it lists the
 * numbers). Templates: every key of the event's WABA, or of every WABA when it names none.
 * Another client's or WABA's keys never match.
 */
export function showsLiveEvent(event: HubLiveEvent, key: QueryKey, data: unknown): boolean {
  const scope = liveEventScope(event.type);
  if (scope === 'templates') {
    return (
      key[0] === 'templates' && (event.wabaAccountId === null || key[1] === event.wabaAccountId)
    );
  }
  if (scope !== 'numbers') return false;
  if (key[0] === 'sharing') return key[1] === 'list' && key[2] === event.clientId;
  if (key[0] !== 'numbers') return false;
  switch (key[1]) {
    case 'all':
      return key[2] === event.clientId;
    case 'get':
      return event.numberId === null
        ? (data as HubNumber | undefined)?.clientId === event.clientId
        : key[2] === event.numberId;
    case 'list': {
      const clientId = (key[2] as NumberListParams | undefined)?.filters?.clientId;
      return clientId === undefined || clientId === event.clientId;
    }
    default:
      return false;
  }
}

/** Whether polling refreshes `key`: everything a live event could have changed. */
export function isLiveKey(key: QueryKey): boolean {
  if (key[0] === 'sharing') return key[1] === 'list';
  if (key[0] === 'numbers') return key[1] !== 'apiKeys';
  return key[0] === 'templates';
}

/** Refetches (or marks stale) exactly the keys that show what `event` changed. */
export function applyLiveEvent(cache: QueryCache, event: HubLiveEvent): void {
  if (liveEventScope(event.type) === undefined) return;
  cache.invalidate((key, data) => showsLiveEvent(event, key, data));
}
