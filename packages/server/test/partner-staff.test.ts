// Partner-staff sessions: the only way to the partner-change operations, and a way to nothing else.
import { describe, expect, it } from 'vitest';
import { DEMO_PARTNER_ID } from '@hub/emulator';
import { createHubSessions, OPERATIONS, PARTNER_STAFF_CAPABILITIES } from '../src/index.js';
import { call, HUB_URL, idsOf, SECRET, setup } from './fixtures.js';

const OWN = 'bNapo1CL';
const P = `/partners/${DEMO_PARTNER_ID}`;
const LIST = `${P}/selective_partner_change_requests`;
const SETTING = `${P}/settings/partner_change_request`;

async function world() {
  const env = setup();
  const client = (await env.sessions.mint({ clientId: OWN })).token;
  const staff = (await env.sessions.mintPartnerStaff({ user: 'staff-7' })).token;
  const staffReader = (
    await env.sessions.mintPartnerStaff({ user: 'staff-8', capabilities: ['partnerChanges:read'] })
  ).token;
  return { ...env, client, staff, staffReader };
}

/** Every way a client session might try to reach the partner-change operations. */
const crafted: [string, string, unknown?][] = [
  ['GET', LIST],
  ['GET', `${LIST}?limit=5`],
  ['GET', `${LIST}?filters=${encodeURIComponent(JSON.stringify({ source_client_id: OWN }))}`],
  ['GET', `${LIST}/`],
  ['PATCH', SETTING, { auto_approve: true }],
  ['PATCH', SETTING, { auto_approve: true, client_id: OWN }],
  ['POST', SETTING, { auto_approve: true }],
  ['POST', `${LIST}/pcrFull01/approve`],
  ['GET', `/partners/otherPA/selective_partner_change_requests`],
];

describe('partner-staff sessions', () => {
  it('a client session gets 403 on every partner-change path, whatever it crafts', async () => {
    const w = await world();
    for (const [method, path, body] of crafted) {
      const before = JSON.stringify(w.emulator.state);
      const response = await call(w.proxy, w.client, method, path, body);
      // A malformed path is a 400 before any session check; everything else a 403.
      expect(path.endsWith('/') ? 400 : 403, `${method} ${path}`).toBe(response.status);
      expect(w.log.at(-1)!.refused).toBe(true);
      expect(JSON.stringify(w.emulator.state)).toBe(before);
    }
    expect(w.emulator.requests).toHaveLength(0);
  });

  it('a client token with staff capabilities or a staff claim cannot be minted', async () => {
    const { sessions } = setup();
    await expect(
      sessions.mint({ clientId: OWN, capabilities: ['partnerChanges:read' as never] }),
    ).rejects.toThrow(/cannot be granted/);
    await expect(
      sessions.mintPartnerStaff({ user: 'x', capabilities: ['numbers:read' as never] }),
    ).rejects.toThrow(/cannot be granted/);
    await expect(sessions.mintPartnerStaff({ user: '' })).rejects.toThrow(/user/);
    // `mint` takes no scope: an extra field is ignored and the token is a client's.
    const minted = await sessions.mint({ clientId: OWN, scope: 'partner-staff' } as never);
    const verified = await sessions.verify(minted.token);
    expect(verified.scope).toBe('client');
    expect([...verified.capabilities]).not.toContain('partnerChanges:read');
  });

  it('a staff session lists requests and sets auto-approve through the proxy', async () => {
    const w = await world();
    const list = await call(w.proxy, w.staff, 'GET', `${LIST}?sort=-created_at&limit=10`);
    expect(list.status).toBe(200);
    const body = (await list.json()) as { partner_change_requests: { id: string }[] };
    expect(body.partner_change_requests.map((r) => r.id)).toEqual([
      'pcrFull01',
      'pcrSel02',
      'pcrDone03',
    ]);
    const set = await call(w.proxy, w.staff, 'PATCH', SETTING, { auto_approve: true });
    expect(set.status).toBe(200);
    expect(await set.json()).toEqual({ auto_approve: true });
    expect(w.emulator.state.partnerChangeAutoApprove).toBe(true);
    expect(w.log.map((i) => [i.operation, i.session?.scope, i.session?.user])).toEqual([
      ['partnerChanges.list', 'partner-staff', 'staff-7'],
      ['partnerChanges.setAutoApprove', 'partner-staff', 'staff-7'],
    ]);
  });

  it('checks the staff capabilities and the body', async () => {
    const w = await world();
    expect((await call(w.proxy, w.staffReader, 'GET', LIST)).status).toBe(200);
    const denied = await call(w.proxy, w.staffReader, 'PATCH', SETTING, { auto_approve: true });
    expect(denied.status).toBe(403);
    expect(await denied.text()).toContain('partnerChanges:write');
    const extra = await call(w.proxy, w.staff, 'PATCH', SETTING, {
      auto_approve: true,
      target_partner_id: 'x',
    });
    expect(extra.status).toBe(403);
    const filtered = await call(
      w.proxy,
      w.staff,
      'GET',
      `${LIST}?filters=${encodeURIComponent(JSON.stringify({ status: 'pending' }))}`,
    );
    expect(filtered.status).toBe(403);
    expect(w.emulator.state.partnerChangeAutoApprove).toBeUndefined();
  });

  it('a staff session reaches no client operation', async () => {
    const w = await world();
    const own = idsOf(w.emulator, OWN);
    const clientOps = OPERATIONS.filter((o) => (o.audience ?? 'client') === 'client');
    expect(clientOps.length).toBeGreaterThan(10);
    for (const path of [
      `${P}/channels`,
      `${P}/clients?filters=${encodeURIComponent(JSON.stringify({ id: OWN }))}`,
      `${P}/clients/${OWN}/info/balance`,
      `${P}/waba_accounts/${own.wabaId}`,
      `${P}/waba_accounts/${own.wabaId}/waba_templates`,
      `/messaging/${own.channelIds[0]}/whatsapp_business_profile`,
    ]) {
      const response = await call(w.proxy, w.staff, 'GET', path);
      expect(response.status, path).toBe(403);
    }
    expect(w.emulator.requests).toHaveLength(0);
  });

  it('describes a staff session without a client', async () => {
    const w = await world();
    const response = await call(w.proxy, w.staff, 'GET', '/session');
    const body = (await response.json()) as Record<string, unknown>;
    expect(body.scope).toBe('partner-staff');
    expect(body.client_id).toBeUndefined();
    expect(body.capabilities).toEqual([...PARTNER_STAFF_CAPABILITIES]);
  });

  it('a staff token is bound to its partner and verifies on any instance with the secret', async () => {
    const w = await world();
    const other = createHubSessions({ partnerId: 'otherPA', apiKey: 'x', secret: SECRET });
    const foreign = (await other.mintPartnerStaff({ user: 'x' })).token;
    expect((await call(w.proxy, foreign, 'GET', LIST)).status).toBe(401);
    const sessions = createHubSessions({
      partnerId: DEMO_PARTNER_ID,
      apiKey: 'x',
      secret: SECRET,
      hubBaseUrl: HUB_URL,
    });
    await expect(sessions.verify(w.staff)).resolves.toMatchObject({
      scope: 'partner-staff',
      clientId: '',
    });
  });
});
