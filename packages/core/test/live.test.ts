import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHubClient, type HubClient, type HubLive, type HubLiveEvent } from '../src/index.js';
import { createSseParser, type SseMessage } from '../src/live/sse.js';

/** Feeds `chunks` to a fresh parser; returns the messages and `retry:` values it reported. */
function parse(chunks: string[], lastEventId?: string) {
  const messages: SseMessage[] = [];
  const retries: number[] = [];
  const parser = createSseParser(
    { message: (m) => messages.push(m), retry: (ms) => retries.push(ms) },
    lastEventId,
  );
  for (const chunk of chunks) parser.feed(chunk);
  return { messages, retries, lastEventId: parser.lastEventId };
}

describe('SSE parser', () => {
  it('reads id, event and data; joins data lines; skips comments', () => {
    const { messages } = parse([
      ': heartbeat\n',
      'id: 7\nevent: hub\ndata: {"a":1,\ndata:  "b":2}\n\n',
    ]);
    expect(messages).toEqual([{ event: 'hub', data: '{"a":1,\n "b":2}', lastEventId: '7' }]);
  });

  it('accepts CRLF, CR and LF line ends, also split between chunks', () => {
    const { messages } = parse(['data: one\r', '\n\r', '\ndata: two\r\rdata: three\n', '\n']);
    expect(messages.map((m) => m.data)).toEqual(['one', 'two', 'three']);
  });

  it('keeps a message split anywhere across chunks, and drops a leading BOM', () => {
    const text = '\uFEFFid: 42\nevent: hub\ndata: {"x":"é"}\n\n';
    const { messages } = parse(text.split(''));
    expect(messages).toEqual([{ event: 'hub', data: '{"x":"é"}', lastEventId: '42' }]);
  });

  it('dispatches nothing without data, but an ID still takes effect at the blank line', () => {
    const { messages, lastEventId } = parse(['event: hub\n\n', 'id: 9\n\n']);
    expect(messages).toEqual([]);
    expect(lastEventId).toBe('9');
  });

  it('keeps the ID across messages and from the reconnection, ignores IDs with NUL', () => {
    const { messages } = parse(['data: a\n\n', 'id: 3\0x\ndata: b\n\n', 'id: 4\ndata: c\n\n'], '2');
    expect(messages.map((m) => [m.data, m.lastEventId, m.event])).toEqual([
      ['a', '2', 'message'],
      ['b', '2', 'message'],
      ['c', '4', 'message'],
    ]);
  });

  it('treats a line without colon as a field with an empty value, and reads retry', () => {
    const { messages, retries } = parse(['data\ndata\n\n', 'retry: 2500\nretry: soon\n\n']);
    expect(messages.map((m) => m.data)).toEqual(['\n']);
    expect(retries).toEqual([2500]);
  });

  it('waits for the blank line before dispatching', () => {
    const { messages } = parse(['data: pending\n']);
    expect(messages).toEqual([]);
  });
});

/** One request the test server saw for `/events`. */
interface SeenRequest {
  authorization: string | undefined;
  lastEventId: string | undefined;
}

type Handler = (req: IncomingMessage, res: ServerResponse, index: number) => void;

const servers: Array<() => Promise<void>> = [];
const holds: HubLive[] = [];

afterEach(async () => {
  for (const live of holds.splice(0)) live.close();
  await Promise.all(servers.splice(0).map((close) => close()));
});

