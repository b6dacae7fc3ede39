// The access matrix: every operation of the proxy's table, asked for by a session of one client
// in every way a browser could try to reach beyond it. Expected: the own client's requests reach
// the Hub; every other row is refused before the Hub is asked, changes nothing, and no answer
// carries another client's IDs. The counts are printed at the end.
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_API_KEY, DEMO_PARTNER_ID } from '@hub/emulator';
import { createHubSessions, OPERATIONS, READ_ONLY_CAPABILITIES } from '../src/index.js';
import { call, HUB_URL, idsOf, SECRET, setup, type ClientIds } from './fixtures.js';

const OWN = 'bNapo1CL';
const OTHER = 'nRdL1cCL';
const P = `/partners/${DEMO_PARTNER_ID}`;
const enc = (value: unknown) => encodeURIComponent(JSON.stringify(value));
const day = 86_400;
const to = Math.floor(Date.now() / 1000);

/** One operation: how to ask for it on the IDs of a client. */
interface Row {
  op: string;
  method: string;
  path(t: ClientIds, own: ClientIds): string;
  body?: unknown;
}

const rows: Row[] = [
  {
    op: 'numbers.list',
    method: 'GET',
    path: (t) => `${P}/channels?filters=${enc({ client_id: t.clientId })}&limit=50`,
  },
  {
    op: 'clients.get',
    method: 'GET',
    path: (t) => `${P}/clients?filters=${enc({ id: t.clientId })}&limit=1`,
  },
  {
    op: 'billing.usage',
    method: 'GET',
    path: (t) =>
      `${P}/clients/${t.clientId}/info/balance?start_date=${to - 30 * day}&end_date=${to}&granularity=DAY`,
  },
  {
    op: 'billing.channelUsage',
    method: 'GET',
    path: (t) =>
      `${P}/clients/${t.clientId}/channels/${t.channelIds[0]}/info/usage?start_date=${to - 30 * day}&end_date=${to}&granularity=DAY`,
  },
  {
    op: 'numbers.cancellation',
    method: 'POST',
    path: (t) =>
      `${P}/clients/${t.clientId}/channels/${t.channelIds[0]}/control/cancellation_request`,
    body: { enabled: true },
  },
  {
    op: 'numbers.displayName',
    method: 'POST',
    path: (t) => `${P}/clients/${t.clientId}/channels/${t.channelIds[0]}/display_name`,
    body: { display_name: 'Matrix Name' },
  },
  {
    op: 'numbers.enableSignals',
    method: 'POST',
    path: (t) => `${P}/clients/${t.clientId}/channels/${t.channelIds[0]}/enable_ctwa`,
  },
  {
    op: 'numbers.disableSignals',
    method: 'POST',
    path: (t) => `${P}/clients/${t.clientId}/channels/${t.channelIds[0]}/disable_ctwa`,
  },
  {
    op: 'sharing.shared',
    method: 'GET',
    path: (t) => `${P}/clients/${t.clientId}/shared_client_numbers`,
  },
  { op: 'waba.get', method: 'GET', path: (t) => `${P}/waba_accounts/${t.wabaId}` },
  {
    op: 'waba.commerceSettings',
    method: 'GET',
    path: (t) => `/messaging/${t.channelIds[0]}/whatsapp_commerce_settings`,
  },
  {
    op: 'waba.updateCommerceSettings',
    method: 'POST',
    path: (t) => `/messaging/${t.channelIds[0]}/whatsapp_commerce_settings?is_cart_enabled=true`,
  },
  {
    op: 'profile.get',
    method: 'GET',
    path: (t) => `/messaging/${t.channelIds[0]}/whatsapp_business_profile?fields=about,websites`,
  },
  {
    op: 'profile.update',
    method: 'POST',
    path: (t) => `/messaging/${t.channelIds[0]}/whatsapp_business_profile`,
    body: { messaging_product: 'whatsapp', about: 'Matrix' },
  },
  {
    op: 'templates.list',
    method: 'GET',
    path: (t) => `${P}/waba_accounts/${t.wabaId}/waba_templates?limit=20`,
  },
  {
    op: 'templates.create',
    method: 'POST',
    path: (t) => `${P}/waba_accounts/${t.wabaId}/waba_templates`,
    body: {
      name: 'matrix_check',
      language: 'en',
      category: 'UTILITY',
      components: [{ type: 'BODY', text: 'Your order has shipped.' }],
    },
  },
  {
    op: 'templates.sync',
    method: 'POST',
    path: (t) => `${P}/waba_accounts/${t.wabaId}/waba_templates/sync`,
  },
  {
    op: 'templates.update',
    method: 'PATCH',
    path: (t) => `/v1${P}/waba_accounts/${t.wabaId}/waba_templates/${t.approvedTemplateId}`,
    body: { components: [{ type: 'BODY', text: 'Your order is on its way.' }] },
  },
  {
    op: 'templates.delete',
    method: 'DELETE',
    path: (t) => `${P}/waba_accounts/${t.wabaId}/waba_templates/${t.approvedTemplateId}`,
  },
];

