// Client mistakes get a 4xx in the Hub's envelope, never a 500 or a dropped socket: bad
// %-escapes, bodies that are not JSON objects or not sent as JSON, oversized bodies, wrong
// methods, and the fault switch without the partner key or with rules that make no sense.
import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createEmulator,
  DEMO_API_KEY,
  DEMO_PARTNER_ID,
  DEMO_PASSWORD,
  DEMO_USERNAME,
  type EmulatorState,
} from '../src/index.js';
import { MAX_BODY_BYTES } from '../src/handler.js';
import type { RunningEmulator } from '../src/node.js';
import { draft, serve } from './helpers.js';

const origin = 'https://hub.example';
const partner = `${origin}/api/v2/partners/${DEMO_PARTNER_ID}`;
const faultsUrl = `${origin}/api/v2/__emulator/faults`;
const key = { 'x-api-key': DEMO_API_KEY };
const jsonType = { 'content-type': 'application/json' };

type Emulator = ReturnType<typeof createEmulator>;

interface Answer {
  status: number;
  headers: Headers;
  body: { meta?: { success: boolean; http_code: number; developer_message: string } } & Record<
    string,
    unknown
  >;
}

async function send(emulator: Emulator, url: string, init: RequestInit = {}): Promise<Answer> {
  const response = await emulator.handle(new Request(url, init));
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Answer['body'],
  };
}

/** The Hub's error envelope with this status (and, if given, these details). */
function expectEnvelope(answer: Answer, status: number, details?: string[]) {
  expect(answer.status).toBe(status);
  expect(answer.body.meta).toMatchObject({ success: false, http_code: status });
  expect(typeof answer.body.meta?.developer_message).toBe('string');
  if (details) expect(answer.body.meta).toMatchObject({ details });
}

function runningChannel(state: EmulatorState, clientId = 'bNapo1CL') {
  const channel = state.channels.find((c) => c.client_id === clientId && c.status === 'running');
  if (!channel) throw new Error(`no running channel of ${clientId}`);
  return channel;
}

/** The routes that read a JSON body, each with its URL, method and credentials. */
function bodyRoutes(
  emulator: Emulator,
): { name: string; url: string; method: string; headers: Record<string, string> }[] {
  const channel = runningChannel(emulator.state);
  const under = `${partner}/clients/${channel.client_id}/channels/${channel.id}`;
  const waba = channel.waba_account.id;
  const template = emulator.state.templates.find(
    (t) => t.waba_account_id === waba && t.status === 'rejected',
  )!;
  return [
    { name: 'display name', url: `${under}/display_name`, headers: key, method: 'POST' },
    {
      name: 'cancellation request',
      url: `${under}/control/cancellation_request`,
      headers: key,
      method: 'POST',
    },
    { name: 'token', url: `${origin}/api/v2/token`, headers: {}, method: 'POST' },
    {
      name: 'template create',
      url: `${partner}/waba_accounts/${waba}/waba_templates`,
      headers: key,
      method: 'POST',
    },
    {
      name: 'template edit',
      url: `${origin}/v1/partners/${DEMO_PARTNER_ID}/waba_accounts/${waba}/waba_templates/${template.id}`,
      headers: key,
      method: 'PATCH',
    },
    {
      name: 'business profile',
      url: `${origin}/whatsapp_business_profile`,
      headers: { 'd360-api-key': emulator.channelApiKey(channel.id) },
      method: 'POST',
    },
  ];
}

describe('bad %-escapes', () => {
  const paths = [
    `/api/v2/partners/${DEMO_PARTNER_ID}/clients/%E0%A4%A`,
    `/api/v2/partners/%/clients`,
    `/api/v2/partners/${DEMO_PARTNER_ID}/channels%ZZ`,
    `/api/v2/partners/${DEMO_PARTNER_ID}/clients/%C0%AF`,
    '/whatsapp_business_profile%',
    '/api/v2/__emulator/faults%',
    '/%',
  ];

  it.each(paths)('%s → 400 in the envelope', async (path) => {
    const emulator = createEmulator();
    const answer = await send(emulator, `${origin}${path}`, { headers: key });
    expectEnvelope(answer, 400, ['path: contains an invalid %-escape']);
    expect(emulator.requests.at(-1)?.status).toBe(400);
  });

  it('a good escape in a path parameter still decodes', async () => {
    const emulator = createEmulator();
    const answer = await send(emulator, `${partner}/clients/no%20such/info/balance`, {
      headers: key,
    });
    expectEnvelope(answer, 404);
    expect(answer.body.meta?.developer_message).toBe('Client no such not found');
  });
});

