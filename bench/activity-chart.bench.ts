/**
 * <hub-activity-chart> against Chart.js 4 and a bare Lit SVG, in headless Chromium.
 *
 * Primary, cold: 30, 365 and 1,825 days × 5 categories, each sample on a fresh page (no warm JIT,
 * no Intl caches), from the data being available to the frame after the one that painted the
 * bars. The element reads its usage from the client's cache (put there untimed; the client's
 * transport never answers, so the background revalidation costs nothing and no request leaves
 * the page); Chart.js and the bare SVG get the figures already per day and category. Goals: at
 * most half of Chart.js's time and 1.2× the bare SVG's, at each range; the element's own code at
 * most a tenth of Chart.js's bar chart.
 *
 * Secondary, warm: medians of fresh mounts of a year into an empty 960×320 box in one page, the
 * script work (until the call returns) and until the next frame has been produced.
 */
import { inBrowser, median } from './lib/browser.js';
import { gzipBytes, kb } from './lib/measure.js';
import { AFTER_PAINT, COMPILE_HINT, measureCold, type ColdContender } from './lib/cold.js';
import { ratioGoal, reportGoals, type Goal } from './lib/goals.js';

// ── cold ────────────────────────────────────────────────────────────────────────────────────────

const coldRanges = [30, 365, 1825] as const;
const coldSamples = Number(process.env['BENCH_SAMPLES'] ?? 15);

/** Deterministic figures of `n` days × 5 categories (a weekly rhythm and noise), for every page. */
const figures = (n: number) => /* ts */ `
${AFTER_PAINT}
let seed = 7;
const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
const rows: number[][] = Array.from({ length: ${n} }, (_, d) =>
  Array.from({ length: 5 }, (_, c) =>
    Math.round((d % 7 === 0 ? 40 : 100) * (1 + c / 3) * (0.6 + random() * 0.8))));
const box = () => {
  const div = document.createElement('div');
  div.style.cssText = 'width:960px;height:320px;position:relative';
  document.body.replaceChildren(div);
  return div;
};
declare global { interface Window { prepare(): Promise<void>; measure(): Promise<number> } }
`;

const hubEntry = (n: number) => /* ts */ `
import { html, render } from 'lit';
import { addDays, createHubClient, isoDay, PRICING_CATEGORIES } from '@hub/core';
import '@hub/elements/define/hub-provider.js';
import '@hub/elements/define/hub-activity-chart.js';
${figures(n)}
// The background revalidation on mount goes to a transport that never answers: nothing leaves
// the page and nothing lands inside the measure.
const client = createHubClient({
  partnerId: 'bench',
  baseUrl: 'https://hub.invalid/api/v2',
  auth: { apiKey: 'bench' },
  fetch: () => new Promise<Response>(() => undefined),
});
const clientId = 'benchCL';
const to = addDays(isoDay(Date.now()), -1);
const from = addDays(to, -(${n} - 1));
const shown = ['marketing', 'utility', 'authentication', 'authentication_international', 'service'];
const usage = (quantity: number) => ({
  quantity, paidQuantity: quantity, cost: { amountMinor: quantity * 5, currency: 'EUR' } });
let target: HTMLElement;
window.prepare = async () => {
  const periods = rows.map((row, d) => {
    const total = row.reduce((a, b) => a + b, 0);
    return {
      date: addDays(from, d),
      byCategory: Object.fromEntries(
        PRICING_CATEGORIES.map((c) => [c, usage(row[shown.indexOf(c)] ?? 0)])),
      unattributed: usage(0),
      ...usage(total),
    };
  });
  const params = { from, to, granularity: 'day' as const };
  client.cache.set(client.billing.keys.usage(clientId, params), {
    clientId, currency: 'EUR', granularity: 'day', periods });
  target = box();
};
window.measure = async () => {
  const start = performance.now();
  // A month is a preset (no date inputs); longer periods are custom.
  render(${n} === 30
    ? html\`<hub-provider .client=\${client} client-id=\${clientId} locale="en">
        <hub-activity-chart range="last-30-days"></hub-activity-chart></hub-provider>\`
    : html\`<hub-provider .client=\${client} client-id=\${clientId} locale="en">
        <hub-activity-chart range="custom" from=\${from} to=\${to} history-days=\${${n} + 30}>
        </hub-activity-chart></hub-provider>\`, target);
  const chart = target.querySelector('hub-activity-chart')!;
  const drawn = () => {
    const svg = chart.shadowRoot?.querySelector('svg.bars');
    return Number(svg?.getAttribute('width')) > 0 && !!svg?.querySelector('path.series')?.getAttribute('d');
  };
  // Bars drawn in a frame's ResizeObserver step are painted in that frame: check after each paint.
  do await afterPaint(); while (!drawn());
  return performance.now() - start;
};
`;

