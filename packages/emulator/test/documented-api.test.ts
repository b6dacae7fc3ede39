import { describe, expect, it, vi } from 'vitest';
import {
  createEmulator,
  DEMO_API_KEY,
  DEMO_PARTNER_ID,
  parseState,
  type EmulatorState,
} from '../src/index.js';

const base = `https://portal.example/api/v2/partners/${DEMO_PARTNER_ID}`;

type Emulator = ReturnType<typeof createEmulator>;

async function send(emulator: Emulator, method: string, path: string, body?: unknown) {
  const response = await emulator.handle(
    new Request(`${base}${path}`, {
      method,
      headers: { 'x-api-key': DEMO_API_KEY, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const list = (emulator: Emulator, path: string, filters?: object, sort?: string) => {
  const query = new URLSearchParams({ limit: '1000' });
  if (filters) query.set('filters', JSON.stringify(filters));
  if (sort) query.set('sort', sort);
  return send(emulator, 'GET', `${path}?${query.toString()}`);
};

/** The Hub's 400 envelope with exactly these details. */
const wrongPayload = (details: string[]) => ({
  status: 400,
  body: { meta: { success: false, http_code: 400, developer_message: 'Wrong payload', details } },
});

/** A channel of `clientId` in `status` (or any status), from the seeded state. */
function channelOf(state: EmulatorState, clientId: string, status?: string) {
  const channel = state.channels.find(
    (c) => c.client_id === clientId && (status === undefined || c.status === status),
  );
  if (!channel) throw new Error(`no ${status ?? ''} channel of ${clientId} in the seed`);
  return channel;
}

const channelPath = (channel: { id: string; client_id: string }, action: string) =>
  `/clients/${channel.client_id}/channels/${channel.id}/${action}`;

describe('list keys: only the documented ones', () => {
  it('channels: documented filters work, waba_account.id and other extras are a 400', async () => {
    const emulator = createEmulator();
    const sample = channelOf(emulator.state, 'bNapo1CL');
    const documented = {
      q: 'bella',
      status: sample.status,
      client_id: sample.client_id,
      current_quality_rating: sample.current_quality_rating,
      current_limit: sample.current_limit,
      account_mode: sample.account_mode,
      id: sample.id,
    };
    const found = await list(emulator, '/channels', documented);
    expect(found.status).toBe(200);
    expect((found.body.partner_channels as { id: string }[]).map((c) => c.id)).toEqual([sample.id]);
    for (const key of ['waba_account.id', 'tier', 'setup_info.phone_number', 'type']) {
      expect(await list(emulator, '/channels', { [key]: 'x' })).toMatchObject(
        wrongPayload([`filters: "${key}" is not a valid filter`]),
      );
    }
  });

  it('channels: the sort fields accepted so far still work, ascending and descending', async () => {
    const emulator = createEmulator();
    for (const field of [
      'created_at',
      'status',
      'setup_info.phone_number',
      'setup_info.phone_name',
    ])
      for (const sort of [field, `-${field}`])
        expect((await list(emulator, '/channels', undefined, sort)).status).toBe(200);
    expect((await list(emulator, '/channels', undefined, '-tier')).status).toBe(400);
  });

  it('templates: the name filter and date sorts are a 400; the documented keys work', async () => {
    const emulator = createEmulator();
    const path = '/waba_accounts/nRdL1WA/waba_templates';
    expect(await list(emulator, path, { name: 'order_confirmation' })).toMatchObject(
      wrongPayload(['filters: "name" is not a valid filter']),
    );
    for (const sort of ['created_at', '-modified_at', 'name']) {
      const answer = await list(emulator, path, undefined, sort);
      expect(answer.status).toBe(400);
      expect(answer.body.meta).toMatchObject({
        developer_message: 'Wrong payload',
        details: [expect.stringMatching(/^sort: /)],
      });
    }
    const named = await list(emulator, path, { 'business_templates.name': 'order_confirmation' });
    const names = (named.body.waba_templates as { name: string }[]).map((t) => t.name);
    expect(names.length).toBeGreaterThan(1);
    expect(new Set(names)).toEqual(new Set(['order_confirmation']));
    const keys = ['id', 'partner_id', 'business_templates.name', 'status', 'category', 'language'];
    for (const key of keys) {
      expect((await list(emulator, path, { [key]: 'x' })).status).toBe(200);
      expect((await list(emulator, path, undefined, `-${key}`)).status).toBe(200);
    }
  });

  it('templates: sorting by business_templates.name orders by the name', async () => {
    const emulator = createEmulator();
    const path = '/waba_accounts/nRdL1WA/waba_templates';
    const answer = await list(emulator, path, undefined, '-business_templates.name');
    const names = (answer.body.waba_templates as { name: string }[]).map((t) => t.name);
    expect(names).toEqual([...names].sort().reverse());
  });

  it('clients: documented filters and sorts work, the rest is a 400', async () => {
    const emulator = createEmulator();
    const [client] = emulator.state.clients;
    const found = await list(emulator, '/clients', {
      name: client!.name,
      status: client!.status,
      'contact_info.email': client!.contact_info.email,
      id: client!.id,
    });
    expect(found.body).toMatchObject({ total: 1, clients: [{ id: client!.id }] });
    for (const sort of ['id', 'name', '-created_at', 'modified_at'])
      expect((await list(emulator, '/clients', undefined, sort)).status).toBe(200);
    expect(await list(emulator, '/clients', { 'contact_info.country': 'DE' })).toMatchObject(
      wrongPayload(['filters: "contact_info.country" is not a valid filter']),
    );
    expect((await list(emulator, '/clients', undefined, '-status')).status).toBe(400);
  });
});

describe('invented routes are gone', () => {
  it('answers 404 for permissions and payment_portal_link, like any unknown path', async () => {
    const emulator = createEmulator();
    for (const path of ['/clients/bNapo1CL/permissions', '/clients/bNapo1CL/payment_portal_link']) {
      const answer = await send(emulator, 'GET', path);
      expect(answer).toMatchObject({ status: 404, body: { meta: { http_code: 404 } } });
      expect(emulator.requests.at(-1)).toMatchObject({ route: undefined, status: 404 });
      // Not 405 either: no method is served on these paths.
      expect((await send(emulator, 'POST', path, {})).status).toBe(404);
    }
  });

  it('enforces no per-client grants: the formerly read-only client can be changed', async () => {
    const emulator = createEmulator();
    const channel = channelOf(emulator.state, 'sHaRa6CL', 'running');
    const answer = await send(
      emulator,
      'POST',
      channelPath(channel, 'control/cancellation_request'),
      {
        enabled: true,
      },
    );
    expect(answer.status).toBe(200);
    expect(channel.status).toBe('pending_deletion');
  });
});

describe('actions with an undocumented answer reply {}', () => {
  it('cancellation and its revocation answer {} and still move the number', async () => {
    const onChange = vi.fn();
    const emulator = createEmulator({ onChange });
    const channel = channelOf(emulator.state, 'bNapo1CL', 'running');
    const path = channelPath(channel, 'control/cancellation_request');
    expect(await send(emulator, 'POST', path, { enabled: true })).toEqual({
      status: 200,
      body: {},
    });
    expect(channel).toMatchObject({ status: 'pending_deletion', cancelled_at: expect.any(String) });
    expect(await send(emulator, 'POST', path, { enabled: false })).toEqual({
      status: 200,
      body: {},
    });
    expect(channel).toMatchObject({ status: 'running', cancelled_at: null, terminated_at: null });
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('a display-name change answers {} and puts the new name under review', async () => {
    const emulator = createEmulator();
    const channel = channelOf(emulator.state, 'bNapo1CL', 'running');
    const path = channelPath(channel, 'display_name');
    expect(await send(emulator, 'POST', path, { display_name: 'Bella Napoli Centro' })).toEqual({
      status: 200,
      body: {},
    });
    expect(channel).toMatchObject({
      status: 'new_name_requested',
      setup_info: { new_phone_name: 'Bella Napoli Centro', new_name_status: 'pending_review' },
    });
    // The re-read a client does afterwards shows the request.
    const reread = await list(emulator, '/channels', { id: channel.id });
    expect(reread.body.partner_channels).toMatchObject([{ status: 'new_name_requested' }]);
  });
});

describe('Signals (enable_ctwa / disable_ctwa)', () => {
  it('sets and clears the per-channel flag, answers {} and records a change', async () => {
    const onChange = vi.fn();
    const emulator = createEmulator({ onChange });
    const channel = channelOf(emulator.state, 'kTeCo5CL');
    expect(await send(emulator, 'POST', channelPath(channel, 'enable_ctwa'))).toEqual({
      status: 200,
      body: {},
    });
    expect(emulator.state.signals).toEqual([channel.id]);
    expect(onChange).toHaveBeenCalledTimes(1);
    // Enabling again is harmless: still one entry.
    await send(emulator, 'POST', channelPath(channel, 'enable_ctwa'));
    expect(emulator.state.signals).toEqual([channel.id]);
    expect(await send(emulator, 'POST', channelPath(channel, 'disable_ctwa'))).toEqual({
      status: 200,
      body: {},
    });
    expect(emulator.state.signals).toEqual([]);
    expect(onChange).toHaveBeenCalledTimes(3);
  });

  it('works on a state without the Signals list (older data files)', async () => {
    const emulator = createEmulator();
    delete emulator.state.signals;
    const channel = channelOf(emulator.state, 'kTeCo5CL');
    expect((await send(emulator, 'POST', channelPath(channel, 'disable_ctwa'))).status).toBe(200);
    expect((await send(emulator, 'POST', channelPath(channel, 'enable_ctwa'))).status).toBe(200);
    expect(emulator.state.signals).toEqual([channel.id]);
  });

  it('answers 404 for an unknown client, an unknown channel or another client’s channel', async () => {
    const emulator = createEmulator();
    const own = channelOf(emulator.state, 'kTeCo5CL');
    const foreign = channelOf(emulator.state, 'bNapo1CL');
    for (const action of ['enable_ctwa', 'disable_ctwa']) {
      for (const path of [
        `/clients/nope0CL/channels/${own.id}/${action}`,
        `/clients/kTeCo5CL/channels/nope0CH/${action}`,
        `/clients/kTeCo5CL/channels/${foreign.id}/${action}`,
      ]) {
        expect(await send(emulator, 'POST', path)).toMatchObject({
          status: 404,
          body: { meta: { success: false, http_code: 404 } },
        });
      }
    }
    expect(emulator.state.signals).toEqual([]);
  });

  it('answers 405 to other methods on the new paths', async () => {
    const emulator = createEmulator();
    const channel = channelOf(emulator.state, 'kTeCo5CL');
    for (const method of ['GET', 'PUT', 'DELETE']) {
      expect((await send(emulator, method, channelPath(channel, 'enable_ctwa'))).status).toBe(405);
      expect((await send(emulator, method, channelPath(channel, 'disable_ctwa'))).status).toBe(405);
    }
  });
});

describe('per-channel usage: GET …/clients/{cid}/channels/{chid}/info/usage', () => {
  const day = 86_400_000;
  const now = Date.UTC(2026, 5, 15, 12);
  const usagePath = (channel: { id: string; client_id: string }, query: string) =>
    `${channelPath(channel, 'info/usage')}?${query}`;
  /** A usage row with prices in minor units, so sums compare exactly. */
  const inMinor = (row: Record<string, number | string>) =>
    Object.fromEntries(
      Object.entries(row).map(([key, value]) => [
        key,
        key.endsWith('_price') ? Math.round(Number(value) * 100) : value,
      ]),
    );
  const sumRows = (rows: Record<string, number | string>[][]) => {
    const out = new Map<string, Record<string, number | string>>();
    for (const list of rows) {
      for (const row of list.map(inMinor)) {
        const sum = out.get(row.period_date as string) ?? { period_date: row.period_date! };
        for (const [key, value] of Object.entries(row)) {
          if (key !== 'period_date') sum[key] = Number(sum[key] ?? 0) + Number(value);
        }
        out.set(row.period_date as string, sum);
      }
    }
    return [...out.values()];
  };

  it('requires start_date: 400 without it, in the Hub envelope', async () => {
    const emulator = createEmulator({ now: () => now });
    const channel = channelOf(emulator.state, 'bNapo1CL', 'running');
    expect(await send(emulator, 'GET', usagePath(channel, 'granularity=DAY'))).toMatchObject(
      wrongPayload(['start_date: required']),
    );
    expect(await send(emulator, 'GET', usagePath(channel, 'start_date=soon'))).toMatchObject(
      wrongPayload(['start_date: value is not a valid integer']),
    );
    const start = (now - 3 * day) / 1000;
    expect(
      await send(emulator, 'GET', usagePath(channel, `start_date=${start}&granularity=WEEK`)),
    ).toMatchObject(wrongPayload(['granularity: must be DAY or MONTH']));
  });

  it('answers 404 for an unknown client or channel and for a channel of another client', async () => {
    const emulator = createEmulator({ now: () => now });
    const own = channelOf(emulator.state, 'kTeCo5CL');
    const foreign = channelOf(emulator.state, 'bNapo1CL');
    const query = `start_date=${(now - 3 * day) / 1000}`;
    for (const path of [
      `/clients/nope0CL/channels/${own.id}/info/usage?${query}`,
      `/clients/kTeCo5CL/channels/nope0CH/info/usage?${query}`,
      `/clients/kTeCo5CL/channels/${foreign.id}/info/usage?${query}`,
    ]) {
      expect(await send(emulator, 'GET', path)).toMatchObject({
        status: 404,
        body: { meta: { success: false, http_code: 404 } },
      });
    }
  });

  it('answers the balance body’s row format, monthly by default, daily on request', async () => {
    const emulator = createEmulator({ now: () => now });
    const channel = channelOf(emulator.state, 'nRdL1cCL', 'live');
    const start = Date.UTC(2026, 3, 20) / 1000;
    const end = Date.UTC(2026, 5, 10) / 1000;
    const monthly = await send(
      emulator,
      'GET',
      usagePath(channel, `start_date=${start}&end_date=${end}`),
    );
    expect(monthly.status).toBe(200);
    expect(Object.keys(monthly.body).sort()).toEqual(['currency', 'granularity', 'usage']);
    expect(monthly.body).toMatchObject({ currency: 'eur', granularity: 'month' });
    const months = monthly.body.usage as Record<string, number | string>[];
    expect(months.map((r) => r.period_date)).toEqual([
      '2026-04-01T00:00:00Z',
      '2026-05-01T00:00:00Z',
      '2026-06-01T00:00:00Z',
    ]);
    const daily = await send(
      emulator,
      'GET',
      usagePath(channel, `start_date=${start}&end_date=${end}&granularity=DAY`),
    );
    expect(daily.body.granularity).toBe('day');
    const days = daily.body.usage as Record<string, number>[];
    expect(days).toHaveLength(52);
    for (const row of days) {
      expect(row).toMatchObject({
        quantity: expect.any(Number),
        paid_quantity: expect.any(Number),
        free_quantity: expect.any(Number),
        total_price: expect.any(Number),
        marketing_quantity: expect.any(Number),
        marketing_paid_quantity: expect.any(Number),
        marketing_price: expect.any(Number),
      });
      expect(row.paid_quantity! + row.free_quantity!).toBe(row.quantity);
      expect(row.marketing_paid_quantity!).toBeLessThanOrEqual(row.marketing_quantity!);
    }
    expect(days.some((r) => r.quantity! > 0)).toBe(true);
    // The months are the sums of their days.
    expect(sumRows([days]).length).toBe(52);
    const april = days.filter((r) => String(r.period_date).startsWith('2026-04'));
    expect(months[0]!.quantity).toBe(april.reduce((n, r) => n + r.quantity!, 0));
  });

  it('the channels’ rows add up to the client balance rows for the same range', async () => {
    const emulator = createEmulator({ now: () => now, rateLimits: false });
    const start = (now - 75 * day) / 1000;
    const end = now / 1000;
    let split = 0;
    for (const client of emulator.state.clients) {
      const channels = emulator.state.channels.filter((c) => c.client_id === client.id);
      for (const granularity of ['DAY', 'MONTH']) {
        const query = `start_date=${start}&end_date=${end}&granularity=${granularity}`;
        const balance = await send(emulator, 'GET', `/clients/${client.id}/info/balance?${query}`);
        const perChannel = await Promise.all(
          channels.map(async (c) => {
            const answer = await send(emulator, 'GET', usagePath(c, query));
            expect(answer.body.currency).toBe(balance.body.currency);
            return answer.body.usage as Record<string, number | string>[];
          }),
        );
        expect(sumRows(perChannel)).toEqual(
          (balance.body.usage as Record<string, number | string>[]).map(inMinor),
        );
        // A real split: every billed number carries usage, numbers never billed carry none.
        const totals = perChannel.map((rows) => rows.reduce((n, r) => n + Number(r.quantity), 0));
        channels.forEach((c, i) => {
          if (c.billing_started_at === null) expect(totals[i]).toBe(0);
          else expect(totals[i]).toBeGreaterThan(0);
        });
        split = Math.max(split, totals.filter((t) => t > 0).length);
      }
    }
    expect(split).toBeGreaterThan(1);
  });

  it('has no rate limit, unlike the client balance', async () => {
    const emulator = createEmulator({ now: () => now });
    const channel = channelOf(emulator.state, 'bNapo1CL', 'running');
    const query = `start_date=${(now - 2 * day) / 1000}`;
    for (let i = 0; i < 12; i++)
      expect((await send(emulator, 'GET', usagePath(channel, query))).status).toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await send(emulator, 'GET', '/clients/bNapo1CL/info/balance')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });
});

describe('template edit: PATCH /v1/partners/{pid}/waba_accounts/{wa}/waba_templates/{id}', () => {
  const waba = 'nRdL1WA';
  const v1 = (id: string, origin = 'https://hub.example') =>
    `${origin}/v1/partners/${DEMO_PARTNER_ID}/waba_accounts/${waba}/waba_templates/${id}`;
  const components = [
    {
      type: 'BODY',
      text: 'Hallo {{1}}, deine Reise nach {{2}} ist bestätigt.',
      example: { body_text: [['Anna', 'Oslo']] },
    },
  ];

  async function patch(
    emulator: Emulator,
    url: string,
    body: unknown,
    headers: Record<string, string> = { 'x-api-key': DEMO_API_KEY },
  ) {
    const response = await emulator.handle(
      new Request(url, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      }),
    );
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  const rejectedTemplate = (state: EmulatorState) => {
    const template = state.templates.find(
      (t) => t.waba_account_id === waba && t.status === 'rejected',
    );
    if (!template) throw new Error('no rejected template in the seed');
    return template;
  };

  it('accepts components (and allow_category_change) at the root of the Hub origin', async () => {
    const onChange = vi.fn();
    const emulator = createEmulator({ onChange });
    const template = rejectedTemplate(emulator.state);
    const category = template.category;
    const answer = await patch(emulator, v1(template.id), {
      components,
      allow_category_change: true,
    });
    expect(answer).toEqual({ status: 200, body: { success: true } });
    expect(template).toMatchObject({
      status: 'pending',
      components,
      category,
      rejected_reason: null,
    });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(emulator.requests.at(-1)).toEqual({
      method: 'PATCH',
      api: 'v1',
      path: `/v1/partners/${DEMO_PARTNER_ID}/waba_accounts/${waba}/waba_templates/${template.id}`,
      route:
        'PATCH /v1/partners/:partner_id/waba_accounts/:waba_account_id/waba_templates/:template_id',
      status: 200,
      fault: undefined,
    });
  });

  it('no longer accepts PATCH on the /api/v2 path: 405, DELETE lives there', async () => {
    const emulator = createEmulator();
    const template = rejectedTemplate(emulator.state);
    const before = structuredClone(template);
    const answer = await send(
      emulator,
      'PATCH',
      `/waba_accounts/${waba}/waba_templates/${template.id}`,
      {
        components,
      },
    );
    expect(answer).toMatchObject({ status: 405, body: { meta: { http_code: 405 } } });
    expect(template).toEqual(before);
  });

  it('refuses name, language, category and anything else, and a missing components', async () => {
    const emulator = createEmulator();
    const template = rejectedTemplate(emulator.state);
    const before = structuredClone(template);
    for (const [field, value] of [
      ['name', 'renamed'],
      ['language', 'fr'],
      ['category', 'MARKETING'],
      ['parameter_format', 'NAMED'],
    ] as const) {
      expect(await patch(emulator, v1(template.id), { components, [field]: value })).toMatchObject(
        wrongPayload([`${field}: cannot be changed by an edit`]),
      );
    }
    expect(await patch(emulator, v1(template.id), { allow_category_change: true })).toMatchObject(
      wrongPayload(['components: required']),
    );
    expect(
      await patch(emulator, v1(template.id), { components, allow_category_change: 'yes' }),
    ).toMatchObject(wrongPayload(['allow_category_change: value is not a valid boolean']));
    expect(template).toEqual(before);
  });

  it('keeps Meta’s rules: editable statuses, validation, approved once in 24 hours', async () => {
    let clock = Date.UTC(2026, 5, 1);
    const emulator = createEmulator({ now: () => clock, templateReviewDelayMs: 1000 });
    const pending = emulator.state.templates.find(
      (t) => t.waba_account_id === waba && t.status === 'pending',
    )!;
    expect((await patch(emulator, v1(pending.id), { components })).status).toBe(400);
    const approved = emulator.state.templates.find(
      (t) => t.waba_account_id === waba && t.status === 'approved',
    )!;
    const invalid = await patch(emulator, v1(approved.id), {
      components: [{ type: 'BODY', text: '' }],
    });
    expect(invalid).toMatchObject({
      status: 400,
      body: { meta: { developer_message: 'Wrong payload' } },
    });
    expect((await patch(emulator, v1(approved.id), { components })).status).toBe(200);
    clock += 2000;
    // Reviewed and approved again (reviews settle on the next template request).
    expect((await send(emulator, 'GET', `/waba_accounts/${waba}/waba_templates`)).status).toBe(200);
    expect(approved.status).toBe('approved');
    expect(await patch(emulator, v1(approved.id), { components })).toMatchObject({
      status: 400,
      body: { meta: { developer_message: expect.stringMatching(/once in 24 hours/) } },
    });
    expect((await patch(emulator, v1('404404'), { components })).status).toBe(404);
  });

  it('needs the partner credentials and the right partner; works below a prefix too', async () => {
    const emulator = createEmulator();
    const template = rejectedTemplate(emulator.state);
    expect((await patch(emulator, v1(template.id), { components }, {})).status).toBe(401);
    const other = v1(template.id).replace(DEMO_PARTNER_ID, 'otherPA');
    expect((await patch(emulator, other, { components })).status).toBe(403);
    const prefixed = await patch(emulator, v1(template.id, 'https://portal.example/hub'), {
      components,
    });
    expect(prefixed).toEqual({ status: 200, body: { success: true } });
  });
});

describe('payment type is per partner account', () => {
  it('the client list carries no payment_type, even from a state that still has one', async () => {
    const state = createEmulator().state;
    for (const client of state.clients)
      (client as unknown as Record<string, unknown>).payment_type = 'direct';
    const emulator = createEmulator({ state });
    const answer = await list(emulator, '/clients');
    const clients = answer.body.clients as Record<string, unknown>[];
    expect(clients).toHaveLength(7);
    for (const client of clients) expect(client).not.toHaveProperty('payment_type');
    expect(createEmulator().state.clients.some((c) => 'payment_type' in c)).toBe(false);
  });

  it('drops payment_type from older data files', () => {
    const state = createEmulator().state;
    const older = {
      ...state,
      clients: state.clients.map((c) => ({ ...c, payment_type: 'partner' })),
    };
    const parsed = parseState(JSON.stringify(older), 'older.json');
    expect(parsed.clients.some((c) => 'payment_type' in c)).toBe(false);
  });
});
