import { authenticate, authenticateChannelKey, TokenStore } from './auth.js';
import { issueApiKey } from './channel-keys.js';
import type { Route, RouteApi, RouteContext } from './context.js';
import {
  breakSchema,
  DroppedConnection,
  FaultInjector,
  malformBody,
  parseFaultRules,
} from './faults.js';
import { resolveOptions, type EmulatorOptions } from './options.js';
import { Progressions, webhookSender } from './progress.js';
import { RateLimiter } from './rate-limit.js';
import { errorResponse, HubHttpError, json } from './respond.js';
import { apiKeyRoutes } from './routes/api-keys.js';
import { billingRoutes } from './routes/billing.js';
import { clientRoutes } from './routes/clients.js';
import { commerceRoutes } from './routes/commerce.js';
import { numberRoutes } from './routes/numbers.js';
import { partnerRoutes } from './routes/partner.js';
import { partnerChangeRoutes } from './routes/partner-changes.js';
import { hostedOnboarding } from './routes/onboarding-pages.js';
import { profileRoutes } from './routes/profile.js';
import { sharingRoutes } from './routes/sharing.js';
import { templateRoutes } from './routes/templates.js';
import { usageRoutes } from './routes/usage.js';
import { tokenRoutes } from './routes/token.js';
import { wabaRoutes } from './routes/waba.js';
import { createSeedState } from './seed/index.js';
import type { EmulatorState } from './state.js';
import type { EmulatorWebhooks } from './webhooks.js';

/** One handled request, for tests that count what reached the "server". */
export interface EmulatorRequestRecord {
  method: string;
  /**
   * Which API the path belongs to: the Partner API (`/api/v2/…`), the Hub's `/v1/…` paths, or the
   * Messaging API (any other path, served at the root).
   */
  api: RouteApi;
  /** The path below `/api/v2` (Partner API), from `/v1/` on, or the whole path (Messaging API). */
  path: string;
  /** The matched route as `METHOD /pattern`, or `undefined` for unknown paths. */
  route: string | undefined;
  status: number;
  /** How the answer was tampered with, if a fault applied. */
  fault: 'error' | 'rate_limit' | 'drop' | 'malformed' | 'schema_break' | undefined;
}

/** A running emulator: a standard fetch handler over in-memory state. */
export interface Emulator {
  /**
   * Answers one request, whatever the origin: the Partner API under `/api/v2/…`, the Hub's
   * `/v1/…` paths (the template edit), and the Messaging API at the root
   * (`/whatsapp_business_profile`, `/whatsapp_commerce_settings`, authenticated by
   * `D360-API-KEY`). A dropped-connection fault rejects with a `TypeError`, as `fetch` does on a
   * network failure.
   */
  handle(request: Request): Promise<Response>;
  /** {@link Emulator.handle} as a `fetch` function, to give to `createHubClient({ fetch })`. */
  fetch: typeof fetch;
  /** The live state (mutate it only between requests, e.g. in test setup). */
  readonly state: EmulatorState;
  /** Fault-injection rules, changeable at run time. */
  readonly faults: FaultInjector;
  /** Issued Bearer tokens. */
  readonly tokens: TokenStore;
  /** Every request handled so far, oldest first (the last 10,000). */
  readonly requests: readonly EmulatorRequestRecord[];
  /**
   * The current Messaging API key of a channel, to send as `D360-API-KEY` (e.g. from
   * `createHubClient({ messaging: { channelApiKey: (id) => emulator.channelApiKey(id) } })` in a
   * test or a demo server). A channel without a usable key gets one, as the Partner API's
   * `POST …/channels/{chid}/api_keys` would make it (which revokes its other keys). Throws for an
   * unknown channel, and for a channel whose status allows no key (only `running`, `live` and
   * `ready` ones have keys).
   */
  channelApiKey(channelId: string): string;
  /**
   * The partner webhooks sent so far (`deliveries`) and `idle()`, which resolves once every
   * queued one is delivered or given up. Sent only while a webhook URL is registered (the
   * `webhookUrl` option, `POST …/webhook_url`, `PATCH /partners/{pid}`).
   */
  readonly webhooks: EmulatorWebhooks;
  /**
   * Applies what is due by the emulator's clock (the statuses of numbers created on the hosted
   * pages, template reviews) and sends the webhooks it causes. Runs before every request and,
   * while a webhook URL is registered, on a timer when the next change is due; a test with its
   * own `now` calls it after moving the clock.
   */
  advance(): void;
  /** Stops the timer of {@link Emulator.advance} and gives up the webhooks not yet delivered. */
  close(): void;
}

