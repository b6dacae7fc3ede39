/**
 * <hub-number-list> at scale against its peers.
 *
 * Cold (what a first page load meets): a fresh page per sample for each of three contenders, the
 * clock running from "10,000 numbers available" to the frame after the one that painted the first
 * rows — <hub-number-list> in <hub-provider>, @vaadin/grid with the same rows, columns and text,
 * and a bare @lit-labs/virtualizer (a minimal Lit element, the same columns as plain text and the
 * same three buttons). Goals: ≤ 0.6× the grid, ≤ 1.2× the bare virtualizer (medians).
 *
 * Warm (secondary): both tables mounted 25 times in one page, a search keystroke on 10,000
 * numbers (sizes are `bench/size.bench.ts`'s).
 * Run: node scripts/bench.mjs number-list (COLD_SAMPLES=5 for a quick look)
 */
import { inBrowser, median } from './lib/browser.js';
import { AFTER_PAINT, COMPILE_HINT, measureCold } from './lib/cold.js';
import { ratioGoal, reportGoals } from './lib/goals.js';
const ROUNDS = 25;

// In-page code both the warm and the cold measurements use, so both time the same work.

// A client whose cache already holds `page` and whose network never answers: the data is handed
// over, with no background refresh competing for the main thread.
const offlineClientSource = /* ts */ `
function offlineClient(page) {
  const client = createHubClient({
    partnerId: DEMO_PARTNER_ID, baseUrl, auth: { apiKey: DEMO_API_KEY },
    fetch: () => new Promise(() => {}),
  });
  client.cache.set(client.numbers.keys.all(CLIENT_ID), page);
  client.cache.set(client.clients.keys.get(CLIENT_ID), {
    id: CLIENT_ID, name: 'Bench', status: 'active', organisation: null, maxNumbers: null,
    partnerPayload: null, paymentType: 'partner', email: null, country: null, website: null,
    createdAt: '2025-01-01T00:00:00Z', modifiedAt: null,
  });
  return client;
}
`;

// @vaadin/grid with the list's columns and text, its compact formatter made once per grid.
const vaadinGridSource = /* ts */ `
function cell(root, make) {
  if (!root.firstElementChild) root.append(make());
  return root.firstElementChild;
}

function vaadinGrid(items) {
  let compact;
  const grid = document.createElement('vaadin-grid');
  grid.style.height = '36rem';
  const columns = [
    ['Phone number', (root, _c, { item }) => { root.textContent = formatPhoneNumber(item.phoneNumber); }],
    ['Status', (root, _c, { item }) => {
      const info = numberStatusInfo(item.status);
      const badge = cell(root, () => document.createElement('span'));
      badge.textContent = info.label; badge.title = info.explanation; badge.dataset.tone = info.tone;
    }],
    ['Display name', (root, _c, { item }) => { root.textContent = item.displayName; }],
    ['Quality', (root, _c, { item }) => {
      const badge = cell(root, () => document.createElement('span'));
      badge.textContent = qualityRatingInfo(item.qualityRating).label;
    }],
    ['Messaging limit', (root, _c, { item }) => {
      const limit = messagingTierLimit(item.messagingTier);
      compact ??= new Intl.NumberFormat('en', { notation: 'compact' });
      root.textContent = limit === null ? 'Not assigned' : limit === Infinity ? 'Unlimited' :
        compact.format(limit) + ' / 24 h';
    }],
    ['', (root, _c, { item }) => {
      const box = cell(root, () => {
        const div = document.createElement('div');
        for (const label of ['Manage', 'Signals', '⋯']) {
          const b = document.createElement('button'); b.textContent = label; div.append(b);
        }
        return div;
      });
      box.children[1].hidden = !(item.plan === 'regular' || item.plan === 'premium');
    }],
  ];
  for (const [header, renderer] of columns) {
    const column = document.createElement('vaadin-grid-column');
    column.header = header;
    column.renderer = renderer;
    grid.append(column);
  }
  grid.items = items;
  return grid;
}
`;

