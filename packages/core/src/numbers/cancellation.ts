import type { HubNumber } from '../schemas/channel.js';

/** The last second of the month of `at` (UTC), when a cancelled number is deleted. */
export function endOfMonth(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 0, 23, 59, 59));
}

/**
 * `number` as it will look once its cancellation is accepted: pending deletion until the end of
 * the month. Lists show this at once and roll back to the original if the request fails.
 */
export function withCancellationRequested(number: HubNumber, now: Date): HubNumber {
  const at = now.toISOString();
  return {
    ...number,
    status: 'pending_deletion',
    cancelledAt: at,
    terminatedAt: endOfMonth(now).toISOString(),
    modifiedAt: at,
  };
}

/**
 * Overlays optimistic versions of some numbers (keyed by ID) on a list, keeping its order. Returns
 * the list itself when there is nothing to overlay.
 */
export function overlayNumbers(
  numbers: readonly HubNumber[],
  overrides: ReadonlyMap<string, HubNumber>,
): readonly HubNumber[] {
  if (overrides.size === 0) return numbers;
  return numbers.map((n) => overrides.get(n.id) ?? n);
}
