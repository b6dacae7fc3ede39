import type { ResolvedOptions } from './options.js';
import { HubHttpError } from './respond.js';
import type { RateLimiter } from './rate-limit.js';
import type { ChannelRecord, ClientRecord, EmulatorState, WabaRecord } from './state.js';
import type { WebhookEmitter } from './webhooks.js';

/** Everything a route needs to answer one request. */
export interface RouteContext {
  request: Request;
  url: URL;
  /** Path parameters, e.g. `client_id`. */
  params: Record<string, string>;
  state: EmulatorState;
  options: ResolvedOptions;
  limiter: RateLimiter;
  now: number;
  /** Records that the state changed, so it is persisted. */
  changed(): void;
  /** Reports the partner webhooks a change causes (sent only while a webhook URL is set). */
  webhooks: WebhookEmitter;
  /**
   * The request body as text (at most `MAX_BODY_BYTES`, read by the handler: larger is a 413);
   * `''` without one. Bytes that are not UTF-8 are a 400.
   */
  text(): Promise<string>;
  /**
   * The JSON object of the body, `undefined` without a body. As on the Hub, JSON only: a body sent
   * without `Content-Type: application/json` is a 415; one that does not parse, or is `null`, an
   * array or a scalar rather than an object, is a 400 `Wrong payload`.
   */
  body(): Promise<Record<string, unknown> | undefined>;
  /** On the Messaging API: the channel whose `D360-API-KEY` authenticated the request. */
  channel?: ChannelRecord;
}

/**
 * Where a route is served:
 * - `partner`: the Partner API, below `/api/v2` (under any prefix);
 * - `v1`: the Hub's older paths from `/v1/` on, at the root of the Hub origin (or below a prefix);
 * - `messaging`: the Messaging API, at the root of the origin, authenticated by `D360-API-KEY`.
 */
export type RouteApi = 'partner' | 'v1' | 'messaging';

/** A route: answers one method and path pattern. */
export interface Route {
  method: string;
  /**
   * With `:name` parameters: below `/api/v2` for the Partner API (e.g.
   * `/partners/:partner_id/channels`), from `/v1/` on for the v1 paths, from the root for the
   * Messaging API (e.g. `/whatsapp_business_profile`).
   */
  pattern: string;
  /** Default `partner`. */
  api?: RouteApi;
  handle(ctx: RouteContext): Response | Promise<Response>;
}

/** The channel of a Messaging API request (set by the handler after checking `D360-API-KEY`). */
export function keyChannel(ctx: RouteContext): ChannelRecord {
  if (!ctx.channel) throw new HubHttpError(401, 'Missing credentials: send D360-API-KEY');
  return ctx.channel;
}

/** The client, or 404. */
export function findClient(ctx: RouteContext, clientId: string): ClientRecord {
  const client = ctx.state.clients.find((c) => c.id === clientId);
  if (!client) throw new HubHttpError(404, `Client ${clientId} not found`);
  return client;
}

/** The channel of a client, or 404 (also when it belongs to another client). */
export function findChannel(
  ctx: RouteContext,
  channelId: string,
  clientId?: string,
): ChannelRecord {
  const channel = ctx.state.channels.find((c) => c.id === channelId);
  if (!channel || (clientId !== undefined && channel.client_id !== clientId)) {
    throw new HubHttpError(404, `Channel ${channelId} not found`);
  }
  return channel;
}

/** The WABA, or 404. */
export function findWaba(ctx: RouteContext, wabaId: string): WabaRecord {
  const waba = ctx.state.wabas.find((w) => w.id === wabaId);
  if (!waba) throw new HubHttpError(404, `WABA account ${wabaId} not found`);
  return waba;
}

/** 429 with `Retry-After` when a documented limit is exceeded (and limits are on). */
export function rateLimit(ctx: RouteContext, key: string, limit: number, windowMs: number): void {
  if (!ctx.options.rateLimits) return;
  const wait = ctx.limiter.take(key, limit, windowMs, ctx.now);
  if (wait !== undefined) {
    throw new HubHttpError(
      429,
      `Rate limit exceeded: ${limit} requests per ${windowMs / 1000} seconds`,
      [],
      {
        'retry-after': String(wait),
      },
    );
  }
}