const tally = {
  ownAllowed: 0,
  ownRequests: 0,
  denied: 0,
  deniedRequests: 0,
  allowedCrossClient: 0,
  leakedForeignIds: 0,
  changedByDenied: 0,
};

/** Tokens of every kind for the own client, on one emulator. */
async function world() {
  const env = setup();
  const own = idsOf(env.emulator, OWN);
  const other = idsOf(env.emulator, OTHER);
  const full = (await env.sessions.mint({ clientId: OWN })).token;
  const readOnly = (
    await env.sessions.mint({ clientId: OWN, capabilities: READ_ONLY_CAPABILITIES })
  ).token;
  const hourAgo = createHubSessions({
    partnerId: DEMO_PARTNER_ID,
    apiKey: DEMO_API_KEY,
    secret: SECRET,
    hubBaseUrl: HUB_URL,
    now: () => Date.now() - 3_600_000,
  });
  const expired = (await hourAgo.mint({ clientId: OWN })).token;
  const forger = createHubSessions({
    partnerId: DEMO_PARTNER_ID,
    apiKey: 'x',
    secret: 'another-secret-0123456789-abcdefghijklmn',
  });
  const forged = (await forger.mint({ clientId: OWN })).token;
  const [header, payload, signature] = full.split('.') as [string, string, string];
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<
    string,
    unknown
  >;
  const tampered = [
    header,
    Buffer.from(JSON.stringify({ ...claims, sub: OTHER })).toString('base64url'),
    signature,
  ].join('.');
  const otherPartner = (
    await createHubSessions({ partnerId: 'otherPA', apiKey: 'x', secret: SECRET }).mint({
      clientId: OWN,
    })
  ).token;
  const foreignIds = [other.clientId, other.wabaId, ...other.channelIds, ...other.templateIds];
  return {
    ...env,
    own,
    other,
    full,
    readOnly,
    expired,
    forged,
    tampered,
    otherPartner,
    foreignIds,
  };
}

type World = Awaited<ReturnType<typeof world>>;

/** A list answer repeats the request's filters; an ID the browser sent itself is no leak. */
function withoutEcho(text: string): string {
  try {
    const body = JSON.parse(text) as Record<string, unknown>;
    delete body.filters;
    return JSON.stringify(body);
  } catch {
    return text;
  }
}

/** Sends one request and records what the matrix cares about. */
async function attempt(
  w: World,
  token: string | undefined,
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) {
  const before = JSON.stringify(w.emulator.state);
  const logged = w.log.length;
  const response = await call(w.proxy, token, method, path, body, headers);
  const text = await response.text();
  const leaked = w.foreignIds.filter((id) => withoutEcho(text).includes(id));
  tally.leakedForeignIds += leaked.length;
  const info = w.log[logged]!;
  return {
    status: response.status,
    text,
    refused: info.refused,
    changed: JSON.stringify(w.emulator.state) !== before,
    leaked,
  };
}

async function expectDenied(
  w: World,
  statuses: number[],
  token: string | undefined,
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) {
  const result = await attempt(w, token, method, path, body, headers);
  tally.deniedRequests += 1;
  if (result.refused) tally.denied += 1;
  if (result.changed) tally.changedByDenied += 1;
  expect(result.refused, `${method} ${path} → ${result.status} ${result.text}`).toBe(true);
  expect(statuses).toContain(result.status);
  expect(result.changed).toBe(false);
  expect(result.leaked).toEqual([]);
  expect(JSON.parse(result.text)).toMatchObject({
    meta: { success: false, http_code: result.status },
  });
  return result;
}

afterAll(() => {
  console.log(
    [
      'Access matrix:',
      `  own client allowed: ${tally.ownAllowed}/${tally.ownRequests}`,
      `  denied: ${tally.denied}/${tally.deniedRequests}`,
      `  allowed cross-client: ${tally.allowedCrossClient}`,
      `  foreign IDs in answers: ${tally.leakedForeignIds}`,
      `  changes made by denied requests: ${tally.changedByDenied}`,
    ].join('\n'),
  );
});

it('covers every operation of the table', () => {
  // The session endpoint names no client or ID: it is tested on its own below, the live stream
  // in live.test.ts. The partner-staff operations reach no client: partner-staff.test.ts has
  // their matrix.
  expect([...rows.map((r) => r.op), 'session.get', 'live.events'].sort()).toEqual(
    OPERATIONS.filter((o) => o.audience !== 'partner-staff')
      .map((o) => o.id)
      .sort(),
  );
});

