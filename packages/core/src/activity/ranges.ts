import { addDays, isoDay, type DateRange } from '../period.js';

/** The date ranges the activity page offers. */
export type ActivityRangePreset =
  'last-7-days' | 'last-30-days' | 'last-90-days' | 'this-month' | 'last-month' | 'custom';

/** Every {@link ActivityRangePreset}, in the order a picker lists them. */
export const ACTIVITY_RANGE_PRESETS: readonly ActivityRangePreset[] = [
  'last-7-days',
  'last-30-days',
  'last-90-days',
  'this-month',
  'last-month',
  'custom',
];

/**
 * Days of daily usage the Hub answers for, up to and including today. The emulator keeps 400; the
 * real API's retention is not documented, so pickers take it as a parameter with this default.
 */
export const USAGE_HISTORY_DAYS = 400;

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day written `YYYY-MM-DD` (so `2026-02-30` is not one). */
export function isIsoDay(value: string): boolean {
  return dayPattern.test(value) && isoDay(Date.parse(`${value}T00:00:00Z`) || 0) === value;
}

/** The days usage can be asked for: the `historyDays` up to and including `today`. */
export function usageHistory(today: string, historyDays = USAGE_HISTORY_DAYS): DateRange {
  return { from: addDays(today, -(Math.max(1, Math.floor(historyDays)) - 1)), to: today };
}

/** The part of `range` inside `bounds`, or `undefined` when it is backwards, malformed or outside. */
export function clampRange(range: DateRange, bounds: DateRange): DateRange | undefined {
  if (!isIsoDay(range.from) || !isIsoDay(range.to) || range.from > range.to) return undefined;
  const from = range.from < bounds.from ? bounds.from : range.from;
  const to = range.to > bounds.to ? bounds.to : range.to;
  return from <= to ? { from, to } : undefined;
}

/** Why a custom period cannot be shown, see {@link checkCustomRange}. */
export type CustomRangeProblem = 'incomplete' | 'invalid-date' | 'backwards' | 'outside-history';

/** The outcome of {@link checkCustomRange}: the period to show, or why there is none. */
export type CustomRangeCheck =
  { range: DateRange; problem?: undefined } | { range?: undefined; problem: CustomRangeProblem };

/**
 * Checks a custom period against the usage history. Both ends must be real days, in order.
 *
 * With `clip` (a period set by the page, e.g. from a shared link) the part inside the history is
 * shown and only a period entirely outside it is a problem. Without it (dates the user is typing)
 * a day outside the history is a problem too: a date input passes through such days while its year
 * is typed digit by digit (`0002`, `0020`, `0202`, `2026`), and none of them is the user's period.
 */
export function checkCustomRange(
  input: Partial<DateRange>,
  history: DateRange,
  options: { clip?: boolean } = {},
): CustomRangeCheck {
  const { from, to } = input;
  if (!from || !to) return { problem: 'incomplete' };
  if (!isIsoDay(from) || !isIsoDay(to)) return { problem: 'invalid-date' };
  if (from > to) return { problem: 'backwards' };
  const inside = (day: string) => day >= history.from && day <= history.to;
  if (!options.clip && !(inside(from) && inside(to))) return { problem: 'outside-history' };
  const range = clampRange({ from, to }, history);
  return range ? { range } : { problem: 'outside-history' };
}

/** Number of days in a range, both ends included. */
export function rangeDays(range: DateRange): number {
  return Math.round((Date.parse(range.to) - Date.parse(range.from)) / 86_400_000) + 1;
}

/**
 * The days a preset stands for on `today` (UTC), within the usage history.
 *
 * "Last N days" are the N complete days ending yesterday, as today is still partial (the same
 * rule as the dashboard's week); "this month" runs from the 1st to today; "last month" is the whole
 * previous calendar month. `custom` uses `custom`, clamped to the history. Returns `undefined` when
 * nothing of the range is available (a backwards or malformed custom range, or one outside it).
 *
 * @param preset - The range to resolve.
 * @param today - Today as `YYYY-MM-DD` (UTC); pass `isoDay(new Date())`.
 * @param custom - The range of the `custom` preset.
 * @param historyDays - How far back usage exists, see {@link USAGE_HISTORY_DAYS}.
 */
export function activityRange(
  preset: ActivityRangePreset,
  today: string,
  custom?: Partial<DateRange>,
  historyDays = USAGE_HISTORY_DAYS,
): DateRange | undefined {
  const history = usageHistory(today, historyDays);
  const yesterday = addDays(today, -1);
  const lastDays = (n: number) => ({ from: addDays(today, -n), to: yesterday });
  const firstOfMonth = `${today.slice(0, 8)}01`;
  switch (preset) {
    case 'last-7-days':
      return clampRange(lastDays(7), history);
    case 'last-30-days':
      return clampRange(lastDays(30), history);
    case 'last-90-days':
      return clampRange(lastDays(90), history);
    case 'this-month':
      return clampRange({ from: firstOfMonth, to: today }, history);
    case 'last-month': {
      const lastOfPrevious = addDays(firstOfMonth, -1);
      return clampRange({ from: `${lastOfPrevious.slice(0, 8)}01`, to: lastOfPrevious }, history);
    }
    case 'custom':
      return checkCustomRange(custom ?? {}, history, { clip: true }).range;
  }
  // A `range` attribute is any string at run time; an unknown one is no period.
  return undefined;
}

/** The dashboard's week: the 7 complete days ending yesterday, and the 7 days before them. */
export function lastWeekRanges(today: string): {
  current: DateRange;
  previous: DateRange;
  /** Both weeks, what one usage request has to cover. */
  both: DateRange;
} {
  const yesterday = addDays(today, -1);
  const current = { from: addDays(yesterday, -6), to: yesterday };
  const previous = { from: addDays(yesterday, -13), to: addDays(yesterday, -7) };
  return { current, previous, both: { from: previous.from, to: current.to } };
}
