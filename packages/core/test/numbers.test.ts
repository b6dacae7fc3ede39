// Changes to numbers against the emulator over HTTP: what is shown while a change is on its way,
// what is sent, and what happens when the Hub refuses. One cached fact per number: the lists and
// the number's own key change together, and only the numbers resource changes them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_API_KEY, DEMO_PARTNER_ID } from '@hub/emulator';
import { startEmulator, type RunningEmulator } from '@hub/emulator/node';
import {
  NumberChangeInFlightError,
  allNumbersKey,
  createHubClient,
  fetchAllNumbers,
  type HubClient,
  type HubNumber,
  type Page,
  type QueryKey,
} from '../src/index.js';

const OWN = 'bNapo1CL';
const CANCEL =
  'POST /partners/:partner_id/clients/:client_id/channels/:channel_id/control/cancellation_request';

let server: RunningEmulator;
let client: HubClient;

beforeEach(async () => {
  server = await startEmulator({ port: 0, rateLimits: false });
  client = createHubClient({
    partnerId: DEMO_PARTNER_ID,
    baseUrl: server.url,
    auth: { apiKey: DEMO_API_KEY },
  });
});
afterEach(() => server.close());

/** What reached the Hub since `from`, as `METHOD last-path-segment`. */
const sentSince = (from: number) =>
  server.emulator.requests.slice(from).map((r) => `${r.method} ${r.path.split('/').at(-1)}`);

const rowIn = (key: QueryKey, id: string) =>
  client.cache.get<Page<HubNumber>>(key)?.data?.items.find((n) => n.id === id);

/** A running number of the seeded client, with its whole list, a page and its own key cached. */
async function cachedEverywhere() {
  const page = { filters: { clientId: OWN }, limit: 50 };
  await client.numbers.list(page);
  const all = await client.numbers.all(OWN);
  const number = all.items.find((n) => n.status === 'running')!;
  await client.numbers.get(number.id);
  const keys = [client.numbers.keys.all(OWN), client.numbers.keys.list(page)];
  const shown = () => ({
    own: client.cache.get<HubNumber>(client.numbers.keys.get(number.id))?.data?.status,
    all: rowIn(keys[0]!, number.id)?.status,
    page: rowIn(keys[1]!, number.id)?.status,
  });
  return { number, keys, shown };
}

describe('client.numbers.all', () => {
  it('reads the whole list under one key, sorted by phone number; the old names still work', async () => {
    const all = await client.numbers.all(OWN);
    const seeded = server.emulator.state.channels.filter((c) => c.client_id === OWN);
    expect(all.items).toHaveLength(seeded.length);
    expect(all.total).toBe(seeded.length);
    const phones = all.items.map((n) => n.phoneNumber);
    expect(phones).toEqual([...phones].sort());
    expect(client.cache.keys(['numbers'])).toEqual([['numbers', 'all', OWN]]);
    expect(allNumbersKey(OWN)).toEqual(client.numbers.keys.all(OWN));
    await expect(fetchAllNumbers(client, OWN, { maxAge: 60_000 })).resolves.toBe(all);
  });
});

