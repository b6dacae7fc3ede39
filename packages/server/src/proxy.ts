import { ProxyRefusal, hubErrorResponse } from './envelope.js';
import {
  matchOperation,
  type AnswerCheck,
  type MatchedOperation,
  type Operation,
} from './operations.js';
import type { LiveBus } from './live-bus.js';
import { lastEventId, liveStreamResponse } from './live-stream.js';
import { createOwnershipChecker } from './ownership.js';
import { scopedQuery } from './query.js';
import { createMemoryRateLimitStore, type RateLimitStore } from './rate-limit.js';
import { DEFAULT_MESSAGING_BASE_URL } from '@hub/core';
import { apiKeyOf, HubSessionError, type HubSession, type HubSessions } from './sessions.js';
import { createUpstream, upstreamFailure } from './upstream.js';

/** What `onRequest` learns about each request, allowed or refused. */
export interface HubProxyRequestInfo {
  /** The verified session; `undefined` when the token was missing or not valid. */
  session: HubSession | undefined;
  /** The operation's id (e.g. `templates.create`); `undefined` when no operation matched. */
  operation: string | undefined;
  method: string;
  /** The status the browser got. */
  status: number;
  /** Whether the proxy itself refused the request (as opposed to the Hub answering it). */
  refused: boolean;
  /** Time spent in the proxy, Hub included, in ms. */
  ms: number;
}

/**
 * Rate limits per session and per client. The Hub's own limits are partner-wide, so a client's
 * budget keeps one client from spending everyone's; minting more sessions does not raise it.
 */
export interface HubProxyRateLimit {
  /** Requests per window and session. Default `600`. */
  limit?: number;
  /** Requests per window and client, all its sessions together. Default `1200`. */
  clientLimit?: number;
  /** Window length in seconds. Default `60`. */
  windowSeconds?: number;
  /** Where counters live. Default in memory; share one store between instances. */
  store?: RateLimitStore;
}

/** Live updates on the proxy: `GET {basePath}/events`, fed by `createHubWebhooks`. */
export interface HubProxyLive {
  /** The bus the webhook handler publishes to; the same object (or broker) for both. */
  bus: LiveBus;
  /** Interval of the `: heartbeat` comment that keeps idle streams open, in ms. Default `15000`. */
  heartbeatMs?: number;
}

/** Options of {@link createHubProxy}. */
export interface HubProxyOptions {
  /** Mints and verifies the sessions; also holds the partner ID, API key and Hub URL. */
  sessions: HubSessions;
  /**
   * The path the proxy is mounted under, e.g. `/hub-api`: the browser's `baseUrl`. Requests
   * outside it get a 404. Default `/hub-api`.
   */
  basePath?: string;
  /** The `fetch` that reaches the Hub (an emulator's, in tests). Default global `fetch`. */
  fetch?: typeof fetch;
  /**
   * The stored Messaging API key of one of your clients' numbers, for business profiles and
   * commerce settings, which live on each number's Messaging API. Called after the number is
   * checked to belong to the session's client; `undefined` when you hold no key for it. Without
   * this option those operations answer 501. Never create keys here: a new key revokes the
   * number's existing ones.
   */
  channelApiKey?: (
    channelId: string,
    session: HubSession,
  ) => Promise<string | undefined> | string | undefined;
  /** The Messaging API. Default `https://waba-v2.360dialog.io`. */
  messagingBaseUrl?: string;
  /** Largest accepted request body in bytes. Default `262144` (256 KiB). */
  maxBodyBytes?: number;
  /** How long the Hub may take to answer, in ms. Default `30000`. */
  timeoutMs?: number;
  /** How long a looked-up "this ID belongs to this client" is trusted, in seconds. Default `60`. */
  ownershipTtlSeconds?: number;
  /**
   * Serves `GET {basePath}/events`, a Server-Sent Events stream of the session's client's live
   * events. Without it that path answers 404, and `@hub/core` falls back to polling.
   */
  live?: HubProxyLive;
  /** Per-session rate limit; `false` turns it off. Default 600 requests per 60 s, in memory. */
  rateLimit?: HubProxyRateLimit | false;
  /**
   * Called after every request, for an audit log; not awaited. Its errors and rejections are
   * ignored: an audit store that is down never changes an answer.
   */
  onRequest?: (info: HubProxyRequestInfo) => void;
  /** The clock in ms since the epoch; for tests. Default `Date.now`. */
  now?: () => number;
}

