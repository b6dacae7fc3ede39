// A server-rendered page hydrates in headless Chromium: the page Node renders with @lit-labs/ssr
// (every Hub Element inside a drop-in `<hub-provider>`) loads lit's hydrate support before the
// elements; each element takes over the shadow root the server declared, with no hydration
// mismatch or other error, and the browser (never the server) asks for the session.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.mjs';
import { hubTags, renderInProvider } from './ssr-page.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const elementTags = hubTags.filter((tag) => tag !== 'hub-provider');

let server;
let origin;
let browser;
/** Resolves when the browser asks the session endpoint (held open: the elements stay loading). */
let sessionAsked;

/** The client entry as a partner's bundler builds it: hydrate support first, then the elements. */
async function clientBundle() {
  const result = await build({
    stdin: {
      contents: `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
        import '@hub/elements/all.js';`,
      resolveDir: root,
    },
    absWorkingDir: root,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['source'],
    tsconfig: 'tsconfig.base.json',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

beforeAll(async () => {
  await import('@hub/elements/all.js');
  const markup = await renderInProvider(elementTags, {
    partnerId: 'partner-1',
    sessionUrl: '/portal/session',
  });
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR</title>
<link rel="icon" href="data:,"></head>
<body>${markup}
<script>
  // Before any element is defined: the nodes the browser built from the declarative shadow roots.
  window.serverNodes = Object.fromEntries(
    [...document.querySelectorAll('hub-provider > *')].map((el) => [
      el.localName,
      el.shadowRoot && el.shadowRoot.querySelector('[part]'),
    ]),
  );
</script>
<script type="module" src="/client.js"></script>
</body></html>`;
  const files = {
    '/': ['text/html', page],
    '/client.js': ['text/javascript', await clientBundle()],
  };
  let asked;
  sessionAsked = new Promise((resolve) => (asked = resolve));
  server = createServer((req, res) => {
    if (req.url === '/portal/session') return asked(req.method);
    const file = files[req.url];
    res.writeHead(file ? 200 : 404, { 'content-type': file?.[0] ?? 'text/plain' });
    res.end(file?.[1] ?? 'not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

describe('a page server-rendered with @lit-labs/ssr', () => {
  it('hydrates every Hub Element in the browser', async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (message) => {
      if (['error', 'warn'].includes(message.type())) problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${String(error)}`));
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
    await page.goto(origin);
    await page.waitForFunction(
      (tags) =>
        tags.every((tag) => {
          const element = document.querySelector(tag);
          return element?.hasUpdated && !element.isUpdatePending;
        }),
      { timeout: 20_000, polling: 50 },
      elementTags,
    );
    const report = await page.evaluate(() =>
      Object.fromEntries(
        Object.entries(window.serverNodes).map(([tag, node]) => {
          const element = document.querySelector(tag);
          return [
            tag,
            {
              declared: node !== null,
              // The server's inline `<style>`s are refused under a strict CSP; the sheets are not.
              styled: element.shadowRoot.adoptedStyleSheets.length > 0,
              kept: node !== null && element.shadowRoot.querySelector('[part]') === node,
              parts: [...element.shadowRoot.querySelectorAll('[part]')]
                .map((el) => el.getAttribute('part'))
                .join(' '),
            },
          ];
        }),
      ),
    );
    expect(await sessionAsked).toBe('POST');
    expect(problems).toEqual([]);
    expect(Object.keys(report).sort()).toEqual([...elementTags].sort());
    for (const [tag, { declared, styled }] of Object.entries(report)) {
      expect({ tag, declared, styled }).toEqual({ tag, declared: true, styled: true });
    }
    // Where the first state the client draws is the server's (a skeleton while the session loads,
    // or content that needs no data), the server's nodes are the live ones: hydrated, not redrawn.
    // (Without the hydrate support none would be: lit would draw a second copy before them.)
    expect(
      Object.keys(report)
        .filter((tag) => report[tag].kept)
        .sort(),
    ).toEqual([
      'hub-add-number',
      'hub-billing',
      'hub-funds',
      'hub-help-links',
      'hub-import-number',
      'hub-partner-change',
      'hub-partner-change-requests',
      'hub-partner-permissions',
      'hub-template-preview',
    ]);
    // The others moved on past their server state with the provider's client: the list draws its
    // toolbar while its numbers load (its add and import flows come once numbers have shown).
    expect(report['hub-number-list'].parts).toBe('toolbar search loading');
  });
});
