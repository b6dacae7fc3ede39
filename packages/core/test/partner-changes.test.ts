// client.partnerChanges against the emulator over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_API_KEY, DEMO_PARTNER_ID } from '@hub/emulator';
import { startEmulator, type RunningEmulator } from '@hub/emulator/node';
import { createHubClient } from '../src/index.js';

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

describe('partnerChanges', () => {
  it('lists incoming requests newest first as models', async () => {
    const page = await hub().partnerChanges.list();
    expect(page.total).toBe(3);
    expect(page.items[1]).toEqual({
      id: 'pcrSel02',
      status: 'created',
      fullMigration: false,
      clientId: 'fIoRi2CL',
      newClientId: 'fIoRn2CL',
      fromPartnerId: 'oLdPar2PA',
      toPartnerId: DEMO_PARTNER_ID,
      channelIds: ['fIo1aCH', 'fIo2bCH'],
      createdAt: '2026-11-24T14:40:00Z',
      updatedAt: '2026-11-24T14:40:00Z',
    });
    const oldest = await hub().partnerChanges.list({ sort: 'createdAt', limit: 1 });
    expect(oldest.items.map((r) => r.id)).toEqual(['pcrDone03']);
    expect(oldest.nextOffset).toBe(1);
  });

  it('keeps unknown statuses and fields, and skips unreadable items', async () => {
    server.emulator.state.partnerChangeRequests = [
      { id: 'pcrNew', status: 'on_hold', surprise: 1 } as never,
      { status: 'pending' } as never,
    ];
    try {
      const page = await hub().partnerChanges.list();
      expect(page.items.map((r) => [r.id, r.status, r.fullMigration, r.channelIds])).toEqual([
        ['pcrNew', 'on_hold', null, []],
      ]);
      expect(page.skipped).toHaveLength(1);
    } finally {
      delete server.emulator.state.partnerChangeRequests;
    }
  });

  it('sets auto-approve and returns what the Hub answered', async () => {
    await expect(hub().partnerChanges.setAutoApprove(true)).resolves.toBe(true);
    expect(server.emulator.state.partnerChangeAutoApprove).toBe(true);
    await expect(hub().partnerChanges.setAutoApprove(false)).resolves.toBe(false);
    expect(server.emulator.state.partnerChangeAutoApprove).toBe(false);
  });
});
