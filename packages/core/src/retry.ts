import type { HubError } from './errors.js';

/** The retry policy with every default filled in. */
export interface RetryPolicy {
  limit: number;
  baseDelay: number;
  maxDelay: number;
  maxRetryAfter: number;
}

/** Methods whose repetition cannot do anything twice. */
const idempotent = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

/** Statuses worth another try: the Hub was busy or failed, not the request. */
const transientStatuses = new Set([408, 429, 500, 502, 503, 504]);

/**
 * Seconds to wait, from the headers servers use for it: `Retry-After` (seconds or an HTTP
 * date), `RateLimit-Reset` (seconds), `X-RateLimit-Reset` (seconds, or a UNIX time as some
 * services send). Anything unparseable is no hint at all, never an endless wait.
 */
export function waitHint(headers: Headers, now = Date.now()): number | undefined {
  const retryAfter = headers.get('retry-after')?.trim();
  if (retryAfter) {
    if (/^\d+(\.\d+)?$/.test(retryAfter)) return Number(retryAfter);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, Math.ceil((date - now) / 1000));
  }
  for (const name of ['ratelimit-reset', 'x-ratelimit-reset']) {
    const value = headers.get(name)?.trim();
    if (!value || !/^\d+(\.\d+)?$/.test(value)) continue;
    const n = Number(value);
    // A value that large is a moment, not a duration.
    return n > 1_000_000_000 ? Math.max(0, Math.ceil(n - now / 1000)) : n;
  }
  return undefined;
}

/**
 * How long to wait before trying `error`'s request again, in ms; `undefined` when it must not be
 * tried again: a change (POST, PATCH) may have reached the Hub, the limit is used up, the error
 * is not transient, or the Hub asks for a longer wait than `maxRetryAfter` (the caller then gets
 * `rate_limited` with `retryAfter` at once).
 */
export function retryDelay(
  error: HubError,
  method: string,
  attempt: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number | undefined {
  if (!idempotent.has(method) || attempt >= policy.limit) return undefined;
  const transient =
    error.kind === 'network' ||
    error.kind === 'timeout' ||
    error.kind === 'rate_limited' ||
    (error.status !== undefined && transientStatuses.has(error.status)) ||
    // A body cut off or garbled on the way: as transient as a dropped connection, for reads.
    (error.kind === 'invalid_response' && method === 'GET' && error.status !== undefined);
  if (!transient) return undefined;
  if (error.retryAfter !== undefined) {
    return error.retryAfter > policy.maxRetryAfter ? undefined : error.retryAfter * 1000;
  }
  // Exponential backoff with full jitter, so many clients do not retry in step.
  const ceiling = Math.min(policy.maxDelay, policy.baseDelay * 2 ** attempt);
  return Math.round(random() * ceiling);
}

/** Waits `ms`, or rejects with `signal`'s reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
