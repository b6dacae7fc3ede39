import type * as z from 'zod/mini';
import {
  createQueryCache,
  type QueryCache,
  type QueryCacheOptions,
  type QueryKey,
} from './cache.js';
import type { QueryFetchOptions } from './cache.js';
import type { Capability } from './capabilities.js';
import { HubError, isHubError } from './errors.js';
import { createRateGate } from './rate-limits.js';
import { failResponse, mapWire, parseWire } from './schemas/common.js';
import { errorFromResponse } from './schemas/error.js';
import { retryDelay, sleep, type RetryPolicy } from './retry.js';

/** The real Partner API. */
export const DEFAULT_BASE_URL = 'https://hub.360dialog.io/api/v2';

/** The real Messaging API (per number, with the number's `D360-API-KEY`). */
export const DEFAULT_MESSAGING_BASE_URL = 'https://waba-v2.360dialog.io';

/**
 * How business profiles and commerce settings are reached. They live on the Messaging API, behind
 * each number's own API key, which only the partner's server holds: in a browser the requests go
 * through `@hub/server`'s proxy (no option needed); server side, give `channelApiKey`.
 */
export interface HubMessagingOptions {
  /** Default {@link DEFAULT_MESSAGING_BASE_URL}; point it at `@hub/emulator` in development. */
  baseUrl?: string;
  /**
   * The stored Messaging API key of a number, or `undefined` when it has none (a number that is
   * not running yet): the read is then a `not_found`. The SDK never creates one: a new key
   * revokes the number's existing keys, which would cut off the client's live integration.
   */
  channelApiKey?: (channelId: string) => string | undefined | Promise<string | undefined>;
}

/**
 * How requests authenticate:
 * - `{ apiKey }`: a partner API key, sent as `X-API-Key`. Server-side only: never ship it to a browser.
 * - `{ sessionToken }`: returns a short-lived token (e.g. minted by the partner's backend), sent as a
 *   Bearer token. It is called once and its result reused; after a 401 it is called again once and
 *   the request retried.
 */
export type HubAuth = { apiKey: string } | { sessionToken: () => Promise<string> };

/** Retry policy for idempotent requests (GET, PUT, DELETE). Creates are never retried. */
export interface HubRetryOptions {
  /** Retries after the first attempt. Default `2`. `0` disables retries. */
  limit?: number;
  /** First backoff delay in ms, doubled per retry, with full jitter. Default `300`. */
  baseDelay?: number;
  /** Upper bound of one backoff delay in ms. Default `10000`. */
  maxDelay?: number;
  /**
   * Longest `Retry-After` (seconds) the SDK waits out by itself; a longer one surfaces at once as a
   * `rate_limited` error carrying `retryAfter`. Default `10`.
   */
  maxRetryAfter?: number;
}

/** Options of {@link createHubClient}. */
export interface HubClientOptions {
  /** Partner ID (ends in `PA`). */
  partnerId: string;
  /** Credential, see {@link HubAuth}. */
  auth: HubAuth;
  /** Partner API base URL. Default {@link DEFAULT_BASE_URL}; point it at a proxy or the emulator. */
  baseUrl?: string;
  /** The `fetch` to use: an emulator, a proxy-aware fetch, a test double. Default global `fetch`. */
  fetch?: typeof fetch;
  /** Per-attempt timeout in ms. Default `15000`. */
  timeout?: number;
  /** Retry policy; a number is the retry limit. */
  retry?: number | HubRetryOptions;
  /** A cache to share between clients, or options for this client's own cache. */
  cache?: QueryCache | QueryCacheOptions;
  /**
   * What the elements may offer, when you know it better than the client does: e.g. a read-only
   * user of a partner key. Otherwise `permissions.get` asks the session (see there).
   */
  capabilities?: readonly Capability[];
  /** Messaging API access for business profiles and commerce settings; see {@link HubMessagingOptions}. */
  messaging?: HubMessagingOptions;
  /**
   * Your partner account's payment type. The Hub sets it per partner account and sends it with no
   * client, so clients carry it from here (`'unknown'` without it).
   */
  paymentType?: 'direct' | 'partner';
}

