/** How a figure changed between two periods, see {@link growth}. */
export interface Growth {
  /** `current - previous`. */
  delta: number;
  /**
   * Relative change: `0.25` is +25 %. When the earlier period is zero there is no meaningful
   * ratio; it is then `0` if nothing happened in either period and `1` (+100 %) otherwise, and
   * {@link Growth.fromZero} is set so a UI can say "new" instead of a percentage.
   */
  ratio: number;
  /** Direction of the change. */
  direction: 'up' | 'down' | 'flat';
  /** True when the earlier period was zero and the later one was not. */
  fromZero: boolean;
}

/**
 * Growth of `current` against `previous` (counts or minor-unit amounts). Always finite: never
 * `NaN` or `Infinity`, including when `previous` is zero.
 */
export function growth(current: number, previous: number): Growth {
  const delta = current - previous;
  const direction = delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat';
  if (previous === 0) {
    return { delta, ratio: delta === 0 ? 0 : Math.sign(delta), direction, fromZero: delta !== 0 };
  }
  return { delta, ratio: delta / Math.abs(previous), direction, fromZero: false };
}