const chartJsEntry = (n: number) => /* ts */ `
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
${figures(n)}
Chart.register(BarController, BarElement, CategoryScale, LinearScale);
const colours = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#d55e00'];
const labels = rows.map((_, d) => new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10));
let target: HTMLElement;
window.prepare = async () => { target = box(); };
window.measure = async () => {
  const start = performance.now();
  const canvas = document.createElement('canvas');
  target.append(canvas);
  new Chart(canvas, {
    type: 'bar',
    data: { labels, datasets: colours.map((colour, c) => ({
      label: 'Series ' + (c + 1), data: rows.map((row) => row[c]!), backgroundColor: colour })) },
    options: { animation: false, responsive: true, maintainAspectRatio: false,
      scales: { x: { stacked: true }, y: { stacked: true } } },
  });
  await afterPaint();
  return performance.now() - start;
};
`;

// The least a Lit chart can do: one path per category, scaled to the tallest day, nothing else.
const bareEntry = (n: number) => /* ts */ `
import { css, LitElement, svg } from 'lit';
${figures(n)}
class BareBars extends LitElement {
  static override styles = css\`:host{display:block}.s0{fill:#0072b2}.s1{fill:#e69f00}
    .s2{fill:#009e73}.s3{fill:#cc79a7}.s4{fill:#d55e00}\`;
  static override properties = { rows: { attribute: false } };
  rows: number[][] = [];
  override render() {
    const width = 960, height = 320;
    const max = Math.max(1, ...this.rows.map((row) => row.reduce((a, b) => a + b, 0)));
    const step = width / this.rows.length;
    const paths: string[] = ['', '', '', '', ''];
    this.rows.forEach((row, d) => {
      let base = height;
      row.forEach((value, c) => {
        const h = (value / max) * height;
        base -= h;
        paths[c] += 'M' + (d * step).toFixed(1) + ' ' + base.toFixed(1) + 'h' + (step * 0.8).toFixed(1) +
          'v' + h.toFixed(1) + 'h' + (-step * 0.8).toFixed(1) + 'z';
      });
    });
    return svg\`<svg width=\${width} height=\${height}>\${paths.map(
      (d, c) => svg\`<path class=\${'s' + c} d=\${d}></path>\`)}</svg>\`;
  }
}
customElements.define('bare-bars', BareBars);
let target: HTMLElement;
window.prepare = async () => { target = box(); };
window.measure = async () => {
  const start = performance.now();
  const bars = document.createElement('bare-bars') as BareBars;
  bars.rows = rows;
  target.append(bars);
  await bars.updateComplete;
  await afterPaint();
  return performance.now() - start;
};
`;