/** One call to the Partner API, as resources describe it. */
export interface HubRequest<T> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /**
   * Path below `/partners/{partner_id}/` with `{name}` placeholders, e.g.
   * `channels/{channel_id}/api_keys`; with a leading `/`, a path below the base URL itself (the
   * session endpoint of `@hub/server`).
   */
  route: string;
  /** Values for the placeholders; URL-encoded when inserted. */
  params?: Record<string, string>;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /** Parses the success body (`undefined` when the body is empty). */
  schema: z.ZodMiniType<T>;
  /**
   * Which API: the Partner API (default); its older `/v1` paths (the template edit, as its only
   * public caller uses it); or the Messaging API of the number `channelId`, where `route` is the
   * path below the Messaging API's root (e.g. `whatsapp_business_profile`).
   */
  api?: 'partner' | 'v1' | 'messaging';
  /** The number whose Messaging API a `messaging` request uses. */
  channelId?: string;
  /**
   * For changes whose answer the Hub does not document: any 2xx is success and the body is not
   * read at all, so an odd answer can never turn a change that happened into a failure.
   */
  ignoreBody?: boolean;
  signal?: AbortSignal | undefined;
}

/**
 * The shared plumbing of every resource: auth, retries, error mapping, parsing and the cache.
 * Build one with {@link createHubTransport} to use a single resource without the whole client.
 */
export interface HubTransport {
  readonly partnerId: string;
  readonly cache: QueryCache;
  /** How requests authenticate: `'apiKey'` (partner-wide, server side) or `'session'`. */
  readonly authKind: 'apiKey' | 'session';
  /** `options.capabilities`, when given. */
  readonly capabilities: readonly Capability[] | undefined;
  /** `options.paymentType`, when given. */
  readonly paymentType: 'direct' | 'partner' | undefined;
  /** Sends `request` and returns its parsed body. Never cached. */
  request<T>(request: HubRequest<T>): Promise<T>;
  /** A read through the cache under `key`: deduplicated, shared with listeners. */
  read<T, W>(
    key: QueryKey,
    request: Omit<HubRequest<W>, 'signal' | 'method'>,
    map: (wire: W) => T,
    options?: QueryFetchOptions,
  ): Promise<T>;
}

function retryPolicy(option: HubClientOptions['retry']): RetryPolicy {
  const given = typeof option === 'number' ? { limit: option } : (option ?? {});
  return { limit: 2, baseDelay: 300, maxDelay: 10_000, maxRetryAfter: 10, ...given };
}

/** How errors name a request: its method and route, by the API it goes to. */
function endpointOf(request: Pick<HubRequest<unknown>, 'method' | 'route' | 'api'>): string {
  if (request.api === 'messaging') return `${request.method} (Messaging API) /${request.route}`;
  if (request.route.startsWith('/')) return `${request.method} ${request.route}`;
  const prefix = request.api === 'v1' ? '/v1/partners/{partner_id}/' : '/partners/{partner_id}/';
  return `${request.method} ${prefix}${request.route}`;
}

/** Headers that did not arrive before the deadline. */
class HeadersTimeout extends Error {}

/** What {@link sendWithin} sends: the parts of a request the transport sets. */
interface Outgoing {
  method: string;
  headers: Record<string, string>;
  query: Readonly<Record<string, string | number | undefined>> | undefined;
  body: unknown;
  signal: AbortSignal | undefined;
}

/**
 * Sends one request with `fetch` and waits at most `ms` for the response's headers; retries and
 * the body's deadline are the transport's own (see `attempts` and `textWithin`), so every wait is
 * bounded and every failure becomes a HubError. The caller's signal aborts the request and the
 * read of its body, until `release` (called once the body is read) lets go of it: one signal may
 * span many requests (every page of a list), and must not collect a listener per request.
 */
async function sendWithin(
  fetchFn: typeof fetch,
  url: string,
  outgoing: Outgoing,
  ms: number,
): Promise<{ response: Response; release: () => void }> {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(outgoing.query ?? {})) {
    if (value !== undefined) query.set(name, String(value));
  }
  const search = query.toString();
  const headers = { ...outgoing.headers };
  if (outgoing.body !== undefined) headers['content-type'] = 'application/json';
  const controller = new AbortController();
  const { signal } = outgoing;
  if (signal?.aborted) controller.abort(signal.reason);
  const forward = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forward, { once: true });
  const release = () => signal?.removeEventListener('abort', forward);
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Raced as well as aborted: a `fetch` given in the options may not honour its signal.
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const timeout = new HeadersTimeout();
      controller.abort(timeout);
      reject(timeout);
    }, ms);
  });
  try {
    const sent = fetchFn(search ? `${url}?${search}` : url, {
      method: outgoing.method,
      headers,
      body: outgoing.body === undefined ? undefined : JSON.stringify(outgoing.body),
      signal: controller.signal,
    });
    return { response: await Promise.race([sent, late]), release };
  } catch (error) {
    release();
    // Runtimes reject an aborted fetch with the abort's reason, or with their own AbortError.
    throw controller.signal.reason instanceof HeadersTimeout ? controller.signal.reason : error;
  } finally {
    clearTimeout(timer);
  }
}

