import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import {
  createHubClient,
  formatMoney,
  fundsOutlook,
  isoDay,
  lastWeekRanges,
  type Capability,
  type HubClient,
} from '@hub/core';
import { createEmulator, DEMO_API_KEY, DEMO_PARTNER_ID, type Emulator } from '@hub/emulator';
import '../define/hub-provider.js';
import '../define/hub-funds.js';
import type { HubFunds } from './funds.js';
import {
  EMULATOR_BASE_URL,
  FULL_ACCESS_CLIENT,
  READ_ONLY_CAPABILITIES,
  emulatedHub,
  type EmulatedHubOptions,
} from '../test-support/emulated-hub.js';

/** Seeded direct-payment clients: Nordlicht (EUR, auto-renewal on), Lumen Health (USD, off). */
const NORDLICHT = 'nRdL1cCL';
const LUMEN = 'lUmHe4CL';
/** A partner-payment client. */
const BELLA_NAPOLI = FULL_ACCESS_CLIENT;
/** Requests that read funds or usage. */
const FUNDS_READ = /info\/(balance|usage)/;

type Funds = Emulator['state']['balances'][string];

interface MountOptions extends EmulatedHubOptions {
  /** Changes the client's seeded funds before the element asks for them. */
  funds?: (funds: Funds) => void;
  locale?: string;
  attributes?: { addFundsUrl?: string; manageUrl?: string };
}

async function mount(
  clientId: string,
  options: MountOptions = {},
  hub?: { client: HubClient; emulator: Emulator },
) {
  const { funds, locale = 'en', attributes = {}, ...hubOptions } = options;
  const { client, emulator } =
    hub ?? emulatedHub({ rateLimits: false, paymentType: 'direct', ...hubOptions });
  const record = emulator.state.balances[clientId];
  if (funds && record) funds(record);
  const provider = await fixture(html`
    <hub-provider .client=${client} client-id=${clientId} locale=${locale}>
      <hub-funds
        add-funds-url=${attributes.addFundsUrl ?? 'https://pay.example/top-up'}
        manage-url=${attributes.manageUrl ?? '/funds-manage'}
      ></hub-funds>
    </hub-provider>
  `);
  const el = provider.querySelector('hub-funds') as HubFunds;
  await waitUntil(() => settled(el), 'never left loading', { timeout: 8000 });
  return { el, emulator, client };
}

