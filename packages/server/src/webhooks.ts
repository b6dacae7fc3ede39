import { DEFAULT_MESSAGING_BASE_URL } from '@hub/core';
import { hubErrorResponse, ProxyRefusal } from './envelope.js';
import type { LiveBus } from './live-bus.js';
import { readWebhook, webhookEnvelopeSchema, type LiveEvent } from './live-event.js';
import { readBody } from './proxy.js';
import { apiKeyOf, type HubSessions } from './sessions.js';
import { createUpstream, type Upstream } from './upstream.js';

/**
 * Remembers which deliveries were seen, for redelivery de-duplication. The default keeps them in
 * memory (one instance); for several instances, implement it on a shared store, e.g. Redis
 * `SET key 1 NX PX windowMs` (seen when the `SET` did not happen).
 */
export interface WebhookDedupeStore {
  /** Records `key` for `windowMs`; `true` when it was already recorded within its window. */
  seen(key: string, windowMs: number, now: number): Promise<boolean> | boolean;
}

/** What `onEvent` learns about each delivery. */
export interface HubWebhookInfo {
  /** The envelope's `id`, when the body had one. */
  id: string | undefined;
  /** The envelope's `event`, when the body could be read. */
  event: string | undefined;
  /** The status the sender got. */
  status: number;
  /**
   * `published`: routed to its client's streams. `duplicate`: a redelivery, dropped. `ignored`:
   * unknown or partner-level, acknowledged. `unrouted`: its client could not be found. `failed`:
   * the bus refused it. `refused`: answered 4xx (secret, size, payload).
   */
  outcome: 'published' | 'duplicate' | 'ignored' | 'unrouted' | 'failed' | 'refused';
  /** The client it was routed to, for `published`. */
  clientId?: string;
  /** Why it was ignored, unrouted, failed or refused. */
  reason?: string;
}

/** Options of {@link createHubWebhooks}. */
export interface HubWebhooksOptions {
  /** Where events go; give the same bus to `createHubProxy({ live: { bus } })`. */
  bus: LiveBus;
  /**
   * The shared secret you put in the webhook URL you register (`?secret=…`) or have a reverse
   * proxy add as a header; at least 32 characters. Several for rotation: any of them passes.
   */
  secret: string | readonly string[];
  /** The path the handler answers at, exactly. Default `/hub-webhooks`. */
  basePath?: string;
  /** The header that may carry the secret instead of the query. Default `x-hub-webhook-secret`. */
  secretHeader?: string;
  /** Largest accepted body in bytes. Default `131072` (128 KiB). */
  maxBodyBytes?: number;
  /** How long a delivery's id (or body hash) is remembered, in seconds. Default `3600`. */
  dedupeSeconds?: number;
  /** Where seen deliveries are remembered. Default in memory, at most 10,000, oldest dropped. */
  dedupeStore?: WebhookDedupeStore;
  /**
   * For events that name a WhatsApp Business Account but no client (the template events): the
   * WABA's client is looked up at the Hub with the partner key of these sessions, and remembered.
   * Without it such events reach no stream.
   */
  sessions?: HubSessions;
  /** The `fetch` for those lookups. Default global `fetch`. */
  fetch?: typeof fetch;
  /** How long a lookup may take, in ms. Default `10000`. */
  timeoutMs?: number;
  /** Called once per delivery, for a log; not awaited, and its errors are ignored. */
  onEvent?: (info: HubWebhookInfo) => void;
  /** The clock in ms since the epoch; for tests. Default `Date.now`. */
  now?: () => number;
}

/** The webhook handler: a standard fetch handler, `(Request) => Promise<Response>`. */
export interface HubWebhooks {
  (request: Request): Promise<Response>;
  /** The path it answers at, e.g. `/hub-webhooks` (the Node and Express adapters read it). */
  readonly basePath: string;
}

/** Seen keys in memory, in insertion order, so the oldest go first when full. */
export function createMemoryDedupeStore(maxEntries = 10_000): WebhookDedupeStore {
  const until = new Map<string, number>();
  return {
    seen(key, windowMs, now) {
      const known = until.get(key);
      if (known !== undefined && known > now) return true;
      until.delete(key);
      if (until.size >= maxEntries) until.delete(until.keys().next().value!);
      until.set(key, now + windowMs);
      return false;
    },
  };
}

const encoder = new TextEncoder();
const canonicalPath = /^(\/[A-Za-z0-9_-]{1,64})+$/;
const hubId = /^[A-Za-z0-9_-]{1,64}$/;

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
}

