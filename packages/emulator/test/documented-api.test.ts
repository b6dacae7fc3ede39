import { describe, expect, it, vi } from 'vitest';
import { createEmulator, DEMO_API_KEY, DEMO_PARTNER_ID, type EmulatorState } from '../src/index.js';

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
