import { createHubClient, type HubError } from '@hub/core';
import { DEMO_API_KEY, DEMO_PARTNER_ID } from '../src/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../src/node.js';
import { draft, sdk, serve } from './helpers.js';

let server: RunningEmulator;
let hub: ReturnType<typeof sdk>;
const waba = 'nRdL1WA';
// Long enough that a loaded machine still reads an edit back before its review ends.
const REVIEW_MS = 300;

beforeAll(async () => {
  server = await serve({ seed: 42, templateReviewDelayMs: REVIEW_MS, rateLimits: false });
  hub = sdk(server);
});
afterAll(() => server.close());

const waitMs = (ms: number) => new Promise((r) => setTimeout(r, ms));

const body = (text: string) => [{ type: 'BODY', text, example: { body_text: [['Anna', 'five']] } }];

async function approved(name: string) {
  const created = await hub.templates.create(waba, draft(name));
  await waitMs(REVIEW_MS + 50);
  return hub.templates.get(waba, created.id, { staleWhileRevalidate: false });
}

describe('templates.update (PATCH /v1/…/waba_templates/{id})', () => {
  it('replaces the components and sends the template back to review', async () => {
    const source = await approved('edit_me');
    expect(source.status).toBe('APPROVED');
    const listed = await hub.templates.list(waba, { filters: { name: 'edit_me' } });
    expect(listed.items[0]!.status).toBe('APPROVED');

    const text = 'Hi {{1}}, your table for {{2}} is ready. We look forward to it!';
    const updated = await hub.templates.update(waba, source.id, { components: body(text) });
    expect(updated).toMatchObject({ id: source.id, name: 'edit_me', status: 'PENDING' });
    expect(updated.components[0]!.text).toBe(text);
    // The cached list was invalidated, so it shows the edit at once.
    const after = await hub.templates.list(waba, { filters: { name: 'edit_me' } });
    expect(after.items[0]!.components[0]!.text).toBe(text);
    await waitMs(REVIEW_MS + 50);
    expect((await hub.templates.get(waba, source.id)).status).toBe('APPROVED');
  });

  it('refuses what the validator refuses, with field details', async () => {
    const source = await approved('edit_invalid');
    const error = (await hub.templates
      .update(waba, source.id, { components: body('') })
      .catch((e: unknown) => e)) as HubError;
    expect(error.kind).toBe('invalid_request');
    expect(error.fieldErrors.length).toBeGreaterThan(0);
    expect((await hub.templates.get(waba, source.id)).status).toBe('APPROVED');
  });

  it("keeps an approved template's category and Meta's edit limits", async () => {
    const source = await approved('edit_limits');
    const before = server.emulator.requests.length;
    await hub.templates.update(waba, source.id, {
      components: source.components,
      allowCategoryChange: true,
    });
    // Sent once, on the v1 path at the root of the Hub origin.
    expect(server.emulator.requests.slice(before)[0]).toMatchObject({
      method: 'PATCH',
      api: 'v1',
      status: 200,
    });
    await waitMs(REVIEW_MS + 50);
    expect(await hub.templates.get(waba, source.id)).toMatchObject({
      status: 'APPROVED',
      category: 'UTILITY',
    });
    // A second edit of an approved template within 24 hours is refused.
    await expect(
      hub.templates.update(waba, source.id, { components: source.components }),
    ).rejects.toMatchObject({ kind: 'invalid_request' });
  });

  it('edits only approved, rejected and paused templates', async () => {
    const pending = await hub.templates.create(waba, draft('edit_pending'));
    await expect(
      hub.templates.update(waba, pending.id, { components: pending.components }),
    ).rejects.toMatchObject({ kind: 'invalid_request' });

    const rejected = await hub.templates.create(waba, draft('edit_reject_me'));
    await waitMs(REVIEW_MS + 50);
    const fixed = await hub.templates.update(waba, rejected.id, {
      components: rejected.components,
    });
    expect(fixed).toMatchObject({ status: 'PENDING', category: 'UTILITY', rejectedReason: null });

    await expect(
      hub.templates.update(waba, '404404', { components: rejected.components }),
    ).rejects.toMatchObject({ kind: 'not_found' });
  });

  it('takes any 2xx answer as success, sends the edit once and reads the template back', async () => {
    const source = await approved('edit_odd_answer');
    let patches = 0;
    const odd = createHubClient({
      baseUrl: server.url,
      partnerId: DEMO_PARTNER_ID,
      auth: { apiKey: DEMO_API_KEY },
      fetch: async (input, init) => {
        const request = new Request(input, init);
        if (request.method !== 'PATCH') return fetch(request);
        patches += 1;
        // The change reaches the emulator; only the answer is odd.
        await fetch(request);
        return Response.json({ updated: 'maybe' });
      },
    });
    const updated = await odd.templates.update(waba, source.id, { components: source.components });
    expect(updated).toMatchObject({ id: source.id, status: 'PENDING' });
    expect(patches).toBe(1);
  });
});