const $ = <T extends HTMLElement = HTMLElement>(el: HubFunds, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const text = (el: HubFunds) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
/** Something other than the loading skeleton is on screen. */
const settled = (el: HubFunds) =>
  !$(el, '[part=loading]') &&
  !!$(
    el,
    '[part=balance], [part=partner-note], [part=empty], [part=error], [part=permission-denied]',
  );
/** The days-left estimate (or its absence) is shown: the recent usage has arrived. */
const outlookReady = (el: HubFunds) =>
  !!$(el, '[part=outlook]') && !text(el).includes('Estimating how long');

/** The last 7 full days, as the element reads them. */
const lastWeek = () => ({
  ...lastWeekRanges(isoDay(Date.now())).current,
  granularity: 'day' as const,
});

/** Records `window.open` calls instead of opening anything. */
let opened: Parameters<typeof window.open>[];
const realOpen = window.open;
beforeEach(() => {
  opened = [];
  window.open = (...args: Parameters<typeof window.open>) => {
    opened.push(args);
    return null;
  };
});
afterEach(() => {
  window.open = realOpen;
});

/** Runs `body` with `console.error` recorded, and returns what was logged. */
async function capturingErrors(body: () => Promise<void>): Promise<string[]> {
  const logged: string[] = [];
  const real = console.error;
  console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
  try {
    await body();
  } finally {
    console.error = real;
  }
  return logged;
}

describe('<hub-funds>', () => {
  it('shows the balance and the last renewal, formatted for the locale', async () => {
    const { el } = await mount(NORDLICHT, {
      locale: 'de-DE',
      funds: (f) => {
        f.balance = 1234.5;
        f.last_renewal = { date: '2025-10-13T00:00:00.000Z', amount: 50 };
      },
    });
    const balance = formatMoney({ amountMinor: 123_450, currency: 'EUR' }, 'de-DE');
    expect($(el, '[data-balance]')!.textContent!.trim()).to.equal(balance);
    const date = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date('2025-10-13T00:00:00.000Z'),
    );
    // Intl writes non-breaking spaces, which whitespace folding would turn into plain ones.
    const renewal = $(el, '[data-last-renewal]')!.textContent!;
    expect(renewal).to.contain(date);
    expect(renewal).to.contain(formatMoney({ amountMinor: 5000, currency: 'EUR' }, 'de-DE'));
    expect(text(el)).not.to.contain('undefined');
    expect(text(el)).not.to.contain('NaN');
    await expect(el).to.be.accessible();
  });

  it('shows about how many days the balance lasts at the last 7 days’ rate', async () => {
    const { el, client } = await mount(NORDLICHT, { funds: (f) => void (f.balance = 520) });
    await waitUntil(() => outlookReady(el), 'no outlook', { timeout: 8000 });
    const report = await client.billing.usage(NORDLICHT, lastWeek());
    expect(report.periods).to.have.length(7);
    const outlook = fundsOutlook(await client.billing.balance(NORDLICHT), report.periods);
    expect(outlook.daysLeft).to.be.a('number');
    const shown = $(el, '[data-days-left]')!;
    expect(shown.getAttribute('data-days-left')).to.equal(String(outlook.daysLeft));
    expect(shown.textContent).to.contain(new Intl.NumberFormat('en').format(outlook.daysLeft!));
    expect($(el, '[part=outlook]')!.textContent).to.contain(formatMoney(outlook.dailySpend!, 'en'));
    // Balance 520 is far above the threshold of 10 with auto-renewal on: not low.
    expect(outlook.low).to.equal(false);
    expect($(el, '[part=low-badge]')).to.equal(null);
    expect($(el, '[part=balance]')!.hasAttribute('data-low')).to.equal(false);
  });

  it('shows a low balance: at the auto-renewal threshold', async () => {
    const { el } = await mount(NORDLICHT, { funds: (f) => void (f.balance = 5) });
    expect($(el, '[part=balance]')!.hasAttribute('data-low')).to.equal(true);
    expect($(el, '[part=low-badge]')!.textContent).to.contain('Low balance');
    expect($(el, '[part=low-note]')!.textContent).to.contain('auto-renewal threshold of €10.00');
    await expect(el).to.be.accessible();
  });

  it('shows a low balance: less than a week left without auto-renewal', async () => {
    const { el } = await mount(NORDLICHT, {
      funds: (f) => {
        f.balance = 0.01;
        f.auto_renewal.enabled = false;
      },
    });
    await waitUntil(() => outlookReady(el), 'no outlook', { timeout: 8000 });
    expect($(el, '[data-days-left]')!.textContent).to.contain('Less than a day');
    expect($(el, '[part=low-badge]')).not.to.equal(null);
    expect($(el, '[part=low-note]')!.textContent).to.contain('less than a week');
    await expect(el).to.be.accessible();
  });

  it('shows a used-up balance as low, whatever the rate', async () => {
    const { el } = await mount(NORDLICHT, { funds: (f) => void (f.balance = 0) });
    expect($(el, '[part=low-badge]')!.getAttribute('data-tone')).to.equal('danger');
    expect($(el, '[part=low-note]')!.textContent).to.contain('No funds left');
    await waitUntil(() => outlookReady(el), 'no outlook', { timeout: 8000 });
    expect($(el, '[part=outlook]')!.textContent).to.contain('Used up');
  });

  it('shows auto-renewal on, with its threshold and top-up', async () => {
    const { el } = await mount(NORDLICHT, { funds: (f) => void (f.balance = 300) });
    const renewal = $(el, '[data-auto-renewal]')!;
    expect(renewal.getAttribute('data-auto-renewal')).to.equal('on');
    expect(renewal.textContent!.replace(/\s+/g, ' ')).to.contain(
      'When the balance falls to €10.00, €50.00 is added.',
    );
  });

  it('shows auto-renewal off', async () => {
    const { el } = await mount(LUMEN, { funds: (f) => void (f.balance = 300) });
    const renewal = $(el, '[data-auto-renewal]')!;
    expect(renewal.getAttribute('data-auto-renewal')).to.equal('off');
    expect(renewal.textContent).to.contain('Off');
    expect(text(el)).to.contain('$300.00');
  });

  it('renders what a balance answer without its optional fields has', async () => {
    const { el } = await mount(NORDLICHT, {
      funds: (f) => {
        f.balance = 300;
        const record = f as Partial<Funds>;
        delete record.auto_renewal;
        delete record.last_renewal;
      },
    });
    expect($(el, '[data-balance]')!.textContent).to.contain('€300.00');
    expect($(el, '[data-auto-renewal]')!.getAttribute('data-auto-renewal')).to.equal('unknown');
    expect(text(el)).to.contain('Not reported by the Hub.');
    expect($(el, '[data-last-renewal]')).to.equal(null);
    expect(text(el)).not.to.contain('Last renewed');
    expect($(el, '[part=manage-button]')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('hands "Add funds" to the payment page in a new tab unless the event is canceled', async () => {
    const { el } = await mount(NORDLICHT, { funds: (f) => void (f.balance = 300) });
    const button = $<HTMLButtonElement>(el, '[part=add-funds-button]')!;

    const canceled = (event: Event) => event.preventDefault();
    el.addEventListener('hub-funds-add', canceled, { once: true });
    const first = oneEvent(el, 'hub-funds-add');
    button.click();
    const event = await first;
    expect(event.cancelable).to.equal(true);
    expect(event.detail).to.deep.equal({
      clientId: NORDLICHT,
      balance: { amountMinor: 30_000, currency: 'EUR' },
      url: 'https://pay.example/top-up',
    });
    expect(opened).to.have.length(0);

    const second = oneEvent(el, 'hub-funds-add');
    button.click();
    await second;
    expect(opened).to.deep.equal([['https://pay.example/top-up', '_blank', 'noopener']]);
    await waitUntil(() => text(el).includes('The payment page opened in a new tab.'), 'silent');
  });

  it('hands "Change auto-renewal" to the Funds page unless the event is canceled', async () => {
    const { el } = await mount(NORDLICHT, { funds: (f) => void (f.balance = 300) });
    const button = $<HTMLButtonElement>(el, '[part=manage-button]')!;
    const url = `${location.origin}/funds-manage`;

    el.addEventListener('hub-funds-manage', (e) => e.preventDefault(), { once: true });
    const first = oneEvent(el, 'hub-funds-manage');
    button.click();
    const event = await first;
    expect(event.detail.url).to.equal(url);
    expect(event.detail.autoRenewal?.enabled).to.equal(true);
    expect(opened).to.have.length(0);

    button.focus();
    const second = oneEvent(el, 'hub-funds-manage');
    button.click();
    await second;
    expect(opened).to.deep.equal([[url, '_blank', 'noopener']]);
  });

  for (const unsafe of ['javascript:alert(1)', 'http://other.example/pay']) {
    it(`refuses to open an unsafe hand-off URL (${unsafe.split(':')[0]})`, async () => {
      const { el } = await mount(NORDLICHT, {
        funds: (f) => void (f.balance = 300),
        attributes: { addFundsUrl: unsafe, manageUrl: unsafe },
      });
      const logged = await capturingErrors(async () => {
        const add = oneEvent(el, 'hub-funds-add');
        $<HTMLButtonElement>(el, '[part=add-funds-button]')!.click();
        expect((await add).detail.url).to.equal(null);
        const manage = oneEvent(el, 'hub-funds-manage');
        $<HTMLButtonElement>(el, '[part=manage-button]')!.click();
        await manage;
      });
      expect(opened).to.have.length(0);
      expect(logged).to.have.length(2);
      expect(logged[0]).to.contain('refused to open add-funds-url');
      expect(logged[1]).to.contain('refused to open manage-url');
      await el.updateComplete;
      expect($(el, '[part=hand-off-error]')!.textContent).to.contain(
        'The Funds page cannot be opened from here.',
      );
      await expect(el).to.be.accessible();
    });
  }

  it('opens nothing without a URL when no listener handles the event', async () => {
    const { el } = await mount(NORDLICHT, {
      funds: (f) => void (f.balance = 300),
      attributes: { addFundsUrl: '' },
    });
    const logged = await capturingErrors(async () => {
      $<HTMLButtonElement>(el, '[part=add-funds-button]')!.click();
      await el.updateComplete;
    });
    expect(opened).to.have.length(0);
    expect(logged[0]).to.contain('add-funds-url is not set');
    expect($(el, '[part=hand-off-error]')!.textContent).to.contain('payment page');
  });

  it('explains partner payment without asking for a balance', async () => {
    const { el, emulator } = await mount(BELLA_NAPOLI, { paymentType: 'partner' });
    expect($(el, '[part=partner-note]')!.textContent).to.contain('partner manages the funds');
    expect($(el, '[part=error]')).to.equal(null);
    expect($(el, '[part=add-funds-button]')).to.equal(null);
    await el.updateComplete;
    expect(emulator.requests.some((r) => r.path.includes('/clients'))).to.equal(true);
    expect(emulator.requests.filter((r) => FUNDS_READ.test(r.path))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('explains that it needs the payment type when none is configured', async () => {
    const emulator = createEmulator({ rateLimits: false });
    const client = createHubClient({
      partnerId: DEMO_PARTNER_ID,
      baseUrl: EMULATOR_BASE_URL,
      auth: { apiKey: DEMO_API_KEY },
      fetch: emulator.fetch,
    });
    const { el } = await mount(NORDLICHT, {}, { client, emulator });
    expect($(el, '[part=empty]')!.textContent).to.contain('payment-type');
    expect(emulator.requests.filter((r) => FUNDS_READ.test(r.path))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows a retryable error when the balance cannot be read', async () => {
    const { el, emulator } = await mount(NORDLICHT, {
      // Three failures: the first try and the transport's two retries of a read.
      faults: [{ route: /info\/balance/, errorRate: 1, errorStatus: 503, times: 3 }],
    });
    expect($(el, '[part=error]')!.getAttribute('role')).to.equal('alert');
    expect(emulator.requests.filter((r) => r.fault === 'error')).to.have.length(3);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part=error] button')!.click();
    await waitUntil(() => $(el, '[data-balance]'), 'retry did not recover', { timeout: 8000 });
    expect($(el, '[part=error]')).to.equal(null);
  });

  it('shows a retryable note when the recent spending cannot be read, and the balance anyway', async () => {
    const { el } = await mount(NORDLICHT, {
      funds: (f) => void (f.balance = 300),
      faults: [{ route: /info\/usage/, errorRate: 1, errorStatus: 403, times: 1 }],
    });
    await waitUntil(() => $(el, '[part=outlook-error]'), 'no outlook error', { timeout: 8000 });
    expect($(el, '[data-balance]')!.textContent).to.contain('€300.00');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part=outlook-error] button')!.click();
    await waitUntil(() => $(el, '[data-days-left]'), 'retry did not recover', { timeout: 8000 });
  });

  it('says access is denied without billing:read, and reads nothing', async () => {
    const capabilities: Capability[] = READ_ONLY_CAPABILITIES.filter((c) => c !== 'billing:read');
    const { el, emulator } = await mount(NORDLICHT, { capabilities });
    expect($(el, '[part=permission-denied]')!.textContent).to.contain('billing:read');
    expect(emulator.requests.filter((r) => FUNDS_READ.test(r.path))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows the loading state while the Hub has not answered', async () => {
    const { client } = emulatedHub({
      paymentType: 'direct',
      faults: [{ route: /info\/balance/, latencyMs: 60_000 }],
    });
    const provider = await fixture(html`
      <hub-provider .client=${client} client-id=${NORDLICHT}><hub-funds></hub-funds></hub-provider>
    `);
    const el = provider.querySelector('hub-funds')!;
    await waitUntil(() => $(el, '[part=loading]'), 'no loading state');
    expect($(el, '[part=loading]')!.getAttribute('role')).to.equal('status');
    expect($(el, '[part=loading]')!.textContent).to.contain('Loading funds…');
  });
});
