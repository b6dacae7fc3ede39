import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createHubClient, isoDay, type Capability, type HubClient } from '@hub/core';
import {
  DEMO_API_KEY,
  DEMO_PARTNER_ID,
  createEmulator,
  type Emulator,
  type EmulatorOptions,
} from '@hub/emulator';
import '../define/hub-provider.js';
import '../define/hub-billing.js';
import type { HubProvider } from '../provider/provider.js';
import type { HubBilling } from './billing.js';
import { EMULATOR_BASE_URL, FULL_ACCESS_CLIENT } from '../test-support/emulated-hub.js';

/** A seeded client the tests bill directly (the demo partner account pays it directly). */
const DIRECT_CLIENT = 'nRdL1cCL';

type UsageRow = Record<string, number | string>;

interface HubSetup extends EmulatorOptions {
  paymentType?: 'direct' | 'partner';
  capabilities?: readonly Capability[];
  /** What each number's usage answer holds instead of the emulator's generated usage. */
  usage?: (channelId: string) => UsageRow[];
}

interface Setup extends HubSetup {
  clientId?: string;
  portalUrl?: string;
}

/**
 * A client of an in-page emulator, like `emulatedHub`, whose numbers' usage answers
 * (`…/channels/{channel_id}/info/usage`) are replaced by `setup.usage`.
 */
function hubWith(setup: HubSetup): { emulator: Emulator; client: HubClient } {
  const { paymentType = 'direct', capabilities, usage, ...rest } = setup;
  const emulator = createEmulator({ rateLimits: false, ...rest });
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await emulator.fetch(input, init);
    const url = String(input instanceof Request ? input.url : input);
    const channelId = /\/channels\/([^/]+)\/info\/usage/.exec(url)?.[1];
    if (!usage || channelId === undefined || !response.ok) return response;
    const body = (await response.json()) as { usage: UsageRow[] };
    return Response.json({ ...body, usage: usage(channelId) });
  };
  const client = createHubClient({
    partnerId: DEMO_PARTNER_ID,
    baseUrl: EMULATOR_BASE_URL,
    auth: { apiKey: DEMO_API_KEY },
    fetch,
    capabilities,
    paymentType,
  });
  return { emulator, client };
}

async function mount(setup: Setup = {}, hub?: ReturnType<typeof hubWith>) {
  const {
    clientId = DIRECT_CLIENT,
    portalUrl = 'https://billing.example/p/session/abc',
    ...rest
  } = setup;
  hub ??= hubWith(rest);
  const provider = await fixture<HubProvider>(html`
    <hub-provider .client=${hub.client} client-id=${clientId} locale="en-US">
      <hub-billing portal-url=${portalUrl}></hub-billing>
    </hub-provider>
  `);
  const el = provider.querySelector('hub-billing') as HubBilling;
  const $ = <T extends Element = HTMLElement>(selector: string) =>
    el.shadowRoot!.querySelector<T>(selector);
  const $$ = <T extends Element = HTMLElement>(selector: string) => [
    ...el.shadowRoot!.querySelectorAll<T>(selector),
  ];
  return { el, emulator: hub.emulator, $, $$ };
}

/** The seeded numbers of a client, in the emulator's order. */
const channelsOf = (emulator: Emulator, clientId = DIRECT_CLIENT) =>
  emulator.state.channels.filter((c) => c.client_id === clientId);

const usageRequests = (emulator: Emulator) =>
  emulator.requests.filter((r) => r.path.endsWith('/info/usage')).length;

const today = isoDay(Date.now());
const [year, month] = today.split('-').map(Number) as [number, number];
const THIS_MONTH = today.slice(0, 7);
const LAST_MONTH = isoDay(Date.UTC(year, month - 2, 1)).slice(0, 7);

/**
 * Two numbers with known usage, the others with none:
 * this month 15 + 24 = 39 messages and €1.28 + €2.45 = €3.73; last month 1 message, €0.07.
 */
function knownUsage(first: string, second: string, extra: UsageRow[] = []) {
  return (channelId: string): UsageRow[] => {
    if (channelId === first) {
      return [
        {
          period_date: `${THIS_MONTH}-01T00:00:00Z`,
          marketing_quantity: 10,
          marketing_paid_quantity: 10,
          marketing_price: 1.23,
          utility_quantity: 5,
          utility_paid_quantity: 2,
          utility_price: 0.05,
          quantity: 15,
          paid_quantity: 12,
          total_price: 1.28,
        },
        {
          period_date: `${LAST_MONTH}-01T00:00:00Z`,
          marketing_quantity: 1,
          marketing_paid_quantity: 1,
          marketing_price: 0.07,
          quantity: 1,
          paid_quantity: 1,
          total_price: 0.07,
        },
      ];
    }
    if (channelId === second) {
      return [
        {
          period_date: `${THIS_MONTH}-01T00:00:00Z`,
          service_quantity: 20,
          service_paid_quantity: 0,
          service_price: 0,
          marketing_quantity: 4,
          marketing_paid_quantity: 4,
          marketing_price: 2.45,
          quantity: 24,
          paid_quantity: 4,
          total_price: 2.45,
        },
        ...extra,
      ];
    }
    return [];
  };
}

