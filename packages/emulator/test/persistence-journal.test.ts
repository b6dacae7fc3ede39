import fc from 'fast-check';
import { mkdir, mkdtemp, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, createSeedState, DEMO_API_KEY, DEMO_PARTNER_ID } from '../src/index.js';
import { JournaledStore, loadState, StateTracker } from '../src/journal.js';
import { loadStateFile, saveStateFile } from '../src/node.js';
import type { EmulatorState, TemplateRecord } from '../src/state.js';
import { draft, sdk, serve } from './helpers.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hub-emulator-journal-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const seed = (): EmulatorState => createSeedState({ seed: 42, partnerId: DEMO_PARTNER_ID });
const channelIds = seed().channels.map((c) => c.id);

/** The state as JSON would keep it (no `undefined`), for comparisons. */
const plain = (state: unknown): unknown => JSON.parse(JSON.stringify(state));

/** Writes a snapshot and a journal of `batches` of changes made to the seed, as the store does. */
async function writeJournaled(
  file: string,
  batches: ((state: EmulatorState) => void | Promise<void>)[],
): Promise<{ state: EmulatorState; lines: string[] }> {
  const state = seed();
  const tracker = new StateTracker();
  tracker.diff(state);
  await writeFile(file, tracker.snapshot('snap1'));
  const lines = ['{"journal":1,"snapshotId":"snap1"}'];
  for (const batch of batches) {
    await batch(state);
    const delta = tracker.diff(state);
    if (delta) lines.push(`{"seq":${lines.length},${delta}}`);
  }
  await writeFile(`${file}.journal`, lines.map((line) => `${line}\n`).join(''));
  return { state, lines };
}

const template = (id: string): TemplateRecord => ({
  ...seed().templates[0]!,
  id,
  name: `t_${id}`,
});

/** Changes the way routes and tests make them: push, splice, unshift, edits, map keys, scalars. */
const change = fc.oneof(
  fc.nat().map((n) => (s: EmulatorState) => void s.templates.push(template(`new${n}`))),
  fc.nat().map((n) => (s: EmulatorState) => void s.templates.unshift(template(`front${n}`))),
  fc.nat().map((n) => (s: EmulatorState) => {
    if (s.templates.length > 0) s.templates.splice(n % s.templates.length, 1);
  }),
  fc.tuple(fc.nat(), fc.string()).map(([n, text]) => (s: EmulatorState) => {
    const t = s.templates[n % Math.max(1, s.templates.length)];
    if (t) t.status = text;
  }),
  fc.nat().map((n) => (s: EmulatorState) => {
    const t = s.templates[n % Math.max(1, s.templates.length)];
    if (t) delete t.review_due_at;
  }),
  fc.constant((s: EmulatorState) => void s.wabas.reverse()),
  fc.tuple(fc.nat(), fc.string()).map(([n, about]) => (s: EmulatorState) => {
    const id = channelIds[n % channelIds.length]!;
    s.profiles[id] = { ...(s.profiles[id] ?? seed().profiles['001bNaCH']!), about };
  }),
  fc.nat().map((n) => (s: EmulatorState) => {
    Reflect.deleteProperty(s.profiles, channelIds[n % channelIds.length]!);
  }),
  fc.constant((s: EmulatorState) => void (s.nextId += 1)),
  fc.string().map((id) => (s: EmulatorState) => void (s.signals = [...(s.signals ?? []), id])),
  fc.constant((s: EmulatorState) => void delete s.signals),
  fc.constant((s: EmulatorState) => void (s.channels = [])),
);

