/** One counted window of a rate limit. */
export interface RateLimitWindow {
  /** Requests counted in the current window, this one included. */
  count: number;
  /** When the window ends, in ms since the epoch. */
  resetAt: number;
}

/**
 * Where rate-limit counters live. The default keeps them in memory (one server instance); for
 * several instances, implement this on a shared store, e.g. Redis `INCR` + `PEXPIRE`.
 */
export interface RateLimitStore {
  /** Counts one request for `key` in a fixed window of `windowMs` starting at its first request. */
  increment(key: string, windowMs: number, now: number): Promise<RateLimitWindow> | RateLimitWindow;
}

/** Counters in memory: right for one instance; expired windows are swept as new ones open. */
export function createMemoryRateLimitStore(): RateLimitStore {
  const windows = new Map<string, RateLimitWindow>();
  let nextSweep = 0;
  return {
    increment(key, windowMs, now) {
      if (now >= nextSweep) {
        for (const [name, window] of windows) if (window.resetAt <= now) windows.delete(name);
        nextSweep = now + windowMs;
      }
      const current = windows.get(key);
      if (current && current.resetAt > now) {
        current.count += 1;
        return { ...current };
      }
      const opened = { count: 1, resetAt: now + windowMs };
      windows.set(key, opened);
      return { ...opened };
    },
  };
}
