// @hub/core against the emulator, for the calls whose answers the Hub documents only loosely: the
// change endpoints that answer a bare "200", where capabilities come from, and list pages with an
// item the SDK cannot read. The emulator runs as an HTTP server where the HTTP matters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, DEMO_API_KEY, DEMO_PARTNER_ID } from '@hub/emulator';
import { startEmulator, type RunningEmulator } from '@hub/emulator/node';
import { CAPABILITIES, createHubClient, type HubNumber } from '../src/index.js';

const OWN = 'bNapo1CL';

function clientOn(fetch: typeof globalThis.fetch, extra: object = {}) {
  return createHubClient({
    partnerId: DEMO_PARTNER_ID,
    baseUrl: 'http://hub.test/api/v2',
    auth: { apiKey: DEMO_API_KEY },
    fetch,
    retry: 0,
    ...extra,
  });
}

describe('changes the Hub answers with a bare 200', () => {
  let server: RunningEmulator;
  beforeAll(async () => {
    server = await startEmulator({ port: 0, rateLimits: false });
  });
  afterAll(() => server.close());

  const hub = () =>
    createHubClient({
      partnerId: DEMO_PARTNER_ID,
      baseUrl: server.url,
      auth: { apiKey: DEMO_API_KEY },
    });
  const running = async (): Promise<HubNumber> =>
    (await hub().numbers.list({ filters: { clientId: OWN, status: 'running' } })).items[0]!;

  it('cancels and revokes, reading the number back over HTTP', async () => {
    const client = hub();
    const number = await running();
    const cancelled = await client.numbers.cancelSubscription(number);
    expect(cancelled.status).toBe('pending_deletion');
    expect(cancelled.terminatedAt).not.toBeNull();
    const revoked = await client.numbers.revokeCancellation(cancelled);
    expect(revoked.status).toBe('running');
  });

  it('requests a display name and shows it under review', async () => {
    const number = await running();
    const updated = await hub().numbers.requestDisplayNameChange(number, 'Bella Napoli Roma');
    expect(updated.requestedDisplayName).toBe('Bella Napoli Roma');
    expect(updated.displayNameStatus).toBe('pending_review');
  });

  it('turns Signals on and off', async () => {
    const number = (await hub().numbers.list({ filters: { clientId: OWN } })).items[0]!;
    await expect(hub().numbers.setSignals(number, true)).resolves.toBeUndefined();
    await expect(hub().numbers.setSignals(number, false)).resolves.toBeUndefined();
  });
});

describe('a change that happened is never reported as a failure', () => {
  it('returns the number as it must now be when the read-back fails', async () => {
    const emulator = createEmulator({ rateLimits: false });
    let readsFail = false;
    const client = clientOn(async (input, init) => {
      const request = new Request(input, init);
      if (readsFail && request.method === 'GET') return new Response('down', { status: 503 });
      return emulator.fetch(request);
    });
    const number = (await client.numbers.list({ filters: { clientId: OWN, status: 'running' } }))
      .items[0]!;
    readsFail = true;
    const cancelled = await client.numbers.cancelSubscription(number);
    expect(cancelled).toMatchObject({ id: number.id, status: 'pending_deletion' });
    expect(emulator.state.channels.find((c) => c.id === number.id)!.status).toBe(
      'pending_deletion',
    );
    const other = emulator.state.channels.find(
      (c) => c.client_id === OWN && c.id !== number.id && c.status !== 'pending_deletion',
    )!;
    readsFail = false;
    const second = await client.numbers.get(other.id);
    readsFail = true;
    const named = await client.numbers.requestDisplayNameChange(second, 'Bella Napoli Uno');
    expect(named.requestedDisplayName).toBe('Bella Napoli Uno');
  });

  it('sends a change once, even when its answer is unreadable', async () => {
    const emulator = createEmulator({ rateLimits: false });
    let posts = 0;
    const client = clientOn(async (input, init) => {
      const request = new Request(input, init);
      if (request.method === 'POST') {
        posts++;
        await emulator.fetch(request);
        return new Response('{"half', { status: 200 });
      }
      return emulator.fetch(request);
    });
    const number = (await client.numbers.list({ filters: { clientId: OWN, status: 'running' } }))
      .items[0]!;
    const updated = await client.numbers.requestDisplayNameChange(number, 'Bella Napoli Due');
    expect(posts).toBe(1);
    expect(updated.requestedDisplayName).toBe('Bella Napoli Due');
  });
});

