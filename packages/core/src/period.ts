/** A range of whole UTC days, both ends included, as `YYYY-MM-DD`. */
export interface DateRange {
  from: string;
  to: string;
}

const dayMs = 86_400_000;

/** `YYYY-MM-DD` of a date in UTC. */
export function isoDay(date: Date | number): string {
  return new Date(date).toISOString().slice(0, 10);
}

/** The day `days` after (or before, if negative) `day`. */
export function addDays(day: string, days: number): string {
  return isoDay(Date.parse(`${day}T00:00:00Z`) + days * dayMs);
}

/**
 * The Hub's `start_date`/`end_date` (UNIX seconds, UTC) for a range: the start of `from` and the
 * last second of `to`, so the range is whole days whether the Hub treats the end as inclusive or not.
 */
export function toUnixRange(range: DateRange): { start_date: number; end_date: number } {
  return {
    start_date: Date.parse(`${range.from}T00:00:00Z`) / 1000,
    end_date: Date.parse(`${addDays(range.to, 1)}T00:00:00Z`) / 1000 - 1,
  };
}