interface CompiledRoute {
  route: Route;
  api: RouteApi;
  id: string;
  regex: RegExp;
  names: string[];
}

function compile(route: Route): CompiledRoute {
  const names: string[] = [];
  const source = route.pattern.replace(/:(\w+)/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return {
    route,
    api: route.api ?? 'partner',
    id: `${route.method} ${route.pattern}`,
    regex: new RegExp(`^${source}/?$`),
    names,
  };
}

/** Which API a path belongs to, and the path the routes of that API match. */
function locate(pathname: string): { api: RouteApi; path: string } {
  const v2 = pathname.indexOf('/api/v2/');
  if (v2 !== -1) return { api: 'partner', path: pathname.slice(v2 + '/api/v2'.length) };
  const v1 = pathname.indexOf('/v1/');
  if (v1 !== -1) return { api: 'v1', path: pathname.slice(v1) };
  return { api: 'messaging', path: pathname };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The largest request body the emulator reads, in bytes (1 MiB); a larger one is a 413. The Hub
 * publishes no limit: this one is the emulator's, far above any real Partner API body.
 */
export const MAX_BODY_BYTES = 1024 * 1024;

/** A path segment, decoded; a bad %-escape is the client's mistake: 400, never an exception. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw badPath();
  }
}

const badPath = () => new HubHttpError(400, 'Bad request', ['path: contains an invalid %-escape']);

/**
 * The request body as bytes, read up to `limit`: a larger declared `Content-Length`, or a stream
 * that goes past the limit, is a 413 (the rest is not read).
 */
async function readBody(request: Request, limit: number): Promise<Uint8Array> {
  const tooLarge = () =>
    new HubHttpError(413, 'Request body too large', [`body: at most ${limit} bytes`]);
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) throw tooLarge();
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Whether a `Content-Type` is JSON as the Hub takes it: `application/json`, UTF-8 if a charset. */
function isJsonType(contentType: string | null): boolean {
  if (contentType === null) return false;
  const [essence, ...parameters] = contentType.split(';').map((p) => p.trim().toLowerCase());
  if (essence !== 'application/json') return false;
  return parameters.every((parameter) => {
    const [name, value = ''] = parameter.split('=').map((p) => p.trim());
    return name !== 'charset' || value.replace(/^"(.*)"$/, '$1') === 'utf-8';
  });
}

/** A non-empty body as JSON: 415 unless sent as JSON, 400 unless it parses. */
function parseJson(text: string, contentType: string | null): unknown {
  if (!isJsonType(contentType)) {
    throw new HubHttpError(
      415,
      `Unsupported media type "${contentType ?? ''}" in request: send JSON with Content-Type: application/json`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HubHttpError(400, 'Wrong payload', ['body: not valid JSON']);
  }
}

/** The body as a JSON object (`undefined` when empty); 400 for `null`, arrays and scalars. */
function parseJsonObject(
  text: string,
  contentType: string | null,
): Record<string, unknown> | undefined {
  if (text === '') return undefined;
  const parsed = parseJson(text, contentType);
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new HubHttpError(400, 'Wrong payload', ['body: must be a JSON object']);
  }
  return parsed as Record<string, unknown>;
}

/** UTF-8 text of a body; bytes that are not UTF-8 are a 400. */
function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HubHttpError(400, 'Wrong payload', ['body: not valid UTF-8']);
  }
}

