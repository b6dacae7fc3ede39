/**
 * The data path of a number list: `numbers.all` against the Node emulator over real HTTP on
 * loopback, into <hub-provider> + <hub-number-list>, cold (a fresh page per sample).
 *
 * - render only: the list with 10,000 numbers already in the cache (as number-list.bench does);
 * - first rows / all rows: from the start of the read (data on the server) to the frame after
 *   the first rows are painted, and to the frame after the whole list is;
 * - sequential: the read as it was before (pages one after another, the list shown once whole),
 *   built from `numbers.list` in the page, for a before/after in the same run.
 *
 * The emulator runs with its documented rate limits on (none applies to the channel list). It
 * filters and sorts the whole list on every page request, which a real Hub does from an index, so
 * its answers are computed once per URL before the samples: the figures are the client's.
 * Plus, in Node: reading (JSON, validation, mapping) of 10,000 numbers through the client.
 * Run: node scripts/bench.mjs data-path
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulator, createSeedState, DEMO_API_KEY, DEMO_PARTNER_ID } from '@hub/emulator';
import { toNodeListener, withCors } from '@hub/emulator/node';
import { createHubClient } from '@hub/core';
import { AFTER_PAINT, COMPILE_HINT, measureCold } from './lib/cold.js';
import { median } from './lib/browser.js';
import { limitGoal, ratioGoal, reportGoals } from './lib/goals.js';
import { rememberedAnswers } from './lib/answers.js';

const SAMPLES = Number(process.env.SAMPLES ?? 11);
const CLIENT_ID = 'bNapo1CL';

/** An emulator whose numbers all belong to {@link CLIENT_ID}, served on loopback. */
async function serve(count: number): Promise<{ url: string; server: Server; pageMs: number }> {
  const state = createSeedState({ seed: 42, partnerId: DEMO_PARTNER_ID, numbers: count });
  for (const channel of state.channels) channel.client_id = CLIENT_ID;
  const emulator = createEmulator({ state, rateLimits: true });
  const handle = rememberedAnswers(
    (request) => emulator.handle(request),
    (request) => request.method === 'GET' && new URL(request.url).pathname.endsWith('/channels'),
  );
  const server = createServer(toNodeListener(withCors(handle)));
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v2`;
  // Computes every page's answer once, the way the page asks for them.
  const started = performance.now();
  const warm = createHubClient({
    partnerId: DEMO_PARTNER_ID,
    baseUrl: url,
    auth: { apiKey: DEMO_API_KEY },
  });
  const all = await warm.numbers.all(CLIENT_ID);
  if (all.items.length !== count) throw new Error(`served ${all.items.length} of ${count}`);
  return { url, server, pageMs: (performance.now() - started) / Math.ceil(count / 1000) };
}

type Kind = 'render' | 'first' | 'all' | 'sequential';

function entry(kind: Kind, baseUrl: string): string {
  return /* ts */ `
import '@hub/elements/define/hub-provider.js';
import '@hub/elements/define/hub-number-list.js';
import { CAPABILITIES, createHubClient } from '@hub/core';
${AFTER_PAINT}
const CLIENT_ID = ${JSON.stringify(CLIENT_ID)};
const kind = ${JSON.stringify(kind)};
const account = {
  id: CLIENT_ID, name: 'Bench', status: 'active', organisation: null, maxNumbers: null,
  partnerPayload: null, paymentType: 'partner', email: null, country: null, website: null,
  createdAt: '2025-01-01T00:00:00Z', modifiedAt: null,
};
const newClient = (fetch) => createHubClient({
  partnerId: ${JSON.stringify(DEMO_PARTNER_ID)}, baseUrl: ${JSON.stringify(baseUrl)},
  auth: { apiKey: ${JSON.stringify(DEMO_API_KEY)} }, ...(fetch ? { fetch } : {}),
});
let cached;

window.prepare = async () => {
  if (kind === 'render') cached = await newClient().numbers.all(CLIENT_ID);
};

/** The read as it was: one page after another, the list shown once whole. */
function sequential(client) {
  client.numbers.all = (clientId, options) =>
    client.cache.fetch(client.numbers.keys.all(clientId), async () => {
      const items = [];
      for (let offset = 0; ; ) {
        const page = await client.numbers.list(
          { filters: { clientId }, limit: 1000, offset, sort: 'phoneNumber' },
        );
        items.push(...page.items);
        if (page.nextOffset === undefined) break;
        offset = page.nextOffset;
      }
      return { items, total: items.length, limit: items.length, offset: 0, nextOffset: undefined, skipped: [] };
    }, options);
  return client;
}

window.measure = async () => {
  // The render-only client never answers: no background refresh competes with the render.
  const client = kind === 'render' ? newClient(() => new Promise(() => {})) : newClient();
  if (kind === 'render') client.cache.set(client.numbers.keys.all(CLIENT_ID), cached);
  if (kind === 'sequential') sequential(client);
  client.cache.set(client.clients.keys.get(CLIENT_ID), account);
  const provider = document.createElement('hub-provider');
  provider.client = client;
  provider.clientId = CLIENT_ID;
  provider.permissions = [...CAPABILITIES];
  const list = document.createElement('hub-number-list');
  provider.append(list);
  const key = client.numbers.keys.all(CLIENT_ID);
  const whole = () => {
    const state = client.cache.get(key);
    return state?.status === 'success' && !state.partial && !state.fetching;
  };
  const rows = () => list.shadowRoot?.querySelectorAll('.body [role=row]').length ?? 0;
  const shown = () => rows() > 0 && (kind !== 'all' || whole());
  const start = performance.now();
  document.body.append(provider);
  await list.updateComplete;
  // Watched as the list's DOM changes (not once a frame), so the clock stops at the frame that
  // paints the rows, as it does for the render-only contender.
  if (!shown()) {
    await new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (shown()) observer.disconnect(), resolve(undefined);
      });
      observer.observe(list.shadowRoot, { childList: true, subtree: true, characterData: true });
    });
  }
  await afterPaint();
  return performance.now() - start;
};
`;
}

const ten = await serve(10_000);
const hundred = await serve(100_000);
console.log(
  `emulator, first computation of a page of 1,000: ${ten.pageMs.toFixed(0)} ms (10,000), ` +
    `${hundred.pageMs.toFixed(0)} ms (100,000); served from memory during the samples`,
);

// Every contender is ours, as the drop-in ships it (its files start with Chrome's compile hint).
const contenders = [
  { name: 'render 10k', entry: entry('render', ten.url) },
  { name: 'sequential 10k', entry: entry('sequential', ten.url) },
  { name: 'first rows 10k', entry: entry('first', ten.url) },
  { name: 'all rows 10k', entry: entry('all', ten.url) },
  { name: 'sequential 100k', entry: entry('sequential', hundred.url) },
  { name: 'first rows 100k', entry: entry('first', hundred.url) },
  { name: 'all rows 100k', entry: entry('all', hundred.url) },
].map((contender) => ({ ...contender, firstLine: COMPILE_HINT }));
let results: Record<string, number[]>;
try {
  results = await measureCold(contenders, { samples: SAMPLES });
} finally {
  ten.server.close();
  hundred.server.close();
}
const m = (name: string) => median(results[name]!);
console.log(`cold, ${SAMPLES} samples each, medians:`);
for (const { name } of contenders) console.log(`  ${name.padEnd(16)} ${m(name).toFixed(1)} ms`);

// Node: reading 10,000 numbers (ten pages of 1,000) through the client, from their JSON text.
const seed = createSeedState({ seed: 42, partnerId: DEMO_PARTNER_ID, numbers: 10_000 });
for (const channel of seed.channels) channel.client_id = CLIENT_ID;
const source = createEmulator({ state: seed, rateLimits: false });
const bodies = new Map<string, string>();
const reader = createHubClient({
  partnerId: DEMO_PARTNER_ID,
  baseUrl: 'https://hub.test/api/v2',
  auth: { apiKey: DEMO_API_KEY },
  fetch: async (input, init) => {
    const request = new Request(input, init);
    let text = bodies.get(request.url);
    if (text === undefined) {
      text = await (await source.handle(request)).text();
      bodies.set(request.url, text);
    }
    return new Response(text, { headers: { 'content-type': 'application/json' } });
  },
});
await reader.numbers.all(CLIENT_ID);
const reads: number[] = [];
for (let i = 0; i < 15; i++) {
  reader.cache.clear();
  const started = performance.now();
  await reader.numbers.all(CLIENT_ID);
  reads.push(performance.now() - started);
}
console.log(
  `Node: 10,000 numbers read through the client (JSON, validation, mapping): ${median(reads).toFixed(1)} ms`,
);

reportGoals('data-path', [
  ratioGoal(
    '10,000 numbers through the client (first rows) vs render only',
    m('first rows 10k'),
    m('render 10k'),
    1.5,
  ),
  ratioGoal(
    '10,000 numbers through the client (all rows) vs render only',
    m('all rows 10k'),
    m('render 10k'),
    1.5,
  ),
  limitGoal('100,000 numbers, read start to first rows painted', m('first rows 100k'), 600, 'ms'),
]);
