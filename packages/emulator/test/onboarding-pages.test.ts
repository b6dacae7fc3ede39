// The hosted Integrated Onboarding pages and the shared-numbers listing, over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_API_KEY, DEMO_PARTNER_ID } from '../src/index.js';
import type { RunningEmulator } from '../src/node.js';
import { serve } from './helpers.js';

let server: RunningEmulator;
let clock = Date.parse('2026-12-01T10:00:00Z');
beforeAll(async () => {
  server = await serve({ rateLimits: false, now: () => clock });
});
afterAll(() => server.close());

const origin = () => new URL(server.url).origin;
const pageUrl = (query: string) =>
  `${origin()}/dashboard/app/${DEMO_PARTNER_ID}/permissions?${query}`;

const shared = async (clientId: string) => {
  const response = await fetch(
    `${server.url}/partners/${DEMO_PARTNER_ID}/clients/${clientId}/shared_client_numbers`,
    { headers: { 'X-API-Key': DEMO_API_KEY } },
  );
  expect(response.status).toBe(200);
  const body = (await response.json()) as { shared_client_numbers: { id: string }[] };
  return body.shared_client_numbers.map((item) => item.id);
};

const post = (fields: Record<string, string | string[]>) => {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of [value].flat()) body.append(name, v);
  }
  return fetch(pageUrl(''), { method: 'POST', body, redirect: 'manual' });
};

describe('shared_client_numbers', () => {
  it('lists the numbers a client shares; the seed leaves one Missing', async () => {
    expect(await shared('nRdL1cCL')).toEqual(['002nRdCH', '009nRdCH']);
  });

  it('is partner-authenticated and 404s an unknown client', async () => {
    const anonymous = await fetch(
      `${server.url}/partners/${DEMO_PARTNER_ID}/clients/nRdL1cCL/shared_client_numbers`,
    );
    expect(anonymous.status).toBe(401);
    const unknown = await fetch(
      `${server.url}/partners/${DEMO_PARTNER_ID}/clients/nope0CL/shared_client_numbers`,
      { headers: { 'X-API-Key': DEMO_API_KEY } },
    );
    expect(unknown.status).toBe(404);
  });
});

describe('hosted permission page', () => {
  it('asks to sign in without a client, then lists its numbers with the shared ones checked', async () => {
    const signIn = await fetch(pageUrl('state=s1'));
    expect(signIn.status).toBe(200);
    expect(signIn.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await signIn.text()).toContain('<option value="lUmHe4CL">Lumen Health Clinics</option>');

    const html = await (await fetch(pageUrl('client_id=lUmHe4CL&state=s1'))).text();
    expect(html).toContain('<input type="checkbox" name="channel" value="003lUmCH" checked>');
    expect(html).toContain('<input type="checkbox" name="channel" value="00hlUmCH">');
    expect(html).toContain('<input type="hidden" name="state" value="s1">');
    expect(html).not.toMatch(/<script|style=/);
    const css = await fetch(`${origin()}/dashboard/onboarding.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('saves the choice and redirects back with client, channels, revoked and state', async () => {
    const response = await post({
      action: 'save',
      client_id: 'lUmHe4CL',
      state: 'n0nce',
      redirect_url: 'https://portal.example/hub-done?tab=settings',
      channel: ['00alUmCH', '00hlUmCH'],
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(
      'https://portal.example/hub-done?tab=settings&client=lUmHe4CL&channels=[00alUmCH,00hlUmCH]&revoked=[003lUmCH]&state=n0nce',
    );
    expect(await shared('lUmHe4CL')).toEqual(['00alUmCH', '00hlUmCH']);
  });

  it('signs up a new number that walks created → submitted → ready → running', async () => {
    const response = await post({
      action: 'signup',
      client_id: 'sHaRa6CL',
      state: 'n2',
      redirect_url: 'https://portal.example/done',
      phone_number: '+971 50 123 4567',
      display_name: 'Sahara Express',
    });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location')!);
    const id = /^\[(\w+)\]$/.exec(location.searchParams.get('channels')!)![1]!;
    expect(location.searchParams.get('client')).toBe('sHaRa6CL');
    expect(location.searchParams.get('state')).toBe('n2');

    const statusOf = async () => {
      const list = await fetch(
        `${server.url}/partners/${DEMO_PARTNER_ID}/channels?filters=${encodeURIComponent(JSON.stringify({ id }))}`,
        { headers: { 'X-API-Key': DEMO_API_KEY } },
      );
      const body = (await list.json()) as {
        partner_channels: {
          status: string;
          setup_info: { phone_number: string; phone_name: string };
        }[];
      };
      return body.partner_channels[0]!;
    };
    const created = await statusOf();
    expect(created.status).toBe('created');
    expect(created.setup_info).toMatchObject({
      phone_number: '+971501234567',
      phone_name: 'Sahara Express',
    });
    expect(await shared('sHaRa6CL')).toContain(id);
    const seen: string[] = [];
    for (let step = 1; step <= 3; step++) {
      clock += 5_000;
      seen.push((await statusOf()).status);
    }
    expect(seen).toEqual(['submitted', 'ready', 'running']);
  });

  it('refuses a malformed number, a number in use and a client at its cap, on the page', async () => {
    const bad = await post({ action: 'signup', client_id: 'mSol07CL', phone_number: '12' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('international format');
    const dup = await post({
      action: 'import',
      client_id: 'mSol07CL',
      phone_number: '+14155551027',
    });
    expect(await dup.text()).toContain('already registered');
    for (const n of ['+525500000001', '+525500000002']) {
      expect(
        (await post({ action: 'import', client_id: 'mSol07CL', phone_number: n })).status,
      ).toBe(303);
    }
    const full = await post({
      action: 'signup',
      client_id: 'mSol07CL',
      phone_number: '+525500000003',
    });
    expect(await full.text()).toContain('number limit');
  });

  it('escapes what it echoes and 404s another partner', async () => {
    const html = await (await fetch(pageUrl('client_id=lUmHe4CL&state=%22%3E%3Cb%3E'))).text();
    expect(html).toContain('value="&quot;&gt;&lt;b&gt;"');
    const other = await fetch(`${origin()}/dashboard/app/someoneElse/permissions`);
    expect(other.status).toBe(404);
  });
});
