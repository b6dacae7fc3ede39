import { getEventListeners } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { createHubClient, HubError, type HubClientOptions } from '../src/index.js';

type Reply = Response | (() => Response | Promise<Response>);

const envelope = (status: number, message: string, extra: object = {}) =>
  new Response(
    JSON.stringify({
      meta: { success: false, http_code: status, developer_message: message, ...extra },
    }),
    {
      status,
      headers: { 'content-type': 'application/json' },
    },
  );

const emptyList = () =>
  new Response(
    JSON.stringify({
      count: 0,
      total: 0,
      limit: 20,
      offset: 0,
      sort: ['-created_at'],
      partner_channels: [],
    }),
  );

/** A fetch that answers from a script and records what it was asked. */
function scripted(...replies: Reply[]) {
  const requests: Request[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request);
    const reply = replies.length > 1 ? replies.shift()! : replies[0]!;
    return typeof reply === 'function' ? reply() : reply.clone();
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, requests };
}

function client(fetch: typeof globalThis.fetch, options: Partial<HubClientOptions> = {}) {
  return createHubClient({
    partnerId: 'testPA',
    baseUrl: 'https://hub.test/api/v2',
    auth: { apiKey: 'key' },
    fetch,
    retry: { limit: 0 },
    ...options,
  });
}

async function failure(promise: Promise<unknown>): Promise<HubError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HubError);
  return error as HubError;
}