/** The proxy: a standard fetch handler, `(Request) => Promise<Response>`. */
export interface HubProxy {
  (request: Request): Promise<Response>;
  /** The path it answers under, e.g. `/hub-api` (adapters pass other paths on). */
  readonly basePath: string;
}

const overrideHeaders = ['x-http-method-override', 'x-http-method', 'x-method-override'];
const canonicalPath = /^(\/[A-Za-z0-9_-]{1,64})+$/;
const passedHeaders = [
  'retry-after',
  'ratelimit-limit',
  'ratelimit-remaining',
  'ratelimit-reset',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
];

/** Reads at most `max` bytes of the body; 413 beyond. */
export async function readBody(request: Request, max: number): Promise<string> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let read: ReadableStreamReadResult<Uint8Array>;
    try {
      read = await reader.read();
    } catch {
      throw new ProxyRefusal(400, 'The request body ended early.');
    }
    const { done, value } = read;
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw new ProxyRefusal(413, `The request body is larger than ${max} bytes.`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ProxyRefusal(400, 'The request body is not UTF-8.');
  }
}

/** Deepest nesting of arrays and objects in JSON text, counted without recursion. */
function nesting(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') deepest = Math.max(deepest, ++depth);
    else if (c === '}' || c === ']') depth--;
  }
  return deepest;
}

/** Templates nest components, buttons and examples a few levels deep; nothing needs more. */
const maxNesting = 32;

/**
 * The body re-serialised from its parsed form, so only plain JSON with the operation's own
 * fields reaches the Hub.
 */
