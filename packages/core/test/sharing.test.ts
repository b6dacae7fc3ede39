// client.sharing against the emulator over HTTP, and the tolerant reading of the listing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_API_KEY, DEMO_PARTNER_ID } from '@hub/emulator';
import { startEmulator, type RunningEmulator } from '@hub/emulator/node';
import { createHubClient } from '../src/index.js';
import { sharedNumbersSchema, toSharedNumbers } from '../src/schemas/shared-numbers.js';

let server: RunningEmulator;
beforeAll(async () => {
  server = await startEmulator({ port: 0, rateLimits: false });
});
afterAll(() => server.close());

const hub = () =>
  createHubClient({
    partnerId: DEMO_PARTNER_ID,
    baseUrl: server.url,
    auth: { apiKey: DEMO_API_KEY },
    retry: 0,
  });

describe('sharing', () => {
  it('marks each of the client’s numbers shared or missing', async () => {
    const rows = await hub().sharing.list('nRdL1cCL');
    expect(rows.map((r) => [r.number.id, r.number.phoneNumber, r.access])).toEqual([
      ['009nRdCH', '+493017487491', 'shared'],
      ['002nRdCH', '+493050101388', 'shared'],
      ['00gnRdCH', '+493057442408', 'missing'],
    ]);
    const shared = await hub().sharing.shared('nRdL1cCL');
    expect([...shared.channelIds]).toEqual(['002nRdCH', '009nRdCH']);
  });

  it('reads the listing in any of its likely shapes and skips unreadable rows', () => {
    const read = (wire: unknown) => {
      const parsed = sharedNumbersSchema.parse(wire);
      const { channelIds, skipped } = toSharedNumbers(parsed);
      return { ids: [...channelIds], skipped: skipped.map((s) => s.index) };
    };
    expect(read([{ id: 'aCH' }, { channel_id: 'bCH' }])).toEqual({
      ids: ['aCH', 'bCH'],
      skipped: [],
    });
    expect(read({ total: 2, channels: [{ id: 'aCH', status: 'running' }, { id: 7 }] })).toEqual({
      ids: ['aCH'],
      skipped: [1],
    });
    expect(read({ shared_client_numbers: [] })).toEqual({ ids: [], skipped: [] });
    expect(read({ unrelated: true })).toEqual({ ids: [], skipped: [] });
  });
});
