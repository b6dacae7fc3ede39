import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEMO_PARTNER_ID } from '@hub/emulator';
import { createMemoryRateLimitStore, type RateLimitStore } from '../src/index.js';
import { call, idsOf, setup } from './fixtures.js';

const OWN = 'bNapo1CL';
const OTHER = 'nRdL1cCL';
const P = `/partners/${DEMO_PARTNER_ID}`;
const enc = (value: unknown) => encodeURIComponent(JSON.stringify(value));

describe('answers', () => {
  it('keeps the Hub status, body and Retry-After, and drops every other Hub header', async () => {
    const { emulator, sessions, proxy } = setup();
    emulator.faults.set([{ route: /channels/, rateLimitBurst: 1, retryAfterSeconds: 7 }]);
    const { token } = await sessions.mint({ clientId: OWN });
    const limited = await call(proxy, token, 'GET', `${P}/channels`);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect((await limited.json()).meta.http_code).toBe(429);
    const ok = await call(proxy, token, 'GET', `${P}/channels`);
    expect(ok.status).toBe(200);
    expect([...ok.headers.keys()].sort()).toEqual([
      'cache-control',
      'content-type',
      'x-content-type-options',
    ]);
  });

  it("answers the session's own capabilities without asking the Hub", async () => {
    const { emulator, sessions, proxy } = setup();
    const minted = await sessions.mint({ clientId: OWN, capabilities: ['numbers:read'] });
    const before = emulator.requests.length;
    const response = await call(proxy, minted.token, 'GET', '/session');
    expect(await response.json()).toEqual({
      client_id: OWN,
      capabilities: ['numbers:read'],
      expires_at: minted.expiresAt,
    });
    expect(emulator.requests.length).toBe(before);
  });

  it('withholds a list answer that carries another client, as a 502', async () => {
    const { emulator, sessions } = setup();
    const { proxy } = setup({
      proxy: {
        // A Hub that ignores the client filter.
        fetch: (input, init) => {
          const url = new URL(input instanceof Request ? input.url : String(input));
          url.searchParams.delete('filters');
          return emulator.fetch(url, init);
        },
      },
    });
    const { token } = await sessions.mint({ clientId: OWN });
    const response = await call(proxy, token, 'GET', `${P}/channels?limit=100`);
    expect(response.status).toBe(502);
    expect(await response.text()).not.toContain(OTHER);
  });
});

describe('answers the browser never gets as they are', () => {
  it("withholds the partner's own data about the client", async () => {
    const { emulator, sessions, proxy } = setup();
    emulator.state.clients.find((c) => c.id === OWN)!.partner_payload = 'crm-secret-42';
    const { token } = await sessions.mint({ clientId: OWN });
    const text = await (await call(proxy, token, 'GET', `${P}/clients`)).text();
    expect(JSON.parse(text).clients[0].id).toBe(OWN);
    expect(text).not.toContain('crm-secret-42');
  });

  it.each([
    ['a redirect', () => new Response('', { status: 302, headers: { location: 'http://x' } })],
    [
      'HTML',
      () =>
        new Response('<script>alert(1)</script>', {
          status: 200,
          headers: { 'content-type': 'text/html' },
        }),
    ],
  ])('turns %s from the Hub into a 502', async (_, answer) => {
    const { sessions, proxy } = setup({ proxy: { fetch: async () => answer() } });
    const { token } = await sessions.mint({ clientId: OWN });
    const response = await call(proxy, token, 'GET', `${P}/clients/${OWN}/info/balance`);
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.text()).not.toContain('<script>');
  });

  it('is a 504 when the Hub stalls after its headers', async () => {
    const { sessions, proxy } = setup({
      proxy: {
        timeoutMs: 50,
        fetch: async (_input, init) =>
          new Response(
            new ReadableStream({
              start(controller) {
                controller.enqueue(new TextEncoder().encode('{"a":'));
                init?.signal?.addEventListener('abort', () =>
                  controller.error(init.signal!.reason),
                );
              },
            }),
            { headers: { 'content-type': 'application/json' } },
          ),
      },
    });
    const { token } = await sessions.mint({ clientId: OWN });
    const response = await call(proxy, token, 'GET', `${P}/clients/${OWN}/info/balance`);
    expect(response.status).toBe(504);
  });
});

describe('the Hub failing', () => {
  it('is a 502 when the partner key is refused, not a 401 that would renew sessions', async () => {
    const { sessions, proxy } = setup({ sessions: { apiKey: 'wrong-key' } });
    const { token } = await sessions.mint({ clientId: OWN });
    expect((await call(proxy, token, 'GET', `${P}/channels`)).status).toBe(502);
    expect((await call(proxy, token, 'GET', `${P}/waba_accounts/bNapoWA`)).status).toBe(502);
  });

  it('is a 502 when unreachable and a 504 when too slow', async () => {
    const down = setup({ proxy: { fetch: () => Promise.reject(new TypeError('fetch failed')) } });
    const a = await down.sessions.mint({ clientId: OWN });
    expect((await call(down.proxy, a.token, 'GET', `${P}/channels`)).status).toBe(502);

    const hanging = setup({
      proxy: {
        timeoutMs: 50,
        fetch: (_input, init) =>
          new Promise((_, reject) =>
            init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)),
          ),
      },
    });
    const b = await hanging.sessions.mint({ clientId: OWN });
    expect((await call(hanging.proxy, b.token, 'GET', `${P}/channels`)).status).toBe(504);
  });
});

