// The partner webhooks the emulator posts as its state changes (hub-api.md §17).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createEmulator,
  DEMO_API_KEY,
  DEMO_PARTNER_ID,
  type Emulator,
  type EmulatorOptions,
} from '../src/index.js';
import { checkState } from '../src/persist.js';
import { draft, serve } from './helpers.js';

const HOOK = 'https://partner.example/hub-webhooks?secret=s3cret';
const START = Date.parse('2026-12-10T09:00:00Z');

interface Sent {
  url: string;
  headers: Headers;
  body: { id: string; event: string; data: Record<string, unknown> };
}

const open: Emulator[] = [];
afterEach(() => {
  for (const emulator of open.splice(0)) emulator.close();
});

/** An emulator on a fake clock whose webhooks land in `sent` (answered 200). */
function setup(options: EmulatorOptions = {}) {
  const clock = { now: START };
  const sent: Sent[] = [];
  const emulator = createEmulator({
    rateLimits: false,
    now: () => clock.now,
    webhookUrl: HOOK,
    deliverWebhook: async (request) => {
      sent.push({
        url: request.url,
        headers: request.headers,
        body: (await request.json()) as Sent['body'],
      });
      return new Response(null, { status: 200 });
    },
    ...options,
  });
  open.push(emulator);
  const call = (path: string, init: RequestInit = {}) =>
    emulator.fetch(`https://hub.test/api/v2/partners/${DEMO_PARTNER_ID}${path}`, {
      ...init,
      headers: { 'x-api-key': DEMO_API_KEY, 'content-type': 'application/json' },
    });
  return { emulator, clock, sent, call };
}

const cancel = (call: ReturnType<typeof setup>['call'], enabled: boolean) =>
  call('/clients/bNapo1CL/channels/001bNaCH/control/cancellation_request', {
    method: 'POST',
    body: JSON.stringify({ enabled }),
  });

async function listedChannel(call: ReturnType<typeof setup>['call'], id: string) {
  const filters = encodeURIComponent(JSON.stringify({ id }));
  const page = (await (await call(`/channels?filters=${filters}`)).json()) as {
    partner_channels: Record<string, unknown>[];
  };
  return page.partner_channels[0];
}

describe('channel webhooks', () => {
  it('announces a cancellation request and its revocation with the channel as listed', async () => {
    const { emulator, sent, call } = setup();
    expect((await cancel(call, true)).status).toBe(200);
    await emulator.webhooks.idle();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe(HOOK);
    expect(sent[0]!.headers.get('content-type')).toBe('application/json');
    const request = sent[0]!.body;
    expect(request.id).toBe('000rzEV');
    expect(request.event).toBe('cancellation_request');
    expect(request.data).toMatchObject({
      id: '001bNaCH',
      client_id: 'bNapo1CL',
      status: 'pending_deletion',
      cancelled_at: '2026-12-10T09:00:00.000Z',
      terminated_at: '2026-12-31T23:59:59.000Z',
      waba_account: { id: 'bNapoWA' },
    });
    expect(request.data).toEqual(await listedChannel(call, '001bNaCH'));

    expect((await cancel(call, false)).status).toBe(200);
    await emulator.webhooks.idle();
    expect(sent.map((s) => [s.body.id, s.body.event, s.body.data.status])).toEqual([
      ['000rzEV', 'cancellation_request', 'pending_deletion'],
      ['000s0EV', 'cancellation_revoke', 'running'],
    ]);
  });

  it('sends nothing for a request that changes nothing', async () => {
    const { emulator, sent, call } = setup();
    expect((await cancel(call, false)).status).toBe(200);
    await emulator.webhooks.idle();
    expect(sent).toEqual([]);
  });

  it('follows a number signed up on the hosted page through its statuses, in order', async () => {
    const { emulator, clock, sent } = setup();
    const form = new URLSearchParams({
      client_id: 'bNapo1CL',
      action: 'signup',
      phone_number: '+49 151 5550 1234',
      display_name: 'Napoli Delivery',
    });
    const page = await emulator.fetch(
      `https://hub.test/dashboard/app/${DEMO_PARTNER_ID}/permissions`,
      { method: 'POST', body: form, redirect: 'manual' },
    );
    expect(page.status).toBe(303);
    // Past all three steps at once: each status still gets its own event.
    clock.now += 15_000;
    emulator.advance();
    await emulator.webhooks.idle();
    expect(sent.map((s) => [s.body.event, s.body.data.status, s.body.data.modified_at])).toEqual([
      ['channel_created', 'created', '2026-12-10T09:00:00.000Z'],
      ['channel_submitted', 'submitted', '2026-12-10T09:00:05.000Z'],
      ['channel_ready', 'ready', '2026-12-10T09:00:10.000Z'],
      ['channel_running', 'running', '2026-12-10T09:00:15.000Z'],
    ]);
    expect(new Set(sent.map((s) => s.body.data.id)).size).toBe(1);
    expect(sent[0]!.body.data).toMatchObject({
      client_id: 'bNapo1CL',
      setup_info: { phone_number: '+4915155501234', phone_name: 'Napoli Delivery' },
    });
  });
});

