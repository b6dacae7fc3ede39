// The adapters and the runnable examples, started for real: each example runs as its own Node
// process on a free port, and the tests talk to it over HTTP as a browser would.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHubClient, isHubError } from '@hub/core';
import { DEMO_PARTNER_ID } from '@hub/emulator';
import { createNodeListener } from '../src/adapters/node.js';
import { setup } from './fixtures.js';

const P = `/partners/${DEMO_PARTNER_ID}`;

/** Starts an example and resolves its URL once it prints it. */
async function start(script: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', script, '--port', '0'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}:\n${output}`)));
  });
  return { url, child };
}

/** A raw HTTP request, so the path reaches the server exactly as written. */
function raw(
  url: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<{ status: number; text: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, method, path, headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode!, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe.each([
  ['Node http', 'examples/proxy-node/server.mjs'],
  ['Express', 'examples/proxy-express/server.mjs'],
])('the %s example', (_, script) => {
  let example: { url: string; child: ChildProcess };
  beforeAll(async () => {
    example = await start(script);
  }, 30_000);
  afterAll(() => {
    example?.child.kill();
  });

  const session = async () => {
    const response = await fetch(`${example.url}/session`, { method: 'POST' });
    expect(response.status).toBe(200);
    return (await response.json()) as { token: string; expiresAt: string };
  };

  it('serves @hub/core through the proxy, scoped to the signed-in client', async () => {
    let tokens = 0;
    const hub = createHubClient({
      partnerId: DEMO_PARTNER_ID,
      baseUrl: `${example.url}/hub-api`,
      auth: { sessionToken: async () => (tokens++, (await session()).token) },
    });
    const page = await hub.numbers.list({ limit: 100 });
    expect(page.items.length).toBeGreaterThan(0);
    const clientIds = new Set(page.items.map((n) => n.clientId));
    expect(clientIds.size).toBe(1);
    const [clientId] = [...clientIds];
    const permissions = await hub.permissions.get(clientId!);
    expect(permissions.capabilities.has('templates:write')).toBe(true);

    const waba = page.items[0]!.waba!.id;
    const created = await hub.templates.create(waba, {
      name: 'adapter_check',
      language: 'en',
      category: 'UTILITY',
      components: [{ type: 'BODY', text: 'Your order has shipped.' }],
    });
    expect(created.status).toBe('PENDING');

    const error = await hub.clients.get('nRdL1cCL').catch((e: unknown) => e);
    expect(isHubError(error, 'forbidden')).toBe(true);
    expect(tokens).toBe(1);
  });

  it('refuses raw dot segments and encoded slashes before routing', async () => {
    const { token } = await session();
    const auth = { authorization: `Bearer ${token}` };
    for (const path of [
      `/hub-api${P}/clients/x/../../channels`,
      `/hub-api${P}/%2e%2e/channels`,
      `/hub-api${P}/channels%2Fx`,
      `/hub-api/${P}/channels`,
    ]) {
      const response = await raw(example.url, 'GET', path, auth);
      expect(response.status, path).toBe(400);
      expect(JSON.parse(response.text).meta.http_code).toBe(400);
    }
  });

  it('answers methods the proxy does not use with 405', async () => {
    const { token } = await session();
    for (const method of ['TRACE', 'PUT', 'OPTIONS']) {
      const response = await raw(example.url, method, `/hub-api${P}/channels`, {
        authorization: `Bearer ${token}`,
      });
      expect(response.status, method).toBe(405);
    }
  });

  it('answers 401 without a session and forwards a JSON body', async () => {
    const none = await raw(example.url, 'GET', `/hub-api${P}/channels`);
    expect(none.status).toBe(401);
    const { token } = await session();
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const list = await raw(example.url, 'GET', `/hub-api${P}/channels?limit=1`, auth);
    const channel = JSON.parse(list.text).partner_channels[0];
    const saved = await raw(
      example.url,
      'POST',
      `/hub-api/messaging/${channel.id}/whatsapp_business_profile`,
      auth,
      JSON.stringify({ messaging_product: 'whatsapp', about: 'Fresh pasta daily' }),
    );
    expect(saved.status).toBe(200);
  });
});

describe('createNodeListener', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    const { proxy } = setup();
    server = createServer(createNodeListener(proxy));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  it('answers paths outside its base path with a 404 envelope', async () => {
    const response = await raw(url, 'GET', '/elsewhere');
    expect(response.status).toBe(404);
    expect(JSON.parse(response.text).meta.http_code).toBe(404);
  });
});