describe('request bodies', () => {
  it('refuses bodies that are too large, declared or streamed', async () => {
    const { sessions, proxy, emulator } = setup({ proxy: { maxBodyBytes: 1024 } });
    const ids = idsOf(emulator, OWN);
    const { token } = await sessions.mint({ clientId: OWN });
    const path = `/messaging/${ids.channelIds[0]}/whatsapp_business_profile`;
    const big = JSON.stringify({ about: 'x'.repeat(2000) });
    expect((await call(proxy, token, 'POST', path, big)).status).toBe(413);
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 4; i++) controller.enqueue(new TextEncoder().encode(' '.repeat(400)));
        controller.close();
      },
    });
    const streamed = await proxy(
      new Request(`http://portal.test/hub-api${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: stream,
        duplex: 'half',
      } as RequestInit),
    );
    expect(streamed.status).toBe(413);
  });

  it.each([
    ['not JSON', '{about'],
    ['an array', '[]'],
    ['a string', '"x"'],
    ['not UTF-8', new Uint8Array([0x7b, 0xff, 0x7d])],
  ])('refuses a body that is %s', async (_, body) => {
    const { sessions, proxy, emulator } = setup();
    const ids = idsOf(emulator, OWN);
    const { token } = await sessions.mint({ clientId: OWN });
    const response = await proxy(
      new Request(
        `http://portal.test/hub-api/messaging/${ids.channelIds[0]}/whatsapp_business_profile`,
        {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body,
        },
      ),
    );
    expect(response.status).toBe(400);
  });

  it('refuses fields the operation does not take, and bodies nested too deep', async () => {
    const { sessions, proxy, emulator } = setup();
    const ids = idsOf(emulator, OWN);
    const { token } = await sessions.mint({ clientId: OWN });
    const path = `/messaging/${ids.channelIds[0]}/whatsapp_business_profile`;
    const smuggled = await call(proxy, token, 'POST', path, { about: 'x', client_id: OTHER });
    expect(smuggled.status).toBe(403);
    expect(await smuggled.text()).not.toContain(OTHER);
    const deep = `{"about":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expect((await call(proxy, token, 'POST', path, deep)).status).toBe(400);
    const quoted = {
      messaging_product: 'whatsapp',
      about: '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ "\\" ]',
    };
    expect((await call(proxy, token, 'POST', path, quoted)).status).toBe(200);
  });

  it('refuses a body on a read and other methods', async () => {
    const { sessions, proxy } = setup();
    const { token } = await sessions.mint({ clientId: OWN });
    const withBody = await proxy(
      new Request(`http://portal.test/hub-api${P}/channels/x`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${token}` },
        body: '{}',
      }),
    );
    expect([400, 403]).toContain(withBody.status);
    for (const method of ['HEAD', 'PUT', 'OPTIONS']) {
      expect((await call(proxy, token, method, `${P}/channels`)).status).toBe(405);
    }
  });
});

describe('ownership lookups', () => {
  it('asks the Hub once per ID while the answer is fresh, and never remembers a no', async () => {
    let now = Date.now();
    const { emulator, sessions, proxy } = setup({
      proxy: { ownershipTtlSeconds: 60, now: () => now },
      sessions: { now: () => now },
    });
    const own = idsOf(emulator, OWN);
    const { token } = await sessions.mint({ clientId: OWN });
    const path = (channel: string) => `/messaging/${channel}/whatsapp_commerce_settings`;
    const lookups = () =>
      emulator.requests.filter((r) => r.route === 'GET /partners/:partner_id/channels').length;

    await call(proxy, token, 'GET', path(own.channelIds[0]!));
    await call(proxy, token, 'GET', path(own.channelIds[0]!));
    expect(lookups()).toBe(1);

    // A number that joins the client is reachable at once: the earlier "no" was not kept.
    const foreign = emulator.state.channels.find((c) => c.client_id === OTHER)!;
    expect((await call(proxy, token, 'GET', path(foreign.id))).status).toBe(403);
    foreign.client_id = OWN;
    expect((await call(proxy, token, 'GET', path(foreign.id))).status).toBe(200);

    // A number that leaves it stays reachable at most for the freshness window.
    foreign.client_id = OTHER;
    now += 61_000;
    expect((await call(proxy, token, 'GET', path(foreign.id))).status).toBe(403);
  });

  it('checks one lookup for concurrent requests', async () => {
    const { emulator, sessions, proxy } = setup();
    const own = idsOf(emulator, OWN);
    const { token } = await sessions.mint({ clientId: OWN });
    const path = `/v1${P}/waba_accounts/${own.wabaId}/waba_templates/${own.templateIds[0]}`;
    await Promise.all(
      Array.from({ length: 5 }, () => call(proxy, token, 'PATCH', path, { components: [] })),
    );
    const templateLookups = emulator.requests.filter(
      (r) => r.method === 'GET' && r.route?.endsWith('/waba_templates'),
    );
    expect(templateLookups.length).toBe(1);
  });
});