/** Mounts the direct client with {@link knownUsage} on its first two numbers. */
async function mountKnown(extra: UsageRow[] = [], setup: Setup = {}) {
  const probe = createEmulator({ rateLimits: false });
  const [first, second] = channelsOf(probe).map((c) => c.id) as [string, string];
  return mount({ ...setup, usage: knownUsage(first, second, extra) });
}

/** Catches CSV downloads: the Blob handed to `URL.createObjectURL` and the link's file name. */
function catchDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  const create = URL.createObjectURL;
  const revoke = URL.revokeObjectURL;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    blobs.push(blob as Blob);
    return `blob:${location.origin}/caught-${blobs.length}`;
  };
  URL.revokeObjectURL = () => undefined;
  const onClick = (event: MouseEvent) => {
    const target = event.composedPath()[0];
    if (target instanceof HTMLAnchorElement && target.download) {
      names.push(target.download);
      event.preventDefault();
    }
  };
  document.addEventListener('click', onClick, true);
  return {
    blobs,
    names,
    restore() {
      URL.createObjectURL = create;
      URL.revokeObjectURL = revoke;
      document.removeEventListener('click', onClick, true);
    },
  };
}

/** Replaces `window.open` with a recorder. */
function stubOpen() {
  const calls: unknown[][] = [];
  const original = window.open;
  window.open = (...args: unknown[]) => {
    calls.push(args);
    return null;
  };
  return { calls, restore: () => (window.open = original) };
}

