import type { HubNumber } from '../schemas/channel.js';
import { displayNameUnderReview } from './gates.js';

/**
 * Where a number's display name stands: no change in progress, a change Meta is reviewing, or the
 * outcome of the last one.
 */
export type DisplayNameState =
  | { kind: 'current'; name: string }
  | { kind: 'under_review'; name: string; requested: string }
  | { kind: 'approved'; name: string }
  | { kind: 'rejected'; name: string; requested: string | null };

/** The display-name state of `number`, from its status and `displayNameStatus`. */
export function displayNameState(number: HubNumber): DisplayNameState {
  const name = number.displayName;
  const status = number.displayNameStatus?.toLowerCase() ?? '';
  if (displayNameUnderReview(number)) {
    return { kind: 'under_review', name, requested: number.requestedDisplayName ?? name };
  }
  if (number.status === 'certificate_declined' || status === 'declined' || status === 'rejected') {
    return { kind: 'rejected', name, requested: number.requestedDisplayName };
  }
  if (status === 'approved' || status === 'available_without_review')
    return { kind: 'approved', name };
  return { kind: 'current', name };
}

/** `number` as it looks once `requested` has been sent to Meta for review. */
export function withDisplayNameRequested(number: HubNumber, requested: string): HubNumber {
  return { ...number, displayNameStatus: 'pending_review', requestedDisplayName: requested };
}

/** Length bounds the Hub accepts for a display name. */
export const DISPLAY_NAME_LIMITS = { min: 3, max: 75 } as const;

/** A problem with a requested display name. */
export type DisplayNameIssue = 'too_short' | 'too_long' | 'unchanged';

/**
 * Checks a requested display name before it is sent: 3 to 75 characters once trimmed, and
 * different from the current name. Meta's naming guidelines are checked by Meta's review.
 */
export function validateDisplayName(requested: string, current: string): DisplayNameIssue | null {
  const name = requested.trim();
  if (name.length < DISPLAY_NAME_LIMITS.min) return 'too_short';
  if (name.length > DISPLAY_NAME_LIMITS.max) return 'too_long';
  if (name === current.trim()) return 'unchanged';
  return null;
}
