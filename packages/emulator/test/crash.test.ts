/**
 * The `--data` promise under crashes: the CLI is killed with SIGKILL at random moments while 8
 * writers create templates and update business profiles; after every restart on the same file,
 * every write that was answered must be there. Then: bounded memory under 32 writers, a clean
 * shutdown well under a second, and no temp file or journal left behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_API_KEY, DEMO_PARTNER_ID } from '../src/index.js';
import { loadStateFile } from '../src/node.js';
import { draft } from './helpers.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const partner = `/api/v2/partners/${DEMO_PARTNER_ID}`;
const partnerHeaders = { 'x-api-key': DEMO_API_KEY, 'content-type': 'application/json' };

/** The seeded numbers that can have Messaging API keys, and their WABAs. */
const numbers = [
  { channel: '001bNaCH', waba: 'bNapoWA' },
  { channel: '002nRdCH', waba: 'nRdL1WA' },
  { channel: '003lUmCH', waba: 'lUmHeWA' },
  { channel: '00jkTeCH', waba: 'kTeCoWA' },
  { channel: '00ksHaCH', waba: 'sHaRaWA' },
  { channel: '00lmSoCH', waba: 'mSol0WA' },
  { channel: '00mbNaCH', waba: 'bNapoWA' },
];

let dir: string;
const children: ChildProcess[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hub-emulator-crash-'));
});
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

interface Cli {
  child: ChildProcess;
  origin: string;
}

/** Starts the CLI from source on a free port; resolves once it listens. */
async function startCli(dataFile: string, extra: string[] = []): Promise<Cli> {
  const child = spawn(
    process.execPath,
    [
      '--conditions=source',
      '--import',
      'tsx',
      'packages/emulator/src/cli.ts',
      '--port',
      '0',
      '--data',
      dataFile,
      '--no-rate-limits',
      ...extra,
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.push(child);
  let output = '';
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const origin = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)\/api\/v2/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`CLI exited with ${code}: ${errors}`)));
  });
  child.stdout!.resume();
  return { child, origin };
}

async function kill(cli: Cli): Promise<void> {
  if (cli.child.exitCode !== null || cli.child.signalCode !== null) return;
  const exited = once(cli.child, 'exit');
  cli.child.kill('SIGKILL');
  await exited;
}

/** Stops the CLI with SIGTERM; answers how long it took to exit, and its exit code. */
async function terminate(cli: Cli): Promise<{ ms: number; code: number | null }> {
  const started = performance.now();
  const exited = once(cli.child, 'exit') as Promise<[number | null]>;
  cli.child.kill('SIGTERM');
  const [code] = await exited;
  return { ms: performance.now() - started, code };
}

/** Writers' bookkeeping: what was acknowledged, and what was in flight when the process died. */
interface Writer {
  index: number;
  channel: string;
  waba: string;
  key: string;
  field: 'about' | 'address';
  /** The last profile value acknowledged, and the one sent after it with no answer yet. */
  acked: string | undefined;
  pending: string | undefined;
  creates: number;
}

async function issueKey(origin: string, channel: string): Promise<string> {
  const answer = await fetch(`${origin}${partner}/channels/${channel}/api_keys`, {
    method: 'POST',
    headers: partnerHeaders,
  });
  expect(answer.status).toBe(201);
  return ((await answer.json()) as { api_key: string }).api_key;
}

/** Checks that everything acknowledged so far is served after a restart. */
async function verify(origin: string, writers: Writer[], templates: Set<string>): Promise<void> {
  const served = new Set<string>();
  for (const waba of new Set(numbers.map((n) => n.waba))) {
    const answer = await fetch(
      `${origin}${partner}/waba_accounts/${waba}/waba_templates?limit=1000`,
      {
        headers: partnerHeaders,
      },
    );
    expect(answer.status).toBe(200);
    for (const t of ((await answer.json()) as { waba_templates: { name: string }[] })
      .waba_templates) {
      served.add(t.name);
    }
  }
  expect([...templates].filter((name) => !served.has(name))).toEqual([]);
  for (const writer of writers) {
    const answer = await fetch(`${origin}/whatsapp_business_profile?fields=${writer.field}`, {
      headers: { 'd360-api-key': writer.key },
    });
    expect(answer.status).toBe(200);
    const value = ((await answer.json()) as { data: Record<string, string>[] }).data[0]![
      writer.field
    ];
    // The write in flight when the process died may have been saved without an answer.
    if (writer.acked !== undefined) expect([writer.acked, writer.pending]).toContain(value);
    if (value === writer.pending) writer.acked = writer.pending;
    writer.pending = undefined;
  }
}

/**
 * Runs the writers until `stop()` says so or the server goes away. Answers the number of
 * acknowledged writes; any answer other than success is recorded in `unexpected`.
 */
