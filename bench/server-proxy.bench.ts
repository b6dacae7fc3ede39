/**
 * What the @hub/server proxy adds to a request, as a partner's deployment meets it: the emulator
 * as the Hub on its own HTTP server, the proxy on another (Node adapter) forwarding to it over
 * HTTP, and a client calling each over keep-alive HTTP. Direct and proxied calls alternate, so
 * both see the same machine load. Prints p50/p99 per path and the added time.
 */
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_API_KEY, DEMO_PARTNER_ID } from '../packages/emulator/src/index.js';
import { startEmulator } from '../packages/emulator/src/node.js';
import { createNodeListener } from '../packages/server/src/adapters/node.js';
import { createHubProxy, createHubSessions } from '../packages/server/src/index.js';

const samples = 600;
const hub = await startEmulator({ port: 0, rateLimits: false });
const sessions = createHubSessions({
  partnerId: DEMO_PARTNER_ID,
  apiKey: DEMO_API_KEY,
  secret: 'bench-secret-0123456789-abcdefghijklmnop',
  hubBaseUrl: hub.url,
});
const proxyServer = createServer(
  createNodeListener(createHubProxy({ sessions, rateLimit: false })),
);
proxyServer.listen(0, '127.0.0.1');
await once(proxyServer, 'listening');
const proxyBase = `http://127.0.0.1:${(proxyServer.address() as AddressInfo).port}/hub-api`;

const clientId = 'bNapo1CL';
const channel = hub.emulator.state.channels.find((c) => c.client_id === clientId)!.id;
const { token } = await sessions.mint({ clientId });
const filters = encodeURIComponent(JSON.stringify({ client_id: clientId }));
const paths = [
  ['list the client’s numbers (filter forced, answer checked)', `channels?filters=${filters}`],
  [
    'one number’s usage (client checked, ownership cached)',
    `clients/${clientId}/channels/${channel}/info/usage?start_date=1764547200`,
  ],
  [
    'the client’s balance (path client checked)',
    `clients/${clientId}/info/balance?granularity=DAY`,
  ],
] as const;

async function time(url: string, headers: Record<string, string>): Promise<number> {
  const start = performance.now();
  const response = await fetch(url, { headers });
  await response.arrayBuffer();
  const ms = performance.now() - start;
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return ms;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

console.log(`@hub/server proxy overhead: ${samples} alternating requests per path, over HTTP\n`);
console.log(
  `${'request'.padEnd(58)} ${'direct p50/p99'.padStart(16)} ${'proxy p50/p99'.padStart(16)} ${'added p50'.padStart(10)}`,
);
try {
  for (const [label, path] of paths) {
    const direct: number[] = [];
    const proxied: number[] = [];
    const directUrl = `${hub.url}/partners/${DEMO_PARTNER_ID}/${path}`;
    const proxyUrl = `${proxyBase}/partners/${DEMO_PARTNER_ID}/${path}`;
    for (let i = 0; i < 30; i++) {
      await time(directUrl, { 'x-api-key': DEMO_API_KEY });
      await time(proxyUrl, { authorization: `Bearer ${token}` });
    }
    for (let i = 0; i < samples; i++) {
      direct.push(await time(directUrl, { 'x-api-key': DEMO_API_KEY }));
      proxied.push(await time(proxyUrl, { authorization: `Bearer ${token}` }));
    }
    direct.sort((a, b) => a - b);
    proxied.sort((a, b) => a - b);
    const cell = (s: number[]) =>
      `${quantile(s, 0.5).toFixed(2)}/${quantile(s, 0.99).toFixed(2)} ms`;
    console.log(
      `${label.padEnd(58)} ${cell(direct).padStart(16)} ${cell(proxied).padStart(16)} ${`+${(quantile(proxied, 0.5) - quantile(direct, 0.5)).toFixed(2)} ms`.padStart(10)}`,
    );
  }
} finally {
  proxyServer.close();
  await hub.close();
}
