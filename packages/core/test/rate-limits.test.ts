import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRateGate, DOCUMENTED_RATE_LIMITS } from '../src/rate-limits.js';

const balance = 'clients/{client_id}/info/balance';

describe('the client-side rate gate', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lets the documented number through at once and queues the next until a slot frees', async () => {
    const gate = createRateGate(DOCUMENTED_RATE_LIMITS, () => Date.now());
    const t0 = Date.now();
    const takes = Array.from({ length: 7 }, () => gate.take('GET', balance, { client_id: 'aCL' }));
    // The first five have nothing to wait for: no promise, so their requests leave at once.
    expect(takes.slice(0, 5)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    const started: number[] = [];
    const waits = takes.slice(5).map((wait) => wait!.then(() => started.push(Date.now() - t0)));
    await vi.advanceTimersByTimeAsync(29_999);
    expect(started).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await Promise.all(waits);
    expect(started).toEqual([30_000, 30_000]);
  });

  it('keeps one budget per client for the balance, and none for undocumented routes', async () => {
    const gate = createRateGate(DOCUMENTED_RATE_LIMITS, () => Date.now());
    for (let i = 0; i < 5; i++)
      expect(gate.take('GET', balance, { client_id: 'aCL' })).toBe(undefined);
    expect(gate.take('GET', balance, { client_id: 'aCL' })).toBeInstanceOf(Promise);
    expect(gate.take('GET', balance, { client_id: 'bCL' })).toBe(undefined);
    for (let i = 0; i < 50; i++) expect(gate.take('GET', 'channels', undefined)).toBe(undefined);
  });

  it('stops waiting when the request is aborted', async () => {
    const gate = createRateGate(DOCUMENTED_RATE_LIMITS, () => Date.now());
    for (let i = 0; i < 5; i++) gate.take('GET', balance, { client_id: 'aCL' });
    const controller = new AbortController();
    const waiting = gate.take('GET', balance, { client_id: 'aCL' }, controller.signal);
    controller.abort(new Error('left the page'));
    await expect(waiting).rejects.toThrow('left the page');
  });
});