describe('HubError kinds from their HTTP causes', () => {
  it.each([
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [409, 'conflict'],
    [500, 'server'],
    [502, 'server'],
  ] as const)('HTTP %i → %s', async (status, kind) => {
    const { fetch } = scripted(envelope(status, 'nope'));
    const error = await failure(client(fetch).numbers.list());
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(error.endpoint).toBe('GET /partners/{partner_id}/channels');
    expect(error.developerMessage).toBe('nope');
  });

  it('429 → rate_limited with retryAfter', async () => {
    const { fetch } = scripted(
      new Response(
        JSON.stringify({
          meta: { success: false, http_code: 429, developer_message: 'slow down' },
        }),
        {
          status: 429,
          headers: { 'retry-after': '30' },
        },
      ),
    );
    const error = await failure(client(fetch).numbers.list());
    expect(error).toMatchObject({ kind: 'rate_limited', retryAfter: 30 });
    expect(error.message).toContain('30 seconds');
  });

  it("the Hub's 400 'exceeded the limit' (camelCase envelope) → rate_limited", async () => {
    const { fetch } = scripted(
      new Response(
        JSON.stringify({
          meta: {
            success: false,
            httpCode: 400,
            developerMessage: 'You have exceeded the limit of 1 request every 5 seconds',
          },
        }),
        { status: 400 },
      ),
    );
    expect(await failure(client(fetch).numbers.list())).toMatchObject({
      kind: 'rate_limited',
      retryAfter: 5,
    });
  });

  it('400 → invalid_request with the details mapped to fields', async () => {
    const { fetch } = scripted(
      envelope(400, 'Wrong payload', {
        details: [
          'name: use only lower-case letters',
          { loc: ['body', 'components', 0, 'text'], msg: 'field required' },
          'something else',
        ],
      }),
    );
    const error = await failure(
      client(fetch).templates.create('wabaWA', {
        name: 'X',
        language: 'en',
        category: 'UTILITY',
        components: [],
      }),
    );
    expect(error.kind).toBe('invalid_request');
    expect(error.fieldErrors).toEqual([
      { path: 'name', message: 'use only lower-case letters' },
      { path: 'components.0.text', message: 'field required' },
      { path: '', message: 'something else' },
    ]);
    expect(error.message).toBe(
      'Some of the details entered are not valid: name: use only lower-case letters',
    );
  });

  it('a failed fetch → network', async () => {
    const { fetch } = scripted(() => {
      throw new TypeError('fetch failed');
    });
    expect((await failure(client(fetch).numbers.list())).kind).toBe('network');
  });

  it('lets go of the caller’s signal once each answer is read', async () => {
    // One signal spans every page of a long list: it must not keep a listener per request.
    const { fetch } = scripted(emptyList());
    const hub = client(fetch);
    const controller = new AbortController();
    for (let page = 0; page < 12; page++) {
      await hub.transport.request({
        method: 'GET',
        route: 'channels',
        schema: z.unknown(),
        signal: controller.signal,
      });
    }
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('no answer in time → timeout', async () => {
    const { fetch } = scripted(() => new Promise<Response>(() => undefined));
    expect((await failure(client(fetch, { timeout: 30 }).numbers.list())).kind).toBe('timeout');
  });

  const oddChannel = {
    id: 'aCH',
    client_id: 'bCL',
    status: 7,
    created_at: 'x',
    setup_info: { phone_number: '+1' },
  };
  const goodChannel = { ...oddChannel, id: 'cCH', status: 'running' };

  it('one malformed item → the other items, and the odd one reported as skipped', async () => {
    const body = { total: 2, partner_channels: [oddChannel, goodChannel] };
    const { fetch } = scripted(new Response(JSON.stringify(body)));
    const page = await client(fetch).numbers.list();
    expect(page.items.map((n) => n.id)).toEqual(['cCH']);
    expect(page.skipped).toEqual([
      { index: 0, id: 'aCH', issues: [expect.stringMatching(/^status: /)] },
    ]);
    expect(page.nextOffset).toBeUndefined();
  });

  it('a wrong envelope → invalid_response naming the endpoint and the field path', async () => {
    const { fetch } = scripted(new Response(JSON.stringify({ total: 1, partner_channels: {} })));
    const error = await failure(client(fetch).numbers.list());
    expect(error.kind).toBe('invalid_response');
    expect(error.endpoint).toBe('GET /partners/{partner_id}/channels');
    expect(error.fieldErrors[0]?.path).toBe('partner_channels');
    expect(error.message).toContain('partner_channels');
  });

  it('keeps a quality rating it does not know, to be shown as such', async () => {
    const channel = { ...goodChannel, current_quality_rating: 'PURPLE' };
    const body = {
      total: 2,
      partner_channels: [channel, { ...goodChannel, id: 'dCH', current_quality_rating: 'NA' }],
    };
    const { fetch } = scripted(new Response(JSON.stringify(body)));
    const page = await client(fetch).numbers.list();
    expect(page.items.map((n) => [n.qualityRating, n.unknownQualityRating])).toEqual([
      ['UNKNOWN', 'PURPLE'],
      ['UNKNOWN', null],
    ]);
  });

  it('the one item asked for by id is read strictly', async () => {
    const body = { total: 1, partner_channels: [oddChannel] };
    const { fetch } = scripted(new Response(JSON.stringify(body)));
    const error = await failure(client(fetch).numbers.get('aCH'));
    expect(error.kind).toBe('invalid_response');
    expect(error.fieldErrors[0]?.path).toBe('status');
  });

  it('malformed JSON → invalid_response', async () => {
    const { fetch } = scripted(new Response('{"count": 1, "partner_chan'));
    expect((await failure(client(fetch).numbers.list())).kind).toBe('invalid_response');
  });

  it("keeps the caller's AbortError", async () => {
    const { fetch } = scripted(() => new Promise<Response>(() => undefined));
    const controller = new AbortController();
    const read = client(fetch).numbers.list({}, { signal: controller.signal });
    controller.abort();
    await expect(read).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('retries', () => {
  it('retries idempotent reads on 5xx and recovers', async () => {
    const { fetch, requests } = scripted(envelope(503, 'busy'), envelope(500, 'oops'), emptyList());
    const page = await client(fetch, { retry: { limit: 3, baseDelay: 1 } }).numbers.list();
    expect(page.total).toBe(0);
    expect(requests).toHaveLength(3);
  });

  it('never sends a create twice, whatever the failure', async () => {
    for (const reply of [
      envelope(503, 'busy'),
      () => Promise.reject(new TypeError('fetch failed')),
    ]) {
      const { fetch, requests } = scripted(reply);
      const hub = client(fetch, { retry: { limit: 5, baseDelay: 1 } });
      await expect(
        hub.templates.create('wabaWA', {
          name: 'x',
          language: 'en',
          category: 'UTILITY',
          components: [],
        }),
      ).rejects.toBeInstanceOf(HubError);
      expect(requests).toHaveLength(1);
    }
  });

  it('honours Retry-After', async () => {
    const limited = new Response('{}', { status: 429, headers: { 'retry-after': '1' } });
    const { fetch, requests } = scripted(limited, emptyList());
    const started = Date.now();
    await client(fetch, { retry: { limit: 2, baseDelay: 1 } }).numbers.list();
    expect(requests).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('does not wait out a Retry-After longer than maxRetryAfter', async () => {
    const limited = new Response('{}', { status: 429, headers: { 'retry-after': '120' } });
    const { fetch, requests } = scripted(limited, emptyList());
    const error = await failure(
      client(fetch, { retry: { limit: 2, maxRetryAfter: 10 } }).numbers.list(),
    );
    expect(error).toMatchObject({ kind: 'rate_limited', retryAfter: 120 });
    expect(requests).toHaveLength(1);
  });
});

describe('auth', () => {
  it('sends the API key as X-API-Key', async () => {
    const { fetch, requests } = scripted(emptyList());
    await client(fetch).numbers.list();
    expect(requests[0]!.headers.get('x-api-key')).toBe('key');
    expect(requests[0]!.url).toBe('https://hub.test/api/v2/partners/testPA/channels');
  });

  it('on a 401 fetches a fresh session token once and retries', async () => {
    const { fetch, requests } = scripted(envelope(401, 'expired'), emptyList());
    let n = 0;
    const sessionToken = vi.fn(async () => `token-${++n}`);
    await client(fetch, { auth: { sessionToken } }).numbers.list();
    expect(sessionToken).toHaveBeenCalledTimes(2);
    expect(requests.map((r) => r.headers.get('authorization'))).toEqual([
      'Bearer token-1',
      'Bearer token-2',
    ]);
  });

  it('gives up after one refresh', async () => {
    const { fetch, requests } = scripted(envelope(401, 'expired'));
    const sessionToken = vi.fn(async () => 'token');
    const error = await failure(client(fetch, { auth: { sessionToken } }).numbers.list());
    expect(error.kind).toBe('unauthorized');
    expect(requests).toHaveLength(2);
  });

  it('reuses the session token between requests', async () => {
    const { fetch } = scripted(emptyList());
    const sessionToken = vi.fn(async () => 'token');
    const hub = client(fetch, { auth: { sessionToken } });
    await hub.numbers.list();
    await hub.numbers.list({ limit: 5 });
    expect(sessionToken).toHaveBeenCalledTimes(1);
  });
});