const entry = /* ts */ `
import '@hub/elements/define/hub-provider.js';
import '@hub/elements/define/hub-number-list.js';
import '@vaadin/grid/vaadin-grid.js';
import {
  CAPABILITIES, createHubClient, formatPhoneNumber,
  messagingTierLimit, numberStatusInfo, qualityRatingInfo,
} from '@hub/core';
import { createEmulator, DEMO_API_KEY, DEMO_PARTNER_ID } from '@hub/emulator';

const CLIENT_ID = 'bNapo1CL';
const baseUrl = 'https://hub-emulator.test/api/v2';
let page;

async function nextPaint() {
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
}

// Both tables are timed the same way, from insertion: until their rows are in the DOM and laid
// out, and until the frame showing them has been painted (which adds the wait for the next frame
// to both). Each awaits the element's own update first, then polls once per frame.

${offlineClientSource}
window.prepare = async () => {
  const emulator = createEmulator({ numbers: 70000, rateLimits: false });
  const client = createHubClient({
    partnerId: DEMO_PARTNER_ID, baseUrl, auth: { apiKey: DEMO_API_KEY }, fetch: emulator.fetch,
  });
  page = await client.numbers.all(CLIENT_ID);
  return page.items.length;
};

window.renderHub = async () => {
  const provider = document.createElement('hub-provider');
  provider.client = offlineClient(page);
  provider.clientId = CLIENT_ID;
  provider.permissions = [...CAPABILITIES];
  const list = document.createElement('hub-number-list');
  provider.append(list);
  const start = performance.now();
  document.body.append(provider);
  const rows = () => list.shadowRoot?.querySelectorAll('.body [role=row]').length ?? 0;
  await list.updateComplete;
  while (rows() === 0) await new Promise((r) => requestAnimationFrame(r));
  document.body.offsetHeight;
  const laidOut = performance.now() - start;
  await nextPaint();
  const ms = performance.now() - start;
  return { ms, laidOut, rows: rows() };
};

window.measureSearch = async () => {
  const list = document.querySelector('hub-number-list');
  const input = list.shadowRoot.querySelector('input[type=search]');
  const times = [];
  for (const text of ['S', 'Su', 'Sup', 'Supp', '3', '39', '393', '', 'Bella', '']) {
    const start = performance.now();
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await list.updateComplete;
    document.body.offsetHeight;
    times.push(performance.now() - start);
    await nextPaint();
  }
  return times;
};

window.cleanup = () => { document.body.replaceChildren(); };

${vaadinGridSource}
window.renderVaadin = async () => {
  const grid = vaadinGrid(page.items);
  const start = performance.now();
  document.body.append(grid);
  const rows = () => grid.querySelectorAll('vaadin-grid-cell-content').length;
  await grid.updateComplete;
  while (rows() === 0 || !grid.querySelector('vaadin-grid-cell-content button')) {
    await new Promise((r) => requestAnimationFrame(r));
  }
  document.body.offsetHeight;
  const laidOut = performance.now() - start;
  await nextPaint();
  const ms = performance.now() - start;
  return { ms, laidOut, rows: grid.shadowRoot.querySelectorAll('tbody tr').length };
};
`;

// ── Cold ──────────────────────────────────────────────────────────────────────────────────

// The same 10,000 numbers for every contender, read through the client from the in-page
// emulator before the clock starts.
const coldData = /* ts */ `
import { createHubClient } from '@hub/core';
import { createEmulator, DEMO_API_KEY, DEMO_PARTNER_ID } from '@hub/emulator';
${AFTER_PAINT}
export const CLIENT_ID = 'bNapo1CL';
export const baseUrl = 'https://hub-emulator.test/api/v2';
export let page;
export async function load() {
  const emulator = createEmulator({ numbers: 70000, rateLimits: false });
  const client = createHubClient({
    partnerId: DEMO_PARTNER_ID, baseUrl, auth: { apiKey: DEMO_API_KEY }, fetch: emulator.fetch,
  });
  page = await client.numbers.all(CLIENT_ID);
}
// Stops the clock after the frame that painted what \`shown\` looks for.
export async function paintedWhen(shown, start) {
  do await afterPaint(); while (!shown());
  return performance.now() - start;
}
`;

const coldEntry = (body: string) =>
  `${coldData.replace(/^export /gm, '')}\nwindow.prepare = load;\n${body}`;

