import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import {
  activityRange,
  addDays,
  createHubClient,
  isoDay,
  lastWeekRanges,
  usageHistory,
  weekSummary,
  type ActivityMetric,
  type ActivityRangePreset,
  type HubClient,
} from '@hub/core';
import { DEMO_API_KEY, DEMO_PARTNER_ID, createEmulator } from '@hub/emulator';
import '../define/hub-provider.js';
import '../define/hub-activity-chart.js';
import type { HubProvider } from '../provider/provider.js';
import type { ActivityChartVariant, HubActivityChart } from './activity-chart.js';
import {
  EMULATOR_BASE_URL,
  FULL_ACCESS_CLIENT,
  emulatedHub,
} from '../test-support/emulated-hub.js';
import type { Emulator, EmulatorOptions } from '@hub/emulator';

type Setup = {
  variant?: ActivityChartVariant;
  metric?: ActivityMetric;
  range?: ActivityRangePreset;
  locale?: string;
  clientId?: string;
  client?: HubClient;
};

async function mount(setup: Setup = {}, options: EmulatorOptions = {}) {
  const hub = emulatedHub({ rateLimits: false, ...options });
  const { emulator } = hub;
  const client = setup.client ?? hub.client;
  const provider = await fixture<HubProvider>(html`
    <hub-provider
      .client=${client}
      client-id=${setup.clientId ?? FULL_ACCESS_CLIENT}
      locale=${setup.locale ?? 'en-US'}
      style="inline-size: 720px"
    >
      <hub-activity-chart
        variant=${setup.variant ?? 'metric'}
        metric=${setup.metric ?? 'conversations'}
        range=${setup.range ?? 'last-30-days'}
      ></hub-activity-chart>
    </hub-provider>
  `);
  const el = provider.querySelector('hub-activity-chart') as HubActivityChart;
  const $ = <T extends Element = HTMLElement>(selector: string) =>
    el.shadowRoot!.querySelector<T>(selector);
  const $$ = <T extends Element = HTMLElement>(selector: string) => [
    ...el.shadowRoot!.querySelectorAll<T>(selector),
  ];
  return { el, client, emulator, $, $$ };
}

type UsageRow = Record<string, number | string>;

/**
 * A client whose Hub answers each number's usage (`…/channels/{channel_id}/info/usage`) as the
 * emulator would, then `edit`ed.
 */
function clientWith(edit: (usage: UsageRow[], channelId: string) => UsageRow[]): HubClient {
  const emulator = createEmulator({ rateLimits: false });
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await emulator.fetch(input, init);
    const url = String(input instanceof Request ? input.url : input);
    const channelId = /\/channels\/([^/]+)\/info\/usage/.exec(url)?.[1];
    if (channelId === undefined) return response;
    const body = (await response.json()) as { usage: UsageRow[] };
    body.usage = edit(body.usage, channelId);
    return Response.json(body);
  };
  return createHubClient({
    partnerId: DEMO_PARTNER_ID,
    baseUrl: EMULATOR_BASE_URL,
    auth: { apiKey: DEMO_API_KEY },
    fetch,
  });
}

/** How often the usage was read: each read asks every number of the client once. */
const usageRequests = (emulator: Emulator, clientId = FULL_ACCESS_CLIENT) =>
  emulator.requests.filter((r) => r.path.endsWith('/info/usage')).length /
  emulator.state.channels.filter((c) => c.client_id === clientId).length;

/** "1,234" or "€1,234.56" (en-US) → 1234 / 123456 (minor units for money). */
const parse = (text: string | null | undefined) => {
  const clean = (text ?? '').replace(/[^\d.-]/g, '');
  return clean.includes('.') ? Math.round(Number(clean) * 100) : Number(clean);
};

/** Total drawn height of each bar, from the series paths (`M x y h w v height h -w z`). */
function barHeights(paths: SVGPathElement[]): Map<number, number> {
  const heights = new Map<number, number>();
  for (const path of paths) {
    for (const [, x, , , h] of path
      .getAttribute('d')!
      .matchAll(/M([\d.]+) ([\d.]+)h([\d.]+)v([\d.]+)/g)) {
      heights.set(Number(x), (heights.get(Number(x)) ?? 0) + Number(h));
    }
  }
  return heights;
}

