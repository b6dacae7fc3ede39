import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { niceTicks } from './ticks.js';

const isNiceStep = (step: number) => {
  const mantissa = step / 10 ** Math.floor(Math.log10(step));
  return [1, 2, 2.5, 5].some((nice) => Math.abs(mantissa - nice) < 1e-9);
};

describe('niceTicks', () => {
  it('picks round steps for typical message counts', () => {
    expect(niceTicks(0, 1234)).toEqual({ values: [0, 250, 500, 750, 1000, 1250], step: 250 });
    expect(niceTicks(0, 100, 4).values).toEqual([0, 25, 50, 75, 100]);
    expect(niceTicks(0, 9, 4).values).toEqual([0, 2.5, 5, 7.5, 10]);
  });

  it('keeps whole numbers for counts when asked', () => {
    expect(niceTicks(0, 3, 5, { integer: true }).values).toEqual([0, 1, 2, 3]);
    expect(niceTicks(0, 0.4, 4, { integer: true }).values).toEqual([0, 1]);
  });

  it('gives an empty period an axis', () => {
    expect(niceTicks(0, 0).values).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0, 0, 4, { integer: true }).values).toEqual([0, 1]);
  });

  it('refuses a non-finite domain', () => {
    expect(() => niceTicks(0, Number.NaN)).toThrow(RangeError);
    expect(() => niceTicks(0, Infinity)).toThrow(RangeError);
  });

  it('always covers the domain with evenly spaced multiples of a nice step', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.integer({ min: 1, max: 12 }),
        (a, b, count) => {
          const { values, step } = niceTicks(a, b, count);
          expect(isNiceStep(step)).toBe(true);
          expect(values[0]!).toBeLessThanOrEqual(Math.min(a, b));
          expect(values[values.length - 1]!).toBeGreaterThanOrEqual(Math.max(a, b));
          expect(values.length).toBeGreaterThanOrEqual(2);
          expect(values.length).toBeLessThanOrEqual(2 * count + 3);
          for (let i = 1; i < values.length; i++) {
            expect(values[i]! - values[i - 1]!).toBeCloseTo(step, 6);
          }
        },
      ),
    );
  });

  it('steps 2 rather than 2.5 (or a rounded 3) for integer data', () => {
    expect(niceTicks(0, 9, 4, { integer: true })).toEqual({ values: [0, 2, 4, 6, 8, 10], step: 2 });
    expect(niceTicks(0, 10, 4, { integer: true }).step).toBe(2);
    expect(niceTicks(0, 100, 4, { integer: true }).step).toBe(25);
  });

  it('never shows fractional ticks or odd steps for integer data', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.nat(10_000_000),
        fc.integer({ min: 1, max: 12 }),
        (min, span, count) => {
          const max = min + span;
          const { values, step } = niceTicks(min, max, count, { integer: true });
          expect(Number.isInteger(step) && isNiceStep(step)).toBe(true);
          expect(values.every(Number.isInteger)).toBe(true);
          expect(values[0]!).toBeLessThanOrEqual(min);
          expect(values[values.length - 1]!).toBeGreaterThanOrEqual(max);
          for (let i = 1; i < values.length; i++) expect(values[i]! - values[i - 1]!).toBe(step);
          if (min === 0) expect(values[0]).toBe(0);
        },
      ),
    );
  });
});
