/**
 * A first visit to a plain HTML page with the drop-in and a number list, end to end: from the
 * start of the navigation to the frame after the first rows are painted, over an emulated
 * connection (DevTools' latency of 40 ms added to every request, 20 Mbit/s), a fresh browser
 * context per sample. The page loads the built `hub-elements.js` (it needs `pnpm build`), the
 * provider asks the page's own server for a session token, and the Hub is the emulator behind
 * that server, as behind a partner's proxy.
 *
 * Three pages, in turn:
 * - as partners write it: the list inside its provider, so the drop-in starts the list's reads
 *   as it finds the list, while the list's code downloads;
 * - the same, with the drop-in's files served without their first line, the compile hint;
 * - reads once the code is there: the list starts outside the provider (nothing to read for) and
 *   moves into it once registered, so its reads start when it connects there, as every
 *   element's did before. The provider is the same, ready from the start.
 *
 * Needs the build. Run: node scripts/bench.mjs drop-in-page
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulator, createSeedState, DEMO_PARTNER_ID } from '@hub/emulator';
import { toNodeListener } from '@hub/emulator/node';
import { launchChromium } from '../scripts/chromium.mjs';
import { median } from './lib/browser.js';
import { rememberedAnswers } from './lib/answers.js';

const SAMPLES = Number(process.env.SAMPLES ?? 11);
const CLIENT_ID = 'bNapo1CL';
const NUMBERS = 1_000;
const dist = new URL('../packages/elements/dist/', import.meta.url);

const state = createSeedState({ seed: 42, partnerId: DEMO_PARTNER_ID, numbers: NUMBERS });
for (const channel of state.channels) channel.client_id = CLIENT_ID;
const emulator = createEmulator({ state, rateLimits: false });

const KINDS = ['at once', 'without the compile hint', 'after the code'] as const;
type Kind = (typeof KINDS)[number];
const paths: Record<Kind, string> = {
  'at once': '/',
  'without the compile hint': '/plain',
  'after the code': '/late',
};
const labels: Record<Kind, string> = {
  'at once': 'as the drop-in finds the list',
  'without the compile hint': 'the same, no compile hint',
  'after the code': 'when the list connects',
};

/** The page; `kind` says where the list starts and which files the drop-in comes from. */
function page(kind: Kind, apiUrl: string): string {
  const late = kind === 'after the code';
  const files = kind === 'without the compile hint' ? 'dist-plain' : 'dist';
  const list = '<hub-number-list></hub-number-list>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Numbers</title>
<link rel="icon" href="data:,">
<script type="module" src="/${files}/hub-elements.js"></script>
<script type="module">
  ${late ? `customElements.whenDefined('hub-number-list').then(() => document.querySelector('hub-provider').append(document.querySelector('hub-number-list')));` : ''}
  customElements.whenDefined('hub-number-list').then(() => (window.registered = performance.now()));
  const painted = () => {
    const rows = document.querySelector('hub-number-list')?.shadowRoot?.querySelectorAll('.body [role=row]');
    if (!rows?.length) return requestAnimationFrame(painted);
    // A task queued from a frame callback runs after that frame's paint.
    requestAnimationFrame(() => setTimeout(() => (window.rows = performance.now())));
  };
  requestAnimationFrame(painted);
</script></head>
<body><h1>Numbers</h1>
<hub-provider partner-id="${DEMO_PARTNER_ID}" base-url="${apiUrl}" session-url="/session" client-id="${CLIENT_ID}">
  ${late ? '' : list}
</hub-provider>${late ? list : ''}</body></html>`;
}

// The Hub's answers are computed once per URL: the figures are the page's, not the emulator's.
const hub = rememberedAnswers(
  (request) => emulator.handle(request),
  (request) => request.method === 'GET',
);

let apiUrl = '';
const server = createServer(
  toNodeListener(async (request) => {
    const { pathname } = new URL(request.url);
    if (pathname === '/session') {
      return Response.json({ token: emulator.tokens.issue(Date.now()) });
    }
    if (pathname.startsWith('/api/v2/')) return hub(request);
    const file = /^\/(dist|dist-plain)\/([\w-]+\.js)$/.exec(pathname);
    if (file) {
      const code = await readFile(new URL(file[2]!, dist), 'utf8');
      const served = file[1] === 'dist-plain' ? code.replace(/^\/\/# .*\n/, '') : code;
      return new Response(served, { headers: { 'content-type': 'text/javascript' } });
    }
    const kind = KINDS.find((k) => paths[k] === pathname) ?? 'at once';
    return new Response(page(kind, apiUrl), { headers: { 'content-type': 'text/html' } });
  }),
);
server.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
apiUrl = `${origin}/api/v2`;

const figures = Object.fromEntries(
  KINDS.map((kind) => [
    kind,
    { rows: [] as number[], registered: [] as number[], request: [] as number[] },
  ]),
) as Record<Kind, { rows: number[]; registered: number[]; request: number[] }>;
const browser = await launchChromium();
try {
  for (let sample = 0; sample < SAMPLES; sample++) {
    const kinds = sample % 2 ? [...KINDS] : [...KINDS].reverse();
    for (const kind of kinds) {
      const context = await browser.createBrowserContext();
      try {
        const tab = await context.newPage();
        tab.on('pageerror', (error) => console.error(`${kind}: page error`, error));
        const cdp = await tab.createCDPSession();
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: 40,
          downloadThroughput: 20e6 / 8,
          uploadThroughput: 10e6 / 8,
        });
        await tab.goto(`${origin}${paths[kind]}`);
        await tab.waitForFunction('window.rows !== undefined', { timeout: 30_000 });
        const times = (await tab.evaluate(`({
          rows: window.rows,
          registered: window.registered,
          request: performance.getEntriesByType('resource')
            .find((entry) => new URL(entry.name).pathname.endsWith('/channels'))?.startTime,
        })`)) as { rows: number; registered: number; request: number };
        figures[kind].rows.push(times.rows);
        figures[kind].registered.push(times.registered);
        figures[kind].request.push(times.request);
      } finally {
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}

console.log(
  `A first visit to a drop-in page with a number list of ${NUMBERS.toLocaleString('en')}, ` +
    `40 ms added latency, 20 Mbit/s; medians of ${SAMPLES} fresh pages, ms from the navigation's start:`,
);
console.log(
  '  reads start                  numbers asked for   list registered   first rows painted',
);
for (const kind of KINDS) {
  const { rows, registered, request } = figures[kind];
  console.log(
    `  ${labels[kind].padEnd(29)}${median(request).toFixed(0).padStart(10)}${median(registered).toFixed(0).padStart(19)}` +
      `${median(rows).toFixed(0).padStart(19)}`,
  );
}
const first = (kind: Kind) => median(figures[kind].rows);
console.log(
  `  first rows ${(first('after the code') - first('at once')).toFixed(0)} ms sooner when the reads ` +
    `start as the drop-in finds the list; ${(first('without the compile hint') - first('at once')).toFixed(0)} ms ` +
    'sooner with the compile hint than without',
);