describe('template webhooks', () => {
  it('announces review outcomes with the template as the list shows it', async () => {
    const { emulator, clock, sent, call } = setup({ templateReviewDelayMs: 5_000 });
    const base = '/waba_accounts/bNapoWA/waba_templates';
    for (const name of ['table_booked', 'reject_me']) {
      const created = await call(base, { method: 'POST', body: JSON.stringify(draft(name)) });
      expect(created.status).toBe(201);
    }
    emulator.advance();
    expect(sent).toEqual([]);
    clock.now += 5_000;
    emulator.advance();
    await emulator.webhooks.idle();
    expect(
      sent.map((s) => [
        s.body.event,
        s.body.data.name,
        s.body.data.status,
        s.body.data.rejected_reason,
      ]),
    ).toEqual([
      ['waba_template_approved', 'table_booked', 'approved', null],
      ['waba_template_rejected', 'reject_me', 'rejected', 'INVALID_FORMAT'],
    ]);
    expect(sent[0]!.body.data.waba_account_id).toBe('bNapoWA');
    const filters = encodeURIComponent(
      JSON.stringify({ 'business_templates.name': 'table_booked' }),
    );
    const list = (await (await call(`${base}?filters=${filters}`)).json()) as {
      waba_templates: Record<string, unknown>[];
    };
    expect(sent[0]!.body.data).toEqual(list.waba_templates[0]);
  });

  it('sends review outcomes on its own timer, without another request', async () => {
    const sent: string[] = [];
    const emulator = createEmulator({
      rateLimits: false,
      templateReviewDelayMs: 30,
      webhookUrl: HOOK,
      deliverWebhook: async (request) => {
        sent.push(((await request.json()) as Sent['body']).event);
        return new Response(null, { status: 204 });
      },
    });
    open.push(emulator);
    const created = await emulator.fetch(
      `https://hub.test/api/v2/partners/${DEMO_PARTNER_ID}/waba_accounts/bNapoWA/waba_templates`,
      {
        method: 'POST',
        headers: { 'x-api-key': DEMO_API_KEY, 'content-type': 'application/json' },
        body: JSON.stringify(draft('timer_check')),
      },
    );
    expect(created.status).toBe(201);
    await vi.waitFor(() => expect(sent).toEqual(['waba_template_approved']), { timeout: 2_000 });
  });
});

