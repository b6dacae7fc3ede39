import type { HubError, HubNumber, Page } from '@hub/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../src/node.js';
import { draft, sdk, serve } from './helpers.js';

let server: RunningEmulator;
let hub: ReturnType<typeof sdk>;

beforeAll(async () => {
  server = await serve({ seed: 42, templateReviewDelayMs: 40, rateLimits: false });
  hub = sdk(server, {
    // Server side, as a demo server would: the Messaging API with each number's own key.
    messaging: {
      baseUrl: server.messagingUrl,
      channelApiKey: (id) => server.emulator.channelApiKey(id),
    },
  });
});
afterAll(() => server.close());

const waitMs = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('numbers', () => {
  it('lists with filters, sorting and pagination', async () => {
    const running = await hub.numbers.list({ filters: { status: 'running' }, limit: 100 });
    expect(running.total).toBeGreaterThan(0);
    expect(running.items.every((n) => n.status === 'running')).toBe(true);

    const sorted = await hub.numbers.list({ sort: 'displayName', limit: 100 });
    const names = sorted.items.map((n) => n.displayName);
    expect(names).toEqual([...names].sort());
    const descending = await hub.numbers.list({ sort: '-displayName', limit: 100 });
    expect(descending.items.map((n) => n.displayName)).toEqual([...names].reverse());

    const first = await hub.numbers.list({ limit: 5, sort: 'createdAt' });
    const second = await hub.numbers.list({ limit: 5, offset: 5, sort: 'createdAt' });
    expect(first.nextOffset).toBe(5);
    expect(second.items.map((n) => n.id)).toEqual(
      sorted.items.length > 10
        ? (await hub.numbers.list({ limit: 10, sort: 'createdAt' })).items.slice(5).map((n) => n.id)
        : [],
    );
  });

  it('searches by free text and filters by client', async () => {
    const { items } = await hub.numbers.list({ filters: { q: 'bella napoli' }, limit: 100 });
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((n) => n.clientName === 'Bella Napoli Ristoranti')).toBe(true);
    const byClient = await hub.numbers.list({
      filters: { clientId: items[0]!.clientId },
      limit: 100,
    });
    expect(byClient.total).toBe(items.length);
  });

  it('iterates over every page', async () => {
    const all: HubNumber[] = [];
    for await (const number of hub.numbers.iterate({ limit: 4 })) all.push(number);
    const { total } = await hub.numbers.list();
    expect(all).toHaveLength(total);
    expect(new Set(all.map((n) => n.id)).size).toBe(total);
  });

  it('gets one number, and not_found for an unknown one', async () => {
    const { items } = await hub.numbers.list({ limit: 1 });
    expect((await hub.numbers.get(items[0]!.id)).id).toBe(items[0]!.id);
    await expect(hub.numbers.get('nope0CH')).rejects.toMatchObject({ kind: 'not_found' });
  });

  it('cancels a subscription (pending deletion until month end) and revokes it', async () => {
    const [number] = (
      await hub.numbers.list({ filters: { status: 'running', clientId: 'bNapo1CL' } })
    ).items;
    const cancelled = await hub.numbers.cancelSubscription(number!);
    expect(cancelled.status).toBe('pending_deletion');
    expect(cancelled.cancelledAt).not.toBeNull();
    const end = new Date(cancelled.terminatedAt!);
    expect(end.getUTCDate()).toBe(
      new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0)).getUTCDate(),
    );
    const revoked = await hub.numbers.revokeCancellation(number!);
    expect(revoked).toMatchObject({ status: 'running', cancelledAt: null, terminatedAt: null });
  });

  it('requests a display-name change (under review)', async () => {
    const [number] = (await hub.numbers.list({ filters: { status: 'live' } })).items;
    const changed = await hub.numbers.requestDisplayNameChange(number!, 'Casa Verde Official');
    expect(changed).toMatchObject({
      status: 'new_name_requested',
      displayNameStatus: 'pending_review',
      requestedDisplayName: 'Casa Verde Official',
    });
    await expect(hub.numbers.requestDisplayNameChange(number!, 'x')).rejects.toMatchObject({
      kind: 'invalid_request',
      fieldErrors: [{ path: 'display_name' }],
    });
  });

  it('turns Signals on and off for a number', async () => {
    const [number] = (await hub.numbers.list({ filters: { clientId: 'lUmHe4CL' } })).items;
    await hub.numbers.setSignals(number!, true);
    expect(server.emulator.state.signals).toContain(number!.id);
    await hub.numbers.setSignals(number!, false);
    expect(server.emulator.state.signals).not.toContain(number!.id);
  });

  it('creates, lists and revokes API keys', async () => {
    const number = (
      await hub.numbers.list({ filters: { status: 'running' }, limit: 100 })
    ).items.find(
      (n) => n.clientId === 'bNapo1CL' || n.clientId === 'kTeCo5CL' || n.clientId === 'cVerd3CL',
    );
    const created = await hub.numbers.createApiKey(number!.id);
    expect(created.key).toMatch(/^[A-Za-z0-9]{32}$/);
    const keys = await hub.numbers.listApiKeys(number!.id);
    expect(keys).toHaveLength(1);
    expect(keys[0]!.key).toBe(`****${created.key.slice(-4)}`);
    await hub.numbers.revokeApiKey(number!.id, created.id);
    expect(await hub.numbers.listApiKeys(number!.id)).toEqual([]);
  });
});

