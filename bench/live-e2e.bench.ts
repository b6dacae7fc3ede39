/**
 * Live updates as a user meets them (issue 19): the demo portal with its emulator, a numbers page
 * open with `<hub-provider live>`, and a change made outside the page (a cancellation requested,
 * then revoked, through the proxy). The clock runs from just before the change is sent to the
 * moment the page's list shows the new status: the emulator's webhook, `@hub/server`'s fan-out,
 * the stream, the client's refetch and the render. Goal: within about a second.
 * Run: node scripts/bench.mjs live-e2e (LIVE_SAMPLES=… to change the count)
 */
import { launchChromium } from '../scripts/chromium.mjs';
import {
  numberRowsShown,
  requestCancellation,
  signIn,
  startPortal,
} from '../examples/partner-portal/start-portal.js';
import { limitGoal, reportGoals } from './lib/goals.js';

const SAMPLES = Number(process.env['LIVE_SAMPLES'] ?? 30);
const portal = await startPortal();
const browser = await launchChromium();
const latencies: number[] = [];
try {
  const page = await browser.newPage();
  await signIn(page, portal.origin);
  await page.goto(`${portal.origin}/numbers.html`);
  await numberRowsShown(page, { timeout: 20_000 });
  const numberId = await page.evaluate(
    () =>
      document
        .querySelector('hub-number-list')!
        .shadowRoot!.querySelector<HTMLElement>('[part~="row"][data-number-id]')!.dataset[
        'numberId'
      ]!,
  );
  for (let sample = 0; sample < SAMPLES; sample++) {
    const enabled = sample % 2 === 0;
    // Resolves with the wall-clock time at which the row shows the expected status. (A string:
    // tsx would wrap named functions in a helper the page does not have.)
    const shown = page.evaluate(`new Promise((resolve) => {
      const root = document.querySelector('hub-number-list').shadowRoot;
      const observer = new MutationObserver(() => {
        const badge = root.querySelector('[data-number-id="${numberId}"] [part~="status-badge"]');
        if ((badge?.textContent?.trim() === 'Pending deletion') !== ${enabled}) return;
        observer.disconnect();
        resolve(performance.timeOrigin + performance.now());
      });
      observer.observe(root, { subtree: true, childList: true, characterData: true });
    })`) as Promise<number>;
    const { sentAt } = await requestCancellation(page, numberId, enabled);
    latencies.push((await shown) - sentAt);
  }
} finally {
  await browser.close();
  portal.process.kill();
}

const sorted = [...latencies].sort((a, b) => a - b);
const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
console.log(
  `change → updated list in an open tab (${SAMPLES} changes): p50 ${at(0.5).toFixed(0)} ms, ` +
    `p99 ${at(0.99).toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`,
);
reportGoals('live-e2e', [
  limitGoal('emulator change → open tab updated, p50', at(0.5), 1000, 'ms'),
  limitGoal('emulator change → open tab updated, p99', at(0.99), 1000, 'ms'),
]);
