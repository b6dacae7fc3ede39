import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../period.js';
import { dateLabels } from './date-labels.js';

const daysFrom = (from: string, count: number) =>
  Array.from({ length: count }, (_, i) => addDays(from, i));

describe('dateLabels', () => {
  it('labels every day when there is room', () => {
    expect(dateLabels(daysFrom('2026-03-01', 7), 10)).toEqual({
      indices: [0, 1, 2, 3, 4, 5, 6],
      unit: 'day',
    });
  });

  it('spreads day labels over a month', () => {
    const { indices, unit } = dateLabels(daysFrom('2026-03-01', 31), 8);
    expect(unit).toBe('day');
    expect(indices).toEqual([0, 4, 8, 12, 16, 20, 24, 28]);
  });

  it('labels month starts over long periods, skipping months when crowded', () => {
    const year = daysFrom('2025-11-25', 365);
    const wide = dateLabels(year, 20);
    expect(wide.unit).toBe('month');
    expect(wide.indices.map((i) => year[i])).toEqual([
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
      '2026-05-01',
      '2026-06-01',
      '2026-07-01',
      '2026-08-01',
      '2026-09-01',
      '2026-10-01',
      '2026-11-01',
    ]);
    const narrow = dateLabels(year, 5);
    expect(narrow.indices.map((i) => year[i])).toEqual([
      '2025-12-01',
      '2026-03-01',
      '2026-06-01',
      '2026-09-01',
    ]);
  });

  it('never gives more labels than there is room for', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 30 }), (n, max) => {
        const { indices } = dateLabels(daysFrom('2025-01-17', n), max);
        expect(indices.length).toBeLessThanOrEqual(max);
        expect(indices.every((i) => i >= 0 && i < n)).toBe(true);
      }),
    );
  });
});