describe('templates', () => {
  const waba = 'nRdL1WA';

  it('lists by status, category, language and name', async () => {
    const approved = await hub.templates.list(waba, {
      filters: { status: 'APPROVED' },
      limit: 100,
    });
    expect(approved.total).toBeGreaterThan(0);
    expect(approved.items.every((t) => t.status === 'APPROVED')).toBe(true);
    const german = await hub.templates.list(waba, {
      filters: { language: 'de', category: 'UTILITY' },
    });
    expect(german.items.every((t) => t.language === 'de' && t.category === 'UTILITY')).toBe(true);
    const named = await hub.templates.list(waba, { filters: { name: 'order_confirmation' } });
    expect(named.total).toBeGreaterThan(1);
    expect(named.items.every((t) => t.name === 'order_confirmation')).toBe(true);
    expect(new Set(named.items.map((t) => t.language)).size).toBe(named.total);
  });

  it('creates a template that goes PENDING then APPROVED after the review delay', async () => {
    const created = await hub.templates.create(waba, draft('table_booked'));
    expect(created.status).toBe('PENDING');
    await waitMs(60);
    expect((await hub.templates.get(waba, created.id)).status).toBe('APPROVED');
  });

  it('rejects by the deterministic rule, with a reason', async () => {
    const created = await hub.templates.create(waba, draft('please_reject_me'));
    await waitMs(60);
    expect(await hub.templates.get(waba, created.id)).toMatchObject({
      status: 'REJECTED',
      rejectedReason: 'INVALID_FORMAT',
    });
  });

  it('answers 400 with field details for a template the platform would refuse', async () => {
    const error = (await hub.templates
      .create(waba, { ...draft('x'), name: 'Bad Name' })
      .catch((e: unknown) => e)) as HubError;
    expect(error.kind).toBe('invalid_request');
    expect(error.fieldErrors.map((f) => f.path)).toContain('name');
  });

  it('allows one template per name and language', async () => {
    await hub.templates.create(waba, draft('one_per_language'));
    await expect(hub.templates.create(waba, draft('one_per_language'))).rejects.toMatchObject({
      kind: 'conflict',
    });
  });

  it('copies under a new name, adds a language, and deletes every language of a name', async () => {
    const source = await hub.templates.create(waba, draft('source_template'));
    const copy = await hub.templates.copy(waba, source.id, { name: 'copied_template' });
    expect(copy).toMatchObject({
      name: 'copied_template',
      language: 'en_US',
      category: 'UTILITY',
      components: source.components,
    });
    const german = await hub.templates.addLanguage(waba, source.id, {
      language: 'de',
      components: [
        {
          type: 'BODY',
          text: 'Hallo {{1}}, dein Tisch für {{2}} ist reserviert.',
          example: { body_text: [['Anna', 'vier']] },
        },
      ],
    });
    expect(german).toMatchObject({ name: 'source_template', language: 'de' });
    await expect(hub.templates.copy(waba, source.id, {})).rejects.toMatchObject({
      kind: 'invalid_request',
    });
    await hub.templates.delete(waba, source.id);
    expect((await hub.templates.list(waba, { filters: { name: 'source_template' } })).total).toBe(
      0,
    );
    expect((await hub.templates.list(waba, { filters: { name: 'copied_template' } })).total).toBe(
      1,
    );
  });

  it('syncs', async () => {
    await expect(hub.templates.sync(waba)).resolves.toBeUndefined();
  });
});

