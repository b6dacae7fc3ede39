import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_API_KEY, DEMO_PARTNER_ID } from '../src/index.js';
import { checkState } from '../src/persist.js';
import type { RunningEmulator } from '../src/node.js';
import { serve } from './helpers.js';

let server: RunningEmulator;
beforeAll(async () => {
  server = await serve({ rateLimits: false });
});
afterAll(() => server.close());

const call = (path: string, init: RequestInit = {}) =>
  fetch(`${server.url}/partners/${DEMO_PARTNER_ID}${path}`, {
    ...init,
    headers: { 'X-API-Key': DEMO_API_KEY, 'Content-Type': 'application/json', ...init.headers },
  });

describe('partner-change requests', () => {
  it('lists the seeded requests newest first, echoing the sort', async () => {
    const response = await call('/selective_partner_change_requests');
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body.sort).toEqual(['-created_at']);
    expect(body.total).toBe(3);
    const items = body.partner_change_requests as Record<string, unknown>[];
    expect(items.map((i) => [i.id, i.status, i.is_full_migration])).toEqual([
      ['pcrFull01', 'pending', true],
      ['pcrSel02', 'created', false],
      ['pcrDone03', 'completed', true],
    ]);
    expect(items[1]!.channels).toEqual(['fIo1aCH', 'fIo2bCH']);
    expect(items[0]!.target_partner_id).toBe(DEMO_PARTNER_ID);
  });

  it('filters on documented keys and refuses others', async () => {
    const selective = await call(
      `/selective_partner_change_requests?filters=${encodeURIComponent('{"is_full_migration":false}')}`,
    );
    expect(((await selective.json()) as { total: number }).total).toBe(1);
    const bad = await call(
      `/selective_partner_change_requests?filters=${encodeURIComponent('{"channels":"x"}')}`,
    );
    expect(bad.status).toBe(400);
    expect((await call('/selective_partner_change_requests?sort=status')).status).toBe(400);
  });

  it('stores the auto-approve setting and refuses a malformed body', async () => {
    const on = await call('/settings/partner_change_request', {
      method: 'PATCH',
      body: JSON.stringify({ auto_approve: true }),
    });
    expect(on.status).toBe(200);
    expect(await on.json()).toEqual({ auto_approve: true });
    expect(server.emulator.state.partnerChangeAutoApprove).toBe(true);
    for (const body of [{ auto_approve: 'true' }, {}, { auto_approve: false, extra: 1 }]) {
      const refused = await call('/settings/partner_change_request', {
        method: 'PATCH',
        body: JSON.stringify(body),
      });
      expect(refused.status).toBe(400);
    }
    expect(server.emulator.state.partnerChangeAutoApprove).toBe(true);
  });

  it('serves no undocumented approve, decline or read of the setting', async () => {
    for (const [method, path, status] of [
      ['POST', '/selective_partner_change_requests/pcrFull01/approve', 404],
      ['POST', '/selective_partner_change_requests/pcrFull01/decline', 404],
      ['GET', '/settings/partner_change_request', 405],
    ] as const) {
      expect((await call(path, { method })).status, `${method} ${path}`).toBe(status);
    }
  });

  it('refuses a data file with a malformed setting', () => {
    const state = structuredClone(server.emulator.state) as unknown as Record<string, unknown>;
    state.partnerChangeAutoApprove = 'yes';
    expect(() => checkState(state, 'x.json')).toThrow(/partnerChangeAutoApprove/);
  });
});
