/**
 * How many live streams one @hub/server process holds: this process runs the proxy with `live`
 * (Node adapter, real HTTP), a child process opens 1,000 and then 5,000 `GET /hub-api/events`
 * streams with session tokens, two pages per client. Prints the server's memory per open stream
 * (RSS and heap, after GC) and the publish → delivered latency p50/p99 at that load: events are
 * published on the bus one client at a time and timed when each of its pages has read the frame.
 * Issue 19 names no goal for these figures, so they are reported without one.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const clock = () => performance.timeOrigin + performance.now();

/** The child: opens streams when asked and reports each frame's arrival time. */
async function clients(): Promise<void> {
  const agent = new Agent({ keepAlive: false, maxSockets: Infinity });
  const open: ReturnType<typeof request>[] = [];
  process.on(
    'message',
    async (message: { open?: { url: string; tokens: string[] }; close?: true }) => {
      if (message.close) {
        for (const req of open.splice(0)) req.destroy();
        process.send!({ closed: true });
        return;
      }
      const { url, tokens } = message.open!;
      let failed = 0;
      const connect = (token: string) =>
        new Promise<void>((resolve) => {
          const req = request(
            url,
            { agent, headers: { authorization: `Bearer ${token}` } },
            (res) => {
              if (res.statusCode !== 200) failed++;
              let buffer = '';
              res.setEncoding('utf8');
              res.on('data', (chunk: string) => {
                buffer += chunk;
                let end: number;
                while ((end = buffer.indexOf('\n\n')) !== -1) {
                  const frame = buffer.slice(0, end);
                  buffer = buffer.slice(end + 2);
                  const data = /^data: (.*)$/m.exec(frame)?.[1];
                  if (data) {
                    const sent = Number(
                      (JSON.parse(data) as { templateName: string }).templateName,
                    );
                    process.send!({ latency: clock() - sent });
                  }
                }
              });
              resolve();
            },
          );
          req.on('error', () => {
            failed++;
            resolve();
          });
          req.end();
          open.push(req);
        });
      // Batches, so the server's accept backlog is never the limit being measured.
      for (let i = 0; i < tokens.length; i += 250) {
        await Promise.all(tokens.slice(i, i + 250).map(connect));
      }
      process.send!({ opened: tokens.length - failed, failed });
    },
  );
}

async function server(): Promise<void> {
  const { DEMO_API_KEY, DEMO_PARTNER_ID } = await import('../packages/emulator/src/index.js');
  const { serveNodeRequest } = await import('../packages/server/src/adapters/node.js');
  const { createHubProxy, createHubSessions, createMemoryLiveBus } =
    await import('../packages/server/src/index.js');
  const { reportGoals } = await import('./lib/goals.js');
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;

  const sessions = createHubSessions({
    partnerId: DEMO_PARTNER_ID,
    apiKey: DEMO_API_KEY,
    secret: 'bench-secret-0123456789-abcdefghijklmnop',
    ttlSeconds: 3600,
  });
  const bus = createMemoryLiveBus();
  const proxy = createHubProxy({ sessions, rateLimit: false, live: { bus } });
  const http = createServer(async (req, res) => {
    if (!(await serveNodeRequest(proxy, req, res))) res.writeHead(404).end();
  });
  http.listen({ port: 0, host: '127.0.0.1', backlog: 2048 });
  await once(http, 'listening');
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/hub-api/events`;

  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['clients'], {
    execArgv: ['--conditions=source', '--import', 'tsx'],
  });
  const latencies: number[] = [];
  child.on('message', (message: { latency?: number }) => {
    if (message.latency !== undefined) latencies.push(message.latency);
  });
  const ask = async <T>(message: object, key: string): Promise<T> => {
    const answer = new Promise<T>((resolve) => {
      const on = (reply: Record<string, unknown>) => {
        if (key in reply) {
          child.off('message', on);
          resolve(reply as T);
        }
      };
      child.on('message', on);
    });
    child.send(message);
    return answer;
  };
  const memory = () => {
    gc();
    const { rss, heapUsed } = process.memoryUsage();
    return { rss, heapUsed };
  };
  const quantile = (sorted: number[], q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const event = (clientId: string) => ({
    type: 'channel_running',
    clientId,
    numberId: '001bNaCH',
    wabaAccountId: 'bNapoWA',
    // The send time travels in a field the bench does not otherwise need.
    templateName: String(clock()),
    at: new Date().toISOString(),
  });

  const tokensFor = async (streams: number) => {
    const tokens: string[] = [];
    for (let i = 0; i < streams; i++) {
      tokens.push((await sessions.mint({ clientId: `c${Math.floor(i / 2)}CL` })).token);
    }
    return tokens;
  };

  // Warm-up: the code paths run once before the baseline.
  await ask({ open: { url, tokens: await tokensFor(20) } }, 'opened');
  await ask({ close: true }, 'closed');

  console.log('@hub/server live streams: one server process, streams opened by a child process\n');
  console.log(
    `${'streams'.padStart(8)} ${'opened'.padStart(7)} ${'RSS/stream'.padStart(11)} ${'heap/stream'.padStart(12)} ${'publish→delivered p50/p99'.padStart(27)} ${'frames'.padStart(7)}`,
  );
  const goals = [];
  try {
    for (const streams of [1000, 5000]) {
      const tokens = await tokensFor(streams);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const before = memory();
      const { opened, failed } = await ask<{ opened: number; failed: number }>(
        { open: { url, tokens } },
        'opened',
      );
      const after = memory();
      // Latency under load: 400 events, each to one client (two open pages), 5 ms apart.
      latencies.length = 0;
      const events = 400;
      for (let i = 0; i < events; i++) {
        bus.publish(event(`c${i % (streams / 2)}CL`));
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const deadline = Date.now() + 10_000;
      while (latencies.length < events * 2 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const sorted = [...latencies].sort((a, b) => a - b);
      const rss = (after.rss - before.rss) / opened / 1024;
      const heap = (after.heapUsed - before.heapUsed) / opened / 1024;
      const p50 = quantile(sorted, 0.5);
      const p99 = quantile(sorted, 0.99);
      console.log(
        `${String(streams).padStart(8)} ${String(opened).padStart(7)} ${`${rss.toFixed(1)} KB`.padStart(11)} ${`${heap.toFixed(1)} KB`.padStart(12)} ${`${p50.toFixed(2)}/${p99.toFixed(2)} ms`.padStart(27)} ${String(sorted.length).padStart(7)}${failed ? `  (${failed} failed)` : ''}`,
      );
      goals.push(
        {
          what: `${streams.toLocaleString('en')} open streams: memory per stream`,
          measured: `${rss.toFixed(1)} KB RSS, ${heap.toFixed(1)} KB heap (${opened} held)`,
          goal: 'none named',
          met: opened === streams,
        },
        {
          what: `${streams.toLocaleString('en')} open streams: publish → delivered`,
          measured: `p50 ${p50.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms`,
          goal: 'none named',
          met: sorted.length === events * 2,
        },
      );
      await ask({ close: true }, 'closed');
    }
  } finally {
    child.kill();
    http.closeAllConnections();
    http.close();
  }
  console.log('');
  reportGoals('live-server', goals);
}

if (process.argv[2] === 'clients') await clients();
else await server();