describe('session.get', () => {
  it("describes the caller's own session and nothing else", async () => {
    const w = await world();
    const result = await attempt(w, w.readOnly, 'GET', '/session');
    expect(result.refused).toBe(false);
    const body = JSON.parse(result.text);
    expect(body.client_id).toBe(OWN);
    expect(body.capabilities.every((c: string) => c.endsWith(':read'))).toBe(true);
    expect(Date.parse(body.expires_at)).toBeGreaterThan(Date.now());
    for (const token of [undefined, w.expired, w.forged, w.tampered, w.otherPartner]) {
      await expectDenied(w, [401], token, 'GET', '/session');
    }
    await expectDenied(w, [400, 403], w.full, 'GET', `/session?client_id=${OTHER}`);
    await expectDenied(w, [403], w.full, 'POST', '/session', {});
  });
});

describe.each(rows)('$op', (row) => {
  const write = row.method !== 'GET';

  it('reaches the Hub for the own client', async () => {
    const w = await world();
    const result = await attempt(w, w.full, row.method, row.path(w.own, w.own), row.body);
    tally.ownRequests += 1;
    if (!result.refused && result.status < 300) tally.ownAllowed += 1;
    expect(result.refused, result.text).toBe(false);
    expect(result.status, result.text).toBeLessThan(300);
    expect(result.leaked).toEqual([]);
  });

  it("is refused for another client's IDs", async () => {
    const w = await world();
    const result = await expectDenied(
      w,
      [403],
      w.full,
      row.method,
      row.path(w.other, w.own),
      row.body,
    );
    if (!result.refused) tally.allowedCrossClient += 1;
  });

  it('is refused when one ID of the path is foreign', async () => {
    const w = await world();
    const ownPath = row.path(w.own, w.own);
    const swaps: [string, string][] = [
      [w.own.channelIds[0]!, w.other.channelIds[0]!],
      [w.own.approvedTemplateId, w.other.approvedTemplateId],
      [w.own.wabaId, w.other.wabaId],
      [`/clients/${w.own.clientId}/`, `/clients/${w.other.clientId}/`],
    ];
    const mixed = swaps
      .filter(([from]) => ownPath.includes(from))
      .map(([from, into]) => ownPath.replace(from, into));
    for (const path of mixed) {
      const result = await expectDenied(w, [403], w.full, row.method, path, row.body);
      if (!result.refused) tally.allowedCrossClient += 1;
    }
  });

  it.each([
    ['no token', () => undefined],
    ['an expired token', (w: World) => w.expired],
    ['a forged signature', (w: World) => w.forged],
    ['a tampered payload', (w: World) => w.tampered],
    ["another partner's token", (w: World) => w.otherPartner],
    ['a malformed token', () => 'not.a.token'],
  ])('is refused with 401 for %s', async (_, token) => {
    const w = await world();
    await expectDenied(w, [401], token(w), row.method, row.path(w.own, w.own), row.body);
  });

  it('ignores an X-API-Key header from the browser', async () => {
    const w = await world();
    await expectDenied(w, [401], undefined, row.method, row.path(w.own, w.own), row.body, {
      'x-api-key': DEMO_API_KEY,
    });
  });

  it("is refused in another partner's path", async () => {
    const w = await world();
    if (!row.path(w.own, w.own).includes(P)) return; // A Messaging API path names no partner.
    const path = row.path(w.own, w.own).replace(P, '/partners/otherPA');
    await expectDenied(w, [403], w.full, row.method, path, row.body);
  });

  it(`is ${write ? 'refused' : 'allowed'} for a read-only session`, async () => {
    const w = await world();
    if (write) {
      await expectDenied(w, [403], w.readOnly, row.method, row.path(w.own, w.own), row.body);
    } else {
      const result = await attempt(w, w.readOnly, row.method, row.path(w.own, w.own));
      expect(result.refused).toBe(false);
    }
  });

  it('refuses traversal and encoding tricks in the path', async () => {
    const w = await world();
    const [path, query = ''] = row.path(w.own, w.own).split('?') as [string, string?];
    const q = query ? `?${query}` : '';
    const segments = path.split('/');
    const last = segments.length - 1;
    const variants = [
      `${path}/${q}`,
      `${path.replace(`/partners/`, '/partners//')}${q}`,
      `${segments.slice(0, last).join('/')}%2F${segments[last]}${q}`,
      `${path}/%2e%2e/${segments[last]}${q}`,
      `${path};x=1${q}`,
      `${path.replace(w.own.clientId, `${w.own.clientId}%00`)}${q}`,
      `${path.replace('/partners/', `/partners/${DEMO_PARTNER_ID}/../`)}${q}`,
    ];
    for (const variant of variants) {
      const result = await attempt(w, w.full, row.method, variant, row.body);
      // A dot segment the URL parser resolves to the same operation is that operation, scoped.
      if (!result.refused) {
        expect(new URL(`http://x${variant}`).pathname).toBe(new URL(`http://x${path}`).pathname);
        continue;
      }
      tally.deniedRequests += 1;
      tally.denied += 1;
      expect([400, 403]).toContain(result.status);
      expect(result.changed).toBe(false);
    }
    for (const header of ['x-http-method-override', 'x-http-method', 'x-method-override']) {
      await expectDenied(w, [400], w.full, 'POST', path + q, {}, { [header]: row.method });
    }
  });

  it('refuses widened or smuggled query parameters', async () => {
    const w = await world();
    const path = row.path(w.own, w.own);
    const join = path.includes('?') ? '&' : '?';
    await expectDenied(
      w,
      [400, 403],
      w.full,
      row.method,
      `${path}${join}client_id=${OTHER}`,
      row.body,
    );
    if (row.op === 'numbers.list' || row.op === 'clients.get') {
      const key = row.op === 'numbers.list' ? 'client_id' : 'id';
      const base = path.split('?')[0];
      for (const query of [
        `filters=${enc({ [key]: OTHER })}`,
        `filters=${enc({ [key]: OWN })}&filters=${enc({ [key]: OTHER })}`,
        `filters=${enc({ [key]: OWN })}&filter%73=${enc({ [key]: OTHER })}`,
        `filters=${enc({ [key]: { $ne: OWN } })}`,
        `filters=${enc({ partner_id: DEMO_PARTNER_ID })}`,
        `filters=${enc([OTHER])}`,
        `filters=%7B`,
      ]) {
        await expectDenied(w, [400, 403], w.full, 'GET', `${base}?${query}`);
      }
    }
    if (row.op === 'numbers.list') {
      // A channel ID of another client as the `id` filter finds nothing: the client filter is forced.
      const result = await attempt(
        w,
        w.full,
        'GET',
        `${P}/channels?filters=${enc({ id: w.other.channelIds[0] })}`,
      );
      expect(result.status).toBe(200);
      expect(JSON.parse(result.text).partner_channels).toEqual([]);
      const unfiltered = await attempt(w, w.full, 'GET', `${P}/channels?limit=100`);
      const channels = JSON.parse(unfiltered.text).partner_channels as { client_id: string }[];
      expect(channels.length).toBe(w.own.channelIds.length);
      expect(channels.every((c) => c.client_id === OWN)).toBe(true);
    }
  });
});

