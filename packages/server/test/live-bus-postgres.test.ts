// The Postgres bus on a real Postgres engine (PGlite, in process). Two buses on one database are
// two server instances: what one publishes, the other delivers and replays.
import { PGlite } from '@electric-sql/pglite';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createPostgresLiveBus,
  type LiveEntry,
  type LiveEvent,
  type PostgresLiveBus,
} from '../src/index.js';
import { channelEvent, liveWorld, summary } from './live-fixtures.js';

const A = { id: '001bNaCH', client_id: 'bNapo1CL', waba: 'bNapoWA' };
const B = { id: '002nRdCH', client_id: 'nRdL1cCL', waba: 'nRdL1WA' };

let db: PGlite;
const buses: PostgresLiveBus[] = [];
const worlds: Awaited<ReturnType<typeof liveWorld>>[] = [];

beforeAll(async () => {
  db = new PGlite();
  await db.waitReady;
}, 60_000);
afterAll(async () => {
  await db.close();
});
beforeEach(async () => {
  await db.query('DROP TABLE IF EXISTS hub_live_events');
});
afterEach(async () => {
  for (const world of worlds.splice(0)) await world.close();
  for (const bus of buses.splice(0)) await bus.close();
});

/** A server instance's bus on the shared database. */
async function instance(options: { bufferSize?: number; bufferSeconds?: number } = {}) {
  const bus = createPostgresLiveBus({ db, listener: db, ...options });
  buses.push(bus);
  await bus.setup();
  return bus;
}

const until = (condition: () => boolean) =>
  vi.waitFor(() => expect(condition()).toBe(true), { timeout: 5000, interval: 5 });

const event = (type: string, clientId = A.client_id): LiveEvent => ({
  type,
  clientId,
  numberId: null,
  wabaAccountId: null,
  templateName: null,
  at: '2026-01-01T00:00:00.000Z',
});

const ids = (entries: readonly LiveEntry[]) => entries.map((e) => [e.id, e.event.type]);

describe('the Postgres bus across instances', () => {
  it("delivers what one instance publishes to the other's subscribers of that client only", async () => {
    const [a, b] = [await instance(), await instance()];
    const seenA: LiveEntry[] = [];
    const seenB: LiveEntry[] = [];
    const stop = b.subscribe(A.client_id, (entry) => seenA.push(entry));
    b.subscribe(B.client_id, (entry) => seenB.push(entry));
    await b.replay(A.client_id, 0); // resolves once b listens

    await a.publish(event('channel_running'));
    await a.publish(event('channel_live', B.client_id));
    await a.publish(event('channel_ready'));
    await until(() => seenA.length === 2 && seenB.length === 1);
    expect(seenA).toEqual([
      {
        id: 1,
        event: {
          type: 'channel_running',
          clientId: 'bNapo1CL',
          numberId: null,
          wabaAccountId: null,
          templateName: null,
          at: '2026-01-01T00:00:00.000Z',
        },
      },
      { id: 3, event: event('channel_ready') },
    ]);
    expect(ids(seenB)).toEqual([[2, 'channel_live']]);
    // Fields in the memory bus's order, not the one jsonb stores.
    expect(Object.keys(seenA[0]!.event)).toEqual([
      'type',
      'clientId',
      'numberId',
      'wabaAccountId',
      'templateName',
      'at',
    ]);

    stop();
    await a.publish(event('cancellation_request'));
    await a.publish(event('channel_submitted', B.client_id));
    await until(() => seenB.length === 2);
    expect(seenA).toHaveLength(2);
  });

  it('replays on one instance, oldest first, exactly the events after an id from the other', async () => {
    const [a, b] = [await instance(), await instance()];
    for (const type of ['e1', 'e2', 'e3']) await a.publish(event(type));
    await a.publish(event('other', B.client_id));
    await b.publish(event('e5'));
    expect(ids(await b.replay(A.client_id, 1))).toEqual([
      [2, 'e2'],
      [3, 'e3'],
      [5, 'e5'],
    ]);
    expect(ids(await a.replay(A.client_id, 5))).toEqual([]);
    // Another client's id replays nothing of that client's.
    expect(ids(await b.replay(B.client_id, 0))).toEqual([[4, 'other']]);
  });

  it('gives each client increasing ids under concurrent publishes from both instances', async () => {
    const [a, b] = [await instance(), await instance()];
    const seen: number[] = [];
    a.subscribe(A.client_id, (entry) => seen.push(entry.id));
    await a.replay(A.client_id, 0);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? a : b).publish(event(`e${i}`, i % 3 ? A.client_id : B.client_id)),
      ),
    );
    const replayed = (await b.replay(A.client_id, 0)).map((e) => e.id);
    expect(replayed).toHaveLength(13);
    expect(replayed).toEqual([...replayed].sort((x, y) => x - y));
    expect(new Set(replayed).size).toBe(13);
    await until(() => seen.length === 13);
    expect(seen).toEqual(replayed);
  });

  it('replays the newest bufferSize entries, within bufferSeconds, and prunes older rows', async () => {
    const small = await instance({ bufferSize: 3 });
    for (const type of ['e1', 'e2', 'e3', 'e4', 'e5']) await small.publish(event(type));
    expect(ids(await small.replay(A.client_id, 0))).toEqual([
      [3, 'e3'],
      [4, 'e4'],
      [5, 'e5'],
    ]);
    expect(ids(await small.replay(A.client_id, 4))).toEqual([[5, 'e5']]);

    // Age the first three past the 5-minute window, as the database's clock sees it.
    await db.query(
      "UPDATE hub_live_events SET created_at = now() - interval '301 seconds' WHERE id <= 3",
    );
    const other = await instance();
    expect(ids(await other.replay(A.client_id, 0))).toEqual([
      [4, 'e4'],
      [5, 'e5'],
    ]);
    await other.publish(event('e6'));
    const { rows } = await db.query<{ id: number }>('SELECT id FROM hub_live_events ORDER BY id');
    expect(rows.map((row) => row.id)).toEqual([4, 5, 6]);
  });

  it('keeps its table when set up again, and refuses options it cannot use', async () => {
    const a = await instance();
    await a.publish(event('e1'));
    await a.setup();
    expect(ids(await a.replay(A.client_id, 0))).toEqual([[1, 'e1']]);
    expect(() => createPostgresLiveBus({ db, listener: db, table: 'x; DROP' })).toThrow(TypeError);
    expect(() => createPostgresLiveBus({ db, listener: db, channel: 'Hub-Live' })).toThrow(
      TypeError,
    );
    expect(() => createPostgresLiveBus({ db, listener: db, bufferSize: 0 })).toThrow(TypeError);
  });
});