describe('where capabilities come from', () => {
  it('a partner key may do everything, without asking', async () => {
    const requests: string[] = [];
    const emulator = createEmulator();
    const client = clientOn((input, init) => {
      requests.push(new Request(input, init).url);
      return emulator.fetch(input, init);
    });
    const permissions = await client.permissions.get(OWN);
    expect([...permissions.capabilities].sort()).toEqual([...CAPABILITIES].sort());
    expect(requests).toEqual([]);
  });

  it('the client option wins', async () => {
    const client = clientOn(createEmulator().fetch, { capabilities: ['numbers:read'] });
    expect([...(await client.permissions.get(OWN)).capabilities]).toEqual(['numbers:read']);
  });

  it("a session token asks the partner server's session endpoint; another client's session grants nothing", async () => {
    const asked: string[] = [];
    const client = createHubClient({
      partnerId: DEMO_PARTNER_ID,
      baseUrl: 'https://portal.test/hub-api',
      auth: { sessionToken: async () => 'token' },
      fetch: async (input, init) => {
        const request = new Request(input, init);
        asked.push(`${request.method} ${new URL(request.url).pathname}`);
        return Response.json({
          client_id: OWN,
          capabilities: ['templates:read', 'not:a-capability'],
          expires_at: '2026-12-06T12:15:00Z',
        });
      },
    });
    expect([...(await client.permissions.get(OWN)).capabilities]).toEqual(['templates:read']);
    expect([...(await client.permissions.get('nRdL1cCL')).capabilities]).toEqual([]);
    expect(asked[0]).toBe('GET /hub-api/session');
  });
});

describe('list pages with an item the SDK cannot read', () => {
  it('shows the others and reports the odd one', async () => {
    const emulator = createEmulator();
    const odd = emulator.state.channels.find((c) => c.client_id === OWN)!;
    (odd as { setup_info: unknown }).setup_info = null;
    const page = await clientOn(emulator.fetch).numbers.list({
      filters: { clientId: OWN },
      limit: 100,
    });
    expect(page.items.length).toBe(
      emulator.state.channels.filter((c) => c.client_id === OWN).length - 1,
    );
    expect(page.skipped).toEqual([
      expect.objectContaining({ id: odd.id, issues: [expect.stringMatching(/^setup_info: /)] }),
    ]);
  });
});

describe('a template create, whatever the Hub answers', () => {
  const input = {
    name: 'order_shipped_notice',
    language: 'en',
    category: 'UTILITY' as const,
    components: [{ type: 'BODY', text: 'Your order has shipped.' }],
  };
  const WABA = 'bNapoWA';

  /** A client whose template creates get `answer(created)` instead of the emulator's body. */
  function answering(answer: (created: { id: string; status: string }) => BodyInit) {
    const emulator = createEmulator({ rateLimits: false });
    let posts = 0;
    const client = clientOn(async (input, init) => {
      const request = new Request(input, init);
      const response = await emulator.fetch(request);
      if (request.method !== 'POST' || !request.url.endsWith('/waba_templates')) return response;
      posts++;
      const created = (await response.json()) as { id: string; status: string };
      return new Response(answer(created), { status: 201 });
    });
    return { client, posts: () => posts };
  }

  it("reads the template back after Meta's short answer", async () => {
    const { client, posts } = answering((t) =>
      JSON.stringify({ id: t.id, status: t.status, category: 'UTILITY' }),
    );
    const template = await client.templates.create(WABA, input);
    expect(template).toMatchObject({ name: input.name, language: 'en', status: 'PENDING' });
    expect(template.components.length).toBe(1);
    expect(posts()).toBe(1);
  });

  it('finds it by name and language after an unreadable answer, sent once', async () => {
    const { client, posts } = answering(() => '{"id": ');
    const template = await client.templates.create(WABA, input);
    expect(template.id).not.toBe('');
    expect(template).toMatchObject({ name: input.name, status: 'PENDING' });
    expect(posts()).toBe(1);
  });
});
