// A page on another origin (a dev server, Storybook, a portal on another port) can call the
// emulator's HTTP host: preflights are answered and every answer names the caller's origin.
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_API_KEY, DEMO_PARTNER_ID } from '../src/index.js';
import type { RunningEmulator } from '../src/node.js';
import { serve } from './helpers.js';

const page = 'http://localhost:5173';

describe('CORS on the Node host', () => {
  let server: RunningEmulator | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('answers a preflight with the methods and headers the emulator takes', async () => {
    server = await serve();
    const response = await fetch(`${server.url}/partners/${DEMO_PARTNER_ID}/channels`, {
      method: 'OPTIONS',
      headers: {
        origin: page,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, x-api-key',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(page);
    expect(response.headers.get('access-control-allow-methods')).toBe(
      'GET, POST, PUT, PATCH, DELETE',
    );
    expect(response.headers.get('access-control-allow-headers')).toBe(
      'authorization, content-type, x-api-key, d360-api-key',
    );
    expect(response.headers.get('vary')).toBe('Origin');
    expect(await response.text()).toBe('');
    expect(server.emulator.requests).toHaveLength(0);
  });

  it('answers a preflight for the Messaging API at the root', async () => {
    server = await serve();
    const response = await fetch(`${server.messagingUrl}/whatsapp_business_profile`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://portal.example',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'd360-api-key',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://portal.example');
  });

  it('names the caller’s origin on a GET from another origin, errors included', async () => {
    server = await serve();
    const ok = await fetch(`${server.url}/partners/${DEMO_PARTNER_ID}/clients?limit=1`, {
      headers: { origin: page, 'x-api-key': DEMO_API_KEY },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe(page);
    expect(ok.headers.get('access-control-expose-headers')).toBe('retry-after, allow');
    expect(((await ok.json()) as { clients: unknown[] }).clients).toHaveLength(1);

    const denied = await fetch(`${server.url}/partners/${DEMO_PARTNER_ID}/clients`, {
      headers: { origin: page },
    });
    expect(denied.status).toBe(401);
    expect(denied.headers.get('access-control-allow-origin')).toBe(page);
  });

  it('adds nothing to a request without an Origin', async () => {
    server = await serve();
    const response = await fetch(`${server.url}/partners/${DEMO_PARTNER_ID}/clients?limit=1`, {
      headers: { 'x-api-key': DEMO_API_KEY },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('can be turned off', async () => {
    server = await serve({ cors: false });
    const response = await fetch(`${server.url}/partners/${DEMO_PARTNER_ID}/channels`, {
      method: 'OPTIONS',
      headers: { origin: page, 'access-control-request-method': 'GET' },
    });
    expect(response.status).not.toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});