describe('JSON bodies, as the Hub takes them', () => {
  it.each([
    ['text/plain', 'text/plain;charset=UTF-8'],
    ['a form', 'application/x-www-form-urlencoded'],
    ['JSON in Latin-1', 'application/json; charset=iso-8859-1'],
    ['a JSON look-alike', 'application/jsonp'],
  ])('a JSON body sent as %s → 415 on every route that reads one', async (_, type) => {
    const emulator = createEmulator();
    for (const route of bodyRoutes(emulator)) {
      const answer = await send(emulator, route.url, {
        method: route.method,
        headers: { ...route.headers, 'content-type': type },
        body: JSON.stringify({ display_name: 'Bella Napoli Pizza' }),
      });
      expectEnvelope(answer, 415);
    }
  });

  it('a body without any Content-Type → 415', async () => {
    const emulator = createEmulator();
    const channel = runningChannel(emulator.state);
    const answer = await send(
      emulator,
      `${partner}/clients/${channel.client_id}/channels/${channel.id}/display_name`,
      {
        method: 'POST',
        headers: key,
        // Bytes, so that no Content-Type is filled in.
        body: new TextEncoder().encode(JSON.stringify({ display_name: 'Bella Napoli Pizza' })),
      },
    );
    expectEnvelope(answer, 415);
    expect(channel.setup_info.new_phone_name).not.toBe('Bella Napoli Pizza');
  });

  it('application/json with or without charset=utf-8 is taken', async () => {
    for (const type of ['application/json', 'Application/JSON; charset="UTF-8"']) {
      const emulator = createEmulator();
      const channel = runningChannel(emulator.state);
      const answer = await send(
        emulator,
        `${partner}/clients/${channel.client_id}/channels/${channel.id}/display_name`,
        {
          method: 'POST',
          headers: { ...key, 'content-type': type },
          body: JSON.stringify({ display_name: 'Bella Napoli Pizza' }),
        },
      );
      expect(answer.status).toBe(200);
      expect(channel.setup_info.new_phone_name).toBe('Bella Napoli Pizza');
    }
  });

  it.each([
    ['null', 'null'],
    ['an array', '[]'],
    ['a string', '"str"'],
    ['a number', '42'],
    ['true', 'true'],
  ])('%s where an object is expected → 400 Wrong payload, nothing changes', async (_, body) => {
    const emulator = createEmulator();
    const before = structuredClone(emulator.state);
    for (const route of bodyRoutes(emulator)) {
      const answer = await send(emulator, route.url, {
        method: route.method,
        headers: { ...route.headers, ...jsonType },
        body,
      });
      expect({ route: route.name, status: answer.status }).toEqual({
        route: route.name,
        status: 400,
      });
      expectEnvelope(answer, 400, ['body: must be a JSON object']);
    }
    // A `null` cancellation request used to cancel the number; now nothing changes.
    expect(emulator.state.channels).toEqual(before.channels);
    expect(emulator.state.templates).toEqual(before.templates);
  });

  it('JSON that does not parse, or bytes that are not UTF-8 → 400', async () => {
    const emulator = createEmulator();
    const [route] = bodyRoutes(emulator);
    const broken = await send(emulator, route!.url, {
      method: 'POST',
      headers: { ...key, ...jsonType },
      body: '{"display_name": ',
    });
    expectEnvelope(broken, 400, ['body: not valid JSON']);
    const latin1 = await send(emulator, route!.url, {
      method: 'POST',
      headers: { ...key, ...jsonType },
      body: new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]),
    });
    expectEnvelope(latin1, 400, ['body: not valid UTF-8']);
  });

  it('the login still works as JSON, and is a 415 as text', async () => {
    const emulator = createEmulator();
    const login = JSON.stringify({ username: DEMO_USERNAME, password: DEMO_PASSWORD });
    const ok = await send(emulator, `${origin}/api/v2/token`, {
      method: 'POST',
      headers: jsonType,
      body: login,
    });
    expect(ok.status).toBe(200);
    expect(ok.body.token_type).toBe('bearer');
    const text = await send(emulator, `${origin}/api/v2/token`, { method: 'POST', body: login });
    expectEnvelope(text, 415);
  });

  it('a template create still works', async () => {
    const emulator = createEmulator();
    const [, , , create] = bodyRoutes(emulator);
    const answer = await send(emulator, create!.url, {
      method: 'POST',
      headers: { ...key, ...jsonType },
      body: JSON.stringify(draft('hardening_check')),
    });
    expect(answer.status).toBe(201);
  });
});