/** Creates an emulator; see {@link EmulatorOptions}. Browser-safe: no Node APIs. */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const resolved = resolveOptions(options);
  const state =
    options.state ??
    createSeedState({
      seed: resolved.seed,
      partnerId: resolved.partnerId,
      numbers: resolved.numbers,
      now: resolved.now,
    });
  const webhooks = webhookSender(state, options, resolved.onChange);
  const progressions = new Progressions(state, resolved, webhooks);
  const tokens = new TokenStore(resolved.tokenTtlSeconds);
  const faults = new FaultInjector(resolved.seed, options.faults);
  const limiter = new RateLimiter();
  const requests: EmulatorRequestRecord[] = [];
  const routes = [
    ...tokenRoutes(tokens),
    ...clientRoutes,
    ...numberRoutes,
    ...apiKeyRoutes,
    ...templateRoutes,
    ...billingRoutes,
    ...usageRoutes,
    ...wabaRoutes,
    ...profileRoutes,
    ...commerceRoutes,
    ...partnerRoutes,
    ...partnerChangeRoutes,
    ...sharingRoutes,
  ].map(compile);

  function find(
    api: RouteApi,
    method: string,
    path: string,
  ): { compiled: CompiledRoute; params: Record<string, string> } | { allow: string[] } | undefined {
    const allow: string[] = [];
    for (const compiled of routes) {
      if (compiled.api !== api) continue;
      const match = compiled.regex.exec(path);
      if (!match) continue;
      if (compiled.route.method !== method) {
        allow.push(compiled.route.method);
        continue;
      }
      const params = Object.fromEntries(
        compiled.names.map((name, i) => [name, decodeSegment(match[i + 1]!)]),
      );
      return { compiled, params };
    }
    return allow.length > 0 ? { allow } : undefined;
  }

  /**
   * The emulator's own controls (`…/__emulator/faults`): only with the partner key as
   * `X-API-Key`, since they can make every call fail. `PUT` takes a JSON array of fault rules,
   * checked by {@link parseFaultRules}; `DELETE` clears them.
   */
  async function control(request: Request, path: string, method: string): Promise<Response> {
    try {
      const key = request.headers.get('x-api-key');
      if (key !== resolved.apiKey) {
        throw new HubHttpError(
          401,
          key ? 'Invalid credentials' : 'Missing credentials: send the partner key as X-API-Key',
        );
      }
      if (path !== '/__emulator/faults') {
        throw new HubHttpError(404, 'Unknown emulator control path');
      }
      if (method === 'DELETE') {
        faults.clear();
        return json({ rules: 0 });
      }
      if (method !== 'PUT') {
        throw new HubHttpError(405, `Method ${method} not allowed`, [], { allow: 'PUT, DELETE' });
      }
      const text = utf8(await readBody(request, MAX_BODY_BYTES));
      const body = text === '' ? undefined : parseJson(text, request.headers.get('content-type'));
      const rules = parseFaultRules(body);
      faults.set(rules);
      return json({ rules: rules.length });
    } catch (error) {
      if (error instanceof HubHttpError) return errorResponse(error);
      throw error;
    }
  }

  /** The hosted onboarding pages (`routes/onboarding-pages.ts`): HTML, no API authentication. */
  async function hostedPage(
    request: Request,
    url: URL,
    now: number,
  ): Promise<Response | undefined> {
    try {
      const body = request.method === 'POST' ? utf8(await readBody(request, MAX_BODY_BYTES)) : '';
      const answer = hostedOnboarding(state, request, url, body, now, webhooks);
      if (answer && request.method === 'POST') resolved.onChange?.(state);
      return answer;
    } catch (error) {
      if (error instanceof HubHttpError) return errorResponse(error);
      throw error;
    }
  }

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const { api, path } = locate(url.pathname);
    const method = request.method.toUpperCase();
    const record: EmulatorRequestRecord = {
      method,
      api,
      path,
      route: undefined,
      status: 0,
      fault: undefined,
    };
    requests.push(record);
    if (requests.length > 10_000) requests.shift();
    const refuse = (error: HubHttpError): Response => {
      record.status = error.status;
      return errorResponse(error);
    };
    try {
      decodeURIComponent(url.pathname);
    } catch {
      return refuse(badPath());
    }
    if (path.startsWith('/__emulator/')) {
      const answer = await control(request, path, method);
      record.status = answer.status;
      return answer;
    }

    const now = resolved.now();
    progressions.apply(now);
    if (api === 'messaging' && path.startsWith('/dashboard/')) {
      const hosted = await hostedPage(request, url, now);
      if (hosted) {
        record.status = hosted.status;
        return hosted;
      }
    }
    let found: ReturnType<typeof find>;
    try {
      found = find(api, method, path);
    } catch (error) {
      if (error instanceof HubHttpError) return refuse(error);
      throw error;
    }
    if (found === undefined) return refuse(new HubHttpError(404, `Not found: ${path}`));
    if ('allow' in found) {
      return refuse(
        new HubHttpError(405, `Method ${method} not allowed`, [], {
          allow: [...new Set(found.allow)].join(', '),
        }),
      );
    }
    const { compiled, params } = found;
    record.route = compiled.id;
    const plan = faults.plan(compiled.id, method, url.pathname);
    if (plan.latencyMs > 0) await sleep(plan.latencyMs);

    let changed = false;
    let response: Response;
    try {
      // Read (up to the limit) before anything else, so an oversized body is a 413 on every route.
      const raw = await readBody(request, MAX_BODY_BYTES);
      let text: string | undefined;
      const channel = api === 'messaging' ? authenticateChannelKey(request, state) : undefined;
      if (api !== 'messaging' && compiled.route.pattern !== '/token') {
        authenticate(request, params.partner_id, resolved, tokens, now);
      }
      if (plan.before) {
        record.fault = plan.before.status === 429 ? 'rate_limit' : 'error';
        throw new HubHttpError(
          plan.before.status,
          plan.before.status === 429
            ? 'Rate limit exceeded'
            : 'Internal server error (injected fault)',
          [],
          plan.before.retryAfter === undefined
            ? {}
            : { 'retry-after': String(plan.before.retryAfter) },
        );
      }
      const ctx: RouteContext = {
        request,
        url,
        params,
        state,
        options: resolved,
        limiter,
        now,
        ...(channel ? { channel } : {}),
        changed: () => {
          changed = true;
        },
        webhooks,
        text() {
          text ??= utf8(raw);
          return Promise.resolve(text);
        },
        async body() {
          return parseJsonObject(await ctx.text(), request.headers.get('content-type'));
        },
      };
      response = await compiled.route.handle(ctx);
    } catch (error) {
      response =
        error instanceof HubHttpError
          ? errorResponse(error)
          : errorResponse(
              new HubHttpError(500, error instanceof Error ? error.message : 'Internal error'),
            );
    }
    if (changed) resolved.onChange?.(state);
    record.status = response.status;

    if (plan.after === 'drop') {
      record.fault = 'drop';
      throw new DroppedConnection();
    }
    if (plan.after && response.ok) {
      record.fault = plan.after;
      const text = await response.text();
      const body =
        plan.after === 'malformed'
          ? malformBody(text)
          : JSON.stringify(breakSchema(JSON.parse(text)));
      return new Response(body, { status: response.status, headers: response.headers });
    }
    return response;
  }

  // Hosts see a dropped connection the way `fetch` reports one: a network TypeError.
  const safeHandle = async (request: Request): Promise<Response> => {
    try {
      return await handle(request);
    } catch (error) {
      if (error instanceof DroppedConnection) throw new TypeError('fetch failed', { cause: error });
      throw error;
    } finally {
      // The request may have registered a URL or started something that changes later.
      progressions.schedule(resolved.now());
    }
  };

  return {
    handle: safeHandle,
    fetch: ((input: RequestInfo | URL, init?: RequestInit) =>
      safeHandle(
        input instanceof Request && init === undefined ? input : new Request(input, init),
      )) as typeof fetch,
    state,
    faults,
    tokens,
    requests,
    channelApiKey(channelId) {
      const channel = state.channels.find((c) => c.id === channelId);
      if (!channel) throw new Error(`Channel ${channelId} not found`);
      const current = state.apiKeys[channel.id]?.find((k) => k.secret !== undefined)?.secret;
      if (current !== undefined) return current;
      const { secret } = issueApiKey(state, channel);
      resolved.onChange?.(state);
      return secret;
    },
    webhooks,
    advance: progressions.advance,
    close() {
      progressions.close();
      webhooks.close();
    },
  };
}

/** A `fetch` function backed by a new emulator: the shortest way to plug it into a client. */
export function createEmulatorFetch(options: EmulatorOptions = {}): typeof fetch {
  return createEmulator(options).fetch;
}
