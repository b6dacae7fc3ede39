import { parseOnboardingResult, type OnboardingParse } from './result.js';

/** The part of `Storage` the nonce store needs; `sessionStorage` fits, so does a `Map` wrapper. */
export interface OnboardingStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Single-use nonces that tie a permission-page result to the request that opened the page. */
export interface OnboardingStates {
  /** A fresh random nonce to pass as `state`; it replaces any earlier pending one. */
  issue(): string;
  /** True once for the pending nonce, then never again: a replayed result fails. */
  consume(state: string | undefined): boolean;
}

const memoryStorage = (): OnboardingStorage => {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
};

const randomNonce = (): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
};

/**
 * A nonce store. Keep it in memory for the popup flow; pass `sessionStorage` when the page itself
 * navigates to the Hub and back (the same-tab fallback), so the nonce survives the round trip.
 */
export function createOnboardingStates(
  storage: OnboardingStorage = memoryStorage(),
  key = 'hub-onboarding-state',
): OnboardingStates {
  return {
    issue() {
      const nonce = randomNonce();
      storage.setItem(key, nonce);
      return nonce;
    },
    consume(state) {
      const pending = storage.getItem(key);
      if (pending === null || state === undefined || state !== pending) return false;
      storage.removeItem(key);
      return true;
    },
  };
}

/**
 * Parses a permission-page result and accepts it only when its `state` is the pending nonce
 * (consumed, so a replay fails) and it names the signed-in client. Anything else changes nothing.
 */
export function acceptOnboardingResult(
  search: string,
  expected: { states: OnboardingStates; clientId: string },
): OnboardingParse {
  const parsed = parseOnboardingResult(search);
  if (!parsed.ok) return parsed;
  if (!expected.states.consume(parsed.result.state)) return { ok: false, error: 'state_mismatch' };
  if (parsed.result.clientId !== expected.clientId) return { ok: false, error: 'wrong_client' };
  return parsed;
}