/** Compares two digests in time that does not depend on where they differ. */
function sameDigest(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ (b[i] ?? 0);
  return difference === 0;
}

const hex = (bytes: Uint8Array) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Finds the client of a WABA at the Hub, remembering answers for ten minutes: a WABA does not
 * move between clients in that time, and a burst of template events costs one lookup.
 */
function createWabaClients(upstream: Upstream, now: () => number) {
  const known = new Map<string, { clientId: string; until: number }>();
  const pending = new Map<string, Promise<string | undefined>>();
  const lookup = async (wabaId: string) => {
    const response = await upstream.send('GET', `waba_accounts/${wabaId}`);
    if (!response.ok) {
      await response.body?.cancel();
      return undefined;
    }
    const waba = (await response.json().catch(() => undefined)) as
      Record<string, unknown> | undefined;
    const clientId = waba?.id === wabaId ? waba.client_id : undefined;
    return typeof clientId === 'string' && hubId.test(clientId) ? clientId : undefined;
  };
  return async (wabaId: string): Promise<string | undefined> => {
    const cached = known.get(wabaId);
    if (cached && cached.until > now()) return cached.clientId;
    let asked = pending.get(wabaId);
    if (!asked) {
      asked = lookup(wabaId).finally(() => pending.delete(wabaId));
      pending.set(wabaId, asked);
    }
    const clientId = await asked;
    if (clientId !== undefined) {
      if (known.size >= 10_000) known.delete(known.keys().next().value!);
      known.set(wabaId, { clientId, until: now() + 600_000 });
    }
    return clientId;
  };
}

/**
 * Creates the handler you mount at the webhook URL you register with the Hub (`PATCH
 * /partners/{partner_id}` with `webhook_url`). For each delivery it checks the shared secret
 * (401 without it), reads the body (413 above `maxBodyBytes`, 400 for anything that is not the
 * `{id, event, data}` envelope), drops redeliveries of a seen `id` (or, without one, of the same
 * body), answers `200` at once, and only then routes the event to its client's live streams
 * through `bus`. Unknown and partner-level events are acknowledged and ignored: a payload it
 * cannot use is never a 500 that the Hub would retry.
 *
 * The secret proves only that the sender knows the URL: the Hub signs nothing. A forged event
 * can make open pages read their own data again, never show them anyone else's, because an
 * event carries IDs only and the browser reads the data through the proxy with its own session.
 *
 * @example
 * ```ts
 * const bus = createMemoryLiveBus();
 * const webhooks = createHubWebhooks({ bus, sessions, secret: process.env.HUB_WEBHOOK_SECRET! });
 * const proxy = createHubProxy({ sessions, live: { bus } });
 * // Register https://partner.example/hub-webhooks?secret=… as the partner's webhook_url.
 * ```
 */