function jsonBody(text: string, operation: Operation): string | undefined {
  if (operation.body === false) {
    if (text !== '') throw new ProxyRefusal(400, 'This operation takes no request body.');
    return undefined;
  }
  if (nesting(text) > maxNesting) {
    throw new ProxyRefusal(400, `The request body is nested deeper than ${maxNesting} levels.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ProxyRefusal(400, 'The request body is not JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ProxyRefusal(400, 'The request body must be a JSON object.');
  }
  for (const field of Object.keys(value)) {
    if (!operation.body.includes(field)) {
      throw new ProxyRefusal(403, `The field "${field}" is not allowed in this request.`);
    }
  }
  return JSON.stringify(value);
}

function bearer(request: Request): string | undefined {
  const header = request.headers.get('authorization');
  if (header === null) return undefined;
  const match = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(header);
  // Anything but one well-formed Bearer token reads as a malformed one, not as "no token".
  return match ? match[1] : '!';
}

/**
 * Creates the proxy a partner mounts for its browsers, e.g. at `/hub-api`. It verifies the
 * session of every request, lets through only the operations of `OPERATIONS`, each scoped to
 * the session's client (path IDs checked at the Hub, list filters forced, list answers checked),
 * and sends them to the Hub with the partner API key. Refusals use the Hub's error envelope:
 * `401` for a missing, forged or expired session, `403` for anything outside its scope, `400` /
 * `413` for malformed input.
 *
 * It is a standard fetch handler: mount it as is in Hono, Next.js route handlers, Deno, Bun or
 * edge runtimes, or with `@hub/server/node` and `@hub/server/express`.
 *
 * @example
 * ```ts
 * const proxy = createHubProxy({ sessions, basePath: '/hub-api' });
 * // Next.js: app/hub-api/[...path]/route.ts
 * export const GET = proxy, POST = proxy, PATCH = proxy, DELETE = proxy;
 * ```
 */
export function createHubProxy(options: HubProxyOptions): HubProxy {
  const { sessions } = options;
  const basePath = (options.basePath ?? '/hub-api').replace(/\/+$/, '');
  if (basePath !== '' && !canonicalPath.test(basePath)) {
    throw new TypeError('createHubProxy: `basePath` must look like "/hub-api".');
  }
  const now = options.now ?? Date.now;
  const maxBodyBytes = options.maxBodyBytes ?? 262_144;
  const heartbeatMs = options.live?.heartbeatMs ?? 15_000;
  if (!(heartbeatMs >= 10)) {
    throw new TypeError('createHubProxy: `live.heartbeatMs` must be at least 10.');
  }
  const upstream = createUpstream({
    baseUrl: sessions.hubBaseUrl,
    messagingBaseUrl: (options.messagingBaseUrl ?? DEFAULT_MESSAGING_BASE_URL).replace(/\/+$/, ''),
    partnerId: sessions.partnerId,
    apiKey: apiKeyOf(sessions),
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    timeoutMs: options.timeoutMs ?? 30_000,
  });
  const ownership = createOwnershipChecker(
    upstream,
    (options.ownershipTtlSeconds ?? 60) * 1000,
    now,
  );
  const limit =
    options.rateLimit === false
      ? undefined
      : {
          limit: options.rateLimit?.limit ?? 600,
          clientLimit: options.rateLimit?.clientLimit ?? 1200,
          windowMs: (options.rateLimit?.windowSeconds ?? 60) * 1000,
          store: options.rateLimit?.store ?? createMemoryRateLimitStore(),
        };

  /** The session and operation of a request, or a refusal; in the order the checks must run. */
  async function admit(
    request: Request,
    url: URL,
    seen: { session?: HubSession; operation?: string },
  ): Promise<{ session: HubSession; matched: MatchedOperation }> {
    const method = request.method.toUpperCase();
    if (overrideHeaders.some((name) => request.headers.has(name))) {
      throw new ProxyRefusal(400, 'Method-override headers are not accepted.');
    }
    if (!['GET', 'POST', 'PATCH', 'DELETE'].includes(method)) {
      throw new ProxyRefusal(405, `The method ${method} is not accepted.`, {
        allow: 'GET, POST, PATCH, DELETE',
      });
    }
    if (Number(request.headers.get('content-length') ?? '0') > maxBodyBytes) {
      throw new ProxyRefusal(413, `The request body is larger than ${maxBodyBytes} bytes.`);
    }
    const path = url.pathname.slice(basePath.length);
    if (!canonicalPath.test(path)) {
      throw new ProxyRefusal(
        400,
        'The request path must be plain segments of letters, digits, "_" and "-".',
      );
    }

    let session: HubSession;
    try {
      session = await sessions.verify(bearer(request));
    } catch (error) {
      if (error instanceof HubSessionError) {
        throw new ProxyRefusal(401, error.message, {
          'www-authenticate': `Bearer error="invalid_token"`,
        });
      }
      throw error;
    }
    seen.session = session;

    const segments = path.slice(1).split('/');
    if (segments[0] === 'partners' && segments[1] !== sessions.partnerId) {
      throw new ProxyRefusal(403, 'This session cannot reach another partner.');
    }
    const matched =
      segments[0] === 'partners'
        ? matchOperation(method, segments.slice(2))
        : matchOperation(method, segments, true);
    if (!matched) {
      throw new ProxyRefusal(403, 'This operation is not available to browser sessions.');
    }
    seen.operation = matched.operation.id;
    const audience = matched.operation.audience ?? 'client';
    if (audience !== 'any' && audience !== session.scope) {
      throw new ProxyRefusal(
        403,
        session.scope === 'partner-staff'
          ? 'A partner-staff session cannot reach client data.'
          : 'This operation needs a partner-staff session.',
      );
    }

    if (limit) {
      const shared: [string, string] =
        session.scope === 'partner-staff'
          ? ['partner-staff', 'partner staff']
          : [`client:${session.clientId}`, 'this client'];
      const budgets: [string, number, string][] = [
        [`session:${session.id}`, limit.limit, 'this session'],
        [shared[0], limit.clientLimit, shared[1]],
      ];
      for (const [key, allowed, who] of budgets) {
        const window = await limit.store.increment(key, limit.windowMs, now());
        if (window.count > allowed) {
          const seconds = Math.max(1, Math.ceil((window.resetAt - now()) / 1000));
          throw new ProxyRefusal(429, `Too many requests for ${who}; try again later.`, {
            'retry-after': String(seconds),
          });
        }
      }
    }
    const { anyOf } = matched.operation;
    if (anyOf.length > 0 && !anyOf.some((c) => session.capabilities.has(c))) {
      throw new ProxyRefusal(
        403,
        `This session lacks the capability for ${matched.operation.id} (${anyOf.join(' or ')}).`,
      );
    }
    return { session, matched };
  }

  /** Checks every ID in the path against the session's client, cheapest first. */
  async function checkScope(session: HubSession, params: Record<string, string>): Promise<void> {
    if (params.partner_id !== undefined && params.partner_id !== sessions.partnerId) {
      throw new ProxyRefusal(403, 'This session cannot reach another partner.');
    }
    if (params.client_id !== undefined && params.client_id !== session.clientId) {
      throw new ProxyRefusal(403, 'This session cannot reach another client.');
    }
    if (params.channel_id !== undefined) {
      await ownership.require(session.clientId, 'channel', params.channel_id);
    }
    if (params.waba_account_id !== undefined) {
      await ownership.require(session.clientId, 'waba', params.waba_account_id);
      if (params.template_id !== undefined) {
        await ownership.require(
          session.clientId,
          'template',
          params.template_id,
          params.waba_account_id,
        );
      }
    }
  }

  /** Sends a checked request on to the API its operation names. */
  async function forward(
    operation: Operation,
    params: Record<string, string>,
    session: HubSession,
    query: URLSearchParams,
    body: string | undefined,
  ): Promise<Response> {
    const path = operation.path.replace(/:(\w+)/g, (_, name: string) => params[name]!);
    if (operation.upstream === 'v1') {
      const below = path.replace(/^\/v1\/partners\/[^/]+\//, '');
      return upstream.sendV1(operation.method, below, query, body);
    }
    if (operation.upstream === 'messaging') {
      if (!options.channelApiKey) {
        throw new ProxyRefusal(
          501,
          'Business profiles and commerce settings are not served here (no channelApiKey).',
        );
      }
      let key: string | undefined;
      try {
        key = await options.channelApiKey(params.channel_id!, session);
      } catch {
        throw new ProxyRefusal(502, 'The Messaging API key of this number could not be had.');
      }
      if (!key) {
        throw new ProxyRefusal(404, 'This number has no Messaging API access here.');
      }
      const below = path.replace(/^\/messaging\/[^/]+\//, '');
      return upstream.sendMessaging(key, operation.method, below, query, body);
    }
    return upstream.send(operation.method, path, query, body);
  }

  /**
   * The Hub's answer for the browser: its status, its JSON body (checked, and trimmed where the
   * table says so), only the headers that matter. Anything that is not a JSON answer is a 502.
   */
  async function relay(
    response: Response,
    operation: Operation,
    session: HubSession,
    params: Record<string, string>,
  ): Promise<Response> {
    if (response.status === 401) {
      await response.body?.cancel();
      throw upstreamFailure(response);
    }
    if (response.status < 200 || (response.status >= 300 && response.status < 400)) {
      await response.body?.cancel();
      throw new ProxyRefusal(502, `The Hub answered with an unexpected HTTP ${response.status}.`);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw error instanceof DOMException && error.name === 'TimeoutError'
        ? new ProxyRefusal(504, 'The Hub did not answer in time.')
        : new ProxyRefusal(502, 'The Hub connection broke while answering.');
    }
    let body: unknown;
    if (text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        throw new ProxyRefusal(502, 'The Hub answered with something other than JSON.');
      }
    }
    if (response.ok && operation.answer) {
      text = JSON.stringify(checkAnswer(body, operation.answer, session, params));
    }
    const headers = new Headers({
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    if (text !== '') headers.set('content-type', 'application/json');
    for (const name of passedHeaders) {
      const value = response.headers.get(name);
      if (value !== null) headers.set(name, value);
    }
    const empty = response.status === 204 || response.status === 205 || text === '';
    return new Response(empty ? null : text, { status: response.status, headers });
  }

  const hubProxy = async (request: Request): Promise<Response> => {
    const started = now();
    const seen: { session?: HubSession; operation?: string } = {};
    let response: Response;
    let refused = false;
    try {
      const url = new URL(request.url);
      if (url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) {
        throw new ProxyRefusal(404, 'Not a Hub proxy path.');
      }
      const { session, matched } = await admit(request, url, seen);
      const { operation, params } = matched;
      const query = scopedQuery(operation, url.search, session);
      const body = jsonBody(await readBody(request, maxBodyBytes), operation);
      await checkScope(session, params);
      if (operation.local === 'session') {
        response = new Response(
          JSON.stringify({
            ...(session.scope === 'partner-staff'
              ? { scope: 'partner-staff' }
              : { client_id: session.clientId }),
            capabilities: [...session.capabilities],
            expires_at: new Date(session.expiresAt * 1000).toISOString(),
          }),
          { headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } },
        );
      } else if (operation.local === 'events') {
        if (!options.live) throw new ProxyRefusal(404, 'Live updates are not served here.');
        response = liveStreamResponse(options.live.bus, session.clientId, {
          after: lastEventId(request),
          heartbeatMs,
          endsAt: session.expiresAt * 1000,
          now,
          signal: request.signal,
        });
      } else {
        const answer = await forward(operation, params, session, query, body);
        response = await relay(answer, operation, session, params);
      }
    } catch (error) {
      refused = true;
      if (error instanceof ProxyRefusal) {
        response = error.toResponse();
      } else {
        response = hubErrorResponse(500, 'The Hub proxy failed unexpectedly.');
        console.error('@hub/server proxy:', error);
      }
    }
    if (options.onRequest) {
      const info = {
        session: seen.session,
        operation: seen.operation,
        method: request.method,
        status: response.status,
        refused,
        ms: now() - started,
      };
      // An audit hook must never turn an answer into a failure, synchronously or later.
      Promise.resolve()
        .then(() => options.onRequest!(info))
        .catch(() => undefined);
    }
    return response;
  };
  return Object.assign(hubProxy, { basePath });
}

/**
 * Checks that every item of a list answer belongs to the session's client (or the path's WABA),
 * and drops the fields the table withholds. The filters already ask the Hub for nothing else;
 * this catches a Hub that ignored them, so a filter the Hub does not apply can never show a
 * browser another client's data.
 */
function checkAnswer(
  body: unknown,
  rule: AnswerCheck,
  session: HubSession,
  params: Record<string, string>,
): unknown {
  const list = (body as Record<string, unknown> | null | undefined)?.[rule.items];
  if (!Array.isArray(list)) {
    throw new ProxyRefusal(502, 'The Hub answered a list without its items.');
  }
  const expected = rule.equals === 'client' ? session.clientId : params.waba_account_id;
  for (const item of list as unknown[]) {
    const record = item as Record<string, unknown> | null;
    const value = record?.[rule.field];
    if (!(rule.optional && (value === undefined || value === null)) && value !== expected) {
      throw new ProxyRefusal(502, 'The Hub answered with items outside this session; withheld.');
    }
  }
  if (!rule.omit) return body;
  const omitted = new Set(rule.omit);
  const items = (list as Record<string, unknown>[]).map((item) =>
    Object.fromEntries(Object.entries(item).filter(([field]) => !omitted.has(field))),
  );
  return { ...(body as Record<string, unknown>), [rule.items]: items };
}
