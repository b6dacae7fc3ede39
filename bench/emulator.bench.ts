/**
 * Emulator throughput for a filtered, sorted page of 10,000 numbers: in-process through the fetch
 * handler, and over HTTP on 127.0.0.1 (sequential and 8 in flight). Each run is time-bounded and
 * the server stops by itself. Prints requests per second. Imports the emulator's source, so no
 * build is needed (tsx does not apply the `source` export condition).
 */
import { createEmulator, DEMO_API_KEY, DEMO_PARTNER_ID } from '../packages/emulator/src/index.js';
import { startEmulator } from '../packages/emulator/src/node.js';

const seconds = 2;
const filters = encodeURIComponent(JSON.stringify({ status: 'running' }));
const path = `/api/v2/partners/${DEMO_PARTNER_ID}/channels?filters=${filters}&sort=-created_at&limit=50&offset=100`;
const headers = { 'x-api-key': DEMO_API_KEY };

async function measure(
  label: string,
  concurrency: number,
  call: () => Promise<Response>,
): Promise<void> {
  const until = performance.now() + seconds * 1000;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (performance.now() < until) {
      const response = await call();
      if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
      await response.arrayBuffer();
      done += 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const rate = done / ((performance.now() - started) / 1000);
  console.log(`${label.padEnd(44)} ${rate.toFixed(0).padStart(7)} req/s  (${done} requests)`);
}

console.log(
  `Emulator: GET channels, status filter + sort + page of 50, over 10,000 numbers, ${seconds} s per run\n`,
);
const options = { numbers: 10_000, rateLimits: false };

const inProcess = createEmulator(options);
await measure('in-process fetch handler', 1, () =>
  inProcess.handle(new Request(`http://local${path}`, { headers })),
);

const server = await startEmulator({ ...options, port: 0 });
const origin = server.url.replace(/\/api\/v2$/, '');
try {
  await measure('HTTP 127.0.0.1, sequential', 1, () => fetch(origin + path, { headers }));
  await measure('HTTP 127.0.0.1, 8 in flight', 8, () => fetch(origin + path, { headers }));
} finally {
  await server.close();
}