describe('delivery', () => {
  it('sends no webhook without a URL', async () => {
    const deliver = vi.fn(async () => new Response(null, { status: 200 }));
    const { emulator, call } = setup({ webhookUrl: undefined, deliverWebhook: deliver });
    expect((await cancel(call, true)).status).toBe(200);
    emulator.advance();
    await emulator.webhooks.idle();
    expect(deliver).not.toHaveBeenCalled();
    expect(emulator.webhooks.deliveries).toEqual([]);
  });

  it('retries failures with the same id until a 2xx', async () => {
    const ids: string[] = [];
    const answers = [503, 'network', 200] as const;
    const { emulator, call } = setup({
      webhookDelivery: { retryDelayMs: 1 },
      deliverWebhook: async (request) => {
        ids.push(((await request.json()) as Sent['body']).id);
        const answer = answers[ids.length - 1];
        if (answer === 'network') throw new TypeError('fetch failed');
        return new Response(null, { status: answer });
      },
    });
    await cancel(call, true);
    await emulator.webhooks.idle();
    expect(ids).toEqual(['000rzEV', '000rzEV', '000rzEV']);
    expect(emulator.webhooks.deliveries).toEqual([
      {
        id: '000rzEV',
        event: 'cancellation_request',
        url: HOOK,
        attempts: 3,
        status: 200,
        outcome: 'delivered',
      },
    ]);
  });

  it('gives up after the configured attempts, and times out a hanging endpoint', async () => {
    let calls = 0;
    const { emulator, call } = setup({
      webhookDelivery: { attempts: 2, retryDelayMs: 1, timeoutMs: 20 },
      deliverWebhook: () => {
        calls += 1;
        return new Promise<Response>(() => undefined);
      },
    });
    // A hanging endpoint never holds up the emulator's answers.
    expect((await cancel(call, true)).status).toBe(200);
    await emulator.webhooks.idle();
    expect(calls).toBe(2);
    expect(emulator.webhooks.deliveries[0]).toMatchObject({
      attempts: 2,
      status: undefined,
      outcome: 'failed',
    });
  });

  it('keeps the order of one channel while an earlier event is retried', async () => {
    const seen: string[] = [];
    let failFirst = true;
    const { emulator, call } = setup({
      webhookDelivery: { retryDelayMs: 5 },
      deliverWebhook: async (request) => {
        const { event } = (await request.json()) as Sent['body'];
        seen.push(event);
        if (failFirst) {
          failFirst = false;
          return new Response(null, { status: 500 });
        }
        return new Response(null, { status: 200 });
      },
    });
    await cancel(call, true);
    await cancel(call, false);
    await emulator.webhooks.idle();
    expect(seen).toEqual(['cancellation_request', 'cancellation_request', 'cancellation_revoke']);
  });

  it('posts JSON over HTTP with the configured headers', async () => {
    const received: { path: string; headers: Record<string, unknown>; body: string }[] = [];
    const partner = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        received.push({ path: req.url ?? '', headers: req.headers, body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
    const { port } = partner.address() as AddressInfo;
    const server = await serve({
      rateLimits: false,
      webhookUrl: `http://127.0.0.1:${port}/hub-webhooks?secret=s3cret`,
      webhookHeaders: { 'x-webhook-secret': 'from-proxy' },
    });
    try {
      const response = await fetch(
        `${server.url}/partners/${DEMO_PARTNER_ID}/clients/bNapo1CL/channels/001bNaCH/control/cancellation_request`,
        {
          method: 'POST',
          headers: { 'x-api-key': DEMO_API_KEY, 'content-type': 'application/json' },
          body: '{"enabled":true}',
        },
      );
      expect(response.status).toBe(200);
      await server.emulator.webhooks.idle();
      expect(received).toHaveLength(1);
      expect(received[0]!.path).toBe('/hub-webhooks?secret=s3cret');
      expect(received[0]!.headers['content-type']).toBe('application/json');
      expect(received[0]!.headers['x-webhook-secret']).toBe('from-proxy');
      expect(JSON.parse(received[0]!.body)).toMatchObject({
        id: '000rzEV',
        event: 'cancellation_request',
        data: { id: '001bNaCH', status: 'pending_deletion' },
      });
    } finally {
      await server.close();
      partner.close();
    }
  });
});

describe('webhook URL endpoints', () => {
  it('registers the URL with POST …/webhook_url or PATCH /partners/{pid}, then sends there', async () => {
    const { emulator, sent, call } = setup({ webhookUrl: undefined });
    expect(await (await call('/webhook_url')).json()).toEqual({ webhook_url: null });

    const posted = await call('/webhook_url', {
      method: 'POST',
      body: JSON.stringify({ webhook_url: 'https://one.example/hooks' }),
    });
    expect(posted.status).toBe(200);
    expect(await posted.json()).toEqual({ webhook_url: 'https://one.example/hooks' });
    expect(await (await call('/webhook_url')).json()).toEqual({
      webhook_url: 'https://one.example/hooks',
    });

    const patched = await call('', {
      method: 'PATCH',
      body: JSON.stringify({ webhook_url: 'https://two.example/hooks?secret=x' }),
    });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toEqual({
      id: DEMO_PARTNER_ID,
      webhook_url: 'https://two.example/hooks?secret=x',
    });
    await cancel(call, true);
    await emulator.webhooks.idle();
    expect(sent.map((s) => [s.url, s.body.event])).toEqual([
      ['https://two.example/hooks?secret=x', 'cancellation_request'],
    ]);
  });

  it('refuses a missing or malformed URL and fields it does not model', async () => {
    const { emulator, call } = setup({ webhookUrl: undefined });
    for (const [method, path, body, detail] of [
      ['POST', '/webhook_url', {}, 'webhook_url: this field is required'],
      [
        'POST',
        '/webhook_url',
        { webhook_url: 'not a url' },
        'webhook_url: invalid or missing URL scheme',
      ],
      [
        'PATCH',
        '',
        { webhook_url: 'ftp://x.example/' },
        'webhook_url: invalid or missing URL scheme',
      ],
      [
        'PATCH',
        '',
        { webhook_url: 'https://x.example/', logo_url: 'https://x.example/logo.png' },
        'logo_url: not modelled by the emulator (only webhook_url)',
      ],
    ] as const) {
      const response = await call(path, { method, body: JSON.stringify(body) });
      expect(response.status, `${method} ${JSON.stringify(body)}`).toBe(400);
      const envelope = (await response.json()) as { meta: { details: string[] } };
      expect(envelope.meta.details).toEqual([detail]);
    }
    expect(emulator.state.webhookUrl).toBeUndefined();
    const anonymous = await emulator.fetch(
      `https://hub.test/api/v2/partners/${DEMO_PARTNER_ID}/webhook_url`,
    );
    expect(anonymous.status).toBe(401);
  });

  it('refuses a data file whose webhook URL is not a string', () => {
    const state = structuredClone(createEmulator().state) as unknown as Record<string, unknown>;
    state.webhookUrl = 42;
    expect(() => checkState(state, 'x.json')).toThrow(/webhookUrl/);
  });
});