describe('two server instances over HTTP', () => {
  it('streams on B what A received, and resumes on A after Last-Event-ID', async () => {
    const one = await liveWorld({ bus: await instance() });
    const two = await liveWorld({ bus: await instance() });
    worlds.push(one, two);
    // Both instances share the session secret: a token minted by one is good on the other.
    const token = (await one.sessions.mint({ clientId: A.client_id })).token;
    const tokenB = (await one.sessions.mint({ clientId: B.client_id })).token;
    const onTwo = await two.open(token);
    const otherOnTwo = await two.open(tokenB);
    expect([onTwo.status, otherOnTwo.status]).toEqual([200, 200]);
    await until(() => two.counts.subscribed === 2);
    await two.bus.replay(A.client_id, 0); // resolves once B's bus listens

    await one.post(channelEvent('e1', 'channel_submitted', A));
    await one.post(channelEvent('e2', 'channel_live', B));
    await one.post(channelEvent('e3', 'channel_ready', A));
    await until(() => onTwo.frames.length === 2 && otherOnTwo.frames.length === 1);
    expect(summary(onTwo.frames)).toEqual([
      ['1', 'hub', 'channel_submitted', 'bNapo1CL', '001bNaCH'],
      ['3', 'hub', 'channel_ready', 'bNapo1CL', '001bNaCH'],
    ]);
    expect(summary(otherOnTwo.frames)).toEqual([
      ['2', 'hub', 'channel_live', 'nRdL1cCL', '002nRdCH'],
    ]);
    onTwo.close();
    await until(() => two.counts.released === 1);

    // Missed while disconnected, received by either instance:
    await one.post(channelEvent('e4', 'channel_running', A));
    await two.post(channelEvent('e5', 'cancellation_request', A));
    await until(() => one.received.length === 4 && two.received.length === 1);

    const onOne = await one.open(token, onTwo.frames[1]!.id);
    await until(() => onOne.frames.length === 2);
    await two.post(channelEvent('e6', 'cancellation_revoke', A));
    await until(() => onOne.frames.length === 3);
    expect(summary(onOne.frames)).toEqual([
      ['4', 'hub', 'channel_running', 'bNapo1CL', '001bNaCH'],
      ['5', 'hub', 'cancellation_request', 'bNapo1CL', '001bNaCH'],
      ['6', 'hub', 'cancellation_revoke', 'bNapo1CL', '001bNaCH'],
    ]);
    expect(otherOnTwo.frames).toHaveLength(1);
  });
});