describe('body size', () => {
  const oversized = () =>
    JSON.stringify({ display_name: 'Bella Napoli', padding: 'x'.repeat(MAX_BODY_BYTES) });

  it('a body over the limit → 413 in the envelope, declared or streamed', async () => {
    const emulator = createEmulator();
    const channel = runningChannel(emulator.state);
    const url = `${partner}/clients/${channel.client_id}/channels/${channel.id}/display_name`;
    const declared = await send(emulator, url, {
      method: 'POST',
      headers: { ...key, ...jsonType },
      body: oversized(),
    });
    expectEnvelope(declared, 413);

    // No Content-Length: the handler stops reading at the limit.
    const bytes = new Uint8Array(4 * MAX_BODY_BYTES).fill(0x20);
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= bytes.length) return controller.close();
        controller.enqueue(bytes.subarray(pulled, pulled + 64 * 1024));
        pulled += 64 * 1024;
      },
    });
    const streamed = await send(emulator, url, {
      method: 'POST',
      headers: { ...key, ...jsonType },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expectEnvelope(streamed, 413);
    expect(pulled).toBeLessThan(bytes.length);
    expect(channel.status).toBe('running');
  });

  it('also on routes that ignore bodies, and on the fault switch', async () => {
    const emulator = createEmulator();
    const channel = runningChannel(emulator.state);
    const keys = await send(emulator, `${partner}/channels/${channel.id}/api_keys`, {
      method: 'POST',
      headers: { ...key, ...jsonType },
      body: oversized(),
    });
    expectEnvelope(keys, 413);
    const faults = await send(emulator, faultsUrl, {
      method: 'PUT',
      headers: { ...key, ...jsonType },
      body: `[${'{},'.repeat(MAX_BODY_BYTES / 3)}{}]`,
    });
    expectEnvelope(faults, 413);
  });

  it('a body at the limit is read', async () => {
    const emulator = createEmulator();
    const channel = runningChannel(emulator.state);
    const name = JSON.stringify({ display_name: 'Bella Napoli Pizza', x: '' });
    const body = name.replace('"x":""', `"x":"${'y'.repeat(MAX_BODY_BYTES - name.length)}"`);
    expect(new TextEncoder().encode(body).byteLength).toBe(MAX_BODY_BYTES);
    const answer = await send(
      emulator,
      `${partner}/clients/${channel.client_id}/channels/${channel.id}/display_name`,
      { method: 'POST', headers: { ...key, ...jsonType }, body },
    );
    expect(answer.status).toBe(200);
  });
});

describe('wrong methods', () => {
  it('a known path with another method → 405 with Allow', async () => {
    const emulator = createEmulator();
    const clients = await send(emulator, `${partner}/clients`, { method: 'PUT', headers: key });
    expectEnvelope(clients, 405);
    expect(clients.headers.get('allow')).toBe('GET');
    const waba = runningChannel(emulator.state).waba_account.id;
    const edit = await send(emulator, `${partner}/waba_accounts/${waba}/waba_templates/1`, {
      method: 'PATCH',
      headers: { ...key, ...jsonType },
      body: '{}',
    });
    expectEnvelope(edit, 405);
    expect(edit.headers.get('allow')).toBe('DELETE');
  });
});

