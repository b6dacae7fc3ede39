import { describe, expect, it } from 'vitest';
import {
  createEmulator,
  createSeedState,
  CHANNEL_STATUSES,
  DEMO_API_KEY,
  DEMO_PARTNER_ID,
} from '../src/index.js';

const auth = { 'x-api-key': DEMO_API_KEY };
const base = `https://portal.example/hub/api/v2/partners/${DEMO_PARTNER_ID}`;

async function get(
  emulator: ReturnType<typeof createEmulator>,
  path: string,
  headers: Record<string, string> = auth,
) {
  const response = await emulator.handle(new Request(`${base}${path}`, { headers }));
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
}

describe('seed', () => {
  it('is deterministic per seed', () => {
    const a = createSeedState({ seed: 42, partnerId: 'p' });
    expect(createSeedState({ seed: 42, partnerId: 'p' })).toEqual(a);
    expect(
      createSeedState({ seed: 43, partnerId: 'p' }).channels.map((c) => c.setup_info.phone_number),
    ).not.toEqual(a.channels.map((c) => c.setup_info.phone_number));
  });

  it('dates the seed relative to its clock, deterministically', () => {
    const now = Date.UTC(2031, 4, 17, 15, 20);
    const state = createSeedState({ seed: 42, partnerId: 'p', now: () => now });
    expect(createSeedState({ seed: 42, partnerId: 'p', now: () => now + 3_600_000 })).toEqual(
      state,
    );
    const pending = state.channels.filter((c) => c.status === 'pending_deletion');
    expect(pending.length).toBeGreaterThan(0);
    for (const channel of pending) {
      // Deleted at the end of the month of `now`, cancelled earlier in that month.
      expect(channel.terminated_at).toBe('2031-05-31T23:59:59.000Z');
      expect(Date.parse(channel.terminated_at!)).toBeGreaterThan(now);
      expect(channel.cancelled_at! >= '2031-05-01').toBe(true);
      expect(Date.parse(channel.cancelled_at!)).toBeLessThanOrEqual(now);
    }
    const renewals = Object.values(state.balances).flatMap((b) =>
      b.last_renewal ? [Date.parse(b.last_renewal.date)] : [],
    );
    expect(renewals.length).toBeGreaterThan(0);
    // Recent renewals: within the last month, none in the future.
    expect(renewals.every((t) => t <= now && t > now - 31 * 86_400_000)).toBe(true);
    const created = [...state.clients, ...state.channels, ...state.templates].map((r) =>
      Date.parse(r.created_at),
    );
    expect(created.every((t) => t < now)).toBe(true);
    expect(
      state.channels.every((c) => !c.billing_started_at || c.billing_started_at < '2031-05-17'),
    ).toBe(true);
    // The emulator seeds with its own clock.
    const emulator = createEmulator({ now: () => now });
    expect(emulator.state.channels).toEqual(state.channels.map((c) => ({ ...c })));
  });

  it('seeds profile pictures as local images, not links to other hosts', () => {
    const state = createSeedState({ seed: 42, partnerId: 'p' });
    const urls = Object.values(state.profiles).map((p) => p.profile_picture_url);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      expect(url === '' || url.startsWith('data:image/')).toBe(true);
      expect(url).not.toMatch(/https?:/);
    }
    expect(decodeURIComponent(urls[0]!)).toContain('<svg');
  });

  it('covers every status, quality rating, tier, plan, account type and payment type', () => {
    const state = createSeedState({ seed: 42, partnerId: 'p' });
    const { channels, clients, templates } = state;
    expect(new Set(channels.map((c) => c.status))).toEqual(new Set(CHANNEL_STATUSES));
    expect(new Set(channels.map((c) => c.current_quality_rating))).toEqual(
      new Set(['GREEN', 'YELLOW', 'RED', 'UNKNOWN']),
    );
    expect(new Set(channels.map((c) => c.current_limit).filter(Boolean)).size).toBe(6);
    expect(new Set(channels.map((c) => c.tier))).toEqual(new Set(['basic', 'regular', 'premium']));
    expect(channels.some((c) => c.is_on_biz_app)).toBe(true);
    expect(channels.some((c) => c.waba_account.on_behalf_of_business_info)).toBe(true);
    expect(
      channels.some((c) => !c.is_on_biz_app && !c.waba_account.on_behalf_of_business_info),
    ).toBe(true);
    // Direct payment (own funds, renewed) and partner payment (none) show in the seeded funds;
    // the payment type itself is per partner account on the Hub, so no client record has one.
    const renewed = clients.map((c) => state.balances[c.id]!.last_renewal !== null);
    expect(new Set(renewed)).toEqual(new Set([true, false]));
    expect(clients.some((c) => 'payment_type' in c)).toBe(false);
    expect(templates.length).toBeGreaterThanOrEqual(55);
    expect(new Set(templates.map((t) => t.status))).toEqual(
      new Set(['approved', 'pending', 'rejected', 'paused', 'disabled', 'in_appeal', 'submitted']),
    );
    expect(new Set(templates.map((t) => t.category))).toEqual(
      new Set(['MARKETING', 'UTILITY', 'AUTHENTICATION']),
    );
    expect(templates.filter((t) => t.status === 'rejected').every((t) => t.rejected_reason)).toBe(
      true,
    );
    // Per-client grants are not a Hub concept: the partner's key is partner-wide.
    expect(state).not.toHaveProperty('permissions');
    expect(channels.every((c) => /^\+\d{10,14}$/.test(c.setup_info.phone_number))).toBe(true);
  });

  it('generates N numbers with unique phone numbers', () => {
    const { channels } = createSeedState({ seed: 1, partnerId: 'p', numbers: 10_000 });
    expect(channels).toHaveLength(10_000);
    expect(new Set(channels.map((c) => c.id)).size).toBe(10_000);
    expect(new Set(channels.map((c) => c.setup_info.phone_number)).size).toBe(10_000);
  });
});