const coldGoals: Goal[] = [];
const rebundled: string[] = [];
console.log(
  `Cold: fresh page per sample, data available → frame after the bars' paint; median of ${coldSamples}:`,
);
console.log('  days    <hub-activity-chart>   Chart.js    bare Lit SVG   hub/Chart.js  hub/bare');
for (const n of coldRanges) {
  // Ours as the drop-in ships it (every file starts with Chrome's compile hint), and the same
  // code bundled by an app, which drops the hint; the peers as they ship.
  const contenders: ColdContender[] = [
    { name: 'hub', entry: hubEntry(n), firstLine: COMPILE_HINT },
    { name: 'hub, app bundle', entry: hubEntry(n) },
    { name: 'chartjs', entry: chartJsEntry(n) },
    { name: 'bare', entry: bareEntry(n) },
  ];
  const samples = await measureCold(contenders, { samples: coldSamples });
  const hub = median(samples['hub']!);
  const app = median(samples['hub, app bundle']!);
  const chartjs = median(samples['chartjs']!);
  const bare = median(samples['bare']!);
  console.log(
    `  ${String(n).padStart(5)}   ${hub.toFixed(1).padStart(10)} ms      ${chartjs.toFixed(1).padStart(6)} ms ` +
      `${bare.toFixed(1).padStart(8)} ms      ${(hub / chartjs).toFixed(2).padStart(5)}×     ${(hub / bare).toFixed(2)}×`,
  );
  rebundled.push(
    `  ${String(n).padStart(5)}   ${app.toFixed(1).padStart(10)} ms      ${chartjs.toFixed(1).padStart(6)} ms ` +
      `${bare.toFixed(1).padStart(8)} ms      ${(app / chartjs).toFixed(2).padStart(5)}×     ${(app / bare).toFixed(2)}×`,
  );
  const what = `${n.toLocaleString('en')} days × 5, cold to painted bars`;
  coldGoals.push(ratioGoal(`${what} vs Chart.js`, hub, chartjs, 0.5));
  coldGoals.push(ratioGoal(`${what} vs bare Lit SVG`, hub, bare, 1.2));
}
console.log('The same code bundled by an app (no compile hint), in the same runs:');
console.log(rebundled.join('\n'));

// ── warm (secondary) ────────────────────────────────────────────────────────────────────────────
console.log('\nWarm (secondary): one page, JIT warmed by earlier mounts.');

const days = 365;
const categories = 5;
const runs = 25;

const entry = `
import { html, render } from 'lit';
import { addDays, labelIndices, stackedBarLayout } from '@hub/core';
import { barChart } from './packages/elements/src/activity-chart/bar-chart.js';
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import '@hub/elements/define/hub-provider.js';
import '@hub/elements/define/hub-activity-chart.js';
import { emulatedHub, FULL_ACCESS_CLIENT } from './packages/elements/src/test-support/emulated-hub.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

// Deterministic data: a weekly rhythm and noise per category.
let seed = 7;
const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
const rows = Array.from({ length: ${days} }, (_, d) =>
  Array.from({ length: ${categories} }, (_, c) =>
    Math.round((d % 7 === 0 ? 40 : 100) * (1 + c / 3) * (0.6 + random() * 0.8))));
const labels = rows.map((_, d) => addDays('2025-01-01', d));
const colours = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#d55e00'];

function box() {
  const div = document.createElement('div');
  div.style.cssText = 'width:960px;height:320px;position:relative';
  document.body.replaceChildren(div);
  return div;
}
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
const style = document.createElement('style');
style.textContent = '.series-1{fill:#0072b2}.series-2{fill:#e69f00}.series-3{fill:#009e73}.series-4{fill:#cc79a7}.series-5{fill:#d55e00}';
document.head.append(style);

const drawHub = (target) => {
  const layout = stackedBarLayout({ rows, width: 960, height: 320 });
  const maxLabels = Math.floor(layout.plot.width / 64);
  render(barChart({
    layout, width: 960, height: 320, slots: [1, 2, 3, 4, 5], active: undefined,
    xLabels: labelIndices(labels.length, maxLabels).map((index) => ({ index, text: labels[index] })),
    yLabel: (value) => String(value),
  }), target);
};
let chart;
const drawChartJs = (target) => {
  chart?.destroy();
  const canvas = document.createElement('canvas');
  target.append(canvas);
  chart = new Chart(canvas, {
    type: 'bar',
    data: { labels, datasets: colours.map((colour, c) => ({
      label: 'Series ' + (c + 1), data: rows.map((row) => row[c]), backgroundColor: colour })) },
    options: { animation: false, responsive: true, maintainAspectRatio: false,
      scales: { x: { stacked: true }, y: { stacked: true } } },
  });
};

window.measure = async (name) => {
  const draw = name === 'hub' ? drawHub : drawChartJs;
  const target = box();
  const start = performance.now();
  draw(target);
  const script = performance.now() - start;
  await frame();
  return { script, frame: performance.now() - start };
};

// The whole element, reading a year of usage (365 days × the client's 5 series) from a warm cache.
const { client } = emulatedHub({ rateLimits: false });
const to = addDays(new Date().toISOString().slice(0, 10), -1);
const from = addDays(to, -364);
window.warm = () => client.billing.usage(FULL_ACCESS_CLIENT, { from, to, granularity: 'day' });
window.measureElement = async () => {
  const target = box();
  const start = performance.now();
  render(html\`<hub-provider .client=\${client} client-id=\${FULL_ACCESS_CLIENT} locale="en">
    <hub-activity-chart range="custom" from=\${from} to=\${to}></hub-activity-chart>
  </hub-provider>\`, target);
  const el = target.querySelector('hub-activity-chart');
  while (!el.shadowRoot?.querySelector('path.series')?.getAttribute('d')) await el.updateComplete;
  const script = performance.now() - start;
  await frame();
  const total = performance.now() - start;
  // The screen-reader table fills in idle time, a chunk of days at a time; let it complete
  // before anything else is measured.
  while (el.shadowRoot.querySelector('table')?.getAttribute('aria-busy') !== 'false') {
    await new Promise((r) => setTimeout(r, 5));
  }
  const table = performance.now() - start;
  // Hovering: each pointer move re-renders with another active day.
  const plot = el.shadowRoot.querySelector('.plot');
  const area = plot.getBoundingClientRect();
  const hover = [];
  for (let i = 1; i <= 20; i++) {
    const t = performance.now();
    plot.dispatchEvent(new PointerEvent('pointermove', { clientX: area.left + (area.width * i) / 21, clientY: area.top + 10 }));
    await el.updateComplete;
    hover.push(performance.now() - t);
  }
  hover.sort((a, b) => a - b);
  return { script, frame: total, table, hover: hover[10] };
};
`;

