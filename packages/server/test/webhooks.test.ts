// The webhook handler over real HTTP through the Node adapter: the secret, bad payloads (never a
// 500), redeliveries, and an answer that never waits for the fan-out.
import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createHubWebhooks,
  createMemoryLiveBus,
  type LiveBus,
  type LiveEntry,
} from '../src/index.js';
import { channelEvent, liveWorld, WEBHOOK_SECRET } from './live-fixtures.js';

const A = { id: '001bNaCH', client_id: 'bNapo1CL', waba: 'bNapoWA' };

let world: Awaited<ReturnType<typeof liveWorld>>;
afterEach(async () => {
  await world?.close();
});

const until = (condition: () => boolean) =>
  vi.waitFor(() => expect(condition()).toBe(true), { timeout: 5000, interval: 5 });

/** Everything published so far, read back from the bus. */
const published = (bus: LiveBus, clientId = A.client_id) =>
  (bus.replay(clientId, 0) as readonly LiveEntry[]).map((e) => e.event.type);

describe('the shared secret', () => {
  it('refuses a delivery without the right secret with 401, and publishes nothing', async () => {
    world = await liveWorld();
    const body = channelEvent('e1', 'channel_running', A);
    for (const secret of [null, '', 'wrong', `${WEBHOOK_SECRET}x`, WEBHOOK_SECRET.slice(0, -1)]) {
      const answer = await world.post(body, { secret });
      expect(answer.status, String(secret)).toBe(401);
      expect(answer.body).toEqual({
        meta: {
          success: false,
          http_code: 401,
          developer_message: 'The webhook secret is missing or wrong.',
        },
      });
    }
    expect(published(world.bus)).toEqual([]);
  });

  it('accepts the secret in the query or in the header, and any secret of a rotation', async () => {
    const next = 'next-webhook-secret-0123456789-abcdefgh';
    world = await liveWorld({ webhooks: { secret: [WEBHOOK_SECRET, next] } });
    expect((await world.post(channelEvent('e1', 'channel_ready', A))).status).toBe(200);
    const header = await world.post(channelEvent('e2', 'channel_running', A), {
      secret: null,
      headers: { 'x-hub-webhook-secret': next },
    });
    expect(header).toEqual({ status: 200, body: { received: true } });
    await until(() => published(world.bus).length === 2);
    expect(published(world.bus)).toEqual(['channel_ready', 'channel_running']);
  });

  it('refuses short secrets at startup', () => {
    expect(() => createHubWebhooks({ bus: createMemoryLiveBus(), secret: 'short' })).toThrow(
      'createHubWebhooks: every `secret` must be at least 32 characters.',
    );
  });
});

describe('bad payloads', () => {
  it('answers 400, never 500, to anything that is not a readable envelope', async () => {
    world = await liveWorld();
    const cases: [string, unknown, string][] = [
      ['not JSON', '{"id": "e1", "event": ', 'The webhook body is not JSON.'],
      ['empty', '', 'The webhook body is not JSON.'],
      ['an array', [], 'The webhook body is not an {id, event, data} envelope.'],
      ['a string', '"channel_running"', 'The webhook body is not an {id, event, data} envelope.'],
      [
        'no event',
        { id: 'e1', data: {} },
        'The webhook body is not an {id, event, data} envelope.',
      ],
      [
        'event a number',
        { id: 'e1', event: 42, data: {} },
        'The webhook body is not an {id, event, data} envelope.',
      ],
      [
        'no data',
        { id: 'e1', event: 'channel_live' },
        'The webhook body is not an {id, event, data} envelope.',
      ],
      [
        'data an array',
        { id: 'e1', event: 'channel_live', data: [] },
        'The webhook body is not an {id, event, data} envelope.',
      ],
      [
        'id an object',
        { id: {}, event: 'channel_live', data: {} },
        'The webhook body is not an {id, event, data} envelope.',
      ],
    ];
    for (const [label, body, message] of cases) {
      const answer = await world.post(body);
      expect([label, answer.status, answer.body]).toEqual([
        label,
        400,
        { meta: { success: false, http_code: 400, developer_message: message } },
      ]);
    }
    expect(published(world.bus)).toEqual([]);
    expect(world.received.every((r) => r.outcome === 'refused' && r.status === 400)).toBe(true);
  });

  it('acknowledges a known event whose routing fields are missing, reporting it unrouted', async () => {
    // The payload's shape comes from one unofficial source: a Hub that sends it differently must
    // not be answered with errors it would redeliver forever.
    world = await liveWorld();
    const cases: [string, unknown, string][] = [
      [
        'channel without id',
        { id: 'e1', event: 'channel_live', data: { client_id: A.client_id } },
        'data.id is missing or malformed.',
      ],
      [
        'client_id a number',
        { id: 'e1', event: 'channel_live', data: { id: A.id, client_id: 7 } },
        'data.client_id is missing or malformed.',
      ],
      [
        'channel of no client',
        { id: 'e1', event: 'channel_live', data: { id: A.id } },
        'data.client_id is missing.',
      ],
      [
        'template without name',
        { id: 'e1', event: 'waba_template_rejected', data: { waba_account_id: A.waba } },
        'data.name is missing or malformed.',
      ],
    ];
    for (const [label, body, reason] of cases) {
      const answer = await world.post(body);
      expect([label, answer.status, answer.body]).toEqual([
        label,
        200,
        { received: true, unrouted: true },
      ]);
      await vi.waitFor(() =>
        expect(world.received.at(-1)).toMatchObject({ outcome: 'unrouted', reason }),
      );
    }
    expect(published(world.bus)).toEqual([]);
  });

  it('answers 400 to a body that is not UTF-8', async () => {
    world = await liveWorld();
    const answer = await world.post(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]));
    expect(answer.status).toBe(400);
  });

  it('answers 413 to a body over the limit, declared or streamed', async () => {
    world = await liveWorld({ webhooks: { maxBodyBytes: 1024 } });
    const huge = JSON.stringify({
      ...(channelEvent('e1', 'channel_live', A) as object),
      padding: 'x'.repeat(2000),
    });
    expect((await world.post(huge)).status).toBe(413);
    // Chunked, without Content-Length: counted as it arrives.
    const { port } = new URL(world.origin);
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: `/hub-webhooks?secret=${WEBHOOK_SECRET}`,
          headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode!);
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 8; i++) req.write('x'.repeat(500));
      req.end();
    });
    expect(status).toBe(413);
    expect(published(world.bus)).toEqual([]);
  });

  it('acknowledges an unknown event and a partner-level one, and routes neither', async () => {
    world = await liveWorld();
    const unknown = await world.post({ id: 'u1', event: 'channel_teleported', data: { ...A } });
    expect(unknown).toEqual({ status: 200, body: { received: true, ignored: true } });
    const partner = await world.post({ id: 'u2', event: 'client_created', data: { id: 'nw1CL' } });
    expect(partner).toEqual({ status: 200, body: { received: true, ignored: true } });
    expect(world.received.map((r) => [r.event, r.outcome])).toEqual([
      ['channel_teleported', 'ignored'],
      ['client_created', 'ignored'],
    ]);
    expect(published(world.bus)).toEqual([]);
  });

  it('answers only POST at its exact path', async () => {
    world = await liveWorld();
    const get = await fetch(`${world.origin}/hub-webhooks?secret=${WEBHOOK_SECRET}`);
    expect([get.status, get.headers.get('allow')]).toEqual([405, 'POST']);
    const below = await fetch(`${world.origin}/hub-webhooks/more?secret=${WEBHOOK_SECRET}`, {
      method: 'POST',
      body: '{}',
    });
    expect(below.status).toBe(404);
  });
});

