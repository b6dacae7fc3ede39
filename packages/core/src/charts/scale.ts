/** Maps values of a domain linearly onto a pixel range, see {@link linearScale}. */
export type LinearScale = (value: number) => number;

/**
 * A linear map from `[d0, d1]` onto `[r0, r1]` (pixels). Ranges may run backwards, as a vertical
 * axis does (`[height, 0]`). A zero-width domain maps everything to `r0`.
 */
export function linearScale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): LinearScale {
  const span = d1 - d0;
  if (span === 0) return () => r0;
  const k = (r1 - r0) / span;
  return (value) => r0 + (value - d0) * k;
}

/** Equal slots for `count` bars across a width, see {@link bandScale}. */
export interface BandScale {
  /** Distance between the starts of neighbouring slots. */
  step: number;
  /** Width of a bar inside its slot. */
  bandwidth: number;
  /** Left edge of bar `index`. */
  x(index: number): number;
  /** The slot under a horizontal position, clamped to the first and last; `-1` when there are no slots. */
  indexAt(position: number): number;
}

/**
 * Slots for `count` bars across `[start, end]`, each bar taking `1 - gap` of its slot (a gap of
 * `0.2` leaves a fifth of every slot empty, half on either side). Bars of dense charts (a year of
 * days) get thin but never negative; `maxBandwidth` keeps a few bars (one day) from turning into
 * wide blocks, centred in their slots.
 */
export function bandScale(
  count: number,
  [start, end]: readonly [number, number],
  gap = 0.2,
  maxBandwidth = Infinity,
): BandScale {
  const n = Math.max(0, Math.floor(count));
  const step = n > 0 ? (end - start) / n : 0;
  const inner = Math.min(Math.max(gap, 0), 1);
  const bandwidth = Math.min(step * (1 - inner), Math.max(0, maxBandwidth));
  const offset = (step - bandwidth) / 2;
  return {
    step,
    bandwidth,
    x: (index) => start + index * step + offset,
    indexAt(position) {
      if (n === 0) return -1;
      if (step <= 0) return 0;
      return Math.min(n - 1, Math.max(0, Math.floor((position - start) / step)));
    },
  };
}