type Timing = { script: number; frame: number; table?: number; hover?: number };

const results = await inBrowser(entry, async (page) => {
  await page.evaluate(() => (window as unknown as { warm: () => Promise<unknown> }).warm());
  const measure = (name: string) =>
    page.evaluate(
      (n) => (window as unknown as { measure: (n: string) => Promise<Timing> }).measure(n),
      name,
    );
  const measureElement = () =>
    page.evaluate(() =>
      (window as unknown as { measureElement: () => Promise<Timing> }).measureElement(),
    );
  const timings: Record<'hub' | 'chartjs' | 'element', Timing[]> = {
    hub: [],
    chartjs: [],
    element: [],
  };
  // Interleaved, so both feel the same machine load; the first rounds warm the JIT.
  for (let i = 0; i < runs + 3; i++) {
    const hub = await measure('hub');
    const chartjs = await measure('chartjs');
    const element = await measureElement();
    if (i < 3) continue;
    timings.hub.push(hub);
    timings.chartjs.push(chartjs);
    timings.element.push(element);
  }
  return timings;
});

const med = (list: Timing[], key: 'script' | 'frame') => median(list.map((t) => t[key]));
const ms = (n: number) => `${n.toFixed(1).padStart(6)} ms`;
console.log(`Render of ${days} days × ${categories} stacked categories, median of ${runs}:`);
console.log('                                         script     to next frame');
for (const [label, list] of [
  ['hub bars (core layout + Lit SVG)', results.hub],
  ['Chart.js 4.6.1 (canvas, no animation)', results.chartjs],
  ['<hub-activity-chart>, 365 days × 5, all', results.element],
] as const) {
  console.log(`  ${label.padEnd(38)} ${ms(med(list, 'script'))}   ${ms(med(list, 'frame'))}`);
}
console.log(
  `  <hub-activity-chart> screen-reader table of the year complete after ${median(
    results.element.map((t) => t.table ?? 0),
  ).toFixed(1)} ms (rendered in idle time after the bars' frame)`,
);
console.log(
  `  <hub-activity-chart> hover over a year, re-render per pointer move: ${median(
    results.element.map((t) => t.hover ?? 0),
  ).toFixed(2)} ms`,
);
const ratio = (list: Timing[], key: 'script' | 'frame') =>
  (med(list, key) / med(results.chartjs, key)).toFixed(2);
