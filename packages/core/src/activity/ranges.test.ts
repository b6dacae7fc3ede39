import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../period.js';
import {
  ACTIVITY_RANGE_PRESETS,
  activityRange,
  checkCustomRange,
  clampRange,
  isIsoDay,
  lastWeekRanges,
  rangeDays,
  usageHistory,
  type ActivityRangePreset,
} from './ranges.js';

const today = '2026-03-15';

describe('activityRange', () => {
  it('ends the "last N days" yesterday, as today is still partial', () => {
    expect(activityRange('last-7-days', today)).toEqual({ from: '2026-03-08', to: '2026-03-14' });
    expect(activityRange('last-30-days', today)).toEqual({ from: '2026-02-13', to: '2026-03-14' });
    expect(rangeDays(activityRange('last-90-days', today)!)).toBe(90);
  });

  it('knows calendar months, leap years and year ends', () => {
    expect(activityRange('this-month', today)).toEqual({ from: '2026-03-01', to: today });
    expect(activityRange('last-month', today)).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(activityRange('last-month', '2028-03-01')).toEqual({
      from: '2028-02-01',
      to: '2028-02-29',
    });
    expect(activityRange('last-month', '2027-01-10')).toEqual({
      from: '2026-12-01',
      to: '2026-12-31',
    });
    expect(activityRange('this-month', '2026-04-01')).toEqual({
      from: '2026-04-01',
      to: '2026-04-01',
    });
  });

  it('bounds a custom range by the history the Hub keeps', () => {
    expect(activityRange('custom', today, { from: '2020-01-01', to: '2030-01-01' }, 10)).toEqual({
      from: '2026-03-06',
      to: today,
    });
    expect(activityRange('custom', today, { from: '2026-03-10', to: '2026-03-01' })).toBe(
      undefined,
    );
    expect(activityRange('custom', today, { from: '2026-03-10' })).toBe(undefined);
    expect(activityRange('custom', today, { from: '2026-02-30', to: '2026-03-01' })).toBe(
      undefined,
    );
    expect(activityRange('custom', today, { from: '2010-01-01', to: '2010-02-01' })).toBe(
      undefined,
    );
  });

  it('clips presets that reach past a short history', () => {
    expect(activityRange('last-90-days', today, undefined, 30)).toEqual({
      from: '2026-02-14',
      to: '2026-03-14',
    });
  });

  it('always gives a range inside the history, never backwards', () => {
    const day = fc
      .date({ min: new Date('2001-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        day,
        fc.constantFrom(...ACTIVITY_RANGE_PRESETS),
        day,
        day,
        fc.integer({ min: 1, max: 800 }),
        (now, preset, from, to, history) => {
          const range = activityRange(preset, now, { from, to }, history);
          if (!range) return;
          const bounds = usageHistory(now, history);
          expect(range.from <= range.to).toBe(true);
          expect(range.from >= bounds.from && range.to <= bounds.to).toBe(true);
        },
      ),
    );
  });
});

describe('checkCustomRange', () => {
  const history = usageHistory(today, 30);

  it('takes typed dates only when both are real days inside the history, in order', () => {
    expect(checkCustomRange({ from: '2026-03-01', to: '2026-03-10' }, history)).toEqual({
      range: { from: '2026-03-01', to: '2026-03-10' },
    });
    expect(checkCustomRange({ from: '2026-03-01' }, history).problem).toBe('incomplete');
    expect(checkCustomRange({ from: '2026-02-30', to: '2026-03-10' }, history).problem).toBe(
      'invalid-date',
    );
    expect(checkCustomRange({ from: '2026-03-10', to: '2026-03-01' }, history).problem).toBe(
      'backwards',
    );
  });

  it('rejects the years a date input passes through while one is typed', () => {
    for (const year of ['0002', '0020', '0202']) {
      expect(checkCustomRange({ from: `${year}-03-01`, to: today }, history).problem).toBe(
        'outside-history',
      );
    }
  });

  it('clips a period set by the page, unless it lies entirely outside the history', () => {
    expect(checkCustomRange({ from: '2020-01-01', to: today }, history, { clip: true })).toEqual({
      range: history,
    });
    expect(
      checkCustomRange({ from: '2020-01-01', to: '2020-02-01' }, history, { clip: true }).problem,
    ).toBe('outside-history');
  });

  it('is no period for an unknown preset', () => {
    expect(activityRange('next-week' as ActivityRangePreset, today)).toBe(undefined);
  });
});

describe('range helpers', () => {
  it('recognises real calendar days only', () => {
    expect(isIsoDay('2026-02-28')).toBe(true);
    expect(isIsoDay('2026-02-29')).toBe(false);
    expect(isIsoDay('2026-2-1')).toBe(false);
    expect(isIsoDay('')).toBe(false);
  });

  it('clamps to bounds and rejects ranges outside them', () => {
    const bounds = { from: '2026-01-01', to: '2026-01-31' };
    expect(clampRange({ from: '2025-12-01', to: '2026-01-05' }, bounds)).toEqual({
      from: '2026-01-01',
      to: '2026-01-05',
    });
    expect(clampRange({ from: '2026-02-01', to: '2026-02-05' }, bounds)).toBe(undefined);
  });

  it('describes the dashboard week and the week before, back to back', () => {
    const { current, previous, both } = lastWeekRanges(today);
    expect(current).toEqual({ from: '2026-03-08', to: '2026-03-14' });
    expect(previous).toEqual({ from: '2026-03-01', to: '2026-03-07' });
    expect(addDays(previous.to, 1)).toBe(current.from);
    expect(both).toEqual({ from: previous.from, to: current.to });
    expect(rangeDays(both)).toBe(14);
  });
});
