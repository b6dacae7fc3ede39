import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { growth } from '../src/growth.js';

const count = fc.integer({ min: 0, max: 1_000_000_000 });

describe('growth', () => {
  it('is always finite, and its sign matches the change', () => {
    fc.assert(
      fc.property(count, count, (current, previous) => {
        const g = growth(current, previous);
        expect(Number.isFinite(g.ratio)).toBe(true);
        expect(g.delta).toBe(current - previous);
        expect(Math.sign(g.ratio)).toBe(Math.sign(g.delta));
        expect(g.direction).toBe(g.delta > 0 ? 'up' : g.delta < 0 ? 'down' : 'flat');
      }),
    );
  });

  it('recovers the current value from a non-zero previous one', () => {
    fc.assert(
      fc.property(count, fc.integer({ min: 1, max: 1_000_000_000 }), (current, previous) => {
        const g = growth(current, previous);
        expect(previous * (1 + g.ratio)).toBeCloseTo(current, 3);
        expect(g.fromZero).toBe(false);
      }),
    );
  });

  it('is defined when the earlier period is zero', () => {
    expect(growth(0, 0)).toEqual({ delta: 0, ratio: 0, direction: 'flat', fromZero: false });
    expect(growth(25, 0)).toEqual({ delta: 25, ratio: 1, direction: 'up', fromZero: true });
  });

  it('gives the usual percentage', () => {
    expect(growth(150, 100).ratio).toBe(0.5);
    expect(growth(50, 100).ratio).toBe(-0.5);
  });
});