describe('billing and activity', () => {
  it('reads a balance with auto-renewal', async () => {
    const balance = await hub.billing.balance('nRdL1cCL');
    expect(balance.balance.currency).toBe('EUR');
    expect(Number.isInteger(balance.balance.amountMinor)).toBe(true);
    expect(balance.autoRenewal).toMatchObject({
      threshold: { amountMinor: 1000, currency: 'EUR' },
    });
  });

  it('reads usage per day and per month', async () => {
    // The last complete month: always inside the emulator's 400 days of history.
    const now = new Date();
    const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1))
      .toISOString()
      .slice(0, 10);
    const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0));
    const to = last.toISOString().slice(0, 10);
    const daily = await hub.billing.usage('lUmHe4CL', { from, to });
    expect(daily.currency).toBe('USD');
    expect(daily.periods).toHaveLength(last.getUTCDate());
    const monthly = await hub.billing.usage('lUmHe4CL', { from, to, granularity: 'month' });
    expect(monthly.periods).toHaveLength(1);
    const sum = daily.periods.reduce((n, p) => n + p.cost.amountMinor, 0);
    expect(monthly.periods[0]!.cost.amountMinor).toBe(sum);
  });

  it('reads the partner balance', async () => {
    const balances = await hub.billing.partnerBalance();
    expect(balances.map((b) => b.currency).sort()).toEqual(['EUR', 'USD']);
  });

  it('gives daily activity and last week against the week before', async () => {
    const now = new Date();
    const week = await hub.activity.lastWeek('cVerd3CL', { now });
    const yesterday = new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10);
    const sevenBefore = new Date(now.getTime() - 7 * 86_400_000).toISOString().slice(0, 10);
    const daily = await hub.activity.daily('cVerd3CL', { from: sevenBefore, to: yesterday });
    expect(daily.periods).toHaveLength(7);
    expect(week.current.messages).toBe(daily.periods.reduce((n, p) => n + p.quantity, 0));
    expect(week.growth.messages.delta).toBe(week.current.messages - week.previous.messages);
    expect(Number.isFinite(week.growth.cost.ratio)).toBe(true);
  });
});

