import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSeedState, DEMO_API_KEY, DEMO_PARTNER_ID } from '../src/index.js';
import { draft, sdk, serve } from './helpers.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hub-emulator-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('--data persistence', () => {
  it('keeps changes across a restart', async () => {
    const dataFile = join(dir, 'state.json');
    const first = await serve({ dataFile });
    const created = await sdk(first).templates.create('kTeCoWA', draft('survives_restart'));
    const [number] = (
      await sdk(first).numbers.list({ filters: { status: 'running', clientId: 'bNapo1CL' } })
    ).items;
    await sdk(first).numbers.cancelSubscription(number!);
    await first.close();

    const second = await serve({ dataFile });
    try {
      const hub = sdk(second);
      expect((await hub.templates.get('kTeCoWA', created.id)).name).toBe('survives_restart');
      expect((await hub.numbers.get(number!.id)).status).toBe('pending_deletion');
    } finally {
      await second.close();
    }
    expect(await readdir(dir)).toEqual(['state.json']);
  });

  it('refuses a corrupt data file with a clear error and leaves it untouched', async () => {
    const dataFile = join(dir, 'state.json');
    await writeFile(dataFile, '{"version": 1, "clients": [');
    await expect(serve({ dataFile })).rejects.toThrow(/state\.json is not valid JSON.*delete it/s);
    expect(await readFile(dataFile, 'utf8')).toBe('{"version": 1, "clients": [');
  });

  it('refuses JSON that is not an emulator state', async () => {
    const dataFile = join(dir, 'state.json');
    await writeFile(
      dataFile,
      JSON.stringify({ version: 1, seed: 1, partnerId: 'p', nextId: 1, clients: {} }),
    );
    await expect(serve({ dataFile })).rejects.toThrow(
      /not a usable emulator state: "clients" is not a list/,
    );
  });

  it('loads an older file with per-client grants and no Signals flags, and upgrades it', async () => {
    const dataFile = join(dir, 'state.json');
    const older = createSeedState({ seed: 42, partnerId: DEMO_PARTNER_ID });
    delete older.signals;
    await writeFile(dataFile, JSON.stringify({ ...older, permissions: { bNapo1CL: [] } }));
    const first = await serve({ dataFile });
    const channel = first.emulator.state.channels.find((c) => c.client_id === 'bNapo1CL')!;
    const answer = await fetch(
      `${first.url}/partners/${DEMO_PARTNER_ID}/clients/bNapo1CL/channels/${channel.id}/enable_ctwa`,
      { method: 'POST', headers: { 'x-api-key': DEMO_API_KEY } },
    );
    expect(answer.status).toBe(200);
    await first.close();

    const saved = JSON.parse(await readFile(dataFile, 'utf8')) as Record<string, unknown>;
    expect(saved).not.toHaveProperty('permissions');
    expect(saved.signals).toEqual([channel.id]);
    const second = await serve({ dataFile });
    try {
      expect(second.emulator.state.signals).toEqual([channel.id]);
    } finally {
      await second.close();
    }
  });

  it('refuses a Signals list that is not a list', async () => {
    const dataFile = join(dir, 'state.json');
    const state = createSeedState({ seed: 1, partnerId: DEMO_PARTNER_ID });
    await writeFile(dataFile, JSON.stringify({ ...state, signals: {} }));
    await expect(serve({ dataFile })).rejects.toThrow(/"signals" is not a list/);
  });

  it('refuses remembered statuses of cancelled numbers that are not a map', async () => {
    const dataFile = join(dir, 'state.json');
    const state = createSeedState({ seed: 1, partnerId: DEMO_PARTNER_ID });
    await writeFile(dataFile, JSON.stringify({ ...state, cancelledFrom: ['live'] }));
    await expect(serve({ dataFile })).rejects.toThrow(/"cancelledFrom" is not an object/);
  });
});
