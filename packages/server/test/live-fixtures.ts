// A partner backend for the live-update tests, on a real port: the proxy (with `/events`) and the
// webhook handler behind the Node adapter, the emulator as the Hub, and an SSE reader that
// records what a browser's stream receives.
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulator, DEMO_API_KEY, DEMO_PARTNER_ID } from '@hub/emulator';
import { serveNodeRequest } from '../src/adapters/node.js';
import {
  createHubProxy,
  createHubSessions,
  createHubWebhooks,
  createMemoryLiveBus,
  type HubProxyOptions,
  type HubWebhookInfo,
  type HubWebhooksOptions,
  type LiveBus,
} from '../src/index.js';
import { HUB_URL, SECRET } from './fixtures.js';

export const WEBHOOK_SECRET = 'webhook-secret-0123456789-abcdefghij';
/** 2026-01-01T00:00:00.000Z: the bus's and the webhook handler's clock, so ids are literal. */
export const T0 = 1_767_225_600_000;

/** One frame of an event stream. */
export interface Frame {
  id: string;
  event: string;
  data: Record<string, unknown>;
}

/** What a browser's stream has received so far. */
export interface Stream {
  status: number;
  headers: Headers;
  /** The body of a refused request. */
  text: string;
  frames: Frame[];
  comments: string[];
  ended: boolean;
  close(): void;
}

/** Counts subscriptions of `bus`, to see streams release theirs. */
function counted(bus: LiveBus) {
  const counts = { subscribed: 0, released: 0 };
  const wrapped: LiveBus = {
    publish: (event) => bus.publish(event),
    replay: (clientId, after) => bus.replay(clientId, after),
    subscribe(clientId, listener) {
      counts.subscribed++;
      const stop = bus.subscribe(clientId, listener);
      return () => {
        counts.released++;
        stop();
      };
    },
  };
  return { bus: wrapped, counts };
}

export async function liveWorld(
  options: {
    proxy?: Partial<HubProxyOptions>;
    webhooks?: Partial<HubWebhooksOptions>;
    bus?: LiveBus;
  } = {},
) {
  const emulator = createEmulator({ rateLimits: false, templateReviewDelayMs: 60_000 });
  const sessions = createHubSessions({
    partnerId: DEMO_PARTNER_ID,
    apiKey: DEMO_API_KEY,
    secret: SECRET,
    hubBaseUrl: HUB_URL,
  });
  const clock = { now: T0 };
  const { bus, counts } = counted(options.bus ?? createMemoryLiveBus({ now: () => clock.now }));
  const proxy = createHubProxy({
    sessions,
    fetch: emulator.fetch,
    rateLimit: false,
    live: { bus },
    ...options.proxy,
  });
  const received: HubWebhookInfo[] = [];
  const webhooks = createHubWebhooks({
    bus,
    sessions,
    fetch: emulator.fetch,
    secret: WEBHOOK_SECRET,
    onEvent: (info) => received.push(info),
    now: () => clock.now,
    ...options.webhooks,
  });
  const server = createServer(async (req, res) => {
    if (await serveNodeRequest(webhooks, req, res)) return;
    if (await serveNodeRequest(proxy, req, res)) return;
    res.writeHead(404).end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const opened: Stream[] = [];

  /** Posts a webhook; `secret: null` sends none. */
  async function post(
    body: unknown,
    { secret = WEBHOOK_SECRET as string | null, headers = {} as Record<string, string> } = {},
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    const query = secret === null ? '' : `?secret=${encodeURIComponent(secret)}`;
    const response = await fetch(`${origin}/hub-webhooks${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body:
        typeof body === 'string' || body instanceof Uint8Array
          ? (body as BodyInit)
          : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  /** Opens `/hub-api/events` as `@hub/core` does: fetch with the Bearer token, read as it comes. */
  async function open(token: string | undefined, lastEventId?: string): Promise<Stream> {
    const controller = new AbortController();
    const response = await fetch(`${origin}/hub-api/events`, {
      headers: {
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        ...(lastEventId === undefined ? {} : { 'last-event-id': lastEventId }),
      },
      signal: controller.signal,
    });
    const stream: Stream = {
      status: response.status,
      headers: response.headers,
      text: '',
      frames: [],
      comments: [],
      ended: false,
      close: () => controller.abort(),
    };
    opened.push(stream);
    if (!response.ok) {
      stream.text = await response.text();
      stream.ended = true;
      return stream;
    }
    void (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      try {
        for await (const chunk of response.body!) {
          buffer += decoder.decode(chunk, { stream: true });
          let end: number;
          while ((end = buffer.indexOf('\n\n')) !== -1) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const fields: Record<string, string> = {};
            for (const line of block.split('\n')) {
              if (line.startsWith(':')) stream.comments.push(line.slice(1).trim());
              else {
                const at = line.indexOf(': ');
                fields[line.slice(0, at)] = line.slice(at + 2);
              }
            }
            if (fields.data !== undefined) {
              stream.frames.push({
                id: fields.id!,
                event: fields.event!,
                data: JSON.parse(fields.data) as Record<string, unknown>,
              });
            }
          }
        }
      } catch {
        // Aborted by close().
      }
      stream.ended = true;
    })();
    return stream;
  }

  async function close() {
    for (const stream of opened) stream.close();
    server.closeAllConnections();
    server.close();
  }

  return { emulator, sessions, bus, counts, clock, received, post, open, close, origin };
}

/** A channel webhook as the .NET client describes it: the Channel object as `data`. */
export function channelEvent(
  id: string,
  event: string,
  channel: { id: string; client_id: string; waba: string },
): unknown {
  return {
    id,
    event,
    data: {
      id: channel.id,
      client_id: channel.client_id,
      status: event.replace(/^channel_/, ''),
      waba_account: { id: channel.waba, name: 'Shop' },
      setup_info: { phone_number: '+49 30 1234567' },
    },
  };
}

/** What the stream frames say, without the receipt time. */
export const summary = (frames: Frame[]) =>
  frames.map(({ id, event, data }) => [id, event, data.type, data.clientId, data.numberId]);
