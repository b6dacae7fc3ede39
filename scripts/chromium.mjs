// Finds a Chromium for the browser tests: $CHROME_PATH, then a system Chromium, then the one
// shipped inside the @sparticuz/chromium npm package (unpacked to /tmp on first use), so tests run
// on a machine that has nothing but Node.js and npm.
import { existsSync } from 'node:fs';

const systemPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags for headless Chromium in containers and on a machine with no outside network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  // Test pages run side by side in one browser; a page in the background must still get its
  // frames, timers, resize and idle callbacks, or tests that wait on them time out (seen with
  // Debian's Chromium 156, not with the bundled 147).
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--disable-features=IntensiveWakeUpThrottling,CalculateNativeWinOcclusion',
];

/** @returns {Promise<string>} the path of a Chromium executable */
export async function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const system = systemPaths.find((path) => existsSync(path));
  if (system) return system;
  const { default: chromium } = await import('@sparticuz/chromium');
  return chromium.executablePath();
}

/**
 * Launches headless Chromium with puppeteer-core, the way every browser check of the repository
 * does (tests that drive pages, benches, the crawl, the consumer check).
 *
 * @returns {Promise<import('puppeteer-core').Browser>}
 */
export async function launchChromium() {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({
    executablePath: await findChromium(),
    headless: true,
    args: chromiumArgs,
  });
}

/**
 * Records what a user or a strict policy would see go wrong on `page`: console errors, uncaught
 * errors, answers of HTTP 400 and above, and every `securitypolicyviolation` (reported through
 * the console). Call it before the page navigates.
 *
 * @param {import('puppeteer-core').Page} page
 * @returns {Promise<string[]>} the problems, filled in as they happen
 */
export async function recordProblems(page) {
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return problems;
}