describe('handler', () => {
  it('serves /api/v2 under any origin and prefix, with the list envelope', async () => {
    const emulator = createEmulator();
    const { status, body } = await get(emulator, '/channels?limit=3&sort=-created_at');
    expect(status).toBe(200);
    expect(body).toMatchObject({ count: 3, limit: 3, offset: 0, sort: ['-created_at'], total: 22 });
  });

  it('rejects unknown filter keys and sort fields like the real API', async () => {
    const emulator = createEmulator();
    const filters = encodeURIComponent(JSON.stringify({ colour: 'blue' }));
    expect((await get(emulator, `/channels?filters=${filters}`)).body).toMatchObject({
      meta: {
        success: false,
        http_code: 400,
        developer_message: 'Wrong payload',
        details: ['filters: "colour" is not a valid filter'],
      },
    });
    expect((await get(emulator, '/channels?sort=colour')).status).toBe(400);
  });

  it('answers 401 without credentials and 404 for unknown paths', async () => {
    const emulator = createEmulator();
    expect((await get(emulator, '/channels', {})).status).toBe(401);
    expect((await get(emulator, '/nothing-here')).status).toBe(404);
  });

  it('rate-limits the client balance to 5 requests per 30 s with Retry-After', async () => {
    let clock = Date.UTC(2026, 5, 1);
    const emulator = createEmulator({ now: () => clock });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await get(emulator, '/clients/bNapo1CL/info/balance')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await get(emulator, '/clients/bNapo1CL/info/balance');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    clock += 31_000;
    expect((await get(emulator, '/clients/bNapo1CL/info/balance')).status).toBe(200);
  });

  it('has 400 days of daily usage per pricing category, and none before', async () => {
    const now = Date.UTC(2026, 5, 1);
    const emulator = createEmulator({ now: () => now, rateLimits: false });
    const start = (now - 450 * 86_400_000) / 1000;
    const { body } = await get(
      emulator,
      `/clients/lUmHe4CL/info/balance?granularity=DAY&start_date=${start}&end_date=${now / 1000}`,
    );
    const usage = body.usage as Record<string, number>[];
    expect(usage).toHaveLength(400);
    expect(usage.every((d) => d.marketing_quantity! > 0 && d.service_price === 0)).toBe(true);
    // lUmHe4CL authenticates users abroad but sends no Marketing Messages Lite: absent, not zero.
    expect(usage.every((d) => d.authentication_international_price! > 0)).toBe(true);
    expect(usage.some((d) => 'marketing_lite_quantity' in d)).toBe(false);
    // The day totals are the sums of the categories sent.
    const categorySum = (d: Record<string, number>) =>
      Object.entries(d)
        .filter(([key]) => /[a-z]_quantity$/.test(key) && !/(paid|free)_quantity$/.test(key))
        .reduce((n, [, value]) => n + value, 0);
    expect(usage.every((d) => d.quantity === categorySum(d))).toBe(true);
  });

  it('works as a fetch function', async () => {
    const emulator = createEmulator();
    const response = await emulator.fetch(`${base}/clients`, { headers: auth });
    expect(response.status).toBe(200);
  });
});
