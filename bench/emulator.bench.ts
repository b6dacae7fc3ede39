/**
 * Emulator throughput for a filtered, sorted page of 10,000 numbers: in-process through the fetch
 * handler, and over HTTP on 127.0.0.1 (sequential and 8 in flight). Then a write load (business
 * profile updates) at 8 and 32 concurrent clients against a server in a child process, with and
 * without `dataFile` (journal fsync'd before each answer), on the seed and on 10,000 numbers:
 * req/s, p50/p99 latency, the server's RSS before and after, and how long its `close()` took.
 * Each run is time-bounded and the servers stop by themselves. Figures only, no pass/fail.
 * Imports the emulator's source, so no build is needed (tsx does not apply the `source` export
 * condition).
 */
import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEmulator, DEMO_API_KEY, DEMO_PARTNER_ID } from '../packages/emulator/src/index.js';
import { startEmulator } from '../packages/emulator/src/node.js';

/** Messages between the bench and its server child. */
type ToServer = 'rss' | 'close';
type FromServer =
  | { type: 'ready'; origin: string; keys: string[]; rss: number }
  | { type: 'rss'; rss: number }
  | { type: 'closed'; ms: number };

const seconds = 2;

async function main(): Promise<void> {
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

  console.log(
    `\nEmulator writes: POST /whatsapp_business_profile over HTTP, server in a child process, ${seconds} s per run\n`,
  );
  for (const numbers of [undefined, 10_000]) {
    for (const concurrency of [8, 32]) {
      for (const persist of [false, true]) await writeLoad(numbers, concurrency, persist);
    }
  }
}

const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;
}

/** One write-load run against a fresh server child. */
async function writeLoad(numbers: number | undefined, concurrency: number, persist: boolean) {
  const dir = await mkdtemp(join(tmpdir(), 'hub-emulator-bench-'));
  const child = fork(
    fileURLToPath(import.meta.url),
    [
      '--server',
      JSON.stringify({ numbers, ...(persist ? { dataFile: join(dir, 'state.json') } : {}) }),
    ],
    { execArgv: ['--conditions=source', '--import', 'tsx'], stdio: 'inherit' },
  );
  const next = (): Promise<FromServer> =>
    new Promise((resolve) => child.once('message', (m) => resolve(m as FromServer)));
  try {
    const ready = (await next()) as Extract<FromServer, { type: 'ready' }>;
    const latencies: number[] = [];
    const until = performance.now() + seconds * 1000;
    let n = 0;
    const client = async (index: number): Promise<void> => {
      const headers = {
        'd360-api-key': ready.keys[index % ready.keys.length]!,
        'content-type': 'application/json',
      };
      while (performance.now() < until) {
        const body = JSON.stringify({ messaging_product: 'whatsapp', about: `bench ${(n += 1)}` });
        const started = performance.now();
        const response = await fetch(`${ready.origin}/whatsapp_business_profile`, {
          method: 'POST',
          headers,
          body,
        });
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
        latencies.push(performance.now() - started);
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: concurrency }, (_, i) => client(i)));
    const rate = latencies.length / ((performance.now() - started) / 1000);
    child.send('rss' satisfies ToServer);
    const after = (await next()) as Extract<FromServer, { type: 'rss' }>;
    child.send('close' satisfies ToServer);
    const closed = (await next()) as Extract<FromServer, { type: 'closed' }>;
    latencies.sort((a, b) => a - b);
    const label = `${numbers ? '10,000 numbers' : 'seed'}, ${concurrency} clients, ${persist ? 'dataFile' : 'in memory'}`;
    console.log(
      `${label.padEnd(36)} ${rate.toFixed(0).padStart(6)} req/s  p50 ${percentile(latencies, 50).toFixed(1).padStart(5)} ms  p99 ${percentile(latencies, 99).toFixed(1).padStart(6)} ms  RSS ${mib(ready.rss)} → ${mib(after.rss)}  close ${closed.ms.toFixed(0)} ms`,
    );
  } finally {
    if (child.exitCode === null) child.kill();
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--server') {
  // The child: one emulator, answering the bench's questions over IPC.
  const options = JSON.parse(process.argv[3]!) as { numbers?: number; dataFile?: string };
  const server = await startEmulator({ ...options, port: 0, rateLimits: false });
  const keys = server.emulator.state.channels
    .filter((c) => ['running', 'live', 'ready'].includes(c.status))
    .slice(0, 16)
    .map((c) => server.emulator.channelApiKey(c.id));
  const send = (message: FromServer): void => void process.send!(message);
  global.gc?.();
  send({ type: 'ready', origin: server.messagingUrl, keys, rss: process.memoryUsage().rss });
  process.on('message', (message: ToServer) => {
    if (message === 'rss') send({ type: 'rss', rss: process.memoryUsage().rss });
    else {
      const started = performance.now();
      void server.close().then(() => {
        send({ type: 'closed', ms: performance.now() - started });
        process.disconnect();
      });
    }
  });
} else {
  await main();
}
