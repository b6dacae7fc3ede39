import { build } from 'esbuild';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { esbuildMinifyTemplates } from '../../scripts/minify-templates.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Bundles `entry` (TypeScript, resolved from the workspace root with the `source` condition,
 * minified and production-mode as an app would ship it) into one script.
 */
export async function bundleEntry(entry: string): Promise<string> {
  const bundle = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['source'],
    tsconfig: `${root}tsconfig.base.json`,
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'error',
    // The element templates as published (see scripts/minify-templates.mjs).
    plugins: [esbuildMinifyTemplates(`${root}tsconfig.base.json`)],
  });
  return bundle.outputFiles[0]!.text;
}

/**
 * Bundles `entry` ({@link bundleEntry}), opens it in headless Chromium from a loopback server,
 * and hands the page to `run`. The entry usually puts measuring functions on `window`, which
 * `run` calls with `page.evaluate`. Everything is closed afterwards, whatever happens.
 */
export async function inBrowser<T>(entry: string, run: (page: Page) => Promise<T>): Promise<T> {
  const script = await bundleEntry(entry);
  const server = createServer((req, res) => {
    if (req.url === '/bench.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(script);
    } else {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(
        '<!doctype html><html><head><meta charset="utf-8"></head>' +
          '<body style="margin:0"><script type="module" src="/bench.js"></script></body></html>',
      );
    }
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    page.on('pageerror', (error) => console.error('page error:', error));
    await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
    return await run(page);
  } finally {
    await browser.close();
    server.close();
  }
}

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
