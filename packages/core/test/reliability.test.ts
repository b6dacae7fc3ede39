// Every failure is a HubError within its deadline: unparseable or far-off rate-limit hints, bodies
// that stall after their headers, mutated payloads, a DELETE whose answer was lost, and servers
// that ignore paging. Fake fetches play the Hub where it misbehaves; the emulator plays it otherwise.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEmulator, DEMO_API_KEY, DEMO_PARTNER_ID } from '@hub/emulator';
import { createHubClient, HubError, isHubError, type HubClient } from '../src/index.js';

const CLIENT = 'bNapo1CL';
const WABA = 'bNapoWA';

function clientOn(fetch: typeof globalThis.fetch, extra: object = {}): HubClient {
  return createHubClient({
    partnerId: DEMO_PARTNER_ID,
    baseUrl: 'http://hub.test/api/v2',
    auth: { apiKey: DEMO_API_KEY },
    fetch,
    retry: { limit: 2, baseDelay: 1, maxDelay: 5, maxRetryAfter: 10 },
    ...extra,
  });
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error as HubError,
  );

describe('rate-limit hints', () => {
  it.each([['soon'], ['NaN'], ['-5'], ['Wed, 99 Foo 2026']])(
    'an unparseable Retry-After (%s) is no hint: default backoff, bounded',
    async (value) => {
      let calls = 0;
      const client = clientOn(async () => {
        calls++;
        return new Response('{}', { status: 429, headers: { 'retry-after': value } });
      });
      const error = await failure(client.numbers.list());
      expect(error.kind).toBe('rate_limited');
      expect(calls).toBe(3);
    },
  );

  it.each([
    ['retry-after', '3600'],
    ['ratelimit-reset', '3600'],
    ['x-ratelimit-reset', String(Math.floor(Date.now() / 1000) + 3600)],
  ])('a long %s is not waited out: rate_limited at once, with retryAfter', async (name, value) => {
    let calls = 0;
    const client = clientOn(async () => {
      calls++;
      return new Response('{}', { status: 429, headers: { [name]: value } });
    });
    const error = await failure(client.numbers.list());
    expect(error.kind).toBe('rate_limited');
    expect(error.retryAfter).toBeGreaterThan(3500);
    expect(calls).toBe(1);
  });

  it('stops waiting and retrying when the caller aborts', async () => {
    const client = clientOn(
      async () => new Response('{}', { status: 503, headers: { 'retry-after': '9' } }),
    );
    const controller = new AbortController();
    const pending = client.numbers.list({}, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('left the page')), 20);
    await expect(pending).rejects.toThrow('left the page');
  });
});

describe('a body that stalls after its headers', () => {
  const stalled: typeof fetch = async () =>
    new Response(
      new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"total": 1, "partner_chan'));
        },
      }),
      { status: 200, headers: { 'content-type': 'application/json' } },
    );
  const calls: [string, (c: HubClient) => Promise<unknown>][] = [
    ['numbers.list', (c) => c.numbers.list()],
    ['numbers.get', (c) => c.numbers.get('001bNaCH')],
    ['clients.get', (c) => c.clients.get(CLIENT)],
    ['templates.list', (c) => c.templates.list(WABA)],
    ['waba.get', (c) => c.waba.get(WABA)],
    ['billing.balance', (c) => c.billing.balance(CLIENT)],
    ['billing.partnerBalance', (c) => c.billing.partnerBalance()],
    ['activity.daily', (c) => c.activity.daily(CLIENT, { from: '2026-11-01', to: '2026-11-07' })],
    [
      'templates.create',
      (c) =>
        c.templates.create(WABA, {
          name: 'x_y',
          language: 'en',
          category: 'UTILITY',
          components: [{ type: 'BODY', text: 'Hi' }],
        }),
    ],
  ];

  it.each(calls)('%s times out as a HubError', async (_, call) => {
    const client = clientOn(stalled, { timeout: 50, retry: 0 });
    const error = await failure(call(client));
    expect(isHubError(error)).toBe(true);
    expect(['timeout', 'invalid_response']).toContain(error.kind);
  });
});

describe('exactly once, as the caller sees it', () => {
  it('a DELETE whose answer was lost and whose retry finds nothing has deleted', async () => {
    const emulator = createEmulator({ rateLimits: false });
    const template = emulator.state.templates.find((t) => t.waba_account_id === WABA)!;
    let deletes = 0;
    const client = clientOn(async (input, init) => {
      const request = new Request(input, init);
      const response = await emulator.fetch(request);
      if (request.method === 'DELETE' && ++deletes === 1) throw new TypeError('connection reset');
      return response;
    });
    await expect(client.templates.delete(WABA, template.id)).resolves.toBeUndefined();
    expect(deletes).toBe(2);
    expect(emulator.state.templates.some((t) => t.id === template.id)).toBe(false);
  });
});

describe('pagination always ends', () => {
  it('stops when the server ignores the offset', async () => {
    const emulator = createEmulator({ rateLimits: false });
    let requests = 0;
    const client = clientOn(async (input, init) => {
      requests++;
      const request = new Request(input, init);
      const url = new URL(request.url);
      url.searchParams.delete('offset');
      const answer = (await (await emulator.fetch(new Request(url, request))).json()) as Record<
        string,
        unknown
      >;
      // Ten in all, three per page, always the first three: paging ignored.
      return Response.json({ ...answer, total: 10, offset: 0 });
    });
    const seen = [];
    for await (const number of client.numbers.iterate({ limit: 3 })) seen.push(number.id);
    expect(requests).toBeLessThanOrEqual(2);
    expect(new Set(seen).size).toBe(3);
  });
});

describe('only HubError leaves the client', () => {
  /** Replaces one leaf of `value` (chosen by `pick`) with `replacement`. */
  function mutate(value: unknown, pick: number, replacement: unknown): unknown {
    let index = 0;
    const walk = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(walk);
      if (v && typeof v === 'object') {
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
      }
      return index++ === pick ? replacement : v;
    };
    return walk(value);
  }

  it('turns any mutated answer into a result or a HubError, never a crash or a hang', async () => {
    const emulator = createEmulator({ rateLimits: false });
    const calls: ((c: HubClient) => Promise<unknown>)[] = [
      (c) => c.billing.balance('nRdL1cCL'),
      (c) => c.activity.daily('nRdL1cCL', { from: '2026-11-01', to: '2026-11-30' }),
      (c) => c.numbers.list({ filters: { clientId: CLIENT } }),
      (c) => c.templates.list(WABA),
      (c) => c.billing.partnerBalance(),
      (c) => c.waba.get(WABA),
      (c) => c.clients.get(CLIENT),
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: calls.length - 1 }),
        fc.nat(400),
        fc.oneof(
          fc.constantFrom('abc', '1e400', '-1', '', 'EURO', '12.345.6', null, -1e21, 1e21, NaN),
          fc.jsonValue(),
        ),
        async (which, pick, replacement) => {
          const client = clientOn(
            async (input, init) => {
              const response = await emulator.fetch(new Request(input, init));
              const text = await response.text();
              const body = text ? mutate(JSON.parse(text), pick, replacement) : undefined;
              return new Response(body === undefined ? '' : JSON.stringify(body), {
                status: response.status,
                headers: response.headers,
              });
            },
            { retry: 0, timeout: 2000 },
          );
          try {
            await calls[which]!(client);
          } catch (error) {
            expect(error, String(error)).toBeInstanceOf(HubError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