export function createHubWebhooks(options: HubWebhooksOptions): HubWebhooks {
  const basePath = (options.basePath ?? '/hub-webhooks').replace(/\/+$/, '');
  if (!canonicalPath.test(basePath)) {
    throw new TypeError('createHubWebhooks: `basePath` must look like "/hub-webhooks".');
  }
  const secrets = typeof options.secret === 'string' ? [options.secret] : [...options.secret];
  if (secrets.length === 0 || secrets.some((s) => typeof s !== 'string' || s.length < 32)) {
    throw new TypeError('createHubWebhooks: every `secret` must be at least 32 characters.');
  }
  const digests = Promise.all(secrets.map(sha256));
  const secretHeader = (options.secretHeader ?? 'x-hub-webhook-secret').toLowerCase();
  const maxBodyBytes = options.maxBodyBytes ?? 131_072;
  const dedupeMs = (options.dedupeSeconds ?? 3600) * 1000;
  const dedupe = options.dedupeStore ?? createMemoryDedupeStore();
  const now = options.now ?? Date.now;
  const { bus, sessions } = options;
  const clientOfWaba = sessions
    ? createWabaClients(
        createUpstream({
          baseUrl: sessions.hubBaseUrl,
          messagingBaseUrl: DEFAULT_MESSAGING_BASE_URL,
          partnerId: sessions.partnerId,
          apiKey: apiKeyOf(sessions),
          fetch: options.fetch ?? ((input, init) => fetch(input, init)),
          timeoutMs: options.timeoutMs ?? 10_000,
        }),
        now,
      )
    : undefined;

  const report = (info: HubWebhookInfo) => {
    if (!options.onEvent) return;
    Promise.resolve()
      .then(() => options.onEvent!(info))
      .catch(() => undefined);
  };

  async function authentic(request: Request, url: URL): Promise<boolean> {
    const given = request.headers.get(secretHeader) ?? url.searchParams.get('secret');
    if (given === null) return false;
    const digest = await sha256(given);
    let match = false;
    for (const known of await digests) match = sameDigest(digest, known) || match;
    return match;
  }

  /** Routes one event; runs after the answer, so nothing here can change it. */
  async function fanOut(
    event: Omit<LiveEvent, 'clientId'> & { clientId: string | null },
    info: Pick<HubWebhookInfo, 'id' | 'event' | 'status'>,
  ): Promise<void> {
    let clientId = event.clientId;
    if (clientId === null && event.wabaAccountId !== null && clientOfWaba) {
      clientId = (await clientOfWaba(event.wabaAccountId).catch(() => undefined)) ?? null;
    }
    if (clientId === null) {
      return report({ ...info, outcome: 'unrouted', reason: 'No client could be found for it.' });
    }
    try {
      await bus.publish({ ...event, clientId });
      report({ ...info, outcome: 'published', clientId });
    } catch (error) {
      console.error('@hub/server webhooks: publishing failed:', error);
      report({ ...info, outcome: 'failed', clientId, reason: 'The bus refused it.' });
    }
  }

  const answer = (status: number, body: object) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
    });

  const handler = async (request: Request): Promise<Response> => {
    const seen: { id?: string; event?: string } = {};
    try {
      const url = new URL(request.url);
      if (url.pathname !== basePath) throw new ProxyRefusal(404, 'Not the webhook path.');
      if (request.method.toUpperCase() !== 'POST') {
        throw new ProxyRefusal(405, `The method ${request.method} is not accepted.`, {
          allow: 'POST',
        });
      }
      if (!(await authentic(request, url))) {
        throw new ProxyRefusal(401, 'The webhook secret is missing or wrong.');
      }
      if (Number(request.headers.get('content-length') ?? '0') > maxBodyBytes) {
        throw new ProxyRefusal(413, `The request body is larger than ${maxBodyBytes} bytes.`);
      }
      const text = await readBody(request, maxBodyBytes);
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        throw new ProxyRefusal(400, 'The webhook body is not JSON.');
      }
      const parsed = webhookEnvelopeSchema.safeParse(value);
      if (!parsed.success) {
        throw new ProxyRefusal(400, 'The webhook body is not an {id, event, data} envelope.');
      }
      const envelope = parsed.data;
      seen.id = envelope.id === undefined ? undefined : String(envelope.id);
      seen.event = envelope.event;
      const reading = readWebhook(envelope, new Date(now()).toISOString());
      if (reading.kind === 'invalid') {
        // The payload's fields are assumed from one unofficial source (docs/api-assumptions.md):
        // a known event without them is acknowledged and reported, not refused, so that a shape
        // the Hub sends differently never turns into redeliveries that can never succeed.
        report({
          id: seen.id,
          event: seen.event,
          status: 200,
          outcome: 'unrouted',
          reason: reading.reason,
        });
        return answer(200, { received: true, unrouted: true });
      }
      const key = seen.id === undefined ? `body:${hex(await sha256(text))}` : `id:${seen.id}`;
      const info = { id: seen.id, event: seen.event, status: 200 };
      // A store that is down only costs a repeated event (a refetch): accept rather than refuse.
      const duplicate = await Promise.resolve()
        .then(() => dedupe.seen(key, dedupeMs, now()))
        .catch(() => false);
      if (duplicate) {
        report({ ...info, outcome: 'duplicate' });
        return answer(200, { received: true, duplicate: true });
      }
      if (reading.kind === 'ignored') {
        report({ ...info, outcome: 'ignored', reason: reading.reason });
        return answer(200, { received: true, ignored: true });
      }
      // The Hub waits for this answer; routing happens after it.
      setTimeout(() => void fanOut(reading.event, info), 0);
      return answer(200, { received: true });
    } catch (error) {
      if (error instanceof ProxyRefusal) {
        report({
          id: seen.id,
          event: seen.event,
          status: error.status,
          outcome: 'refused',
          reason: error.message,
        });
        return error.toResponse();
      }
      console.error('@hub/server webhooks:', error);
      // Still not a 500: a bug here must not make the Hub retry the same delivery forever.
      return hubErrorResponse(400, 'The webhook could not be read.');
    }
  };
  return Object.assign(handler, { basePath });
}