/** A real HTTP server answering `/events` with `handler` (called with the request's index). */
async function serve(handler: Handler): Promise<{ url: string; seen: SeenRequest[] }> {
  const seen: SeenRequest[] = [];
  const server = createServer((req, res) => {
    if (!req.url?.endsWith('/events')) {
      res.writeHead(500).end();
      return;
    }
    seen.push({
      authorization: req.headers.authorization,
      lastEventId: req.headers['last-event-id'] as string | undefined,
    });
    handler(req, res, seen.length - 1);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hub-api`, seen };
}

function openStream(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
  res.write(': connected\n\n');
}

function hubEvent(id: number, event: Partial<HubLiveEvent> & { type: string }): string {
  const data = {
    clientId: 'cliAaaCL',
    numberId: null,
    wabaAccountId: null,
    templateName: null,
    at: '2025-03-01T10:00:00.000Z',
    ...event,
  };
  return `id: ${id}\nevent: hub\ndata: ${JSON.stringify(data)}\n\n`;
}

function client(url: string, sessionToken = vi.fn(async () => 'token-1')): HubClient {
  return createHubClient({ partnerId: 'ptnr1PA', baseUrl: url, auth: { sessionToken } });
}

function open(hub: HubClient, options: Parameters<HubClient['live']>[0] = {}): HubLive {
  const live = hub.live({ reconnectDelay: 5, maxReconnectDelay: 20, ...options });
  holds.push(live);
  return live;
}

/** Seeds the cache with the keys of two clients, each with a number and a WABA. */
function seed(hub: HubClient): void {
  const numberOf = (id: string, clientId: string) => ({ id, clientId, status: 'ready' });
  const { cache, numbers, templates, sharing } = hub;
  cache.set(numbers.keys.all('cliAaaCL'), { items: [numberOf('numA1', 'cliAaaCL')] });
  cache.set(numbers.keys.all('cliBbbCL'), { items: [numberOf('numB1', 'cliBbbCL')] });
  cache.set(numbers.keys.get('numA1'), numberOf('numA1', 'cliAaaCL'));
  cache.set(numbers.keys.get('numA2'), numberOf('numA2', 'cliAaaCL'));
  cache.set(numbers.keys.get('numB1'), numberOf('numB1', 'cliBbbCL'));
  cache.set(numbers.keys.apiKeys('numA1'), []);
  cache.set(numbers.keys.list({ filters: { clientId: 'cliAaaCL' } }), { items: [] });
  cache.set(numbers.keys.list({ filters: { clientId: 'cliBbbCL' } }), { items: [] });
  cache.set(numbers.keys.list({ filters: { status: 'running' } }), { items: [] });
  cache.set(sharing.keys.list('cliAaaCL'), []);
  cache.set(sharing.keys.list('cliBbbCL'), []);
  cache.set(templates.keys.list('wabaA', {}), { items: [] });
  cache.set(templates.keys.get('wabaA', 'tpl1'), {});
  cache.set(templates.keys.list('wabaB', {}), { items: [] });
}

/** The keys marked stale, as readable strings. */
function staleKeys(hub: HubClient): string[] {
  return hub.cache
    .keys()
    .filter((key) => hub.cache.get(key)?.stale)
    .map((key) => JSON.stringify(key))
    .sort();
}

describe('client.live()', () => {
  it('refreshes exactly the keys of the number and client an event names', async () => {
    const { url } = await serve((_req, res) => {
      openStream(res);
      res.write(
        hubEvent(1, { type: 'channel_running', numberId: 'numA1', wabaAccountId: 'wabaA' }),
      );
    });
    const hub = client(url);
    seed(hub);
    const events: HubLiveEvent[] = [];
    open(hub).on('event', (event) => events.push(event));
    await vi.waitFor(() => expect(events).toHaveLength(1));
    expect(events[0]).toEqual({
      type: 'channel_running',
      clientId: 'cliAaaCL',
      numberId: 'numA1',
      wabaAccountId: 'wabaA',
      templateName: null,
      at: '2025-03-01T10:00:00.000Z',
    });
    expect(staleKeys(hub)).toEqual([
      '["numbers","all","cliAaaCL"]',
      '["numbers","get","numA1"]',
      '["numbers","list",{"filters":{"clientId":"cliAaaCL"}}]',
      '["numbers","list",{"filters":{"status":"running"}}]',
      '["sharing","list","cliAaaCL"]',
    ]);
  });

  it('refreshes every number of the client when the event names none', async () => {
    const { url } = await serve((_req, res) => {
      openStream(res);
      res.write(hubEvent(1, { type: 'account_violation' }));
    });
    const hub = client(url);
    seed(hub);
    const events: HubLiveEvent[] = [];
    open(hub).on('event', (event) => events.push(event));
    await vi.waitFor(() => expect(events).toHaveLength(1));
    expect(staleKeys(hub)).toEqual([
      '["numbers","all","cliAaaCL"]',
      '["numbers","get","numA1"]',
      '["numbers","get","numA2"]',
      '["numbers","list",{"filters":{"clientId":"cliAaaCL"}}]',
      '["numbers","list",{"filters":{"status":"running"}}]',
      '["sharing","list","cliAaaCL"]',
    ]);
  });

  it("refreshes a template event's WABA only; unknown types change nothing", async () => {
    const { url } = await serve((_req, res) => {
      openStream(res);
      res.write(hubEvent(1, { type: 'client_created' }));
      res.write(hubEvent(2, { type: 'something_new', numberId: 'numA1' }));
      res.write(
        hubEvent(3, {
          type: 'waba_template_approved',
          wabaAccountId: 'wabaA',
          templateName: 'order_update',
        }),
      );
    });
    const hub = client(url);
    seed(hub);
    const seenTypes: string[] = [];
    const stalenessAtEach: string[][] = [];
    open(hub).on('event', (event) => {
      seenTypes.push(event.type);
      stalenessAtEach.push(staleKeys(hub));
    });
    await vi.waitFor(() => expect(seenTypes).toHaveLength(3));
    expect(seenTypes).toEqual(['client_created', 'something_new', 'waba_template_approved']);
    expect(stalenessAtEach[1]).toEqual([]);
    expect(stalenessAtEach[2]).toEqual([
      '["templates","wabaA","get","tpl1"]',
      '["templates","wabaA","list",{}]',
    ]);
  });

  it('skips an event it cannot read, reports it, and applies the next', async () => {
    const { url } = await serve((_req, res) => {
      openStream(res);
      res.write('event: hub\ndata: {not json\n\n');
      res.write('event: hub\ndata: {"type":"channel_live"}\n\n');
      res.write(hubEvent(3, { type: 'channel_live', numberId: 'numA2' }));
    });
    const hub = client(url);
    seed(hub);
    const live = open(hub);
    const errors: string[] = [];
    const events: string[] = [];
    live.on('error', (error) => errors.push(error.kind));
    live.on('event', (event) => events.push(`${event.type}:${event.numberId}`));
    await vi.waitFor(() => expect(events).toEqual(['channel_live:numA2']));
    expect(errors).toEqual(['invalid_response', 'invalid_response']);
    expect(live.status).toBe('live');
    expect(hub.cache.get(hub.numbers.keys.get('numA2'))?.stale).toBe(true);
  });

  it('reopens an ended stream with the last event ID, and the session token', async () => {
    const { url, seen } = await serve((_req, res, index) => {
      openStream(res);
      if (index === 0) {
        res.write(hubEvent(41, { type: 'channel_ready', numberId: 'numA1' }));
        res.write(hubEvent(42, { type: 'channel_running', numberId: 'numA1' }));
        res.end();
      } else {
        res.write(hubEvent(43, { type: 'channel_live', numberId: 'numA1' }));
      }
    });
    const hub = client(url);
    const live = open(hub);
    const statuses: string[] = [];
    live.on('status', (status) => statuses.push(status));
    const ids: string[] = [];
    live.on('event', (event) => ids.push(event.type));
    await vi.waitFor(() =>
      expect(ids).toEqual(['channel_ready', 'channel_running', 'channel_live']),
    );
    expect(seen).toEqual([
      { authorization: 'Bearer token-1', lastEventId: undefined },
      { authorization: 'Bearer token-1', lastEventId: '42' },
    ]);
    expect(statuses).toEqual(['live', 'connecting', 'live']);
  });

  it('gets a fresh session token after a 401 and shares tokens with the transport', async () => {
    const { url, seen } = await serve((req, res) => {
      if (req.headers.authorization !== 'Bearer token-2') {
        res.writeHead(401, { 'content-type': 'application/json' }).end('{}');
        return;
      }
      openStream(res);
    });
    let minted = 0;
    const sessionToken = vi.fn(async () => `token-${++minted}`);
    const hub = client(url, sessionToken);
    const live = open(hub);
    await vi.waitFor(() => expect(live.status).toBe('live'));
    expect(seen.map((s) => s.authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
    expect(sessionToken).toHaveBeenCalledTimes(2);
  });

  it('polls the affected lists where there is no stream (404), and says so', async () => {
    const { url, seen } = await serve((_req, res) => {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{}');
    });
    const hub = client(url);
    let reads = 0;
    const unsubscribe = hub.cache.subscribe(hub.numbers.keys.all('cliAaaCL'), () => undefined);
    await hub.cache.fetch(hub.numbers.keys.all('cliAaaCL'), async () => ++reads);
    let otherReads = 0;
    const other = hub.cache.subscribe(['billing', 'balance', 'cliAaaCL'], () => undefined);
    await hub.cache.fetch(['billing', 'balance', 'cliAaaCL'], async () => ++otherReads);
    const live = open(hub, { pollInterval: 10 });
    const errors: string[] = [];
    live.on('error', (error) => errors.push(`${error.kind} ${error.status}`));
    await vi.waitFor(() => expect(reads).toBeGreaterThanOrEqual(3));
    expect(live.status).toBe('polling');
    expect(otherReads).toBe(1);
    expect(seen).toHaveLength(1);
    expect(errors).toEqual(['not_found 404']);
    unsubscribe();
    other();
  });

  it('polls after repeated network failures and goes live once the stream answers', async () => {
    const { url, seen } = await serve((_req, res, index) => {
      if (index < 3) res.socket?.destroy();
      else openStream(res);
    });
    const hub = client(url);
    const live = open(hub, { failuresBeforePolling: 2, pollInterval: 1000 });
    const statuses: string[] = [];
    live.on('status', (status) => statuses.push(status));
    await vi.waitFor(() => expect(live.status).toBe('live'));
    expect(seen).toHaveLength(4);
    expect(statuses).toEqual(['polling', 'live']);
  });

  it('stops the stream, its retries and polling on close', async () => {
    const { url, seen } = await serve((_req, res) => {
      res.writeHead(404).end();
    });
    const hub = client(url);
    let reads = 0;
    const unsubscribe = hub.cache.subscribe(hub.numbers.keys.all('cliAaaCL'), () => undefined);
    await hub.cache.fetch(hub.numbers.keys.all('cliAaaCL'), async () => ++reads);
    const live = open(hub, { pollInterval: 10 });
    await vi.waitFor(() => expect(reads).toBeGreaterThanOrEqual(2));
    live.close();
    expect(live.status).toBe('closed');
    const readsAtClose = reads;
    // Ten poll intervals: a timer left running would have read again by now.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(reads).toBe(readsAtClose);
    expect(seen).toHaveLength(1);
    unsubscribe();
  });

  it('shares one stream between holds; the last close ends it', async () => {
    let ended = 0;
    const { url, seen } = await serve((req, res) => {
      openStream(res);
      res.write(hubEvent(1, { type: 'channel_live', numberId: 'numA1' }));
      req.on('close', () => ended++);
    });
    const hub = client(url);
    const first = open(hub);
    const second = open(hub);
    const heard: string[] = [];
    const off = hub.onLiveEvent((event) => heard.push(event.type));
    await vi.waitFor(() => expect(heard).toEqual(['channel_live']));
    first.close();
    expect(second.status).toBe('live');
    second.close();
    await vi.waitFor(() => expect(ended).toBe(1));
    expect(seen).toHaveLength(1);
    off();
  });
});