describe('WABA, profile, clients', () => {
  it('reads a WABA and changes commerce settings', async () => {
    expect(await hub.waba.get('nRdL1WA')).toMatchObject({ id: 'nRdL1WA', clientId: 'nRdL1cCL' });
    // The account type and message-on-behalf state come with the number.
    const [nordlicht] = (await hub.numbers.list({ filters: { clientId: 'nRdL1cCL' } })).items;
    expect(nordlicht).toMatchObject({
      accountType: 'on_behalf_of',
      waba: { onBehalfOfStatus: 'approved' },
    });
    const [number] = (
      await hub.numbers.list({ filters: { clientId: 'kTeCo5CL', status: 'running' } })
    ).items;
    const before = server.emulator.requests.length;
    const settings = await hub.waba.updateCommerceSettings(number!.id, {
      catalogVisible: true,
      cartEnabled: false,
    });
    expect(settings).toEqual({ catalogVisible: true, cartEnabled: false });
    expect(await hub.waba.commerceSettings(number!.id)).toEqual(settings);
    expect(server.emulator.state.commerce[number!.id]).toEqual({
      is_catalog_visible: true,
      is_cart_enabled: false,
    });
    // Only one field changes: the other stays.
    await hub.waba.updateCommerceSettings(number!.id, { cartEnabled: true });
    expect(await hub.waba.commerceSettings(number!.id)).toEqual({
      catalogVisible: true,
      cartEnabled: true,
    });
    // On the Messaging API at the root, with the number's key.
    expect(
      server.emulator.requests
        .slice(before)
        .every((r) => r.api === 'messaging' && r.path === '/whatsapp_commerce_settings'),
    ).toBe(true);
  });

  it('reads and updates the business profile', async () => {
    const [number] = (
      await hub.numbers.list({ filters: { clientId: 'kTeCo5CL', status: 'running' } })
    ).items;
    const updated = await hub.profile.update(number!.id, {
      about: 'Gear for every trail',
      websites: ['https://kiteandco.example'],
    });
    expect(updated).toMatchObject({
      about: 'Gear for every trail',
      websites: ['https://kiteandco.example'],
    });
    await expect(
      hub.profile.update(number!.id, { websites: ['a', 'b', 'c'] }),
    ).rejects.toMatchObject({ kind: 'invalid_request' });
  });

  it('lists and gets clients; the payment type comes from the option', async () => {
    const page = await hub.clients.list({ sort: 'name', limit: 3 });
    expect(page.total).toBe(7);
    expect(page.items.map((c) => c.name)).toEqual([...page.items.map((c) => c.name)].sort());
    expect(page.items.every((c) => c.paymentType === 'unknown')).toBe(true);
    // mSol07CL's funds are seeded as direct payment; the partner account's option decides.
    expect(await sdk(server, { paymentType: 'partner' }).clients.get('mSol07CL')).toMatchObject({
      paymentType: 'partner',
      country: 'MX',
    });
    await expect(hub.clients.get('zzzCL')).rejects.toMatchObject({ kind: 'not_found' });
  });
});

describe('cache over HTTP', () => {
  it('N concurrent identical calls make one request', async () => {
    const fresh = sdk(server);
    const before = server.emulator.requests.length;
    await Promise.all(
      Array.from({ length: 10 }, () => fresh.numbers.list({ filters: { status: 'running' } })),
    );
    expect(server.emulator.requests.length - before).toBe(1);
  });

  it('a cancellation changes the number in the cached lists that show it, reading only the number', async () => {
    const fresh = sdk(server);
    const params = { filters: { clientId: 'kTeCo5CL' }, limit: 50 };
    const page = await fresh.numbers.list(params);
    const target = page.items.find((n) => n.status === 'running' || n.status === 'live')!;
    const other = { filters: { clientId: 'bNapo1CL' } };
    const otherPage = await fresh.numbers.list(other);
    const statusOf = () =>
      fresh.cache
        .get<Page<HubNumber>>(fresh.numbers.keys.list(params))
        ?.data?.items.find((n) => n.id === target.id)?.status;
    fresh.cache.subscribe(fresh.numbers.keys.list(params), () => undefined);
    fresh.cache.subscribe(fresh.numbers.keys.list(other), () => undefined);
    const before = server.emulator.requests.length;
    const cancelling = fresh.numbers.cancelSubscription(target);
    expect(statusOf()).toBe('pending_deletion');
    await cancelling;
    expect(statusOf()).toBe('pending_deletion');
    expect(fresh.cache.get(fresh.numbers.keys.list(other))?.data).toBe(otherPage);
    // The cancel (answered `{}`) and the re-read of the number; no list is read again.
    expect(server.emulator.requests.slice(before).map((r) => r.method)).toEqual(['POST', 'GET']);
    await fresh.numbers.revokeCancellation(target);
  });
});
