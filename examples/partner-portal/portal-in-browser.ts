// Test support for the portal's browser tests (vitest hooks; kept apart from start-portal.ts,
// which the crawl and the benches import outside vitest).
import type { ChildProcess } from 'node:child_process';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startPortal } from './start-portal.js';

/**
 * For a test file that drives the portal in Chromium: starts the portal and a browser before its
 * tests and stops both after them. Read `origin` and `browser` inside the tests.
 */
export function portalInBrowser(): { readonly origin: string; readonly browser: Browser } {
  let portal: ChildProcess | undefined;
  let origin = '';
  let browser: Browser | undefined;
  beforeAll(async () => {
    const started = await startPortal();
    portal = started.process;
    origin = started.origin;
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    portal?.kill();
  });
  return {
    get origin() {
      return origin;
    },
    get browser() {
      if (!browser) throw new Error('the browser starts in beforeAll');
      return browser;
    },
  };
}