describe('the fault switch', () => {
  const rules = JSON.stringify([{ errorRate: 1, errorStatus: 503 }]);
  const clientList = (emulator: Emulator) =>
    send(emulator, `${partner}/clients`, { headers: key }).then((a) => a.status);

  it('needs the partner key: none, a wrong one or a Bearer token → 401, nothing changes', async () => {
    const emulator = createEmulator();
    const login = await send(emulator, `${origin}/api/v2/token`, {
      method: 'POST',
      headers: jsonType,
      body: JSON.stringify({ username: DEMO_USERNAME, password: DEMO_PASSWORD }),
    });
    const bearer = { authorization: `Bearer ${String(login.body.access_token)}` };
    const attempts: Record<string, string>[] = [{}, { 'x-api-key': 'wrong' }, bearer];
    for (const headers of attempts) {
      for (const path of [faultsUrl, `${origin}/__emulator/faults`]) {
        const put = await send(emulator, path, {
          method: 'PUT',
          headers: { ...headers, ...jsonType },
          body: rules,
        });
        expectEnvelope(put, 401);
      }
      expect(await clientList(emulator)).toBe(200);
    }
    emulator.faults.set([{ errorRate: 1, errorStatus: 503 }]);
    const cleared = await send(emulator, faultsUrl, { method: 'DELETE' });
    expectEnvelope(cleared, 401);
    expect(await clientList(emulator)).toBe(503);
  });

  it('with the key: sets and clears rules', async () => {
    const emulator = createEmulator();
    const put = await send(emulator, faultsUrl, {
      method: 'PUT',
      headers: { ...key, ...jsonType },
      body: rules,
    });
    expect(put).toMatchObject({ status: 200, body: { rules: 1 } });
    expect(await clientList(emulator)).toBe(503);
    const cleared = await send(emulator, faultsUrl, { method: 'DELETE', headers: key });
    expect(cleared).toMatchObject({ status: 200, body: { rules: 0 } });
    expect(await clientList(emulator)).toBe(200);
  });

  it.each([
    ['{}', ['body: must be a JSON array of fault rules']],
    ['null', ['body: must be a JSON array of fault rules']],
    ['', ['body: must be a JSON array of fault rules']],
    ['[null]', ['[0]: must be an object']],
    ['[{"errorRate": 2}]', ['[0].errorRate: must be a number from 0 to 1']],
    ['[{"errorRate": "1"}]', ['[0].errorRate: must be a number from 0 to 1']],
    ['[{"errorStatus": 200}]', ['[0].errorStatus: must be an HTTP error status from 400 to 599']],
    ['[{"errorStatus": 1000}]', ['[0].errorStatus: must be an HTTP error status from 400 to 599']],
    ['[{"times": -1}]', ['[0].times: must be a whole number, 0 or more']],
    ['[{"rateLimitBurst": 1.5}]', ['[0].rateLimitBurst: must be a whole number, 0 or more']],
    [
      '[{"latencyMs": [50, 10]}]',
      ['[0].latencyMs: must be a number of ms from 0 to 60000, or [min, max]'],
    ],
    [
      '[{"latencyMs": 1e9}]',
      ['[0].latencyMs: must be a number of ms from 0 to 60000, or [min, max]'],
    ],
    [
      '[{"route": {}}]',
      ['[0].route: must be a route ID such as "GET /partners/:partner_id/channels"'],
    ],
    ['[{"errorrate": 1}]', ['[0].errorrate: is not a fault rule field']],
  ])('PUT %s → 400 naming the problem, rules unchanged', async (body, details) => {
    const emulator = createEmulator({ faults: [{ route: 'GET /nothing', times: 1 }] });
    const answer = await send(emulator, faultsUrl, {
      method: 'PUT',
      headers: { ...key, ...jsonType },
      body,
    });
    expectEnvelope(answer, 400, details);
    expect(await clientList(emulator)).toBe(200);
  });

  it('malformed JSON → 400; not sent as JSON → 415', async () => {
    const emulator = createEmulator();
    const malformed = await send(emulator, faultsUrl, {
      method: 'PUT',
      headers: { ...key, ...jsonType },
      body: '[{"errorRate": 1',
    });
    expectEnvelope(malformed, 400, ['body: not valid JSON']);
    const text = await send(emulator, faultsUrl, { method: 'PUT', headers: key, body: rules });
    expectEnvelope(text, 415);
    expect(await clientList(emulator)).toBe(200);
  });

  it('other methods → 405 with Allow; other control paths → 404', async () => {
    const emulator = createEmulator();
    for (const method of ['GET', 'POST', 'PATCH']) {
      const answer = await send(emulator, faultsUrl, { method, headers: key });
      expectEnvelope(answer, 405);
      expect(answer.headers.get('allow')).toBe('PUT, DELETE');
    }
    expectEnvelope(
      await send(emulator, `${origin}/api/v2/__emulator/state`, { headers: key }),
      404,
    );
  });
});

