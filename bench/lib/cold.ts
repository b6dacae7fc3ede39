import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { launchChromium } from '../../scripts/chromium.mjs';
import { COMPILE_HINT } from '../../scripts/compile-hint.mjs';
import { bundleEntry } from './browser.js';

/**
 * One contender of a cold measurement. `entry` is TypeScript bundled on its own (minified,
 * production mode, the `source` condition, as an app would ship it), so a page loads only that
 * contender's code. It must define two functions on `window`:
 *
 * - `prepare(): Promise<void>`: makes the data available (generates it, reads it from the
 *   emulator…). Not timed.
 * - `measure(): Promise<number>`: starts the clock, hands the data over, and returns the
 *   milliseconds until the frame after the one that painted the result (see {@link AFTER_PAINT}).
 */
export interface ColdContender {
  readonly name: string;
  readonly entry: string;
  /**
   * A first line for the bundled file: {@link COMPILE_HINT} for Hub Elements measured as the
   * drop-in ships them. An app that bundles them itself loses it (its bundler drops comments).
   */
  readonly firstLine?: string;
}

export { COMPILE_HINT };

/**
 * Code for entries: resolves after the next frame has been painted. A `requestAnimationFrame`
 * callback runs before that frame's paint; a task queued from it runs after the paint.
 */
export const AFTER_PAINT = /* ts */ `
export const afterPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
`;

/**
 * Measures each contender `samples` times, each sample on a fresh page in a fresh browser context
 * (no code cache, no warm JIT, no shared Intl caches), alternating the order of the contenders
 * from one sample to the next so that both feel the same machine load.
 *
 * @returns The samples of each contender, in milliseconds, by name.
 */
export async function measureCold(
  contenders: readonly ColdContender[],
  options: { samples?: number; viewport?: { width: number; height: number } } = {},
): Promise<Record<string, number[]>> {
  const samples = options.samples ?? 15;
  const scripts = new Map<string, string>();
  for (const contender of contenders) {
    const script = await bundleEntry(contender.entry);
    scripts.set(contender.name, contender.firstLine ? `${contender.firstLine}\n${script}` : script);
  }
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://bench');
    const name = url.searchParams.get('c') ?? '';
    if (url.pathname === '/bench.js' && scripts.has(name)) {
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
      res.end(scripts.get(name));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' });
    res.end(
      '<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body style="margin:0">' +
        `<script type="module" src="/bench.js?c=${encodeURIComponent(name)}"></script></body></html>`,
    );
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await launchChromium();
  const results: Record<string, number[]> = Object.fromEntries(
    contenders.map((contender) => [contender.name, []]),
  );
  try {
    for (let sample = 0; sample < samples; sample++) {
      const order = sample % 2 === 0 ? contenders : [...contenders].reverse();
      for (const contender of order) {
        const context = await browser.createBrowserContext();
        try {
          const page = await context.newPage();
          await page.setViewport(options.viewport ?? { width: 1280, height: 800 });
          page.on('pageerror', (error) => console.error(`${contender.name}: page error`, error));
          await page.goto(`http://127.0.0.1:${port}/?c=${encodeURIComponent(contender.name)}`, {
            waitUntil: 'load',
          });
          await page.waitForFunction('typeof window.prepare === "function"');
          await page.evaluate('window.prepare()');
          const ms = (await page.evaluate('window.measure()')) as number;
          results[contender.name]!.push(ms);
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}
