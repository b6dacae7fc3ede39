import type { ResolvedOptions } from './options.js';
import { HubHttpError } from './respond.js';
import type { RateLimiter } from './rate-limit.js';
import type { ChannelRecord, ClientRecord, EmulatorState, WabaRecord } from './state.js';

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
  /** The parsed JSON body; 400 if it is not JSON. */
  body(): Promise<unknown>;
}

/** A route: answers one method and path pattern. */
export interface Route {
  method: string;
  /** Below `/api/v2`, with `:name` parameters, e.g. `/partners/:partner_id/channels`. */
  pattern: string;
  handle(ctx: RouteContext): Response | Promise<Response>;
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