console.log(
  `  hub bars / Chart.js: ${ratio(results.hub, 'script')}× script, ` +
    `${ratio(results.hub, 'frame')}× to next frame (goal ≤ 0.5×)`,
);
// The element also reads the cache, aggregates, lays out, renders the legend and the table: what a
// page pays in practice, set against Chart.js drawing already prepared data.
console.log(
  `  <hub-activity-chart> / Chart.js: ${ratio(results.element, 'script')}× script, ` +
    `${ratio(results.element, 'frame')}× to next frame`,
);

const sizes = {
  hub: await gzipBytes(
    `import { stackedBarLayout, labelIndices } from '@hub/core';
     import { barChart } from './packages/elements/src/activity-chart/bar-chart.js';
     import { render } from 'lit';
     export { stackedBarLayout, labelIndices, barChart, render };`,
  ),
  element: await gzipBytes(`import '@hub/elements/define/hub-activity-chart.js';`),
  chartjs: await gzipBytes(
    `import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
     Chart.register(BarController, BarElement, CategoryScale, LinearScale);
     export { Chart };`,
  ),
  lit: await gzipBytes(`import { render, html, svg } from 'lit'; export { render, html, svg };`),
  chartjsAuto: await gzipBytes(`import Chart from 'chart.js/auto'; export { Chart };`),
};
console.log('\nGzip size (minified, tree-shaken):');
console.log(`  hub bars (layout, ticks, scales, Lit renderer + lit)   ${kb(sizes.hub.gzip)}`);
console.log(
  `  <hub-activity-chart> whole (lit, @lit/context, @hub/core client and cache, zod) ${kb(sizes.element.gzip)}`,
);
console.log(`  Chart.js, bar chart parts registered                   ${kb(sizes.chartjs.gzip)}`);
console.log(
  `  Chart.js, chart.js/auto                                ${kb(sizes.chartjsAuto.gzip)}`,
);
console.log(`  of which lit's renderer (shared by every Hub Element)  ${kb(sizes.lit.gzip)}`);
const own = sizes.hub.gzip - sizes.lit.gzip;
console.log(
  `  hub bars / Chart.js bar parts: ${(sizes.hub.gzip / sizes.chartjs.gzip).toFixed(3)} with lit, ` +
    `${(own / sizes.chartjs.gzip).toFixed(3)} without (${kb(own)})`,
);

// What the element adds to a page that already has lit and @hub/core (every Hub Element needs
// both): a bundle with all of them, less the same bundle without the element.
const litAndCore = `export * as lit from 'lit'; export * as core from '@hub/core';`;
const withElement = await gzipBytes(
  `${litAndCore} import '@hub/elements/define/hub-activity-chart.js';`,
);
const withBase = await gzipBytes(
  `${litAndCore} export { HubElement } from './packages/elements/src/base/hub-element.js';`,
);
const baseline = await gzipBytes(litAndCore);
const elementOwn = withElement.gzip - baseline.gzip;
console.log(
  `  <hub-activity-chart> over lit + @hub/core: ${kb(elementOwn)}, of which the shared ` +
    `HubElement base (localize, context, messages) ${kb(withBase.gzip - baseline.gzip)}`,
);
reportGoals('activity-chart', [
  ...coldGoals,
  {
    ...ratioGoal(
      '<hub-activity-chart> own code (gzip, over lit + core) vs Chart.js bar parts',
      elementOwn,
      sizes.chartjs.gzip,
      0.1,
    ),
    measured: `${(elementOwn / sizes.chartjs.gzip).toFixed(3)}× (${kb(elementOwn)} vs ${kb(sizes.chartjs.gzip)})`,
  },
]);