describe('over HTTP: an answer, never a dropped socket or a 500', () => {
  let server: RunningEmulator | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  /** A raw request (the path is sent exactly as given); rejects if the socket is dropped. */
  function raw(
    method: string,
    path: string,
    headers: Record<string, string> = {},
    body?: string,
  ): Promise<{ status: number; headers: Record<string, unknown>; body: Answer['body'] }> {
    const { port, hostname } = new URL(server!.url);
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: hostname, port, method, path, headers }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            headers: res.headers,
            body: JSON.parse(text) as Answer['body'],
          }),
        );
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  it.each([
    ['PUT', '/api/v2/__emulator/faults', 400, { ...key, ...jsonType }, '{}'],
    ['PUT', '/api/v2/__emulator/faults', 400, { ...key, ...jsonType }, '[{"errorRate":'],
    ['PUT', '/api/v2/__emulator/faults', 400, { ...key, ...jsonType }, '[{"route": 1}]'],
    ['PUT', '/api/v2/__emulator/faults', 401, jsonType, '[]'],
    ['DELETE', '/api/v2/__emulator/faults', 401, {}, undefined],
    ['GET', '/api/v2/__emulator/faults', 405, key, undefined],
    ['GET', `/api/v2/partners/${DEMO_PARTNER_ID}/clients/%E0%A4%A`, 400, key, undefined],
    ['GET', '/api/v2/partners/%', 400, key, undefined],
    ['GET', '/%', 400, {}, undefined],
    ['POST', '/api/v2/token', 415, { 'content-type': 'text/plain' }, '{}'],
    ['POST', '/api/v2/token', 400, jsonType, 'null'],
    ['POST', '/api/v2/token', 400, jsonType, '"str"'],
    ['PUT', `/api/v2/partners/${DEMO_PARTNER_ID}/clients`, 405, key, undefined],
  ] as const)('%s %s → %i', async (method, path, status, headers, body) => {
    server = await serve();
    const answer = await raw(method, path, headers, body);
    expect(answer.status).toBe(status);
    expect(answer.body.meta).toMatchObject({ success: false, http_code: status });
  });

  it('an oversized body → 413', async () => {
    server = await serve();
    const answer = await raw(
      'POST',
      '/api/v2/token',
      jsonType,
      JSON.stringify({ username: 'x'.repeat(MAX_BODY_BYTES) }),
    );
    expect(answer.status).toBe(413);
    expect(answer.body.meta).toMatchObject({ success: false, http_code: 413 });
  });

  it('PUT {} leaves the server serving', async () => {
    server = await serve();
    await raw('PUT', '/api/v2/__emulator/faults', { ...key, ...jsonType }, '{}');
    const clients = await raw('GET', `/api/v2/partners/${DEMO_PARTNER_ID}/clients`, key);
    expect(clients.status).toBe(200);
  });
});

describe('the Node host', () => {
  it('answers 413 without buffering a huge body, and 400s never drop the socket', async () => {
    const { startEmulator } = await import('../src/node.js');
    const server = await startEmulator({ port: 0 });
    const { hostname, port } = new URL(server.url);
    const { request } = await import('node:http');
    const send = (method: string, path: string, body?: Buffer) =>
      new Promise<number>((resolve, reject) => {
        const req = request({ hostname, port, method, path }, (res) => {
          res.resume();
          resolve(res.statusCode!);
        });
        req.on('error', reject);
        req.end(body);
      });
    try {
      expect(await send('POST', '/api/v2/token', Buffer.alloc(3 * 1024 * 1024, 'x'))).toBe(413);
      expect(await send('GET', '//')).toBe(404);
      expect(await send('GET', '//api/v2/partners/hubDemoPA/clients')).toBeLessThan(500);
    } finally {
      await server.close();
    }
  });
});
