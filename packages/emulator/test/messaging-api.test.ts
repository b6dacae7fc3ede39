import { describe, expect, it, vi } from 'vitest';
import { createEmulator, DEMO_API_KEY, DEMO_PARTNER_ID, type EmulatorState } from '../src/index.js';
import { serve } from './helpers.js';

type Emulator = ReturnType<typeof createEmulator>;

const MESSAGING = 'https://waba-v2.360dialog.io';
const PARTNER = `https://hub.example/api/v2/partners/${DEMO_PARTNER_ID}`;

interface Sent {
  status: number;
  body: Record<string, unknown>;
}

async function call(
  emulator: Emulator,
  method: string,
  url: string,
  headers: Record<string, string> = {},
  body?: unknown,
): Promise<Sent> {
  const response = await emulator.handle(
    new Request(url, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** A request to the Messaging API with a channel's key. */
const messaging = (emulator: Emulator, key: string, method: string, path: string, body?: unknown) =>
  call(emulator, method, `${MESSAGING}${path}`, { 'D360-API-KEY': key }, body);

/** A request to the Partner API with the partner key. */
const partner = (emulator: Emulator, method: string, path: string, body?: unknown) =>
  call(emulator, method, `${PARTNER}${path}`, { 'x-api-key': DEMO_API_KEY }, body);

function channelOf(state: EmulatorState, clientId: string, status: string) {
  const channel = state.channels.find((c) => c.client_id === clientId && c.status === status);
  if (!channel) throw new Error(`no ${status} channel of ${clientId} in the seed`);
  return channel;
}

const fields = 'about,address,description,email,profile_picture_url,websites,vertical';

const unauthorized = (message: string) => ({
  status: 401,
  body: { meta: { success: false, http_code: 401, developer_message: message } },
});

describe('Messaging API authentication (D360-API-KEY)', () => {
  it('answers 401 in the meta envelope without a key, with an unknown key or a partner key', async () => {
    const emulator = createEmulator();
    for (const path of ['/whatsapp_business_profile', '/whatsapp_commerce_settings']) {
      expect(await call(emulator, 'GET', `${MESSAGING}${path}`)).toMatchObject(
        unauthorized('Missing credentials: send D360-API-KEY'),
      );
      expect(await messaging(emulator, 'nope', 'GET', path)).toMatchObject(
        unauthorized('Invalid API key'),
      );
      expect(
        await call(emulator, 'GET', `${MESSAGING}${path}`, { 'x-api-key': DEMO_API_KEY }),
      ).toMatchObject({ status: 401 });
      // A masked key as the Partner API lists it is no key either.
      const listed = Object.values(emulator.state.apiKeys)[0]![0]!.api_key;
      expect((await messaging(emulator, listed, 'GET', path)).status).toBe(401);
    }
    expect(emulator.requests.at(-1)).toMatchObject({
      api: 'messaging',
      path: '/whatsapp_commerce_settings',
      route: 'GET /whatsapp_commerce_settings',
      status: 401,
    });
  });

  it('serves the paths at the root of any origin, and the key picks the channel', async () => {
    const emulator = createEmulator();
    const bella = channelOf(emulator.state, 'bNapo1CL', 'running');
    const kite = channelOf(emulator.state, 'kTeCo5CL', 'running');
    const a = await call(emulator, 'GET', `http://127.0.0.1:1/whatsapp_business_profile`, {
      'd360-api-key': emulator.channelApiKey(bella.id),
    });
    const b = await messaging(
      emulator,
      emulator.channelApiKey(kite.id),
      'GET',
      '/whatsapp_business_profile',
    );
    expect(a.body.data).toEqual([
      { ...emulator.state.profiles[bella.id], messaging_product: 'whatsapp' },
    ]);
    expect(b.body.data).toEqual([
      { ...emulator.state.profiles[kite.id], messaging_product: 'whatsapp' },
    ]);
    expect(a.body.data).not.toEqual(b.body.data);
  });

  it('a revoked key stops working; the new one works', async () => {
    const emulator = createEmulator();
    const channel = channelOf(emulator.state, 'bNapo1CL', 'running');
    const old = emulator.channelApiKey(channel.id);
    expect((await messaging(emulator, old, 'GET', '/whatsapp_commerce_settings')).status).toBe(200);
    const created = await partner(emulator, 'POST', `/channels/${channel.id}/api_keys`);
    expect(created.status).toBe(201);
    const fresh = created.body.api_key as string;
    expect((await messaging(emulator, old, 'GET', '/whatsapp_commerce_settings')).status).toBe(401);
    expect((await messaging(emulator, fresh, 'GET', '/whatsapp_commerce_settings')).status).toBe(
      200,
    );
    expect(emulator.channelApiKey(channel.id)).toBe(fresh);
    const keyId = created.body.id as string;
    await partner(emulator, 'DELETE', `/channels/${channel.id}/api_keys/${keyId}`);
    expect((await messaging(emulator, fresh, 'GET', '/whatsapp_commerce_settings')).status).toBe(
      401,
    );
  });

  it('the Partner-API paths of profile and commerce are gone (404)', async () => {
    const emulator = createEmulator();
    const channel = channelOf(emulator.state, 'bNapo1CL', 'running');
    for (const resource of ['whatsapp_business_profile', 'whatsapp_commerce_settings']) {
      for (const method of ['GET', 'POST']) {
        const answer = await partner(
          emulator,
          method,
          `/channels/${channel.id}/${resource}`,
          method === 'POST' ? {} : undefined,
        );
        expect(answer).toMatchObject({ status: 404, body: { meta: { http_code: 404 } } });
        expect(emulator.requests.at(-1)).toMatchObject({ api: 'partner', route: undefined });
      }
    }
    // Nor are they served below /api/v2 without the partner part, or below a phone-number ID.
    const key = emulator.channelApiKey(channel.id);
    for (const url of [
      'https://hub.example/api/v2/whatsapp_business_profile',
      `${MESSAGING}/1234567890/whatsapp_business_profile`,
    ]) {
      expect((await call(emulator, 'GET', url, { 'd360-api-key': key })).status).toBe(404);
    }
  });
});

describe('emulator.channelApiKey', () => {
  it('returns the current key of a seeded channel without revoking it', () => {
    const onChange = vi.fn();
    const emulator = createEmulator({ onChange });
    const channel = channelOf(emulator.state, 'bNapo1CL', 'running');
    const listed = emulator.state.apiKeys[channel.id]!;
    expect(listed).toHaveLength(1);
    const key = emulator.channelApiKey(channel.id);
    expect(key).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(listed[0]!.api_key).toBe(`****${key.slice(-4)}`);
    expect(emulator.state.apiKeys[channel.id]).toBe(listed);
    expect(emulator.channelApiKey(channel.id)).toBe(key);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('creates a key, as the Partner API would, for a channel without one', async () => {
    const onChange = vi.fn();
    const emulator = createEmulator({ onChange });
    const channel = channelOf(emulator.state, 'lUmHe4CL', 'ready');
    expect(emulator.state.apiKeys[channel.id]).toBeUndefined();
    const key = emulator.channelApiKey(channel.id);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(emulator.channelApiKey(channel.id)).toBe(key);
    const listed = await partner(emulator, 'GET', `/channels/${channel.id}/api_keys`);
    expect(listed.body).toEqual({
      api_keys: [
        {
          id: expect.any(String),
          api_key: `****${key.slice(-4)}`,
          address: MESSAGING,
          app_id: expect.any(String),
        },
      ],
    });
    expect((await messaging(emulator, key, 'GET', '/whatsapp_business_profile')).status).toBe(200);
  });

  it('replaces a key whose secret the emulator does not know (older data files)', async () => {
    const emulator = createEmulator();
    const channel = channelOf(emulator.state, 'kTeCo5CL', 'running');
    const [seeded] = emulator.state.apiKeys[channel.id]!;
    delete seeded!.secret;
    const key = emulator.channelApiKey(channel.id);
    expect(emulator.state.apiKeys[channel.id]!.map((k) => k.id)).not.toContain(seeded!.id);
    expect((await messaging(emulator, key, 'GET', '/whatsapp_commerce_settings')).status).toBe(200);
  });

  it('throws for an unknown channel and for one whose status allows no key', () => {
    const emulator = createEmulator();
    expect(() => emulator.channelApiKey('nope0CH')).toThrow(/nope0CH not found/);
    const created = channelOf(emulator.state, 'mSol07CL', 'created');
    expect(() => emulator.channelApiKey(created.id)).toThrow(/status: created/);
    expect(emulator.state.apiKeys[created.id]).toBeUndefined();
  });
});

describe('GET/POST /whatsapp_business_profile', () => {
  it('answers the fields asked for, in Meta’s shape', async () => {
    const emulator = createEmulator();
    const channel = channelOf(emulator.state, 'nRdL1cCL', 'live');
    const key = emulator.channelApiKey(channel.id);
    const profile = emulator.state.profiles[channel.id]!;
    const all = await messaging(
      emulator,
      key,
      'GET',
      `/whatsapp_business_profile?fields=${fields}`,
    );
    expect(all).toEqual({
      status: 200,
      body: {
        data: [
          {
            about: profile.about,
            address: profile.address,
            description: profile.description,
            email: profile.email,
            messaging_product: 'whatsapp',
            profile_picture_url: profile.profile_picture_url,
            websites: profile.websites,
            vertical: profile.vertical,
          },
        ],
      },
    });
    const some = await messaging(emulator, key, 'GET', '/whatsapp_business_profile?fields=about');
    expect(some.body).toEqual({ data: [{ about: profile.about, messaging_product: 'whatsapp' }] });
    const odd = await messaging(emulator, key, 'GET', '/whatsapp_business_profile?fields=about,id');
    expect(odd).toMatchObject({
      status: 400,
      body: { meta: { http_code: 400, details: ['fields: "id" is not a valid field'] } },
    });
  });

  it('updates the fields sent and answers {"success": true}', async () => {
    const onChange = vi.fn();
    const emulator = createEmulator({ onChange });
    const channel = channelOf(emulator.state, 'kTeCo5CL', 'running');
    const other = channelOf(emulator.state, 'bNapo1CL', 'running');
    const before = structuredClone(emulator.state.profiles[other.id]);
    const key = emulator.channelApiKey(channel.id);
    const update = {
      messaging_product: 'whatsapp',
      about: 'Gear for every trail',
      description: 'Kites, boards and the people who love them.',
      vertical: 'RETAIL',
      websites: ['https://kiteandco.example', 'https://shop.kiteandco.example'],
    };
    expect(await messaging(emulator, key, 'POST', '/whatsapp_business_profile', update)).toEqual({
      status: 200,
      body: { success: true },
    });
    expect(onChange).toHaveBeenCalledTimes(1);
    const read = await messaging(
      emulator,
      key,
      'GET',
      `/whatsapp_business_profile?fields=${fields}`,
    );
    const { messaging_product: product, ...changed } = update;
    expect(read.body.data).toEqual([
      expect.objectContaining({ ...changed, messaging_product: product }),
    ]);
    // Fields not sent stay; the other number is untouched.
    expect(emulator.state.profiles[channel.id]!.email).toMatch(/@kiteandco\.example$/);
    expect(emulator.state.profiles[other.id]).toEqual(before);
  });

  it('refuses what Meta refuses with a 400 naming the fields, and changes nothing', async () => {
    const emulator = createEmulator();
    const channel = channelOf(emulator.state, 'kTeCo5CL', 'running');
    const key = emulator.channelApiKey(channel.id);
    const before = structuredClone(emulator.state.profiles[channel.id]);
    const cases: [Record<string, unknown>, unknown][] = [
      [{ about: 'No product' }, 'messaging_product: required, must be "whatsapp"'],
      [{ messaging_product: 'whatsapp', about: '' }, 'about: at least 1 character'],
      [{ messaging_product: 'whatsapp', about: 'a'.repeat(140) }, 'about: at most 139 characters'],
      [
        { messaging_product: 'whatsapp', address: 'a'.repeat(257) },
        'address: at most 256 characters',
      ],
      [
        { messaging_product: 'whatsapp', description: 'a'.repeat(513) },
        'description: at most 512 characters',
      ],
      [
        { messaging_product: 'whatsapp', email: 'not-an-email' },
        'email: not a valid email address',
      ],
      [
        { messaging_product: 'whatsapp', email: `${'a'.repeat(120)}@kite.example` },
        'email: at most 128 characters',
      ],
      [
        {
          messaging_product: 'whatsapp',
          websites: ['https://a.example', 'https://b.example', 'https://c.example'],
        },
        'websites: at most 2 URLs starting with http:// or https://, 256 characters each',
      ],
      [
        { messaging_product: 'whatsapp', websites: ['kiteandco.example'] },
        'websites: at most 2 URLs starting with http:// or https://, 256 characters each',
      ],
      [
        { messaging_product: 'whatsapp', vertical: 'SPACESHIPS' },
        expect.stringMatching(/^vertical: must be one of /),
      ],
      [{ messaging_product: 'whatsapp', name: 'Kite' }, 'name: is not a valid parameter'],
    ];
    for (const [body, detail] of cases) {
      const answer = await messaging(emulator, key, 'POST', '/whatsapp_business_profile', body);
      expect(answer).toEqual({
        status: 400,
        body: {
          meta: {
            success: false,
            http_code: 400,
            developer_message: 'Wrong payload',
            details: [detail],
          },
        },
      });
    }
    expect(emulator.state.profiles[channel.id]).toEqual(before);
  });

  it('accepts a picture handle and an email change, and gives bulk numbers an empty profile', async () => {
    const emulator = createEmulator({ numbers: 40 });
    const bulk = emulator.state.channels.slice(22).find((c) => c.status === 'running')!;
    expect(emulator.state.profiles[bulk.id]).toBeUndefined();
    const key = emulator.channelApiKey(bulk.id);
    const read = await messaging(
      emulator,
      key,
      'GET',
      '/whatsapp_business_profile?fields=about,websites',
    );
    expect(read.body).toEqual({
      data: [{ about: '', websites: [], messaging_product: 'whatsapp' }],
    });
    const answer = await messaging(emulator, key, 'POST', '/whatsapp_business_profile', {
      messaging_product: 'whatsapp',
      email: 'hello@bulk.example',
      profile_picture_handle: '4::aW1hZ2UvanBlZw==:ARZ',
    });
    expect(answer.status).toBe(200);
    expect(emulator.state.profiles[bulk.id]!.email).toBe('hello@bulk.example');
  });
});

describe('GET/POST /whatsapp_commerce_settings', () => {
  it('reads the settings in Meta’s shape', async () => {
    const emulator = createEmulator();
    const channel = channelOf(emulator.state, 'bNapo1CL', 'running');
    const key = emulator.channelApiKey(channel.id);
    const settings = emulator.state.commerce[channel.id]!;
    expect(await messaging(emulator, key, 'GET', '/whatsapp_commerce_settings')).toEqual({
      status: 200,
      body: { data: [{ id: channel.id, ...settings }] },
    });
  });

  it('changes them with query parameters, either one alone', async () => {
    const onChange = vi.fn();
    const emulator = createEmulator({ onChange });
    const channel = channelOf(emulator.state, 'bNapo1CL', 'running');
    const key = emulator.channelApiKey(channel.id);
    const post = (query: string) =>
      messaging(emulator, key, 'POST', `/whatsapp_commerce_settings${query}`);
    expect(await post('?is_cart_enabled=true&is_catalog_visible=false')).toEqual({
      status: 200,
      body: { success: true },
    });
    expect(emulator.state.commerce[channel.id]).toEqual({
      is_cart_enabled: true,
      is_catalog_visible: false,
    });
    expect((await post('?is_catalog_visible=true')).status).toBe(200);
    expect(emulator.state.commerce[channel.id]).toEqual({
      is_cart_enabled: true,
      is_catalog_visible: true,
    });
    expect((await post('?is_cart_enabled=false')).status).toBe(200);
    const read = await messaging(emulator, key, 'GET', '/whatsapp_commerce_settings');
    expect(read.body.data).toEqual([
      { id: channel.id, is_cart_enabled: false, is_catalog_visible: true },
    ]);
    expect(onChange).toHaveBeenCalledTimes(3);
  });

  it('refuses a body and values that are not booleans, changing nothing', async () => {
    const emulator = createEmulator();
    const channel = channelOf(emulator.state, 'bNapo1CL', 'running');
    const key = emulator.channelApiKey(channel.id);
    const before = structuredClone(emulator.state.commerce[channel.id]);
    const body = await messaging(emulator, key, 'POST', '/whatsapp_commerce_settings', {
      is_cart_enabled: !before!.is_cart_enabled,
      is_catalog_visible: !before!.is_catalog_visible,
    });
    expect(body).toMatchObject({
      status: 400,
      body: { meta: { http_code: 400, details: [expect.stringMatching(/query parameters/)] } },
    });
    const odd = await messaging(
      emulator,
      key,
      'POST',
      '/whatsapp_commerce_settings?is_cart_enabled=yes',
    );
    expect(odd).toMatchObject({
      status: 400,
      body: { meta: { details: ['is_cart_enabled: value is not a valid boolean'] } },
    });
    expect(emulator.state.commerce[channel.id]).toEqual(before);
  });
});

describe('Messaging API under faults, in the request log, and over HTTP', () => {
  it('applies fault rules by route ID and by RegExp, and logs the requests', async () => {
    const emulator = createEmulator({
      faults: [
        { route: 'POST /whatsapp_business_profile', errorRate: 1, errorStatus: 503, times: 1 },
        { route: /^GET \/whatsapp_commerce_settings/, rateLimitBurst: 1, retryAfterSeconds: 3 },
      ],
    });
    const channel = channelOf(emulator.state, 'bNapo1CL', 'running');
    const key = emulator.channelApiKey(channel.id);
    const before = structuredClone(emulator.state.profiles[channel.id]);
    const failed = await messaging(emulator, key, 'POST', '/whatsapp_business_profile', {
      messaging_product: 'whatsapp',
      about: 'Never saved',
    });
    expect(failed.status).toBe(503);
    expect(emulator.state.profiles[channel.id]).toEqual(before);
    const limited = await emulator.handle(
      new Request(`${MESSAGING}/whatsapp_commerce_settings`, { headers: { 'D360-API-KEY': key } }),
    );
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
    expect((await messaging(emulator, key, 'GET', '/whatsapp_commerce_settings')).status).toBe(200);
    expect(emulator.requests.slice(-3)).toEqual([
      {
        method: 'POST',
        api: 'messaging',
        path: '/whatsapp_business_profile',
        route: 'POST /whatsapp_business_profile',
        status: 503,
        fault: 'error',
      },
      {
        method: 'GET',
        api: 'messaging',
        path: '/whatsapp_commerce_settings',
        route: 'GET /whatsapp_commerce_settings',
        status: 429,
        fault: 'rate_limit',
      },
      {
        method: 'GET',
        api: 'messaging',
        path: '/whatsapp_commerce_settings',
        route: 'GET /whatsapp_commerce_settings',
        status: 200,
        fault: undefined,
      },
    ]);
  });

  it('drops the connection after the change happened', async () => {
    const emulator = createEmulator({
      faults: [{ route: 'POST /whatsapp_commerce_settings', dropRate: 1 }],
    });
    const channel = channelOf(emulator.state, 'bNapo1CL', 'running');
    const key = emulator.channelApiKey(channel.id);
    await expect(
      emulator.fetch(`${MESSAGING}/whatsapp_commerce_settings?is_cart_enabled=true`, {
        method: 'POST',
        headers: { 'D360-API-KEY': key },
      }),
    ).rejects.toThrow(TypeError);
    expect(emulator.state.commerce[channel.id]!.is_cart_enabled).toBe(true);
    expect(emulator.requests.at(-1)).toMatchObject({ fault: 'drop', status: 200 });
  });

  it('startEmulator gives the Messaging API base URL: the origin', async () => {
    const server = await serve();
    try {
      expect(server.messagingUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(server.url).toBe(`${server.messagingUrl}/api/v2`);
      const channel = channelOf(server.emulator.state, 'bNapo1CL', 'running');
      const response = await fetch(
        `${server.messagingUrl}/whatsapp_business_profile?fields=about`,
        {
          headers: { 'D360-API-KEY': server.emulator.channelApiKey(channel.id) },
        },
      );
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        data: [
          {
            about: server.emulator.state.profiles[channel.id]!.about,
            messaging_product: 'whatsapp',
          },
        ],
      });
    } finally {
      await server.close();
    }
  });
});
