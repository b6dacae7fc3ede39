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
    const started: number[] = [];
    const t0 = Date.now();
    const takes = Array.from({ length: 7 }, () =>
      gate.take('GET', balance, { client_id: 'aCL' }).then(() => started.push(Date.now() - t0)),
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toEqual([0, 0, 0, 0, 0]);
    await vi.advanceTimersByTimeAsync(30_000);
    await Promise.all(takes);
    expect(started.slice(5)).toEqual([30_000, 30_000]);
  });

  it('keeps one budget per client for the balance, and none for undocumented routes', async () => {
    const gate = createRateGate(DOCUMENTED_RATE_LIMITS, () => Date.now());
    for (let i = 0; i < 5; i++) await gate.take('GET', balance, { client_id: 'aCL' });
    let other = false;
    void gate.take('GET', balance, { client_id: 'bCL' }).then(() => (other = true));
    let free = 0;
    for (let i = 0; i < 50; i++) void gate.take('GET', 'channels', undefined).then(() => free++);
    await vi.advanceTimersByTimeAsync(0);
    expect(other).toBe(true);
    expect(free).toBe(50);
  });

  it('stops waiting when the request is aborted', async () => {
    const gate = createRateGate(DOCUMENTED_RATE_LIMITS, () => Date.now());
    for (let i = 0; i < 5; i++) await gate.take('GET', balance, { client_id: 'aCL' });
    const controller = new AbortController();
    const waiting = gate.take('GET', balance, { client_id: 'aCL' }, controller.signal);
    controller.abort(new Error('left the page'));
    await expect(waiting).rejects.toThrow('left the page');
  });
});
