import { createHubClient, type HubError } from '@hub/core';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_API_KEY, DEMO_PARTNER_ID, DEMO_PASSWORD, DEMO_USERNAME } from '../src/index.js';
import type { RunningEmulator } from '../src/node.js';
import { draft, sdk, serve } from './helpers.js';

const templatesRoute = 'POST /partners/:partner_id/waba_accounts/:waba_account_id/waba_templates';
const channelsRoute = 'GET /partners/:partner_id/channels';

let server: RunningEmulator | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('under injected faults', () => {
  it('never sends a create twice: a dropped answer surfaces, the template exists once', async () => {
    server = await serve({ faults: [{ route: templatesRoute, dropRate: 1 }] });
    const hub = sdk(server, { retry: { limit: 5, baseDelay: 1 } });
    const error = await hub.templates
      .create('bNapoWA', draft('dropped_answer'))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'network' });
    const posts = server.emulator.requests.filter((r) => r.route === templatesRoute);
    expect(posts).toHaveLength(1);
    expect(server.emulator.state.templates.filter((t) => t.name === 'dropped_answer')).toHaveLength(
      1,
    );
  });

  it('never sends a create twice on 5xx, 429 or malformed answers', async () => {
    server = await serve({
      faults: [
        { route: templatesRoute, errorRate: 1, errorStatus: 503, times: 1 },
        { route: templatesRoute, rateLimitBurst: 1, retryAfterSeconds: 0 },
        { route: templatesRoute, malformedRate: 1 },
      ],
    });
    const hub = sdk(server, { retry: { limit: 5, baseDelay: 1 } });
    const kinds: string[] = [];
    for (const name of ['five_hundred', 'rate_limited']) {
      const error = (await hub.templates
        .create('bNapoWA', draft(name))
        .catch((e: unknown) => e)) as HubError;
      kinds.push(error.kind);
    }
    expect(kinds).toEqual(['server', 'rate_limited']);
    // A 2xx with a garbled body made the template: it is read back, not reported as a failure.
    const made = await hub.templates.create('bNapoWA', draft('malformed'));
    expect(made).toMatchObject({ name: 'malformed', status: 'PENDING' });
    expect(server.emulator.requests.filter((r) => r.route === templatesRoute)).toHaveLength(3);
  });

  it('reads recover from latency, 5xx, 429 bursts, dropped connections and malformed JSON', async () => {
    server = await serve({
      seed: 7,
      faults: [
        { route: channelsRoute, rateLimitBurst: 2, retryAfterSeconds: 0 },
        {
          route: channelsRoute,
          latencyMs: [0, 5],
          errorRate: 0.25,
          dropRate: 0.15,
          malformedRate: 0.15,
        },
      ],
    });
    const hub = sdk(server, { retry: { limit: 8, baseDelay: 1, maxDelay: 5 } });
    for (let i = 0; i < 12; i++) {
      const page = await hub.numbers.list({ limit: 5, offset: i });
      expect(page.items.length).toBeGreaterThan(0);
    }
    const faults = new Set(server.emulator.requests.map((r) => r.fault).filter(Boolean));
    expect([...faults].sort()).toEqual(['drop', 'error', 'malformed', 'rate_limit']);
  });

  it('a schema-breaking item is skipped and reported; the rest of the page is shown', async () => {
    server = await serve({ faults: [{ route: channelsRoute, schemaBreakRate: 1 }] });
    const page = await sdk(server).numbers.list();
    // breakSchema nulls the first item's id: one item unreadable, not the whole page.
    expect(page.skipped).toEqual([
      { index: 0, id: undefined, issues: [expect.stringMatching(/^id: /)] },
    ]);
    expect(page.items).toHaveLength(19);
    expect(page.items.every((n) => typeof n.id === 'string')).toBe(true);
  });

  it('times out on a slow route', async () => {
    server = await serve({ faults: [{ route: channelsRoute, latencyMs: 300 }] });
    const error = await sdk(server, { timeout: 50, retry: 0 })
      .numbers.list()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'timeout' });
  });

  it('faults can be changed at run time over HTTP', async () => {
    server = await serve();
    const base = server.url;
    const control = { 'x-api-key': DEMO_API_KEY, 'content-type': 'application/json' };
    await fetch(`${base}/__emulator/faults`, {
      method: 'PUT',
      headers: control,
      body: JSON.stringify([{ route: channelsRoute, errorRate: 1, errorStatus: 502 }]),
    });
    await expect(sdk(server, { retry: 0 }).numbers.list()).rejects.toMatchObject({
      kind: 'server',
      status: 502,
    });
    await fetch(`${base}/__emulator/faults`, { method: 'DELETE', headers: control });
    await expect(sdk(server, { retry: 0 }).numbers.list()).resolves.toBeDefined();
  });
});

describe('auth over HTTP', () => {
  it('401 for a wrong key, 403 for another partner', async () => {
    server = await serve();
    const wrongKey = createHubClient({
      baseUrl: server.url,
      partnerId: DEMO_PARTNER_ID,
      auth: { apiKey: 'wrong' },
      retry: 0,
    });
    await expect(wrongKey.numbers.list()).rejects.toMatchObject({
      kind: 'unauthorized',
      status: 401,
    });
    const otherPartner = createHubClient({
      baseUrl: server.url,
      partnerId: 'otherPA',
      auth: { apiKey: DEMO_API_KEY },
      retry: 0,
    });
    await expect(otherPartner.numbers.list()).rejects.toMatchObject({
      kind: 'forbidden',
      status: 403,
    });
  });

  it('logs in with POST /token and refreshes an expired Bearer token once', async () => {
    let clock = Date.now();
    server = await serve({ now: () => clock, tokenTtlSeconds: 60 });
    const url = server.url;
    let logins = 0;
    const sessionToken = async () => {
      logins += 1;
      const response = await fetch(`${url}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: DEMO_USERNAME, password: DEMO_PASSWORD }),
      });
      const body = (await response.json()) as { access_token: string; token_type: string };
      expect(body.token_type).toBe('bearer');
      return body.access_token;
    };
    const hub = createHubClient({
      baseUrl: url,
      partnerId: DEMO_PARTNER_ID,
      auth: { sessionToken },
    });
    await hub.clients.list();
    const tokenRequest = await fetch(`${url}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: DEMO_USERNAME, password: 'bad' }),
    });
    expect(tokenRequest.status).toBe(401);
    expect(await tokenRequest.json()).toMatchObject({ error: 'invalid_grant' });
    await hub.clients.list({ limit: 1 });
    expect(logins).toBe(1);
    clock += 61_000;
    await hub.clients.list({ limit: 2 });
    expect(logins).toBe(2);
    const statuses = server.emulator.requests
      .filter((r) => r.path.endsWith('/clients'))
      .map((r) => r.status);
    expect(statuses).toEqual([200, 200, 401, 200]);
  });
});
