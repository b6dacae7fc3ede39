import { sleep } from './retry.js';

/**
 * The Hub's documented rate limits, kept by the client so that quick interactions (switching
 * periods on an activity chart, paging templates) queue under them instead of meeting 429s.
 * Only limits a source documents are here (see docs/api-assumptions.md).
 */
export interface DocumentedRateLimit {
  method: string;
  /** A resource route as `HubRequest.route` writes it. */
  route: string;
  limit: number;
  windowMs: number;
  /** What shares one budget: the whole partner, or one client. */
  per: 'partner' | 'client';
}

export const DOCUMENTED_RATE_LIMITS: readonly DocumentedRateLimit[] = [
  {
    method: 'GET',
    route: 'waba_accounts/{waba_account_id}/waba_templates',
    limit: 400,
    windowMs: 60_000,
    per: 'partner',
  },
  {
    method: 'GET',
    route: 'clients/{client_id}/info/balance',
    limit: 5,
    windowMs: 30_000,
    per: 'client',
  },
];

/** Waits for a free slot under each budget: a sliding window of the last `limit` start times. */
export interface RateGate {
  /**
   * Takes a place for a request of `route`: `undefined` when it may start at once, else a promise
   * that resolves when it may (and rejects with `signal`'s reason on abort). The common case has
   * no promise to await, so a request that need not wait leaves before its caller goes on.
   */
  take(
    method: string,
    route: string,
    params: Record<string, string> | undefined,
    signal?: AbortSignal,
  ): Promise<void> | undefined;
}

/** A gate over `limits`; `now` is the clock (tests pass their own with fake timers). */
export function createRateGate(
  limits: readonly DocumentedRateLimit[] = DOCUMENTED_RATE_LIMITS,
  now: () => number = Date.now,
): RateGate {
  const starts = new Map<string, number[]>();

  return {
    take(method, route, params, signal) {
      const rule = limits.find((l) => l.method === method && l.route === route);
      if (!rule) return undefined;
      const key = `${rule.method} ${rule.route} ${rule.per === 'client' ? (params?.client_id ?? '') : ''}`;
      /** Takes a place if the window has one; else how long until its oldest start leaves it. */
      const tryTake = (): number | undefined => {
        const list = starts.get(key) ?? [];
        const cutoff = now() - rule.windowMs;
        while (list.length > 0 && list[0]! <= cutoff) list.shift();
        if (list.length < rule.limit) {
          list.push(now());
          starts.set(key, list);
          return undefined;
        }
        return list[0]! - cutoff;
      };
      let wait = tryTake();
      if (wait === undefined) return undefined;
      return (async () => {
        // Waiting for the oldest start to leave the window frees exactly one place.
        while (wait !== undefined) {
          await sleep(wait, signal);
          wait = tryTake();
        }
      })();
    },
  };
}