const coldHub = coldEntry(/* ts */ `
import '@hub/elements/define/hub-provider.js';
import '@hub/elements/define/hub-number-list.js';
import { CAPABILITIES } from '@hub/core';

${offlineClientSource}
window.measure = async () => {
  const start = performance.now();
  const client = offlineClient(page);
  const provider = document.createElement('hub-provider');
  provider.client = client;
  provider.clientId = CLIENT_ID;
  provider.permissions = [...CAPABILITIES];
  const list = document.createElement('hub-number-list');
  provider.append(list);
  document.body.append(provider);
  return paintedWhen(() => !!list.shadowRoot?.querySelector('.body [role=row]'), start);
};
`);

const coldVaadin = coldEntry(/* ts */ `
import '@vaadin/grid/vaadin-grid.js';
import { formatPhoneNumber, messagingTierLimit, numberStatusInfo, qualityRatingInfo } from '@hub/core';

${vaadinGridSource}
window.measure = async () => {
  const start = performance.now();
  const grid = vaadinGrid(page.items);
  document.body.append(grid);
  return paintedWhen(() => !!grid.querySelector('vaadin-grid-cell-content button'), start);
};
`);

const coldVirtualizer = coldEntry(/* ts */ `
import { LitElement, css, html } from 'lit';
import '@lit-labs/virtualizer';
import { formatPhoneNumber, messagingTierLimit, numberStatusInfo, qualityRatingInfo } from '@hub/core';

let compact;
function limitText(tier) {
  const limit = messagingTierLimit(tier);
  compact ??= new Intl.NumberFormat('en', { notation: 'compact' });
  return limit === null ? 'Not assigned' : limit === Infinity ? 'Unlimited' :
    compact.format(limit) + ' / 24 h';
}

class BareList extends LitElement {
  static properties = { items: { attribute: false } };
  static styles = css\`
    :host { display: block; }
    .row { display: grid; width: 100%; height: 3.25rem; align-items: center;
      grid-template-columns: 1.1fr 1fr 1.5fr 0.7fr 0.7fr 14rem; }
    lit-virtualizer { height: 36rem; }
  \`;
  render() {
    return html\`<div class="row"><span>Phone number</span><span>Status</span>
      <span>Display name</span><span>Quality</span><span>Messaging limit</span><span></span></div>
      <lit-virtualizer scroller .items=\${this.items} .renderItem=\${(n) => html\`<div class="row">
        <span>\${formatPhoneNumber(n.phoneNumber)}</span>
        <span>\${numberStatusInfo(n.status).label}</span>
        <span>\${n.displayName}</span>
        <span>\${qualityRatingInfo(n.qualityRating).label}</span>
        <span>\${limitText(n.messagingTier)}</span>
        <span><button>Manage</button><button ?hidden=\${!(n.plan === 'regular' || n.plan === 'premium')}
          >Signals</button><button>⋯</button></span>
      </div>\`}></lit-virtualizer>\`;
  }
}
customElements.define('bare-list', BareList);

window.measure = async () => {
  const start = performance.now();
  const list = document.createElement('bare-list');
  list.items = page.items;
  document.body.append(list);
  return paintedWhen(
    () => !!list.shadowRoot?.querySelector('lit-virtualizer')?.querySelector('button'),
    start,
  );
};
`);

const HUB = '<hub-number-list>';
const HUB_APP = '<hub-number-list> in an app bundle';
const VAADIN = '@vaadin/grid';
const BARE = 'bare @lit-labs/virtualizer';
// Ours as the drop-in ships it (every file starts with Chrome's compile hint), and the same code
// bundled by an app, which drops the hint; the peers as they ship.
const cold = await measureCold(
  [
    { name: HUB, entry: coldHub, firstLine: COMPILE_HINT },
    { name: HUB_APP, entry: coldHub },
    { name: VAADIN, entry: coldVaadin },
    { name: BARE, entry: coldVirtualizer },
  ],
  { samples: Number(process.env['COLD_SAMPLES'] ?? 15) },
);
const coldHubMs = median(cold[HUB]!);
const coldVaadinMs = median(cold[VAADIN]!);
const coldBareMs = median(cold[BARE]!);
console.log(
  `cold first render of 10,000 numbers (${cold[HUB]!.length} fresh pages each, medians): ` +
    `${HUB} ${coldHubMs.toFixed(1)} ms, ${VAADIN} ${coldVaadinMs.toFixed(1)} ms, ${BARE} ${coldBareMs.toFixed(1)} ms`,
);
const coldAppMs = median(cold[HUB_APP]!);
console.log(
  `  the same code bundled by an app (no compile hint): ${coldAppMs.toFixed(1)} ms, ` +
    `${(coldAppMs / coldVaadinMs).toFixed(2)}× ${VAADIN}, ${(coldAppMs / coldBareMs).toFixed(2)}× ${BARE}`,
);
reportGoals('number-list', [
  ratioGoal('10,000 numbers, cold first render vs @vaadin/grid', coldHubMs, coldVaadinMs, 0.6),
  ratioGoal('10,000 numbers, cold first render vs bare virtualizer', coldHubMs, coldBareMs, 1.2),
]);

