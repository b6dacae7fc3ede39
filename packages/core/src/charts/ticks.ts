/** Evenly spaced, round axis values that cover a domain, see {@link niceTicks}. */
export interface Ticks {
  /** The tick values, ascending; the first is at or below the domain's minimum, the last at or above its maximum. */
  values: number[];
  /** The distance between neighbouring ticks: 1, 2, 2.5 or 5 times a power of ten. */
  step: number;
}

/**
 * Round tick values for an axis over `[min, max]`, aiming at about `count` intervals.
 *
 * The step is 1, 2, 2.5 or 5 times a power of ten, the ticks are multiples of it and they always
 * cover the domain, so the top bar never pokes above the highest grid line. With `integer` (counts,
 * minor-unit amounts) the step is a whole 1, 2 or 5 times a power of ten, or 25, 250…. An empty or zero domain still yields two ticks
 * (`0` and one step), so a chart of a quiet period keeps an axis.
 *
 * @param min - Smallest value to show (usually 0).
 * @param max - Largest value to show.
 * @param count - Wished-for number of intervals, at least 1 (default 5).
 * @param options - `integer: true` keeps every tick a whole number.
 */
export function niceTicks(
  min: number,
  max: number,
  count = 5,
  options: { integer?: boolean } = {},
): Ticks {
  if (!Number.isFinite(min) || !Number.isFinite(max)) {
    throw new RangeError(`Ticks need a finite domain, got [${min}, ${max}]`);
  }
  const low = Math.min(min, max);
  let high = Math.max(min, max);
  // A domain too narrow for its magnitude (or for doubles at all) has no readable ticks; widen it.
  const magnitude = Math.max(Math.abs(low), Math.abs(high));
  if (high - low <= Math.max(magnitude * 1e-9, 1e-12)) high = low + Math.max(1, Math.abs(low));
  const intervals = Math.max(1, Math.floor(count));
  let step = niceStep((high - low) / intervals);
  // Whole-number data: a fraction of 1 becomes 1, and 2.5 becomes 2 rather than rounding to 3 (not
  // a nice step: 0, 3, 6, 9). 2 gives at most 1.25× the wished-for intervals, closer than 5's half.
  if (options.integer) step = step < 1 ? 1 : step === 2.5 ? 2 : step;
  const first = Math.floor(low / step);
  const last = Math.ceil(high / step);
  const values: number[] = [];
  for (let i = first; i <= last; i++) values.push(clean(i * step));
  // Rounding (of tiny or huge values) can leave an end just short of the domain.
  if (values[0]! > low) values.unshift(clean((first - 1) * step));
  if (values[values.length - 1]! < high) values.push(clean((last + 1) * step));
  return { values, step };
}

/** The smallest of 1, 2, 2.5, 5, 10 × 10^k that is at least `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice =
    fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** Drops binary noise such as `0.30000000000000004` from a multiple of a decimal step. */
function clean(value: number): number {
  return Number.parseFloat(value.toPrecision(12));
}