describe('redeliveries', () => {
  it('publishes a delivery once, however often its id comes', async () => {
    world = await liveWorld();
    const body = channelEvent('same-id', 'channel_running', A);
    expect((await world.post(body)).body).toEqual({ received: true });
    expect((await world.post(body)).body).toEqual({ received: true, duplicate: true });
    // Same id, other content: still the same delivery.
    const changed = channelEvent('same-id', 'channel_live', A);
    expect((await world.post(changed)).body).toEqual({ received: true, duplicate: true });
    await world.post(channelEvent('other-id', 'channel_live', A));
    await until(() => published(world.bus).length === 2);
    expect(published(world.bus)).toEqual(['channel_running', 'channel_live']);
  });

  it('without an id, drops a delivery with the same body', async () => {
    world = await liveWorld();
    const body = { event: 'channel_ready', data: { id: A.id, client_id: A.client_id } };
    expect((await world.post(body)).body).toEqual({ received: true });
    expect((await world.post(body)).body).toEqual({ received: true, duplicate: true });
    const other = { event: 'channel_live', data: { id: A.id, client_id: A.client_id } };
    expect((await world.post(other)).body).toEqual({ received: true });
    await until(() => published(world.bus).length === 2);
    expect(published(world.bus)).toEqual(['channel_ready', 'channel_live']);
  });

  it('takes an id again after the dedupe window', async () => {
    world = await liveWorld({ webhooks: { dedupeSeconds: 60 } });
    const body = channelEvent('e1', 'channel_ready', A);
    await world.post(body);
    world.clock.now += 60_001;
    expect((await world.post(body)).body).toEqual({ received: true });
    await until(() => published(world.bus).length === 2);
  });

  it('accepts the delivery when the dedupe store is down', async () => {
    world = await liveWorld({
      webhooks: {
        dedupeStore: {
          seen: () => Promise.reject(new Error('store down')),
        },
      },
    });
    expect((await world.post(channelEvent('e1', 'channel_ready', A))).status).toBe(200);
    await until(() => published(world.bus).length === 1);
  });
});

describe('answering fast', () => {
  it('answers 200 before the bus has taken the event', async () => {
    const inner = createMemoryLiveBus();
    let publishes = 0;
    world = await liveWorld({
      bus: {
        // A broker that never acknowledges.
        publish: () => {
          publishes++;
          return new Promise<void>(() => undefined);
        },
        subscribe: (clientId, listener) => inner.subscribe(clientId, listener),
        replay: (clientId, after) => inner.replay(clientId, after),
      },
    });
    const answer = await world.post(channelEvent('e1', 'channel_ready', A));
    expect(answer).toEqual({ status: 200, body: { received: true } });
    await until(() => publishes === 1);
  });

  it('reports a template event whose client cannot be found as unrouted', async () => {
    world = await liveWorld();
    const answer = await world.post({
      id: 't1',
      event: 'waba_template_flagged',
      data: { name: 'promo', waba_account_id: 'unknownWA' },
    });
    expect(answer.status).toBe(200);
    await until(() => world.received.length === 1);
    expect(world.received[0]).toEqual({
      id: 't1',
      event: 'waba_template_flagged',
      status: 200,
      outcome: 'unrouted',
      reason: 'No client could be found for it.',
    });
  });
});