// ── Warm (secondary) ──────────────────────────────────────────────────────────────────────

interface Timing {
  ms: number;
  laidOut: number;
  rows: number;
}

const figures = await inBrowser(entry, async (page) => {
  const count = await page.evaluate(() =>
    (window as unknown as { prepare(): Promise<number> }).prepare(),
  );
  const hub: number[] = [];
  const hubLaidOut: number[] = [];
  const vaadinLaidOut: number[] = [];
  const vaadin: number[] = [];
  let hubRows = 0;
  let vaadinRows = 0;
  // Alternate the two so drift on a shared machine affects both alike; the first round warms up.
  for (let round = 0; round <= ROUNDS; round++) {
    const a = await page.evaluate(() =>
      (window as unknown as { renderHub(): Promise<Timing> }).renderHub(),
    );
    await page.evaluate(() => (window as unknown as { cleanup(): void }).cleanup());
    const b = await page.evaluate(() =>
      (window as unknown as { renderVaadin(): Promise<Timing> }).renderVaadin(),
    );
    await page.evaluate(() => (window as unknown as { cleanup(): void }).cleanup());
    if (round === 0) continue;
    hub.push(a.ms);
    vaadin.push(b.ms);
    hubLaidOut.push(a.laidOut);
    vaadinLaidOut.push(b.laidOut);
    hubRows = a.rows;
    vaadinRows = b.rows;
  }
  await page.evaluate(() => (window as unknown as { renderHub(): Promise<unknown> }).renderHub());
  const search: number[] = [];
  for (let i = 0; i < 3; i++) {
    search.push(
      ...(await page.evaluate(() =>
        (window as unknown as { measureSearch(): Promise<number[]> }).measureSearch(),
      )),
    );
  }
  return {
    count,
    hub: median(hub),
    vaadin: median(vaadin),
    hubLaidOut: median(hubLaidOut),
    vaadinLaidOut: median(vaadinLaidOut),
    hubRows,
    vaadinRows,
    search,
  };
});

const p = (ms: number) => `${ms.toFixed(1)} ms`;
console.log(`numbers in the list: ${figures.count.toLocaleString('en')}`);
console.log(
  `first render, rows laid out:  <hub-number-list> ${p(figures.hubLaidOut)}, @vaadin/grid 25 ${p(figures.vaadinLaidOut)}, ratio ${(figures.hubLaidOut / figures.vaadinLaidOut).toFixed(2)}×`,
);
console.log(
  `first render, frame painted:  <hub-number-list> ${p(figures.hub)}, @vaadin/grid 25 ${p(figures.vaadin)}, ratio ${(figures.hub / figures.vaadin).toFixed(2)}× (goal ≤ 0.5×)`,
);
console.log(
  `row elements in the DOM: <hub-number-list> ${figures.hubRows}, @vaadin/grid ${figures.vaadinRows}`,
);
const keystrokes = [...figures.search].sort((a, b) => a - b);
const p90 = keystrokes[Math.floor(keystrokes.length * 0.9)] ?? 0;
console.log(
  `search keystroke on ${figures.count.toLocaleString('en')} (input → rendered, ${keystrokes.length} keystrokes): median ${p(median(keystrokes))}, p90 ${p(p90)}, max ${p(keystrokes.at(-1) ?? 0)} (goal ≤ 16 ms)`,
);
console.log('sizes: node scripts/bench.mjs size (the same figures as the CI size guard)');
