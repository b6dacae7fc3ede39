// The demo portal, started for real as `npm start` starts it: a user signs in as one client, the
// page gets a session for that client only, and the Hub is reachable only through the proxy.
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal } from './start-portal.js';

let portal: ChildProcess;
let base: string;

beforeAll(async () => {
  const started = await startPortal();
  portal = started.process;
  base = started.origin;
}, 30_000);

afterAll(() => {
  portal?.kill();
});

async function signIn(clientId: string, role: 'admin' | 'viewer'): Promise<string> {
  const response = await fetch(`${base}/portal/signin`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ clientId, role, next: '/numbers.html' }),
    redirect: 'manual',
  });
  expect(response.status).toBe(303);
  expect(response.headers.get('location')).toBe('/numbers.html');
  return response.headers.get('set-cookie')!.split(';')[0]!;
}

async function session(cookie: string, clientId?: string): Promise<Response> {
  return fetch(`${base}/portal/session`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify(clientId ? { clientId } : {}),
  });
}

const hubApi = (token: string, path: string, init: RequestInit = {}) =>
  fetch(`${base}/hub-api/partners/hubDemoPA${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
  });

describe('the demo portal', () => {
  it('asks a visitor to sign in, and gives no session without it', async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('action="/portal/signin"');
    expect(html).toContain('Bella Napoli Ristoranti');
    expect(html).not.toContain('<hub-provider');
    expect((await session('')).status).toBe(401);
  });

  it("shows the signed-in client's pages through the proxy", async () => {
    const cookie = await signIn('bNapo1CL', 'admin');
    const page = await (await fetch(`${base}/numbers.html`, { headers: { cookie } })).text();
    expect(page).toContain('client-id="bNapo1CL"');
    expect(page).toContain('base-url="/hub-api"');
    expect(page).toContain('data-client-name="Bella Napoli Ristoranti"');

    expect((await session(cookie, 'nRdL1cCL')).status).toBe(403);
    const minted = (await (await session(cookie, 'bNapo1CL')).json()) as { token: string };
    expect(minted.token.split('.')).toHaveLength(3);

    const channels = await (await hubApi(minted.token, '/channels?limit=100')).json();
    expect(channels.partner_channels.length).toBeGreaterThan(0);
    expect(
      channels.partner_channels.every((c: { client_id: string }) => c.client_id === 'bNapo1CL'),
    ).toBe(true);
    const clients = await (await hubApi(minted.token, '/clients?limit=100')).json();
    expect(clients.clients.map((c: { id: string }) => c.id)).toEqual(['bNapo1CL']);
    expect((await hubApi(minted.token, '/clients/nRdL1cCL/info/balance')).status).toBe(403);
  });

  it('no longer exposes the Hub API itself', async () => {
    const cookie = await signIn('bNapo1CL', 'admin');
    const { token } = (await (await session(cookie)).json()) as { token: string };
    const direct = await fetch(`${base}/api/v2/partners/hubDemoPA/clients`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(direct.status).toBe(404);
  });

  it('gives a viewer a session that cannot change anything', async () => {
    const cookie = await signIn('bNapo1CL', 'viewer');
    const { token } = (await (await session(cookie)).json()) as { token: string };
    const described = await (
      await fetch(`${base}/hub-api/session`, { headers: { authorization: `Bearer ${token}` } })
    ).json();
    expect(described.client_id).toBe('bNapo1CL');
    expect(described.capabilities.every((c: string) => c.endsWith(':read'))).toBe(true);
    const channels = await (await hubApi(token, '/channels?limit=1')).json();
    const channel = channels.partner_channels[0].id as string;
    const write = await fetch(`${base}/hub-api/messaging/${channel}/whatsapp_business_profile`, {
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      method: 'POST',
      body: JSON.stringify({ about: 'Changed by a viewer' }),
    });
    expect(write.status).toBe(403);
  });

  it("gives Acme's staff a partner-staff session that reaches partner change requests only", async () => {
    const signedIn = await fetch(`${base}/portal/signin`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ role: 'staff' }),
      redirect: 'manual',
    });
    expect(signedIn.headers.get('location')).toBe('/partner.html');
    const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
    // Client pages send staff to their own page, and a client page's session request is refused.
    const home = await fetch(`${base}/`, { headers: { cookie }, redirect: 'manual' });
    expect(home.headers.get('location')).toBe('/partner.html');
    expect((await session(cookie, 'bNapo1CL')).status).toBe(403);
    const { token } = (await (await session(cookie)).json()) as { token: string };
    const requests = await hubApi(token, '/selective_partner_change_requests');
    expect(requests.status).toBe(200);
    expect((await hubApi(token, '/channels?limit=1')).status).toBe(403);
    // And a client's sign-in never sees the staff page.
    const client = await signIn('bNapo1CL', 'admin');
    const staffPage = await fetch(`${base}/partner.html`, {
      headers: { cookie: client },
      redirect: 'manual',
    });
    expect(staffPage.headers.get('location')).toBe('/');
  });

  it('ends the login on sign-out', async () => {
    const cookie = await signIn('bNapo1CL', 'admin');
    await fetch(`${base}/portal/signout`, {
      method: 'POST',
      headers: { cookie },
      redirect: 'manual',
    });
    expect((await session(cookie)).status).toBe(401);
  });
});
