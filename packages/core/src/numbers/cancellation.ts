import type { HubNumber } from '../schemas/channel.js';

/** The last second of the month of `at` (UTC), when a cancelled number is deleted. */
export function endOfMonth(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 0, 23, 59, 59));
}

/**
 * `number` as it will look once its cancellation is accepted: pending deletion until the end of
 * the month. `cancelSubscription` shows this everywhere at once, until the Hub answers.
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
 * `number` as it will look once its cancellation is withdrawn. The status it had before is not
 * known here: `running` stands in until the Hub's answer replaces it.
 */
export function withCancellationRevoked(number: HubNumber): HubNumber {
  return {
    ...number,
    status: number.status === 'pending_deletion' ? 'running' : number.status,
    cancelledAt: null,
    terminatedAt: null,
  };
}

/**
 * Overlays optimistic versions of some numbers (keyed by ID) on a list, keeping its order. Returns
 * the list itself when there is nothing to overlay.
 *
 * @deprecated The numbers resource now patches its cached lists itself while a change is on its
 * way (see `client.numbers.inFlight`); this goes in the next release.
 */
export function overlayNumbers(
  numbers: readonly HubNumber[],
  overrides: ReadonlyMap<string, HubNumber>,
): readonly HubNumber[] {
  if (overrides.size === 0) return numbers;
  return numbers.map((n) => overrides.get(n.id) ?? n);
}