/** A body that stopped arriving before the deadline. */
class BodyTimeout extends Error {}

/** Reads the whole body as text, giving up `ms` after it was asked for. */
async function textWithin(response: Response, ms: number): Promise<string> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BodyTimeout()), ms);
  });
  try {
    return await Promise.race([response.text(), stalled]);
  } catch (error) {
    if (error instanceof BodyTimeout) await response.body?.cancel().catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** Where one request goes: its URL, its headers and the endpoint errors name. */
interface Target {
  url: string;
  headers: Record<string, string>;
  endpoint: string;
}

function tokenSource(auth: HubAuth): {
  current(): Promise<string | undefined>;
  /** The token to send when it is already known (`{ token: undefined }`: none is sent). */
  known(): { token: string | undefined } | undefined;
  drop(token: string): void;
} {
  if ('apiKey' in auth) {
    return { current: async () => undefined, known: () => ({ token: undefined }), drop: () => {} };
  }
  let pending: Promise<string> | undefined;
  let resolved: string | undefined;
  return {
    current() {
      pending ??= auth.sessionToken().then(
        (token) => (resolved = token),
        (cause: unknown) => {
          pending = undefined;
          throw new HubError({
            kind: 'unauthorized',
            message: 'Could not get a session token.',
            cause,
          });
        },
      );
      return pending;
    },
    known: () => (resolved === undefined ? undefined : { token: resolved }),
    drop(token) {
      if (resolved !== token) return;
      pending = undefined;
      resolved = undefined;
    },
  };
}

/** Creates the transport behind {@link createHubClient}; see {@link HubTransport}. */
export function createHubTransport(options: HubClientOptions): HubTransport {
  const timeout = options.timeout ?? 15_000;
  // Looked up per request, so a fetch a page patches after the client exists is the one used.
  const fetchFn: typeof fetch = options.fetch ?? ((input, init) => fetch(input, init));
  const policy = retryPolicy(options.retry);
  const tokens = tokenSource(options.auth);
  const cache =
    options.cache && 'fetch' in options.cache ? options.cache : createQueryCache(options.cache);
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const partnerPath = `partners/${encodeURIComponent(options.partnerId)}/`;
  const gate = createRateGate();

  /**
   * The URL, headers and endpoint label of a request, by the API it goes to. Synchronous for the
   * Hub's own routes; a number's Messaging API key may have to be fetched first.
   */
  function target(
    request: HubRequest<unknown>,
    token: string | undefined,
  ): Target | Promise<Target> {
    const path = request.route.replace(/\{(\w+)\}/g, (_, name: string) =>
      encodeURIComponent(request.params?.[name] ?? ''),
    );
    const headers: Record<string, string> = { accept: 'application/json' };
    const endpoint = endpointOf(request);
    if (request.api === 'messaging') {
      const channelApiKey = options.messaging?.channelApiKey;
      if (channelApiKey) {
        return (async () => {
          const key = await channelApiKey(request.channelId ?? '');
          if (!key) {
            throw new HubError({
              kind: 'not_found',
              message: 'This number has no Messaging API access yet.',
              endpoint,
            });
          }
          headers['d360-api-key'] = key;
          const root = (options.messaging?.baseUrl ?? DEFAULT_MESSAGING_BASE_URL).replace(
            /\/+$/,
            '',
          );
          return { url: `${root}/${path}`, headers, endpoint };
        })();
      }
      if (token === undefined) {
        throw new HubError({
          kind: 'invalid_request',
          message:
            "Business profiles and commerce settings need the number's Messaging API key: pass `messaging.channelApiKey`, or use a session through @hub/server.",
          endpoint,
        });
      }
      headers.authorization = `Bearer ${token}`;
      const channel = encodeURIComponent(request.channelId ?? '');
      return { url: `${baseUrl}/messaging/${channel}/${path}`, headers, endpoint };
    }
    if ('apiKey' in options.auth) headers['x-api-key'] = options.auth.apiKey;
    if (token !== undefined) headers.authorization = `Bearer ${token}`;
    if (request.route.startsWith('/')) {
      return { url: baseUrl + path, headers, endpoint };
    }
    if (request.api === 'v1') {
      // The v1 paths sit at the Hub's root (`…/v1/partners/…`); a proxy mounts them below itself.
      const root = baseUrl.endsWith('/api/v2') ? baseUrl.slice(0, -'/api/v2'.length) : baseUrl;
      return { url: `${root}/v1/${partnerPath}${path}`, headers, endpoint };
    }
    return { url: `${baseUrl}/${partnerPath}${path}`, headers, endpoint };
  }

  async function once<T>(request: HubRequest<T>, token: string | undefined): Promise<T> {
    const where = target(request, token);
    const { url, headers, endpoint } = where instanceof Promise ? await where : where;
    let sent: { response: Response; release: () => void };
    try {
      sent = await sendWithin(
        fetchFn,
        url,
        {
          method: request.method,
          headers,
          query: request.query,
          body: request.body,
          signal: request.signal,
        },
        timeout,
      );
    } catch (error) {
      if (request.signal?.aborted) throw request.signal.reason;
      if (error instanceof HeadersTimeout)
        throw new HubError({ kind: 'timeout', endpoint, cause: error });
      throw new HubError({ kind: 'network', endpoint, cause: error });
    }
    try {
      return await answerOf(request, sent.response, endpoint);
    } finally {
      sent.release();
    }
  }

  async function answerOf<T>(
    request: HubRequest<T>,
    response: Response,
    endpoint: string,
  ): Promise<T> {
    if (response.ok && request.ignoreBody) {
      await response.body?.cancel().catch(() => undefined);
      return undefined as T;
    }
    let text: string;
    try {
      text = await textWithin(response, timeout);
    } catch (cause) {
      if (request.signal?.aborted) throw request.signal.reason;
      const kind = cause instanceof BodyTimeout ? 'timeout' : 'network';
      throw new HubError({ kind, endpoint, cause, status: response.status });
    }
    let body: unknown;
    try {
      body = text === '' ? undefined : (JSON.parse(text) as unknown);
    } catch (cause) {
      if (!response.ok) body = undefined;
      else failResponse(endpoint, 'the body is not valid JSON', { cause, status: response.status });
    }
    if (!response.ok) throw errorFromResponse(response.status, response.headers, body, endpoint);
    return parseWire(request.schema, body, endpoint);
  }

  /**
   * One request with its retries. Only requests that cannot act twice are retried (and only on
   * transient failures, within `maxRetryAfter`); a DELETE whose repeat finds nothing has done
   * its work. Aborting the caller's signal stops waits and retries at once.
   */
  async function attempts<T>(request: HubRequest<T>, token: string | undefined): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await once(request, token);
      } catch (error) {
        if (request.signal?.aborted) throw request.signal.reason;
        if (!isHubError(error)) throw error;
        if (attempt > 0 && request.method === 'DELETE' && error.kind === 'not_found') {
          return undefined as T;
        }
        const wait = retryDelay(error, request.method, attempt, policy);
        if (wait === undefined) throw error;
        await sleep(wait, request.signal);
      }
    }
  }

  async function send<T>(request: HubRequest<T>): Promise<T> {
    // Nothing is awaited that need not be: a request with no wait to make reaches `fetch` before
    // `send` returns, so it leaves ahead of whatever its caller does next (an element renders
    // right after asking for its data).
    const wait = gate.take(request.method, request.route, request.params, request.signal);
    if (wait) await wait;
    const known = tokens.known();
    const token = known ? known.token : await tokens.current();
    try {
      return await attempts(request, token);
    } catch (error) {
      // One fresh token per 401: the old one may simply have expired. A 401 means the Hub did
      // not act on the request, so sending it again cannot create anything twice.
      if (token === undefined || !isHubError(error, 'unauthorized')) throw error;
      tokens.drop(token);
      return attempts(request, await tokens.current());
    }
  }

  return {
    partnerId: options.partnerId,
    cache,
    authKind: 'apiKey' in options.auth ? 'apiKey' : 'session',
    capabilities: options.capabilities,
    paymentType: options.paymentType,
    request: send,
    read(key, request, map, readOptions) {
      const endpoint = endpointOf({ ...request, method: 'GET' });
      return cache.fetch(
        key,
        async (signal) => {
          const wire = await send({ ...request, method: 'GET', signal });
          return mapWire(endpoint, () => map(wire));
        },
        readOptions,
      );
    },
  };
}
