/**
 * <hub-activity-chart> against Chart.js 4, side by side in one headless Chromium: drawing 365 days
 * × 5 categories of stacked bars (goal: at most half of Chart.js's time), and the gzip size of each
 * (goal: at most a tenth of Chart.js's). Prints figures; it never passes or fails.
 *
 * Times are medians of fresh mounts into an empty 960×320 box, measured two ways: the script work
 * (until the call returns) and until the next frame has been produced (style, layout and paint
 * included, which is where SVG pays and canvas has already paid).
 */
import { inBrowser, median } from './lib/browser.js';
import { gzipBytes, kb } from './lib/measure.js';

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
  // The screen-reader table follows in idle time; let it land before anything else is measured.
  while (!el.shadowRoot.querySelector('tbody tr')) await new Promise((r) => setTimeout(r, 5));
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
  `  <hub-activity-chart> screen-reader table of the year in place after ${median(
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
    `${(own / sizes.chartjs.gzip).toFixed(3)} without (${kb(own)}) (goal ≤ 0.1)`,
);