describe('a change to a number', () => {
  it('shows at once everywhere, then sends one write and one read, whose answer replaces it', async () => {
    const { number, keys, shown } = await cachedEverywhere();
    const before = server.emulator.requests.length;
    const cancelling = client.numbers.cancelSubscription(number);
    expect(shown()).toEqual({
      own: 'pending_deletion',
      all: 'pending_deletion',
      page: 'pending_deletion',
    });
    expect(client.numbers.inFlight.get(number.id)).toBe('cancel');
    const cancelled = await cancelling;
    expect(sentSince(before)).toEqual(['POST cancellation_request', 'GET channels']);
    const answer = server.emulator.state.channels.find((c) => c.id === number.id)!;
    expect(cancelled.terminatedAt).toBe(answer.terminated_at);
    for (const key of keys) expect(rowIn(key, number.id)).toBe(cancelled);
    expect(client.cache.get(client.numbers.keys.get(number.id))?.data).toBe(cancelled);
    expect(client.numbers.inFlight.get(number.id)).toBeUndefined();
  });

  it('rolls back everywhere when the Hub refuses, and sends nothing more', async () => {
    server.emulator.faults.set([{ route: CANCEL, errorRate: 1, errorStatus: 403 }]);
    const { number, keys, shown } = await cachedEverywhere();
    const seen: (string | undefined)[] = [];
    client.cache.subscribe<Page<HubNumber>>(keys[0]!, (s) =>
      seen.push(s.data?.items.find((n) => n.id === number.id)?.status),
    );
    const before = server.emulator.requests.length;
    await expect(client.numbers.cancelSubscription(number)).rejects.toMatchObject({
      kind: 'forbidden',
    });
    expect(shown()).toEqual({ own: 'running', all: 'running', page: 'running' });
    expect(rowIn(keys[0]!, number.id)).toEqual(number);
    expect(seen).toEqual(['pending_deletion', 'running']);
    expect(sentSince(before)).toEqual(['POST cancellation_request']);
    expect(client.numbers.inFlight.get(number.id)).toBeUndefined();
  });

  it('refuses a second change to the same number while the first is on its way', async () => {
    server.emulator.faults.set([{ route: CANCEL, latencyMs: 150 }]);
    const { number } = await cachedEverywhere();
    const other = (await client.numbers.all(OWN)).items.find(
      (n) => n.id !== number.id && n.status !== 'pending_deletion',
    )!;
    const cancelling = client.numbers.cancelSubscription(number);
    const second: unknown = await client.numbers.revokeCancellation(number).catch((e) => e);
    expect(second).toBeInstanceOf(NumberChangeInFlightError);
    expect(second).toMatchObject({
      kind: 'conflict',
      code: 'change_in_flight',
      numberId: number.id,
      inFlight: 'cancel',
    });
    // Another number may change meanwhile.
    await client.numbers.requestDisplayNameChange(other, 'Bella Napoli Sud');
    await cancelling;
    const posts = server.emulator.requests.filter((r) => r.path.endsWith('/cancellation_request'));
    expect(posts).toHaveLength(1);
  });

  it('lets a read that starts meanwhile wait for the write, so it never shows the number as before', async () => {
    server.emulator.faults.set([{ route: CANCEL, latencyMs: 150 }]);
    const { number } = await cachedEverywhere();
    const cancelling = client.numbers.cancelSubscription(number);
    const read = await client.numbers.get(number.id);
    expect(read.status).toBe('pending_deletion');
    await cancelling;
  });

  it('keeps a change that happened when the read after it fails', async () => {
    const { number, keys, shown } = await cachedEverywhere();
    server.emulator.faults.set([{ route: /^GET /, errorRate: 1, errorStatus: 503 }]);
    const cancelled = await client.numbers.cancelSubscription(number);
    expect(cancelled.status).toBe('pending_deletion');
    expect(shown()).toEqual({
      own: 'pending_deletion',
      all: 'pending_deletion',
      page: 'pending_deletion',
    });
    expect(rowIn(keys[0]!, number.id)).toBe(cancelled);
  });

  it('reads again only the lists filtered by a status the number left or entered', async () => {
    const { number, keys } = await cachedEverywhere();
    const running = client.numbers.keys.list({ filters: { clientId: OWN, status: 'running' } });
    const live = client.numbers.keys.list({ filters: { clientId: OWN, status: 'live' } });
    await client.numbers.list({ filters: { clientId: OWN, status: 'running' } });
    await client.numbers.list({ filters: { clientId: OWN, status: 'live' } });
    for (const key of [running, live, ...keys]) client.cache.subscribe(key, () => undefined);
    const before = server.emulator.requests.length;
    await client.numbers.cancelSubscription(number);
    await expect.poll(() => sentSince(before)).toHaveLength(3);
    expect(sentSince(before)).toEqual([
      'POST cancellation_request',
      'GET channels',
      'GET channels',
    ]);
    await expect.poll(() => rowIn(running, number.id)).toBeUndefined();
    expect(client.cache.get(live)?.stale).toBe(false);
  });

  it('undoing one refused change keeps the change of another number in the same list', async () => {
    const { number, keys } = await cachedEverywhere();
    const other = (await client.numbers.all(OWN)).items.find((n) => n.status === 'live')!;
    server.emulator.faults.set([
      { route: new RegExp(`${number.id}/control`), latencyMs: 100, errorRate: 1, errorStatus: 500 },
    ]);
    const refused = client.numbers.cancelSubscription(number);
    const accepted = client.numbers.cancelSubscription(other);
    await expect(refused).rejects.toMatchObject({ kind: 'server' });
    await accepted;
    expect(rowIn(keys[0]!, number.id)?.status).toBe('running');
    expect(rowIn(keys[0]!, other.id)?.status).toBe('pending_deletion');
  });

  it('names a number whose Signals setting is on its way, and changes nothing cached', async () => {
    server.emulator.faults.set([{ route: /_ctwa$/, latencyMs: 50 }]);
    const { number, keys } = await cachedEverywhere();
    const page = client.cache.get(keys[0]!)?.data;
    const setting = client.numbers.setSignals(number, true);
    expect(client.numbers.inFlight.get(number.id)).toBe('signals');
    await setting;
    expect(client.numbers.inFlight.get(number.id)).toBeUndefined();
    expect(client.cache.get(keys[0]!)?.data).toBe(page);
    expect(server.emulator.state.signals).toContain(number.id);
  });

  it('tells the registry listeners when a change starts and ends', async () => {
    const { number } = await cachedEverywhere();
    const seen: (string | undefined)[] = [];
    const stop = client.numbers.inFlight.subscribe(() =>
      seen.push(client.numbers.inFlight.get(number.id)),
    );
    await client.numbers.requestDisplayNameChange(number, 'Bella Napoli Nord');
    stop();
    await client.numbers.revokeCancellation(number);
    expect(seen).toEqual(['displayName', undefined]);
  });
});