describe('journal', () => {
  it('replays any sequence of changes to the state it was written from', async () => {
    const file = join(dir, 'state.json');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(change, { maxLength: 4 }), { maxLength: 12 }),
        async (batches) => {
          const { state } = await writeJournaled(
            file,
            batches.map((batch) => (s: EmulatorState) => batch.forEach((apply) => apply(s))),
          );
          const loaded = await loadState(file);
          expect(plain(loaded!.state)).toEqual(plain(state));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('writes only what changed: one template, not the whole list', async () => {
    const state = createSeedState({ seed: 42, partnerId: DEMO_PARTNER_ID, numbers: 2_000 });
    const tracker = new StateTracker();
    tracker.diff(state);
    state.templates[3]!.status = 'approved';
    state.nextId += 1;
    const delta = tracker.diff(state);
    expect(delta.length).toBeLessThan(3_000);
    expect(JSON.parse(`{${delta}}`)).toEqual({
      set: { nextId: state.nextId },
      records: { templates: { put: [plain(state.templates[3])] } },
    });
    expect(tracker.diff(state)).toBe('');
    expect(JSON.parse(tracker.snapshot('x'))).toEqual({
      ...(plain(state) as object),
      snapshotId: 'x',
    });
  });

  it('drops a torn last line wherever the write stopped, and keeps every line before it', async () => {
    const file = join(dir, 'state.json');
    const { lines } = await writeJournaled(
      file,
      [1, 2, 3].map((n) => (s: EmulatorState) => void s.templates.push(template(`torn${n}`))),
    );
    const whole = lines.map((line) => `${line}\n`).join('');
    const last = lines.at(-1)!.length + 1;
    for (let cut = 1; cut < last; cut += Math.max(1, Math.floor(last / 40))) {
      await writeFile(`${file}.journal`, whole.slice(0, whole.length - cut));
      const names = (await loadStateFile(file))!.templates.map((t) => t.name);
      expect(names.slice(-2)).toEqual(['t_torn1', 't_torn2']);
    }
    // Zeros where a crash left the end of the file unwritten.
    await writeFile(`${file}.journal`, `${whole.slice(0, -20)}${'\0'.repeat(20)}`);
    expect((await loadStateFile(file))!.templates.at(-1)!.name).toBe('t_torn2');
    await writeFile(`${file}.journal`, whole);
    expect((await loadStateFile(file))!.templates.at(-1)!.name).toBe('t_torn3');
  });

  it('refuses damage before the last line instead of dropping acknowledged changes', async () => {
    const file = join(dir, 'state.json');
    const { lines } = await writeJournaled(
      file,
      [1, 2, 3].map((n) => (s: EmulatorState) => void s.templates.push(template(`dmg${n}`))),
    );
    lines[2] = lines[2]!.slice(0, 30);
    await writeFile(`${file}.journal`, lines.map((line) => `${line}\n`).join(''));
    await expect(loadStateFile(file)).rejects.toThrow(/state\.json\.journal is damaged at line 3/);
    await expect(serve({ dataFile: file })).rejects.toThrow(/damaged at line 3/);

    lines.splice(2, 1);
    await writeFile(`${file}.journal`, lines.map((line) => `${line}\n`).join(''));
    await expect(loadStateFile(file)).rejects.toThrow(/expected change 2, found 3/);
  });

  it('ignores and deletes a journal that belongs to an earlier snapshot', async () => {
    const file = join(dir, 'state.json');
    await writeJournaled(file, [(s) => void s.templates.push(template('stale'))]);
    // A compaction renamed a new snapshot in, and died before it deleted the journal.
    const snapshot = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    await writeFile(file, JSON.stringify({ ...snapshot, snapshotId: 'snap2' }));
    expect((await loadStateFile(file))!.templates.some((t) => t.name === 't_stale')).toBe(false);
    const store = await JournaledStore.open({ file, seed });
    await store.close();
    expect(await readdir(dir)).toEqual(['state.json']);
  });

  it('compacts in the background once the journal passes its size', async () => {
    const file = join(dir, 'state.json');
    const store = await JournaledStore.open({ file, seed, compactBytes: 2_000 });
    for (let n = 0; n < 20; n++) {
      store.state.templates.push(template(`bg${n}`));
      store.changed();
      await store.settled();
    }
    const journal = await readFile(`${file}.journal`, 'utf8').catch(() => '');
    expect(journal.length).toBeLessThan(4_000);
    const loaded = (await loadStateFile(file))!;
    expect(loaded.templates.at(-1)!.name).toBe('t_bg19');
    await store.close();
    expect(await readdir(dir)).toEqual(['state.json']);
  });

  it('shares one fsync between the changes that arrive together (group commit)', async () => {
    const file = join(dir, 'state.json');
    const server = await serve({ dataFile: file, rateLimits: false });
    try {
      const hub = sdk(server);
      await Promise.all(
        Array.from({ length: 64 }, (_, n) => hub.templates.create('kTeCoWA', draft(`group_${n}`))),
      );
      const lines = (await readFile(`${file}.journal`, 'utf8')).split('\n').filter(Boolean);
      // A header and fewer lines than creates: concurrent answers waited for the same write.
      expect(lines.length - 1).toBeLessThan(64);
      expect(lines.length - 1).toBeGreaterThan(0);
      const loaded = (await loadStateFile(file))!;
      expect(loaded.templates.filter((t) => t.name.startsWith('group_'))).toHaveLength(64);
    } finally {
      await server.close();
    }
  });
});

describe('--data durability', () => {
  it('answers 500 when the change cannot be saved, and saves it with the next write that can', async () => {
    const dataFile = join(dir, 'state.json');
    const server = await serve({ dataFile });
    const create = (name: string) =>
      fetch(`${server.url}/partners/${DEMO_PARTNER_ID}/waba_accounts/kTeCoWA/waba_templates`, {
        method: 'POST',
        headers: { 'x-api-key': DEMO_API_KEY, 'content-type': 'application/json' },
        body: JSON.stringify(draft(name)),
      });
    try {
      // The journal cannot be created where a directory is in the way.
      await mkdir(`${dataFile}.journal`);
      const refused = await create('not_saved_yet');
      expect(refused.status).toBe(500);
      expect(await refused.text()).toMatch(/could not save the change to .*state\.json/);
      await rmdir(`${dataFile}.journal`);
      expect((await create('saved')).status).toBe(201);
    } finally {
      await server.close();
    }
    const names = (await loadStateFile(dataFile))!.templates.map((t) => t.name);
    expect(names).toContain('saved');
    expect(await readdir(dir)).toEqual(['state.json']);
  });

  it('closes within a second under 32 writers, with every acknowledged write kept', async () => {
    const dataFile = join(dir, 'state.json');
    const server = await serve({ dataFile, numbers: 2_000, rateLimits: false });
    const wabas = server.emulator.state.wabas.map((w) => w.id);
    const acked: string[] = [];
    let stop = false;
    let sent = 0;
    const writer = async (index: number): Promise<void> => {
      while (!stop) {
        const name = `closing_${index}_${(sent += 1)}`;
        try {
          const answer = await fetch(
            `${server.url}/partners/${DEMO_PARTNER_ID}/waba_accounts/${wabas[index % wabas.length]}/waba_templates`,
            {
              method: 'POST',
              headers: { 'x-api-key': DEMO_API_KEY, 'content-type': 'application/json' },
              body: JSON.stringify(draft(name)),
            },
          );
          await answer.arrayBuffer();
          if (answer.status === 201) acked.push(name);
        } catch {
          return; // the connection was closed: not acknowledged
        }
      }
    };
    const writers = Array.from({ length: 32 }, (_, i) => writer(i));
    while (acked.length < 300) await new Promise((resolve) => setImmediate(resolve));
    const started = performance.now();
    await server.close();
    const closing = performance.now() - started;
    stop = true;
    await Promise.all(writers);
    expect(closing).toBeLessThan(1_000);
    expect(await readdir(dir)).toEqual(['state.json']);
    const saved = new Set((await loadStateFile(dataFile))!.templates.map((t) => t.name));
    expect(acked.filter((name) => !saved.has(name))).toEqual([]);
  });

  it('restores the status a number had when a cancellation is revoked after a restart', async () => {
    const file = join(dir, 'state.json');
    const number = seed().channels.find((c) => c.status === 'live')!;
    const path = `/partners/${DEMO_PARTNER_ID}/clients/${number.client_id}/channels/${number.id}/control/cancellation_request`;
    const init = (enabled: boolean): RequestInit => ({
      method: 'POST',
      headers: { 'x-api-key': DEMO_API_KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ enabled }),
    });
    // What a process killed after answering the cancellation leaves: the seed and one journal line.
    const { lines } = await writeJournaled(file, [
      async (state) => {
        const emulator = createEmulator({ state });
        const answer = await emulator.handle(
          new Request(`https://portal.example/api/v2${path}`, init(true)),
        );
        expect(answer.status).toBe(200);
      },
    ]);
    expect(lines).toHaveLength(2);

    const server = await serve({ dataFile: file });
    try {
      const listed = async () => {
        const filters = encodeURIComponent(JSON.stringify({ id: number.id }));
        const answer = await fetch(
          `${server.url}/partners/${DEMO_PARTNER_ID}/channels?filters=${filters}`,
          { headers: { 'x-api-key': DEMO_API_KEY } },
        );
        return ((await answer.json()) as { partner_channels: Record<string, unknown>[] })
          .partner_channels[0]!;
      };
      const cancelled = await listed();
      expect(cancelled.status).toBe('pending_deletion');
      // The remembered status is the emulator's own: the channel's answer gains no field.
      expect(Object.keys(cancelled).sort()).toEqual(Object.keys(number).sort());
      expect((await fetch(`${server.url}${path}`, init(false))).status).toBe(200);
      expect(await listed()).toMatchObject({
        status: 'live',
        cancelled_at: null,
        terminated_at: null,
      });
    } finally {
      await server.close();
    }
  });

  it('removes temp files a killed process left, and saveStateFile replaces the journal', async () => {
    const dataFile = join(dir, 'state.json');
    await saveStateFile(dataFile, seed());
    await writeFile(`${dataFile}.4242.1700000000000.tmp`, '{"half');
    await writeFile(`${dataFile}.journal`, '{"journal":1,"snapshotId":"other"}\n');
    await writeFile(join(dir, 'unrelated.tmp'), 'kept');
    const server = await serve({ dataFile });
    await server.close();
    expect((await readdir(dir)).sort()).toEqual(['state.json', 'unrelated.tmp']);

    await writeFile(`${dataFile}.journal`, 'anything');
    await saveStateFile(dataFile, seed());
    expect((await readdir(dir)).sort()).toEqual(['state.json', 'unrelated.tmp']);
  });
});
