/** A sliding-window counter per key, for the limits the Hub documents. */
export class RateLimiter {
  readonly #hits = new Map<string, number[]>();

  /**
   * Counts a request under `key`. Returns `undefined` when allowed, or the seconds until one
   * more request would be, when `limit` requests already happened within `windowMs`.
   */
  take(key: string, limit: number, windowMs: number, now: number): number | undefined {
    const hits = (this.#hits.get(key) ?? []).filter((t) => t > now - windowMs);
    if (hits.length >= limit) {
      this.#hits.set(key, hits);
      return Math.max(1, Math.ceil((hits[0]! + windowMs - now) / 1000));
    }
    hits.push(now);
    this.#hits.set(key, hits);
    return undefined;
  }
}
