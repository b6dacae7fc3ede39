import { labelIndices } from './stacked-bars.js';

/** Which days of a daily axis get a label, and whether they name days or months. */
export interface DateLabels {
  /** Indices into the days, ascending. */
  indices: number[];
  /** `day`: label with the day (`12 Nov`); `month`: the labelled days start months (`Dec 2025`). */
  unit: 'day' | 'month';
}

/**
 * Picks the labelled days of a daily axis with room for at most `max` labels: every day when they
 * fit; for long periods (over two months) the first day of each month, or of every n-th month; and
 * evenly spread days otherwise.
 *
 * @param days - `YYYY-MM-DD` days, consecutive and ascending.
 * @param max - How many labels fit.
 */
export function dateLabels(days: readonly string[], max: number): DateLabels {
  const room = Math.max(0, Math.floor(max));
  if (days.length <= room) return { indices: days.map((_, i) => i), unit: 'day' };
  const monthStarts = days.flatMap((day, i) => (day.endsWith('-01') ? [i] : []));
  if (days.length > 62 && monthStarts.length >= 2 && room >= 2) {
    const stride = Math.ceil(monthStarts.length / room);
    return { indices: monthStarts.filter((_, i) => i % stride === 0), unit: 'month' };
  }
  return { indices: labelIndices(days.length, room), unit: 'day' };
}
