// The live stream, over real HTTP through the Node adapter: webhooks in, each client's events out
// on that client's streams only, resumable by id, with heartbeats, for client sessions only.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEMO_API_KEY, DEMO_PARTNER_ID } from '@hub/emulator';
import {
  createHubSessions,
  createMemoryLiveBus,
  type LiveEntry,
  type LiveEvent,
} from '../src/index.js';
import { HUB_URL, SECRET } from './fixtures.js';
import { channelEvent, liveWorld, summary, T0, type Stream } from './live-fixtures.js';

const A = { id: '001bNaCH', client_id: 'bNapo1CL', waba: 'bNapoWA' };
const A2 = { id: '00mbNaCH', client_id: 'bNapo1CL', waba: 'bNapoWA' };
const B = { id: '002nRdCH', client_id: 'nRdL1cCL', waba: 'nRdL1WA' };

let world: Awaited<ReturnType<typeof liveWorld>>;
afterEach(async () => {
  await world?.close();
});

const until = (condition: () => boolean) =>
  vi.waitFor(() => expect(condition()).toBe(true), { timeout: 5000, interval: 5 });

async function tokenOf(clientId: string) {
  return (await world.sessions.mint({ clientId })).token;
}

describe('routing', () => {
  it("carries each client's events to that client's streams only", async () => {
    world = await liveWorld();
    const a1 = await world.open(await tokenOf(A.client_id));
    const a2 = await world.open(await tokenOf(A.client_id));
    const b = await world.open(await tokenOf(B.client_id));
    expect([a1.status, b.status]).toEqual([200, 200]);
    expect(a1.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(a1.headers.get('cache-control')).toBe('no-store');

    const posts = [
      channelEvent('e1', 'channel_running', A),
      channelEvent('e2', 'channel_live', B),
      { id: 'e3', event: 'client_created', data: { id: 'newC1CL', name: 'New' } },
      channelEvent('e4', 'cancellation_request', A2),
      // A template event names only its WABA: its client is looked up at the Hub.
      {
        id: 'e5',
        event: 'waba_template_approved',
        data: { id: '1204417000000042', name: 'order_update', waba_account_id: B.waba },
      },
      { id: 'e6', event: 'account_violation', data: { ...B, violation_type: 'SPAM' } },
    ];
    for (const body of posts) expect((await world.post(body)).status).toBe(200);
    await until(() => a1.frames.length === 2 && a2.frames.length === 2 && b.frames.length === 3);

    expect(summary(a1.frames)).toEqual([
      ['1767225600000', 'hub', 'channel_running', 'bNapo1CL', '001bNaCH'],
      ['1767225600001', 'hub', 'cancellation_request', 'bNapo1CL', '00mbNaCH'],
    ]);
    expect(summary(a2.frames)).toEqual(summary(a1.frames));
    expect(summary(b.frames)).toEqual([
      ['1767225600000', 'hub', 'channel_live', 'nRdL1cCL', '002nRdCH'],
      ['1767225600001', 'hub', 'waba_template_approved', 'nRdL1cCL', null],
      ['1767225600002', 'hub', 'account_violation', 'nRdL1cCL', '002nRdCH'],
    ]);
    expect(b.frames[1]!.data).toEqual({
      type: 'waba_template_approved',
      clientId: 'nRdL1cCL',
      numberId: null,
      wabaAccountId: 'nRdL1WA',
      templateName: 'order_update',
      at: '2026-01-01T00:00:00.000Z',
    });
    expect(a1.frames[0]!.data.wabaAccountId).toBe('bNapoWA');

    // One more event each: once it has arrived, nothing else is still on its way.
    await world.post(channelEvent('e7', 'channel_ready', A));
    await world.post(channelEvent('e8', 'channel_ready', B));
    await until(() => a1.frames.length === 3 && b.frames.length === 4);
    expect(a1.frames.every((f) => f.data.clientId === 'bNapo1CL')).toBe(true);
    expect(b.frames.every((f) => f.data.clientId === 'nRdL1cCL')).toBe(true);
    expect(world.received.map((r) => [r.id, r.outcome, r.clientId])).toEqual(
      expect.arrayContaining([
        ['e3', 'ignored', undefined],
        ['e5', 'published', 'nRdL1cCL'],
      ]),
    );
  });

  it("never replays another client's events, whatever Last-Event-ID a stream sends", async () => {
    world = await liveWorld();
    await world.post(channelEvent('e1', 'channel_running', A));
    await world.post(channelEvent('e2', 'channel_live', A));
    await world.post(channelEvent('e3', 'channel_live', B));
    await until(() => world.received.filter((r) => r.outcome === 'published').length === 3);
    const token = await tokenOf(B.client_id);

    // A's last id, and ids before everyone's first: B still gets B's own events only.
    for (const lastId of ['1767225600001', '0', '1767225599999']) {
      const b = await world.open(token, lastId);
      await world.post(channelEvent(`probe-${lastId}`, 'channel_ready', B));
      await until(() => b.frames.some((f) => f.data.type === 'channel_ready'));
      expect(b.frames.every((f) => f.data.clientId === 'nRdL1cCL')).toBe(true);
      b.close();
    }
    const fromStart = await world.open(token, '0');
    await until(() => fromStart.frames.length === 4);
    expect(summary(fromStart.frames)).toEqual([
      ['1767225600000', 'hub', 'channel_live', 'nRdL1cCL', '002nRdCH'],
      ['1767225600001', 'hub', 'channel_ready', 'nRdL1cCL', '002nRdCH'],
      ['1767225600002', 'hub', 'channel_ready', 'nRdL1cCL', '002nRdCH'],
      ['1767225600003', 'hub', 'channel_ready', 'nRdL1cCL', '002nRdCH'],
    ]);
  });
});

describe('reconnect and resume', () => {
  it('replays the events after Last-Event-ID, then continues live, none twice', async () => {
    world = await liveWorld();
    const token = await tokenOf(A.client_id);
    const first = await world.open(token);
    await world.post(channelEvent('e1', 'channel_submitted', A));
    await world.post(channelEvent('e2', 'channel_ready', A));
    await until(() => first.frames.length === 2);
    first.close();
    await until(() => world.counts.released === 1);

    // Missed while disconnected:
    await world.post(channelEvent('e3', 'channel_running', A));
    await world.post(channelEvent('e4', 'channel_live', A));
    await until(() => world.received.length === 4);

    const again = await world.open(token, first.frames[1]!.id);
    await until(() => again.frames.length === 2);
    await world.post(channelEvent('e5', 'cancellation_request', A));
    await until(() => again.frames.length === 3);
    expect(summary(again.frames)).toEqual([
      ['1767225600002', 'hub', 'channel_running', 'bNapo1CL', '001bNaCH'],
      ['1767225600003', 'hub', 'channel_live', 'bNapo1CL', '001bNaCH'],
      ['1767225600004', 'hub', 'cancellation_request', 'bNapo1CL', '001bNaCH'],
    ]);
  });

  it('sends nothing twice when the bus delivers an entry that the replay also returned', async () => {
    const inner = createMemoryLiveBus({ now: () => T0 });
    // A broker whose replay is answered after a live delivery of the same entry arrived.
    const live = (e: LiveEvent) => void inner.publish(e);
    world = await liveWorld({
      bus: {
        publish: (event) => inner.publish(event),
        subscribe: (clientId, listener) => inner.subscribe(clientId, listener),
        async replay(clientId, after) {
          live({ ...event(), type: 'channel_live' });
          return inner.replay(clientId, after);
        },
      },
    });
    const event = (): LiveEvent => ({
      type: 'channel_ready',
      clientId: A.client_id,
      numberId: A.id,
      wabaAccountId: A.waba,
      templateName: null,
      at: '2026-01-01T00:00:00.000Z',
    });
    inner.publish(event());
    const stream = await world.open(await tokenOf(A.client_id), '0');
    await until(() => stream.frames.length === 2);
    await world.post(channelEvent('e9', 'channel_running', A));
    await until(() => stream.frames.length === 3);
    expect(stream.frames.map((f) => [f.id, f.data.type])).toEqual([
      ['1767225600000', 'channel_ready'],
      ['1767225600001', 'channel_live'],
      ['1767225600002', 'channel_running'],
    ]);
  });

  it('releases the subscription when the browser goes away', async () => {
    world = await liveWorld();
    const streams: Stream[] = [];
    for (let i = 0; i < 3; i++) streams.push(await world.open(await tokenOf(A.client_id)));
    await until(() => world.counts.subscribed === 3);
    for (const stream of streams) stream.close();
    await until(() => world.counts.released === 3);
  });

  it('ends the stream when its session expires, so the browser comes back with a fresh one', async () => {
    // The proxy's clock is 50 ms before the session's 15-minute expiry.
    world = await liveWorld({ proxy: { now: () => Date.now() + 900_000 - 50 } });
    const stream = await world.open(await tokenOf(A.client_id));
    expect(stream.status).toBe(200);
    await until(() => stream.ended);
    await until(() => world.counts.released === 1);
  });
});

describe('heartbeat', () => {
  it('sends a heartbeat comment at the configured interval', async () => {
    world = await liveWorld({ proxy: { live: { bus: createMemoryLiveBus(), heartbeatMs: 20 } } });
    const stream = await world.open(await tokenOf(A.client_id));
    await until(() => stream.comments.length >= 3);
    expect(new Set(stream.comments)).toEqual(new Set(['heartbeat']));
    expect(stream.frames).toEqual([]);
  });
});

describe('who gets a stream', () => {
  it('gives partner-staff sessions no stream', async () => {
    world = await liveWorld();
    const { token } = await world.sessions.mintPartnerStaff({ user: 'staff-1' });
    const stream = await world.open(token);
    expect(stream.status).toBe(403);
    expect(JSON.parse(stream.text).meta.developer_message).toBe(
      'A partner-staff session cannot reach client data.',
    );
    expect(world.counts.subscribed).toBe(0);
  });

  it('answers 401 to a missing, forged or expired session', async () => {
    world = await liveWorld();
    const past = createHubSessions({
      partnerId: DEMO_PARTNER_ID,
      apiKey: DEMO_API_KEY,
      secret: SECRET,
      hubBaseUrl: HUB_URL,
      now: () => Date.now() - 3_600_000,
    });
    const expired = (await past.mint({ clientId: A.client_id })).token;
    const valid = await tokenOf(A.client_id);
    const forged = `${valid.slice(0, -4)}AAAA`;
    for (const token of [undefined, expired, forged, 'not-a-token']) {
      const stream = await world.open(token);
      expect(stream.status).toBe(401);
      expect(stream.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
    }
    expect(world.counts.subscribed).toBe(0);
  });

  it('answers 404 where the proxy has no live option, so the browser polls instead', async () => {
    world = await liveWorld({ proxy: { live: undefined } });
    const stream = await world.open(await tokenOf(A.client_id));
    expect(stream.status).toBe(404);
  });

  it('takes no query and no other method', async () => {
    world = await liveWorld();
    const token = await tokenOf(A.client_id);
    const headers = { authorization: `Bearer ${token}` };
    const query = await fetch(`${world.origin}/hub-api/events?client_id=${B.client_id}`, {
      headers,
    });
    expect(query.status).toBe(403);
    const post = await fetch(`${world.origin}/hub-api/events`, { method: 'POST', headers });
    expect(post.status).toBe(403);
    expect(world.counts.subscribed).toBe(0);
  });
});

describe('the memory bus', () => {
  const event = (clientId: string, type = 'channel_ready'): LiveEvent => ({
    type,
    clientId,
    numberId: null,
    wabaAccountId: null,
    templateName: null,
    at: '2026-01-01T00:00:00.000Z',
  });

  it('keeps the last bufferSize entries per client, for bufferSeconds', () => {
    let now = T0;
    const bus = createMemoryLiveBus({ bufferSize: 3, bufferSeconds: 60, now: () => now });
    for (const type of ['a', 'b', 'c', 'd']) bus.publish(event('x1CL', type));
    bus.publish(event('y1CL', 'other'));
    expect(
      (bus.replay('x1CL', 0) as readonly LiveEntry[]).map((e) => [e.id, e.event.type]),
    ).toEqual([
      [1767225600001, 'b'],
      [1767225600002, 'c'],
      [1767225600003, 'd'],
    ]);
    now += 60_001;
    expect(bus.replay('x1CL', 0)).toEqual([]);
    // Ids keep increasing after the client's entries are gone.
    bus.publish(event('x1CL', 'e'));
    expect((bus.replay('x1CL', 0) as readonly LiveEntry[])[0]!.id).toBe(1767225660001);
  });

  it('delivers to the subscribers of the event’s client only, and survives a throwing one', () => {
    const bus = createMemoryLiveBus({ now: () => T0 });
    const seen: string[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    bus.subscribe('x1CL', () => {
      throw new Error('broken listener');
    });
    const stop = bus.subscribe('x1CL', (entry) => seen.push(`x:${entry.event.type}`));
    bus.subscribe('y1CL', (entry) => seen.push(`y:${entry.event.type}`));
    bus.publish(event('x1CL', 'one'));
    bus.publish(event('y1CL', 'two'));
    stop();
    bus.publish(event('x1CL', 'three'));
    expect(seen).toEqual(['x:one', 'y:two']);
    expect(error).toHaveBeenCalledTimes(2);
    error.mockRestore();
  });
});