/** The plot drawn at its size, and the screen-reader table that follows it in idle time. */
function chartAndTable($: (selector: string) => Element | null | undefined): Promise<void> {
  return waitUntil(
    () => Number($('.plot svg')?.getAttribute('width')) > 0 && $('tbody tr'),
    'chart or table never drawn',
  );
}

describe('<hub-activity-chart> metric', () => {
  for (const metric of ['conversations', 'expenses'] as const) {
    it(`shows ${metric} totals that equal the sums of the bars and of the table`, async () => {
      const { el, $, $$ } = await mount({ metric });
      await waitUntil(() => Number($('.plot svg')?.getAttribute('width')) > 0, 'chart never drawn');
      // The screen-reader table follows the chart's first paint.
      await waitUntil(() => $$('tbody tr').length === 30, 'no table of 30 days');
      const rows = $$('tbody tr');
      const dayTotals = rows.map((row) => parse(row.lastElementChild!.textContent));
      const total = parse($('.total-value')!.textContent);
      expect(total).to.be.above(0);
      expect(dayTotals.reduce((a, b) => a + b, 0)).to.equal(total);
      // The client authenticates users abroad: a newer category, listed with its own colour.
      const categories = $$('.legend-item').map((n) => n.dataset['category']);
      expect(categories).to.deep.equal([
        'marketing',
        'utility',
        'authentication',
        'authentication_international',
        'service',
      ]);
      const international = $('.legend-item[data-category=authentication_international] .swatch');
      expect(international!.classList.contains('series-5')).to.equal(true);
      const legendTotals = $$('.legend-total').map((n) => parse(n.textContent));
      expect(legendTotals.reduce((a, b) => a + b, 0)).to.equal(total);
      // Every bar's drawn height is its day total on one common scale.
      const heights = [...barHeights($$<SVGPathElement>('path.series')).values()];
      expect(heights).to.have.length(30);
      const scale = heights[0]! / dayTotals[0]!;
      heights.forEach((h, i) => expect(h).to.be.closeTo(dayTotals[i]! * scale, 0.5));
      await expect(el).to.be.accessible();
    });
  }

  it('shows what the Hub totals hold beyond the categories as "other"', async () => {
    // One euro a day more in one number's total than in its categories.
    const client = clientWith((usage, channelId) =>
      channelId === '001bNaCH'
        ? usage.map((row) => ({ ...row, total_price: Number(row.total_price) + 1 }))
        : usage,
    );
    const { el, $, $$ } = await mount({ metric: 'expenses', range: 'last-7-days', client });
    await waitUntil(() => $$('tbody tr').length === 7);
    await el.updateComplete;
    expect($('.legend-item[data-category=other]')!.textContent).to.contain('€7.00');
    expect($('path.series-8')!.getAttribute('d')).not.to.equal('');
    const dayTotals = $$('tbody tr').map((row) => parse(row.lastElementChild!.textContent));
    expect(dayTotals.reduce((a, b) => a + b, 0)).to.equal(parse($('.total-value')!.textContent));
  });

  it('fetches once when the period changes, and says which period it shows', async () => {
    const { el, emulator, $, $$ } = await mount();
    await chartAndTable($);
    const before = usageRequests(emulator);
    const select = $<HTMLSelectElement>('select')!;
    select.value = 'last-90-days';
    const changed = oneEvent(el, 'hub-activity-range-change');
    select.dispatchEvent(new Event('change'));
    const { detail } = await changed;
    expect(detail.range).to.equal('last-90-days');
    await waitUntil(() => $$('tbody tr').length === 90, 'never showed 90 days');
    expect(usageRequests(emulator) - before).to.equal(1);
    expect(detail.to < isoDay(Date.now())).to.equal(true);
  });

  it('bounds a custom period by the history and fetches nothing for a backwards one', async () => {
    const { el, emulator, $, $$ } = await mount({ range: 'custom' });
    el.from = '2000-01-01';
    el.to = isoDay(Date.now());
    await waitUntil(() => $$('tbody tr').length === 400, 'custom range not clamped to 400 days');
    const input = $<HTMLInputElement>('input[name=from]')!;
    expect(input.min).to.equal(usageHistory(isoDay(Date.now())).from);
    const before = usageRequests(emulator);
    el.from = '2026-05-10';
    el.to = '2026-05-01';
    await el.updateComplete;
    expect($('input[name=to]')!.getAttribute('aria-invalid')).to.equal('true');
    expect(usageRequests(emulator)).to.equal(before);
  });

  it('applies a typed custom period once it is one: one fetch and one event per period', async () => {
    const today = isoDay(Date.now());
    const { el, emulator, $, $$ } = await mount({ range: 'custom' });
    el.from = addDays(today, -30);
    el.to = addDays(today, -21);
    await waitUntil(() => $$('tbody tr').length === 10);
    let before = usageRequests(emulator);
    const events: string[] = [];
    el.addEventListener('hub-activity-range-change', (e) => events.push(`${e.detail.from}`));
    const type = async (name: 'from' | 'to', value: string) => {
      const input = $<HTMLInputElement>(`input[name=${name}]`)!;
      input.value = value;
      input.dispatchEvent(new Event('change'));
      await el.updateComplete;
    };
    // A date input passes through these while its year is typed digit by digit.
    const from = addDays(today, -40);
    for (const year of ['0002', '0020', '0202', from.slice(0, 4)]) {
      await type('from', `${year}${from.slice(4)}`);
    }
    await waitUntil(() => $$('tbody tr').length === 20);
    expect(usageRequests(emulator) - before).to.equal(1);
    expect(events).to.deep.equal([from]);
    // Moving the period later, from first: from after to is no period yet. Nothing is fetched,
    // the last chart stays, and the inputs say why.
    before = usageRequests(emulator);
    await type('from', addDays(today, -5));
    const error = $('#range-error')!;
    expect(error.textContent).to.contain('start date is after the end date');
    expect($('input[name=to]')!.getAttribute('aria-describedby')).to.contain('range-error');
    expect($('input[name=to]')!.getAttribute('aria-invalid')).to.equal('true');
    expect($$('tbody tr')).to.have.length(20);
    expect(el.from).to.equal(from);
    await expect(el).to.be.accessible();
    await type('to', addDays(today, -2));
    await waitUntil(() => $$('tbody tr').length === 4);
    expect(usageRequests(emulator) - before).to.equal(1);
    expect(events).to.have.length(2);
    expect($('#range-error')).to.equal(null);
  });

  it('says why a period set by the page cannot be shown', async () => {
    const { el, $ } = await mount({ range: 'last-7-days' });
    await waitUntil(() => $('.total-value'));
    el.range = 'custom';
    el.from = '2026-05-10';
    el.to = '2026-05-01';
    await el.updateComplete;
    expect($('#range-error')!.textContent).to.contain('after the end date');
    // The last period's figures do not stand in for a period that is not shown.
    expect($('.total-value')).to.equal(null);
    el.range = 'next-week' as ActivityRangePreset;
    await el.updateComplete;
    const select = $<HTMLSelectElement>('select')!;
    expect($('#range-error')!.textContent).to.contain('next-week');
    expect(select.getAttribute('aria-describedby')).to.equal('range-error');
    expect(select.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('shows a range the page sets after the user picked one', async () => {
    const { el, $ } = await mount();
    const select = $<HTMLSelectElement>('select')!;
    // As a user picks: `option.selected` marks the option dirty, so its `selected` attribute
    // no longer decides whether it is chosen.
    const pick = async (value: string) => {
      select.querySelector<HTMLOptionElement>(`option[value=${value}]`)!.selected = true;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
    };
    await pick('last-7-days');
    await pick('last-90-days');
    el.range = 'last-7-days';
    await el.updateComplete;
    expect(select.value).to.equal('last-7-days');
  });

  it('hides and shows a category from the legend', async () => {
    const { el, $ } = await mount({ range: 'last-7-days' });
    await chartAndTable($);
    const marketing = $('.legend-item[data-category=marketing]')!;
    expect(marketing.getAttribute('aria-pressed')).to.equal('true');
    expect($('path.series-1')!.getAttribute('d')).not.to.equal('');
    marketing.click();
    await el.updateComplete;
    expect(marketing.getAttribute('aria-pressed')).to.equal('false');
    expect($('path.series-1')!.getAttribute('d')).to.equal('');
    marketing.click();
    await el.updateComplete;
    expect($('path.series-1')!.getAttribute('d')).not.to.equal('');
  });

  it('moves across days with the keyboard and shows the day in a tooltip', async () => {
    const { el, $, $$ } = await mount({ range: 'last-7-days' });
    await chartAndTable($);
    const plot = $('.plot')!;
    plot.focus();
    await el.updateComplete;
    const days = $$('tbody th[scope=row]').map((th) => th.textContent!.trim());
    expect($('.tooltip-day')!.textContent).to.equal(days[6]);
    plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    await el.updateComplete;
    expect($('.tooltip-day')!.textContent).to.equal(days[5]);
    plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    await el.updateComplete;
    expect($('.tooltip-day')!.textContent).to.equal(days[0]);
    await waitUntil(() =>
      el.shadowRoot!.querySelector('[role=status]')!.textContent!.includes(days[0]!),
    );
    plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true }));
    await el.updateComplete;
    expect($('.tooltip-day')!.textContent).to.equal(days[6]);
    plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await el.updateComplete;
    expect($('.tooltip')).to.equal(null);
    plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await el.updateComplete;
    expect($('.tooltip-day')!.textContent).to.equal(days[6]);
    plot.blur();
    await el.updateComplete;
    expect($('.tooltip')).to.equal(null);
  });

  it('shows a tooltip for the day under the pointer', async () => {
    const { el, $ } = await mount({ range: 'last-7-days' });
    await chartAndTable($);
    const plot = $('.plot')!;
    const box = plot.getBoundingClientRect();
    plot.dispatchEvent(
      new PointerEvent('pointermove', { clientX: box.right - 5, clientY: box.top + 20 }),
    );
    await el.updateComplete;
    expect($('.tooltip-day')!.textContent).to.equal($$text(el, 'tbody th[scope=row]').at(-1));
    plot.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect($('.tooltip')).to.equal(null);
  });

  it('puts the approximate-charges notice next to expenses, in the client currency', async () => {
    const { el, $ } = await mount({ metric: 'expenses', range: 'last-7-days' });
    await chartAndTable($);
    const notice =
      'financially binding. Meta’s invoice at the end of the month is the authoritative record';
    expect($('[part=disclaimer]')!.textContent).to.contain('approximate');
    expect($('[part=disclaimer]')!.textContent).to.contain(notice);
    expect($('caption')!.textContent).to.contain(notice);
    expect($('.plot')!.getAttribute('aria-describedby')).to.equal('disclaimer');
    expect($('.total-value')!.textContent).to.match(/^€/);
    $('.plot')!.focus();
    await el.updateComplete;
    expect($('.tooltip-note')!.textContent).to.contain('Approximate');
    await waitUntil(() =>
      el.shadowRoot!.querySelector('[role=status]')!.textContent!.includes('Approximate charges'),
    );
    await expect(el).to.be.accessible();
  });

  it('downloads the days and categories on screen as CSV', async () => {
    const today = isoDay(Date.now());
    const { from, to } = activityRange('last-7-days', today)!;
    const row = (day: string) => ({
      period_date: `${day}T00:00:00Z`,
      marketing_quantity: 5,
      marketing_paid_quantity: 5,
      marketing_price: 0.3,
      utility_quantity: 3,
      utility_paid_quantity: 1,
      utility_price: 0.02,
      quantity: 8,
      paid_quantity: 6,
      total_price: 0.32,
    });
    // One number used two categories on the last day shown, and on the day before the period.
    const client = clientWith((_usage, channelId) =>
      channelId === '001bNaCH' ? [row(addDays(from, -1)), row(to)] : [],
    );
    const { el, $ } = await mount({ metric: 'expenses', range: 'last-7-days', client });
    await chartAndTable($);
    const fileName = `activity-${FULL_ACCESS_CLIENT}-${from}-${to}.csv`;
    const blobs: Blob[] = [];
    const names: string[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return `blob:${location.origin}/caught-${blobs.length}`;
    };
    const keepLink = (event: MouseEvent) => {
      const target = event.composedPath()[0];
      if (target instanceof HTMLAnchorElement && target.download) {
        names.push(target.download);
        event.preventDefault();
      }
    };
    document.addEventListener('click', keepLink, true);
    try {
      const button = $<HTMLButtonElement>('[part=download-button]')!;
      expect(button.getAttribute('aria-label')).to.match(/^Download CSV/);
      const done = oneEvent(el, 'hub-csv-downloaded');
      button.click();
      expect((await done).detail).to.deep.equal({ fileName });
      expect(names).to.deep.equal([fileName]);
      expect((await blobs[0]!.text()).split('\r\n')).to.deep.equal([
        'date,category,messages,paid_messages,charges,currency',
        `${to},marketing,5,5,0.30,EUR`,
        `${to},utility,3,1,0.02,EUR`,
        '',
      ]);
      // A category hidden in the legend is left out of the file too.
      $('.legend-item[data-category=utility]')!.click();
      await el.updateComplete;
      $<HTMLButtonElement>('[part=download-button]')!.click();
      await waitUntil(() => blobs.length === 2);
      expect(await blobs[1]!.text()).to.equal(
        `date,category,messages,paid_messages,charges,currency\r\n${to},marketing,5,5,0.30,EUR\r\n`,
      );
      expect($('a[download]')).to.equal(null);
      await expect(el).to.be.accessible();
    } finally {
      URL.createObjectURL = create;
      document.removeEventListener('click', keepLink, true);
    }
  });

  it('keeps a year of rows for screen readers without stretching the page', async () => {
    const { el, $$ } = await mount({ range: 'last-90-days' });
    await waitUntil(() => $$('tbody tr').length === 90);
    const table = el.shadowRoot!.querySelector('table')!;
    expect(table.closest('.visually-hidden')!.getBoundingClientRect().height).to.be.at.most(1);
    expect(el.getBoundingClientRect().height).to.be.below(600);
  });

  it('redraws to fit its container', async () => {
    const { el, $ } = await mount({ range: 'last-7-days' });
    // The plot is drawn once its first size is known.
    await waitUntil(() => Number($('.plot svg')?.getAttribute('width')) > 0, 'never sized');
    const wide = Number($('.plot svg')!.getAttribute('width'));
    el.parentElement!.style.inlineSize = '360px';
    await waitUntil(() => Number($('.plot svg')!.getAttribute('width')) < wide, 'never shrank');
    expect(Number($('.plot svg')!.getAttribute('width'))).to.be.at.most(360);
  });

  it('says when the period had no activity', async () => {
    // The emulator's history ends a year ago, so recent days are empty.
    const { el, $ } = await mount({}, { now: () => Date.now() - 365 * 86_400_000 });
    await waitUntil(() => $('[part=empty]'), 'no empty state');
    expect($('[part=empty]')!.textContent).to.contain('No activity');
    expect($('select')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says "no charges", not "no activity", for a period of free messages only', async () => {
    const client = clientWith((usage) =>
      usage.map((row) =>
        Object.fromEntries(
          Object.entries(row).map(([key, value]) => [key, key.endsWith('_price') ? 0 : value]),
        ),
      ),
    );
    const { el, $ } = await mount({ metric: 'expenses', client });
    await waitUntil(() => $('[part=empty]'), 'no empty state');
    expect($('[part=empty]')!.textContent).to.contain('No charges in this period');
    expect($('[part=disclaimer]')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('announces loading, then keeps the last chart dimmed while another period loads', async () => {
    const { el, $, $$ } = await mount(
      { range: 'last-7-days' },
      { faults: [{ route: /info\/usage/, latencyMs: 400 }] },
    );
    await waitUntil(() => $('[part=loading]'), 'no loading state');
    expect($('[part=loading]')!.getAttribute('role')).to.equal('status');
    expect($('[part=panel]')!.getAttribute('aria-busy')).to.equal('true');
    await waitUntil(() => $$('tbody tr').length === 7);
    el.range = 'last-30-days';
    await el.updateComplete;
    expect($('.body')!.hasAttribute('data-stale')).to.equal(true);
    expect($('[part=loading]')).to.equal(null);
    await waitUntil(() => $$('tbody tr').length === 30);
    expect($('.body')!.hasAttribute('data-stale')).to.equal(false);
  });

  it('explains that it needs a provider', async () => {
    const el = await fixture<HubActivityChart>(html`<hub-activity-chart></hub-activity-chart>`);
    expect(el.shadowRoot!.textContent).to.contain('hub-provider');
  });

  it('shows a readable error with a working retry', async () => {
    const { el, $ } = await mount(
      {},
      { faults: [{ route: /info\/usage/, errorRate: 1, errorStatus: 403, times: 1 }] },
    );
    await waitUntil(() => $('[role=alert]'), 'no error', { timeout: 5000 });
    await expect(el).to.be.accessible();
    $('[role=alert] button')!.click();
    await waitUntil(() => $('.plot'), 'retry did not recover');
    await el.updateComplete;
  });
});

describe('<hub-activity-chart> first frames', () => {
  /** Resolves in the animation frame in which `ok` first holds (before that frame is painted). */
  const frameWhen = (ok: () => boolean) =>
    new Promise<void>((resolve) => {
      const check = () => (ok() ? resolve() : requestAnimationFrame(check));
      requestAnimationFrame(check);
    });

  /** `ctor`, calling `made` on every `new`. */
  const counting = <T extends object>(ctor: T, made: () => void): T =>
    new Proxy(ctor, {
      construct(target, args) {
        made();
        return Reflect.construct(target as new (...a: unknown[]) => object, args) as object;
      },
    });

  it('paints the bars first, then fills the screen-reader table, at once when focus enters', async () => {
    const { el, $, $$ } = await mount({ range: 'custom' });
    el.from = addDays(isoDay(Date.now()), -299);
    el.to = isoDay(Date.now());
    // Drawn for the plot's real size from the first frame that has bars.
    await frameWhen(() => $$('path.series').length > 0);
    expect(Number($('.plot svg')!.getAttribute('width'))).to.equal(
      Math.floor($('.plot')!.getBoundingClientRect().width),
    );
    // The table of 300 days costs the bars' frame nothing: not one row is in it.
    expect($('table')).to.equal(null);
    // Someone moving into the chart (keyboard, screen reader) finds every day at once.
    $('.plot')!.focus();
    await el.updateComplete;
    expect($$('tbody tr')).to.have.length(300);
    expect($('table')!.getAttribute('aria-busy')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('fills the screen-reader table in idle time without anyone asking', async () => {
    const { $, $$ } = await mount({ range: 'custom' });
    const el = $('section')!.getRootNode() as ShadowRoot;
    (el.host as HubActivityChart).from = addDays(isoDay(Date.now()), -249);
    (el.host as HubActivityChart).to = isoDay(Date.now());
    await waitUntil(() => $$('tbody tr').length === 250, 'table never complete');
    expect($('table')!.getAttribute('aria-busy')).to.equal('false');
    expect($$('tbody th[scope=row]')[0]!.textContent!.trim()).to.match(/^\w{3}, \w{3} \d+, \d{4}$/);
  });

  it('makes its date and number formatters while the usage is still loading', async () => {
    const made = { date: 0, number: 0 };
    const { DateTimeFormat, NumberFormat } = Intl;
    Intl.DateTimeFormat = counting(DateTimeFormat, () => (made.date += 1));
    Intl.NumberFormat = counting(NumberFormat, () => (made.number += 1));
    try {
      const loading = createHubClient({
        partnerId: DEMO_PARTNER_ID,
        baseUrl: EMULATOR_BASE_URL,
        auth: { apiKey: DEMO_API_KEY },
        fetch: () => new Promise<Response>(() => undefined),
      });
      // A locale no other test uses, so that its formatters are not already made.
      const { $ } = await mount({ client: loading, locale: 'fr-CA' });
      await waitUntil(() => made.date > 0 && made.number > 0, 'no formatters made while loading');
      expect($('[part=loading]')).to.not.equal(null);
    } finally {
      Intl.DateTimeFormat = DateTimeFormat;
      Intl.NumberFormat = NumberFormat;
    }
  });

  it('makes no new formatters for another chart in the same locale', async () => {
    const first = await mount({ metric: 'expenses' });
    await chartAndTable(first.$);
    const made = { date: 0, number: 0 };
    const { DateTimeFormat, NumberFormat } = Intl;
    Intl.DateTimeFormat = counting(DateTimeFormat, () => (made.date += 1));
    Intl.NumberFormat = counting(NumberFormat, () => (made.number += 1));
    try {
      const second = await mount({ metric: 'expenses' });
      await chartAndTable(second.$);
      await waitUntil(() => second.$$('tbody tr').length === 30, 'no table of 30 days');
      second.$('.plot')!.focus();
      await second.el.updateComplete;
      expect(second.$('.tooltip-day')).to.not.equal(null);
    } finally {
      Intl.DateTimeFormat = DateTimeFormat;
      Intl.NumberFormat = NumberFormat;
    }
    expect(made).to.deep.equal({ date: 0, number: 0 });
  });
});

describe('<hub-activity-chart variant="summary">', () => {
  it('shows last week against the week before and opens a metric on activation', async () => {
    const { el, client, $, $$ } = await mount({ variant: 'summary' });
    await waitUntil(() => $$('.card').length === 2, 'no cards');
    const today = isoDay(Date.now());
    const report = await client.billing.usage(FULL_ACCESS_CLIENT, {
      ...lastWeekRanges(today).both,
      granularity: 'day',
    });
    const expected = weekSummary(report, today);
    const [messages, expenses] = $$('.card');
    expect(parse(messages!.querySelector('.card-total')!.textContent)).to.equal(
      expected.metrics.conversations.total,
    );
    expect(parse(expenses!.querySelector('.card-total')!.textContent)).to.equal(
      expected.metrics.expenses.total,
    );
    expect($('#disclaimer')!.textContent).to.contain('approximate');
    expect(expenses!.getAttribute('aria-describedby')).to.equal('disclaimer');
    const opened = oneEvent(el, 'hub-activity-open');
    expenses!.click();
    const event = await opened;
    // The card's period goes along, so the activity page opens on the same 7 days.
    expect(activityRange('last-7-days', today)).to.deep.equal(expected.current);
    expect(event.detail).to.deep.equal({
      metric: 'expenses',
      range: 'last-7-days',
      ...expected.current,
    });
    expect(event.bubbles && event.composed).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('says "new" when the week before was empty', async () => {
    const today = isoDay(Date.now());
    const { current } = lastWeekRanges(today);
    // The Hub answers as for a client that started sending this week.
    const client = clientWith((usage) =>
      usage.filter((row) => String(row.period_date).slice(0, 10) >= current.from),
    );
    const { $$ } = await mount({ variant: 'summary', client });
    await waitUntil(() => $$('.card').length === 2);
    const growth = $$('.growth');
    expect(growth.map((g) => g.dataset['kind'])).to.deep.equal(['new', 'new']);
    expect(growth[0]!.textContent).to.contain('New');
  });

  it('formats figures for the locale and the client’s billing currency', async () => {
    const { $$ } = await mount({ variant: 'summary', locale: 'de-DE', clientId: 'lUmHe4CL' });
    await waitUntil(() => $$('.card').length === 2);
    const [messages, expenses] = $$('.card-total').map((n) => n.textContent!.trim());
    expect(expenses).to.match(/^[\d.]+,\d\d\s\$$/);
    expect(messages).to.match(/^\d{1,3}(\.\d{3})*$/);
  });
});

function $$text(el: HubActivityChart, selector: string): string[] {
  return [...el.shadowRoot!.querySelectorAll(selector)].map((n) => n.textContent!.trim());
}
