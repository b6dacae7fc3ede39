// Walks the demo as a new user meets it: every portal page (signed in as an admin and as a
// viewer) and every story of the built Storybook, at 1280 and 375 px wide. Prints each console
// error, page error, CSP violation and failed request, saves a screenshot of each view, and exits
// non-zero when anything went wrong.
//
//   npm run crawl -- [--out DIR] [--portal-only] [--stories-only] [--filter TEXT]
//
// The portal is started from source with its own emulator; the stories need `npm run
// build-storybook` first (they are skipped, with a note, when storybook-static/ is missing).
import { createServer } from 'node:http';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { launchChromium, recordProblems } from './chromium.mjs';
import { startPortal } from '../examples/partner-portal/start-portal.ts';

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const out = resolve(option('--out') ?? 'crawl');
const filter = option('--filter');
const widths = [1280, 375];
const pages = [
  '/',
  '/numbers.html',
  '/templates.html',
  '/activity.html',
  '/activity.html?metric=expenses',
  '/funds.html',
  '/billing.html',
  '/settings.html',
];
const signIns = [
  { clientId: 'bNapo1CL', role: 'admin', pages },
  { clientId: 'sHaRa6CL', role: 'viewer', pages },
  { role: 'staff', pages: ['/partner.html'] },
];

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** Serves storybook-static/ on a free port. */
async function serveStorybook(root) {
  const server = createServer(async (req, res) => {
    const path = join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    try {
      const file = (await stat(path)).isDirectory() ? join(path, 'index.html') : path;
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${server.address().port}`, stop: () => server.close() };
}

/** Opens `url` in a fresh page at `width`, waits for it to settle and reports what went wrong. */
async function visit(browser, url, width, shot, ready) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems = await recordProblems(page);
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // Navigations away and aborted background reads are not failures a user sees.
    if (!reason.includes('ERR_ABORTED'))
      problems.push(`request failed: ${request.url()} ${reason}`);
  });
  await page.setViewport({ width, height: 900 });
  try {
    await ready(page);
    // A live page keeps one request open (its `/events` stream), so "idle" allows one.
    await page.goto(url, { waitUntil: 'networkidle2', timeout: 30_000 });
    // Elements render after their reads settle; give them the frames they ask for.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
    await page
      .waitForNetworkIdle({ idleTime: 300, timeout: 15_000, concurrency: 1 })
      .catch(() => {});
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    if (overflow > 1) problems.push(`scrolls sideways by ${overflow}px at ${width}px`);
    // A page taller than Chromium can capture at once (10,000 stacked numbers) is shot as it opens.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.screenshot({ path: shot, fullPage: height <= 16_000 });
  } catch (error) {
    problems.push(`could not load: ${error.message}`);
  } finally {
    await context.close();
  }
  return problems;
}

const slug = (text) => text.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');

async function main() {
  await mkdir(out, { recursive: true });
  const browser = await launchChromium();
  let failures = 0;
  let views = 0;
  const report = (label, problems) => {
    views += 1;
    if (problems.length === 0) return;
    failures += problems.length;
    console.log(`✗ ${label}`);
    for (const problem of problems) console.log(`    ${problem}`);
  };
  try {
    if (!args.includes('--stories-only')) {
      const portal = await startPortal();
      const stopPortal = () => portal.process.kill();
      try {
        for (const who of signIns) {
          for (const path of who.pages) {
            if (filter && !path.includes(filter)) continue;
            for (const width of widths) {
              const label = `portal ${who.role} ${path} @${width}`;
              const shot = join(out, `portal-${who.role}-${slug(path) || 'home'}-${width}.png`);
              const signIn = async (page) => {
                const form = { role: who.role, next: '/' };
                if (who.clientId) form.clientId = who.clientId;
                const body = new URLSearchParams(form).toString();
                await page.goto(`${portal.origin}/signin.html`);
                await page.evaluate(async (form) => {
                  await fetch('/portal/signin', {
                    method: 'POST',
                    headers: { 'content-type': 'application/x-www-form-urlencoded' },
                    body: form,
                    redirect: 'manual',
                  });
                }, body);
              };
              report(label, await visit(browser, portal.origin + path, width, shot, signIn));
            }
          }
        }
      } finally {
        stopPortal();
      }
    }
    if (!args.includes('--portal-only')) {
      const root = resolve('storybook-static');
      const index = await readFile(join(root, 'index.json'), 'utf8').catch(() => undefined);
      if (!index) {
        console.log(
          'storybook-static/ is missing: run `npm run build-storybook` to crawl stories.',
        );
      } else {
        const storybook = await serveStorybook(root);
        try {
          const stories = Object.values(JSON.parse(index).entries).filter(
            (entry) => entry.type === 'story' && (!filter || entry.id.includes(filter)),
          );
          for (const story of stories) {
            for (const width of widths) {
              const url = `${storybook.origin}/iframe.html?id=${story.id}&viewMode=story`;
              const shot = join(out, `story-${story.id}-${width}.png`);
              report(
                `story ${story.id} @${width}`,
                await visit(browser, url, width, shot, async () => {}),
              );
            }
          }
        } finally {
          storybook.stop();
        }
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`${views} views, ${failures} problems; screenshots in ${out}`);
  process.exitCode = failures === 0 ? 0 : 1;
}

await main();