function runWriters(
  origin: string,
  writers: Writer[],
  templates: Set<string>,
  round: number,
  stop: () => boolean,
  onAck: () => void,
  unexpected: string[],
): Promise<void> {
  const one = async (writer: Writer): Promise<void> => {
    for (let n = 0; !stop(); n++) {
      // Each WABA takes 250 template names: two writers share one, so 100 creates each.
      if (n % 2 === 0 && writer.creates < 100) {
        const name = `crash_r${round}_w${writer.index}_${n}`;
        let answer: Response;
        try {
          answer = await fetch(`${origin}${partner}/waba_accounts/${writer.waba}/waba_templates`, {
            method: 'POST',
            headers: partnerHeaders,
            body: JSON.stringify(draft(name)),
          });
          await answer.arrayBuffer();
        } catch {
          return; // the server died: this create was not acknowledged
        }
        if (answer.status !== 201) unexpected.push(`create ${name}: ${answer.status}`);
        else {
          writer.creates += 1;
          templates.add(name);
          onAck();
        }
      } else {
        const value = `r${round} w${writer.index} n${n}`;
        writer.pending = value;
        let answer: Response;
        try {
          answer = await fetch(`${origin}/whatsapp_business_profile`, {
            method: 'POST',
            headers: { 'd360-api-key': writer.key, 'content-type': 'application/json' },
            body: JSON.stringify({ messaging_product: 'whatsapp', [writer.field]: value }),
          });
          await answer.arrayBuffer();
        } catch {
          return; // unanswered: `pending` may or may not have been saved
        }
        if (answer.status !== 200) unexpected.push(`profile ${value}: ${answer.status}`);
        else {
          writer.acked = value;
          writer.pending = undefined;
          onAck();
        }
      }
    }
  };
  return Promise.all(writers.map(one)).then(() => undefined);
}

describe('--data under kill -9', () => {
  it('keeps every acknowledged write across SIGKILLs at random moments, then shuts down cleanly', async () => {
    const dataFile = join(dir, 'state.json');
    const templates = new Set<string>();
    const unexpected: string[] = [];
    let writers: Writer[] = [];
    const rounds = 4;
    let acknowledged = 0;

    for (let round = 0; round < rounds; round++) {
      if (round === rounds - 1) {
        // A temp file from a write a crash interrupted: the next start removes it.
        await writeFile(`${dataFile}.99999.deadbeef.tmp`, '{"version": 1, "cli');
      }
      const cli = await startCli(dataFile);
      if (round === 0) {
        const keys = await Promise.all(numbers.map((n) => issueKey(cli.origin, n.channel)));
        writers = Array.from({ length: 8 }, (_, index) => ({
          index,
          channel: numbers[index % numbers.length]!.channel,
          waba: numbers[index % numbers.length]!.waba,
          key: keys[index % numbers.length]!,
          field: index < numbers.length ? 'about' : 'address',
          acked: undefined,
          pending: undefined,
          creates: 0,
        }));
      } else {
        await verify(cli.origin, writers, templates);
      }
      // Kill after a random number of acknowledged writes, in the middle of the traffic.
      const killAt = 40 + Math.floor(Math.random() * 160);
      let acks = 0;
      let stopped = false;
      let killed: Promise<void> | undefined;
      await runWriters(
        cli.origin,
        writers,
        templates,
        round,
        () => stopped,
        () => {
          acks += 1;
          if (acks >= killAt && !killed) {
            stopped = true;
            killed = kill(cli);
          }
        },
        unexpected,
      );
      await killed;
      await kill(cli);
      acknowledged += acks;
    }

    // The last start: check, write a little more, stop cleanly.
    const cli = await startCli(dataFile);
    await verify(cli.origin, writers, templates);
    let acks = 0;
    await runWriters(
      cli.origin,
      writers,
      templates,
      rounds,
      () => acks >= 80,
      () => (acks += 1),
      unexpected,
    );
    const { ms, code } = await terminate(cli);
    expect(code).toBe(0);
    expect(ms).toBeLessThan(1_000);
    expect(await readdir(dir)).toEqual(['state.json']);

    expect(unexpected).toEqual([]);
    expect(acknowledged).toBeGreaterThanOrEqual(rounds * 40);
    const state = (await loadStateFile(dataFile))!;
    const names = new Set(state.templates.map((t) => t.name));
    expect([...templates].filter((name) => !names.has(name))).toEqual([]);
    for (const writer of writers) {
      expect(state.profiles[writer.channel]![writer.field]).toBe(writer.acked);
    }
  }, 60_000);

  it('stays within bounded memory under 32 writers on 2,000 numbers, and stops within a second', async () => {
    const dataFile = join(dir, 'state.json');
    const cli = await startCli(dataFile, ['--numbers', '2000']);
    const keys = await Promise.all(numbers.map((n) => issueKey(cli.origin, n.channel)));
    const total = 3_000;
    let sent = 0;
    let acked = 0;
    const unexpected: number[] = [];
    const client = async (index: number): Promise<void> => {
      while (sent < total) {
        sent += 1;
        const answer = await fetch(`${cli.origin}/whatsapp_business_profile`, {
          method: 'POST',
          headers: {
            'd360-api-key': keys[index % keys.length]!,
            'content-type': 'application/json',
          },
          body: JSON.stringify({
            messaging_product: 'whatsapp',
            about: `client ${index} #${sent}`,
          }),
        });
        await answer.arrayBuffer();
        if (answer.status === 200) acked += 1;
        else unexpected.push(answer.status);
      }
    };
    await Promise.all(Array.from({ length: 32 }, (_, i) => client(i)));
    expect(unexpected).toEqual([]);
    expect(acked).toBe(total);

    const status = `/proc/${cli.child.pid}/status`;
    if (existsSync(status)) {
      const rss = Number(/VmRSS:\s+(\d+) kB/.exec(await readFile(status, 'utf8'))![1]) * 1024;
      // A copy of the 1.4 MB state per write would be gigabytes; the journal holds one diff.
      expect(rss).toBeLessThan(400 * 1024 * 1024);
    }
    const { ms, code } = await terminate(cli);
    expect(code).toBe(0);
    expect(ms).toBeLessThan(1_000);
    expect(await readdir(dir)).toEqual(['state.json']);
  }, 60_000);
});