describe('rate limit and audit hook', () => {
  it('limits each session on its own, with Retry-After', async () => {
    const { sessions, proxy } = setup({ proxy: { rateLimit: { limit: 2, windowSeconds: 30 } } });
    const a = (await sessions.mint({ clientId: OWN })).token;
    const b = (await sessions.mint({ clientId: OWN })).token;
    const path = '/session';
    expect((await call(proxy, a, 'GET', path)).status).toBe(200);
    expect((await call(proxy, a, 'GET', path)).status).toBe(200);
    const limited = await call(proxy, a, 'GET', path);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await call(proxy, b, 'GET', path)).status).toBe(200);
  });

  it('uses a given store, so instances can share counters', async () => {
    const memory = createMemoryRateLimitStore();
    const keys: string[] = [];
    const store: RateLimitStore = {
      increment(key, windowMs, now) {
        keys.push(key);
        return memory.increment(key, windowMs, now);
      },
    };
    const first = setup({ proxy: { rateLimit: { limit: 1, store } } });
    const second = setup({ proxy: { rateLimit: { limit: 1, store } } });
    const { token } = await first.sessions.mint({ clientId: OWN });
    const path = '/session';
    expect((await call(first.proxy, token, 'GET', path)).status).toBe(200);
    expect((await call(second.proxy, token, 'GET', path)).status).toBe(429);
    expect(keys).toEqual(expect.arrayContaining([`client:${OWN}`]));
  });

  it('gives each client one budget, however many sessions it holds', async () => {
    const { sessions, proxy } = setup({
      proxy: { rateLimit: { limit: 100, clientLimit: 3 } },
    });
    const path = '/session';
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      const { token } = await sessions.mint({ clientId: OWN });
      statuses.push((await call(proxy, token, 'GET', path)).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    const other = await sessions.mint({ clientId: OTHER });
    expect((await call(proxy, other.token, 'GET', '/session')).status).toBe(200);
  });

  it('reports every request, allowed or refused, and survives a throwing hook', async () => {
    const { sessions, proxy, log } = setup();
    const { token } = await sessions.mint({ clientId: OWN, user: 'u-1' });
    await call(proxy, token, 'GET', '/session');
    await call(proxy, undefined, 'GET', `${P}/channels`);
    await call(proxy, token, 'GET', `${P}/balance`);
    expect(log.map((i) => [i.operation, i.status, i.refused, i.session?.user])).toEqual([
      ['session.get', 200, false, 'u-1'],
      [undefined, 401, true, undefined],
      [undefined, 403, true, 'u-1'],
    ]);
    const throwing = setup({
      proxy: {
        onRequest: () => {
          throw new Error('audit store down');
        },
      },
    });
    const minted = await throwing.sessions.mint({ clientId: OWN });
    expect((await call(throwing.proxy, minted.token, 'GET', '/session')).status).toBe(200);
  });
});

describe('bad input never fails the proxy', () => {
  it('answers 4xx, never 5xx, for arbitrary paths, queries, methods and bodies', async () => {
    const { sessions, proxy, emulator } = setup();
    const own = idsOf(emulator, OWN);
    const { token } = await sessions.mint({ clientId: OWN });
    const segment = fc.oneof(
      fc.constantFrom(
        'partners',
        DEMO_PARTNER_ID,
        'clients',
        OWN,
        OTHER,
        'channels',
        own.channelIds[0]!,
        'waba_accounts',
        own.wabaId,
        'waba_templates',
        'sync',
        'permissions',
        '..',
        '.',
        '',
        '%2F',
        '%252e',
        'ä',
      ),
      fc.string({ maxLength: 8 }),
    );
    const query = fc.oneof(
      fc.constant(''),
      fc.string({ maxLength: 30 }).map((s) => `?${s}`),
      fc.jsonValue().map((v) => `?filters=${enc(v)}`),
      fc.constantFrom('?limit=-1', '?offset=1e9', '?sort=__proto__', '?filters=%', '?&&'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'PATCH', 'DELETE', 'PUT'),
        fc.array(segment, { maxLength: 7 }),
        query,
        fc.option(
          fc.oneof(
            fc.string({ maxLength: 40 }),
            fc.jsonValue().map((v) => JSON.stringify(v)),
          ),
        ),
        async (method, segments, search, body) => {
          let request: Request;
          try {
            request = new Request(`http://portal.test/hub-api/${segments.join('/')}${search}`, {
              method,
              headers: { authorization: `Bearer ${token}` },
              body: method === 'GET' ? undefined : (body ?? undefined),
            });
          } catch {
            return; // Not a request a browser could send.
          }
          const response = await proxy(request);
          const text = await response.text();
          expect(response.status, text).toBeLessThan(500);
          expect(text).not.toContain(OTHER);
        },
      ),
      { numRuns: 400 },
    );
  });
});
