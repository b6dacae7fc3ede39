// The React example as a partner's app would ship it: built by Vite into a fresh directory, served
// with a strict Content-Security-Policy, opened in headless Chromium. It must show the numbers,
// route a hub event to a React handler, and log no error and no policy violation.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));

const csp =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; " +
  "img-src 'self' data:";

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

let outDir: string;
let server: Server;
let origin: string;
let browser: Browser;

/** Serves the built files, and nothing outside them, with the policy on every answer. */
function serve(dir: string): Promise<Server> {
  const files = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    response.setHeader('content-security-policy', csp);
    if (!file.startsWith(dir)) {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, {
          'content-type': types[extname(file)] ?? 'application/octet-stream',
        });
        response.end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  return new Promise((resolve) => files.listen(0, '127.0.0.1', () => resolve(files)));
}

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'hub-react-vite-'));
  // A production build whatever the test runner set: React's and Lit's development builds are
  // not what a partner ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root,
      configFile: join(root, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  server = await serve(outDir);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

/** Opens the app and records every console error, uncaught error and CSP violation. */
async function open(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${String(error)}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  await page.exposeFunction('reportViolation', (text: string) => problems.push(text));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation(text: string): void }).reportViolation;
      report(`CSP: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  await page.goto(origin, { waitUntil: 'load' });
  return { page, problems };
}

const lastEvent = (page: Page) =>
  page.$eval('.last-event', (element) => element.textContent?.trim());

describe('the React 19 + Vite example under a strict CSP', () => {
  it('serves the policy it is tested under', async () => {
    const answer = await fetch(origin);
    expect(answer.headers.get('content-security-policy')).toBe(csp);
    expect(await answer.text()).toMatch(/<script type="module" crossorigin src="\/assets\/index-/);
  });

  it('shows the numbers and templates and hands hub events to the React handlers', async () => {
    const { page, problems } = await open();
    try {
      await page.waitForSelector('hub-number-list >>> [part="row"]', { timeout: 15_000 });
      await page.waitForSelector('hub-template-list >>> [part="row"]', { timeout: 15_000 });
      await page.waitForSelector('hub-activity-chart >>> [part="summary-card"]', {
        timeout: 15_000,
      });
      expect(await lastEvent(page)).toBe('Nothing chosen yet.');

      const numberId = await page.$eval('hub-number-list >>> [part="row"]', (row) =>
        row.getAttribute('data-number-id'),
      );
      expect(numberId).toMatch(/^\w+CH$/);
      await page.click('hub-number-list >>> [part="row"] [part="manage-button"]');
      await page.waitForFunction(
        () => !document.querySelector('.last-event')?.textContent?.includes('Nothing'),
        { timeout: 10_000 },
      );
      expect(await lastEvent(page)).toBe(`hub-number-manage ${numberId}`);

      await page.click('hub-activity-chart >>> [part="summary-card"]');
      await page.waitForFunction(
        () => document.querySelector('.last-event')?.textContent?.startsWith('hub-activity-open'),
        { timeout: 10_000 },
      );
      expect(await lastEvent(page)).toBe('hub-activity-open conversations');

      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  }, 30_000);
});