describe('partner-level operations', () => {
  it.each([
    ['GET', `${P}`],
    ['PATCH', `${P}`],
    ['GET', `${P}/balance`],
    ['GET', `${P}/webhook_url`],
    ['POST', `${P}/webhook_url`],
    ['POST', `${P}/clients`],
    ['PATCH', `${P}/clients/${OWN}`],
    ['GET', `${P}/channels/CHANNEL/api_keys`],
    ['POST', `${P}/channels/CHANNEL/api_keys`],
    ['DELETE', `${P}/channels/CHANNEL/api_keys/KEY`],
    ['GET', `${P}/clients/${OWN}/payment_portal_link`],
    ['GET', `${P}/clients/${OWN}/permissions`],
    ['PATCH', `${P}/waba_accounts/WABA/waba_templates/TEMPLATE`],
    ['GET', `${P}/channels/CHANNEL/whatsapp_business_profile`],
    ['POST', '/messaging/CHANNEL/v1/configs/webhook'],
    ['GET', '/messaging/CHANNEL/health_status'],
    ['POST', '/messaging/CHANNEL/messages'],
    ['GET', `${P}/selective_partner_change_requests`],
    ['POST', `${P}/account_sharing/numbers`],
    ['POST', `/token`],
    ['GET', `/partners`],
  ])('%s %s is never reachable', async (method, path) => {
    const w = await world();
    const concrete = path
      .replace('CHANNEL', w.own.channelIds[0]!)
      .replace('KEY', 'k1')
      .replace('WABA', w.own.wabaId)
      .replace('TEMPLATE', w.own.approvedTemplateId);
    await expectDenied(w, [403, 404], w.full, method, concrete, method === 'GET' ? undefined : {});
  });

  it('lists only the own client when the client list is asked for without filters', async () => {
    const w = await world();
    const result = await attempt(w, w.full, 'GET', `${P}/clients?limit=100`);
    expect(result.status).toBe(200);
    expect(JSON.parse(result.text).clients.map((c: { id: string }) => c.id)).toEqual([OWN]);
  });
});