describe('<hub-billing> direct payment', () => {
  it('lists the plan of each number, "Not reported" where the Hub has none', async () => {
    const hub = hubWith({});
    const channels = channelsOf(hub.emulator);
    expect(channels.length).to.be.at.least(3);
    channels.forEach((c) => (c.tier = 'regular'));
    channels[0]!.tier = 'premium';
    channels[1]!.tier = 'basic';
    // A plan this version does not know.
    Object.assign(channels[2]!, { tier: 'enterprise-gold' });
    const { el, $, $$ } = await mount({}, hub);
    await waitUntil(() => $('[part=plans-table]'), 'no plans table');
    const plans = Object.fromEntries(
      $$('[part=plans-table] tbody tr').map((row) => [
        row.dataset['numberId'],
        row.querySelector('td[data-plan]')!.textContent!.trim(),
      ]),
    );
    expect(Object.keys(plans)).to.have.length(channels.length);
    expect(plans[channels[0]!.id]).to.equal('Premium');
    expect(plans[channels[1]!.id]).to.equal('Basic');
    expect(plans[channels[2]!.id]).to.equal('Not reported');
    channels.slice(3).forEach((c) => expect(plans[c.id]).to.equal('Regular'));
    const counts = $$('.plan-counts li').map((li) => li.textContent!.trim());
    const regular = channels.length - 3;
    expect(counts).to.deep.equal([
      'Premium: 1 number',
      ...(regular ? [`Regular: ${regular} number${regular === 1 ? '' : 's'}`] : []),
      'Basic: 1 number',
      'Not reported: 1 number',
    ]);
    expect($('[part=plans-table] caption')!.textContent).to.contain('plan of each number');
    await expect(el).to.be.accessible();
  });

  it('shows the charges month by month, summed over the numbers, with the notice', async () => {
    const { el, $, $$ } = await mountKnown();
    await waitUntil(() => $('[part=history-table]'), 'no history');
    const row = (m: string) => $(`tr[data-month="${m}"]`)!;
    const cells = (m: string) =>
      [...row(m).querySelectorAll('td')].map((td) => td.textContent!.trim());
    expect(cells(THIS_MONTH)).to.deep.equal(['39', '€3.73']);
    expect(cells(LAST_MONTH)).to.deep.equal(['1', '€0.07']);
    expect(row(THIS_MONTH).querySelector('th')!.textContent).to.contain('(so far)');
    expect($('[data-total-messages]')!.textContent!.trim()).to.equal('40');
    expect($('[data-total-charges]')!.textContent!.trim()).to.equal('€3.80');
    // Newest first.
    expect($$('tbody tr[data-month]').map((r) => r.dataset['month'])).to.deep.equal([
      THIS_MONTH,
      LAST_MONTH,
    ]);
    const notice = $('[part=notice]')!.textContent!;
    expect(notice).to.contain('approximate');
    expect(notice).to.contain('financially binding');
    expect(notice).to.contain('Meta’s invoice at the end of the month is the authoritative record');
    expect($('[part=history-table]')!.getAttribute('aria-describedby')).to.equal('notice');
    expect($$('[part=history-table] thead th[scope=col]')).to.have.length(3);
    expect($('[part=history-table] caption')!.textContent).to.contain(
      'Approximate charges per month',
    );
    await expect(el).to.be.accessible();
  });

  it('says "no charges yet" when the months hold nothing', async () => {
    const { el, $ } = await mount({ usage: () => [] });
    await waitUntil(() => $('[part=empty]'), 'no empty state');
    expect($('[part=empty]')!.textContent).to.contain('No charges yet');
    expect($('[part=download-button]')).to.equal(null);
    expect($('[part=notice]')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says in one line what the billing portal offers', async () => {
    const { $ } = await mountKnown();
    await waitUntil(() => $('[part=portal-button]'));
    const info = $('#portal-info')!.textContent!;
    for (const offer of ['plan', 'invoices', 'card', 'billing address', 'new tab']) {
      expect(info).to.contain(offer);
    }
    expect($('[part=portal-button]')!.getAttribute('aria-describedby')).to.equal('portal-info');
  });

  it('shows a readable error with a working retry', async () => {
    const { el, $ } = await mountKnown([], {
      faults: [{ route: /info\/usage/, errorRate: 1, errorStatus: 403, times: 1 }],
    });
    await waitUntil(() => $('[part=history] [role=alert]'), 'no error', { timeout: 5000 });
    expect($('[part=history] [role=alert]')!.textContent).to.contain('Could not load');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>('[part=history] [role=alert] button')!.click();
    await waitUntil(() => $('[part=history-table]'), 'retry did not recover');
    expect($(`tr[data-month="${THIS_MONTH}"] td:last-child`)!.textContent!.trim()).to.equal(
      '€3.73',
    );
  });

  it('announces loading with a skeleton', async () => {
    const { $ } = await mount({ faults: [{ route: /info\/usage/, latencyMs: 400 }] });
    await waitUntil(() => $('[part=history] [part=loading]'), 'no loading state');
    expect($('[part=history] [part=loading]')!.getAttribute('role')).to.equal('status');
    await waitUntil(() => $('[part=history-table]'), 'never loaded');
  });
});

describe('<hub-billing> billing portal', () => {
  let open: ReturnType<typeof stubOpen>;
  beforeEach(() => (open = stubOpen()));
  afterEach(() => open.restore());

  it('opens the portal in a new tab with noopener, after a cancelable event', async () => {
    const { el, $ } = await mountKnown();
    await waitUntil(() => $('[part=portal-button]'));
    const event = oneEvent(el, 'hub-billing-portal-open');
    $<HTMLButtonElement>('[part=portal-button]')!.click();
    const { detail, cancelable } = await event;
    expect(cancelable).to.equal(true);
    expect(detail).to.deep.equal({
      clientId: DIRECT_CLIENT,
      url: 'https://billing.example/p/session/abc',
    });
    await waitUntil(() => open.calls.length === 1, 'window.open not called');
    expect(open.calls[0]).to.deep.equal([
      'https://billing.example/p/session/abc',
      '_blank',
      'noopener',
    ]);
  });

  it('opens nothing when a listener cancels the event', async () => {
    const { el, $ } = await mountKnown();
    await waitUntil(() => $('[part=portal-button]'));
    let seen = 0;
    el.addEventListener('hub-billing-portal-open', (event) => {
      seen += 1;
      event.preventDefault();
    });
    $<HTMLButtonElement>('[part=portal-button]')!.click();
    await waitUntil(() => seen === 1, 'no event');
    await el.updateComplete;
    expect(open.calls).to.deep.equal([]);
    expect($('[part=portal-error]')).to.equal(null);
  });

  it('asks a portalUrl function for the link, and opens a same-origin one', async () => {
    const { el, $ } = await mountKnown();
    await waitUntil(() => $('[part=portal-button]'));
    let asked = 0;
    el.portalUrl = () => {
      asked += 1;
      return Promise.resolve('/billing-portal?session=1');
    };
    $<HTMLButtonElement>('[part=portal-button]')!.click();
    await waitUntil(() => open.calls.length === 1, 'window.open not called');
    expect(asked).to.equal(1);
    expect(open.calls[0]).to.deep.equal([
      `${location.origin}/billing-portal?session=1`,
      '_blank',
      'noopener',
    ]);
  });

  for (const unsafe of ['javascript:alert(1)', 'http://billing.example/p/session/abc']) {
    it(`refuses ${unsafe.split(':')[0]}: with a console error and never opens it`, async () => {
      const errors: unknown[][] = [];
      const consoleError = console.error;
      console.error = (...args: unknown[]) => errors.push(args);
      try {
        const { el, $ } = await mountKnown([], { portalUrl: unsafe });
        await waitUntil(() => $('[part=portal-button]'));
        const event = oneEvent(el, 'hub-billing-portal-open');
        $<HTMLButtonElement>('[part=portal-button]')!.click();
        expect((await event).detail.url).to.equal(null);
        await waitUntil(() => $('[part=portal-error]'), 'no error shown');
        expect(open.calls).to.deep.equal([]);
        expect(errors).to.have.length(1);
        const logged = String(errors[0]![0]);
        expect(logged).to.contain('<hub-billing>');
        expect(logged).to.contain(unsafe.split(':')[0]! + ':');
        // A portal link can carry a session: the console does not repeat it.
        expect(logged).not.to.contain('session/abc');
        expect($('[part=portal-error]')!.getAttribute('role')).to.equal('alert');
        await expect(el).to.be.accessible();
      } finally {
        console.error = consoleError;
      }
    });
  }

  it('says so when the portalUrl function fails', async () => {
    const { el, $ } = await mountKnown();
    await waitUntil(() => $('[part=portal-button]'));
    el.portalUrl = () => Promise.reject(new Error('backend down'));
    $<HTMLButtonElement>('[part=portal-button]')!.click();
    await waitUntil(() => $('[part=portal-error]'), 'no error shown');
    expect($('[part=portal-error]')!.textContent).to.contain('Could not open the billing portal');
    expect(open.calls).to.deep.equal([]);
  });
});

describe('<hub-billing> CSV', () => {
  let downloads: ReturnType<typeof catchDownloads>;
  beforeEach(() => (downloads = catchDownloads()));
  afterEach(() => downloads.restore());

  it('downloads the monthly charges shown, with formula-like cells neutralised', async () => {
    // A row whose date the Hub sent as a spreadsheet formula: shown as sent, never run.
    const { el, $ } = await mountKnown([
      { period_date: '=1+2', marketing_quantity: 3, marketing_price: 0.1, total_price: 0.1 },
    ]);
    await waitUntil(() => $('[part=download-button]'), 'no download button');
    expect($('tr[data-month="=1+2"] th')!.textContent!.trim()).to.equal('=1+2');
    const done = oneEvent(el, 'hub-csv-downloaded');
    $<HTMLButtonElement>('[part=download-button]')!.click();
    expect((await done).detail).to.deep.equal({ fileName: `billing-${DIRECT_CLIENT}.csv` });
    expect(downloads.names).to.deep.equal([`billing-${DIRECT_CLIENT}.csv`]);
    expect(downloads.blobs).to.have.length(1);
    expect(downloads.blobs[0]!.type).to.equal('text/csv;charset=utf-8');
    const lines = (await downloads.blobs[0]!.text()).split('\r\n');
    expect(lines[0]).to.equal('month,messages,charges,currency');
    expect(lines).to.include(`${THIS_MONTH},39,3.73,EUR`);
    expect(lines).to.include(`${LAST_MONTH},1,0.07,EUR`);
    expect(lines).to.include("'=1+2,3,0.10,EUR");
    // The temporary link is gone.
    expect($('a[download]')).to.equal(null);
    await waitUntil(() =>
      el.shadowRoot!.querySelector('[role=status]')!.textContent!.includes('Downloaded'),
    );
  });
});

describe('<hub-billing> other states', () => {
  it('explains that the partner bills a partner-payment client, without asking for usage', async () => {
    const { el, emulator, $ } = await mount({
      clientId: FULL_ACCESS_CLIENT,
      paymentType: 'partner',
    });
    await waitUntil(() => $('[part=partner-note]'), 'no partner note');
    expect($('[part=partner-note]')!.textContent).to.contain('Billed by your partner');
    expect($('[role=alert]')).to.equal(null);
    expect($('[part=portal-button]')).to.equal(null);
    expect(usageRequests(emulator)).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('says when access does not include billing, and reads nothing', async () => {
    const { el, emulator, $ } = await mount({ capabilities: ['numbers:read', 'clients:read'] });
    await waitUntil(() => $('[part=permission-denied]'), 'no denial');
    expect($('[part=permission-denied]')!.textContent).to.contain('billing:read');
    expect(usageRequests(emulator)).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('explains that it needs a provider', async () => {
    const el = await fixture<HubBilling>(html`<hub-billing></hub-billing>`);
    expect(el.shadowRoot!.textContent).to.contain('hub-provider');
  });
});
