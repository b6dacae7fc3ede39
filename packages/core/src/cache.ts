/**
 * Identifies one query, e.g. `['numbers', 'list', { status: 'running' }]`. Parts must be
 * JSON-serialisable; object key order does not matter.
 */
export type QueryKey = readonly unknown[];

/** What the cache knows about one key, as given to listeners. */
export interface QueryState<T> {
  /** The last successful result, kept while a refresh runs or after it fails. */
  data: T | undefined;
  /** The error of the last attempt, cleared by the next success. */
  error: unknown;
  /** `loading` until the first result or error, then the outcome of the last attempt. */
  status: 'loading' | 'success' | 'error';
  /** True while a request for this key is in flight. */
  fetching: boolean;
  /** True when `data` was invalidated by a mutation and not refreshed yet. */
  stale: boolean;
  /** `Date.now()` of the last success; `0` before it. */
  updatedAt: number;
  /**
   * True while `data` is the first part of a result still arriving (see {@link QueryProgress}):
   * shown as a `success` so the first rows can render, with the rest on their way. Only a key
   * with no full result yet gets one; a failed or abandoned read takes it back out.
   */
  partial: boolean;
}

/**
 * Lets a fetcher show part of its result before the whole has arrived, e.g. the first page of a
 * long list. The cache keeps it (marked {@link QueryState.partial}) only while the key has no
 * full result and the read is still the current one; the promise of the read still resolves
 * with the whole result only.
 */
export type QueryProgress<T> = (partial: T) => void;

/** Called with the new state of a key whenever it changes. */
export type QueryListener<T> = (state: QueryState<T>) => void;

/** How {@link QueryCache.fetch} may use what is cached. */
export interface QueryFetchOptions {
  /** Aborts this caller's wait; the request itself is aborted once nobody waits or listens. */
  signal?: AbortSignal;
  /**
   * Serve data younger than this many milliseconds without a request (unless it was invalidated
   * or its last refresh failed). Default `0`.
   */
  maxAge?: number;
  /**
   * Serve data older than `maxAge` (or invalidated) at once and refresh it in the background;
   * listeners then receive the fresh result. Default `false`: wait for the fresh result.
   */
  staleWhileRevalidate?: boolean;
}

/** Selects keys to invalidate: a key prefix, or a predicate over each cached key and its data. */
export type QueryMatch = QueryKey | ((key: QueryKey, data: unknown) => boolean);

/** Takes a {@link QueryCache.update} back out; see there. */
export type QueryRollback = () => void;

/**
 * A small framework-agnostic query cache: concurrent identical reads share one request, results
 * are kept per key (stale-while-revalidate on request), listeners are told about every change,
 * mutations invalidate exactly the keys they change, and a request nobody waits for or listens to
 * any more is aborted. Every {@link HubClient} has one; all resource reads go through it.
 */
export interface QueryCache {
  /** Reads `key`, calling `fetcher` unless cached data may be served (see the options). */
  fetch<T>(
    key: QueryKey,
    fetcher: (signal: AbortSignal, progress: QueryProgress<T>) => Promise<T>,
    options?: QueryFetchOptions,
  ): Promise<T>;
  /** The current state of `key`, or `undefined` if it was never read. */
  get<T>(key: QueryKey): QueryState<T> | undefined;
  /**
   * Listens to `key`. Returns the unsubscribe function. While someone listens, invalidating the
   * key refetches it with the fetcher of its last read.
   */
  subscribe<T>(key: QueryKey, listener: QueryListener<T>): () => void;
  /** Marks matching keys stale and refetches those that have listeners. */
  invalidate(match: QueryMatch): void;
  /** Stores `data` for `key` as a fresh result (e.g. the object a mutation returned). */
  set<T>(key: QueryKey, data: T): void;
  /**
   * Patches the data of `key` at once and tells its listeners, e.g. to show a change before the
   * Hub confirms it. `fn` gets the current data (`undefined` when there is none) and returns the
   * new data, or `undefined` to leave the key as it is. Status, staleness and `updatedAt` stay as
   * they were: a patch is not an answer from the Hub. The answer to a read that started before the
   * patch is dropped, so it cannot undo the patch.
   *
   * Returns the rollback, which takes the patch back out: the data becomes what it was before,
   * with the patches made since applied again (so `fn` may run more than once and must depend on
   * its argument only). Once a newer result has replaced the data (a read's answer, {@link QueryCache.set}),
   * that result stands and the rollback does nothing; so does a second call.
   */
  update<T>(key: QueryKey, fn: (data: T | undefined) => T | undefined): QueryRollback;
  /** The cached keys `match` selects (as {@link QueryCache.invalidate} does); all without it. */
  keys(match?: QueryMatch): QueryKey[];
  /** Forgets every key and aborts requests in flight. */
  clear(): void;
}

/** Options of {@link createQueryCache}. */
export interface QueryCacheOptions {
  /** Keys nobody listened to for this long (ms) are dropped. Default 5 minutes. */
  gcTime?: number;
}

interface InFlight {
  promise: Promise<unknown>;
  controller: AbortController;
  waiters: number;
  generation: number;
  /** The state before this read showed a partial result, to return to if the read fails. */
  beforePartial?: QueryState<unknown>;
}

/** One {@link QueryCache.update} that may still be rolled back, with the data it patched. */
interface Patch {
  fn: (data: unknown) => unknown;
  before: unknown;
}

interface Entry {
  key: QueryKey;
  state: QueryState<unknown>;
  listeners: Set<QueryListener<unknown>>;
  fetcher?: (signal: AbortSignal, progress: QueryProgress<unknown>) => Promise<unknown>;
  inFlight?: InFlight;
  generation: number;
  lastUsed: number;
  /** Patches since the last result, oldest first; a result replaces them all. */
  patches: Patch[];
}

/** Stable text of a key: object keys sorted, `undefined` members dropped. */
export function hashQueryKey(key: QueryKey): string {
  return JSON.stringify(key, (_, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value as Record<string, unknown>)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : value,
  );
}

function startsWith(key: QueryKey, prefix: QueryKey): boolean {
  return (
    prefix.length <= key.length &&
    prefix.every((part, i) => hashQueryKey([part]) === hashQueryKey([key[i]]))
  );
}

/** Creates an empty {@link QueryCache}. */
export function createQueryCache(options: QueryCacheOptions = {}): QueryCache {
  const gcTime = options.gcTime ?? 5 * 60_000;
  const entries = new Map<string, Entry>();

  function entryFor(key: QueryKey): Entry {
    const hash = hashQueryKey(key);
    let entry = entries.get(hash);
    if (!entry) {
      entry = {
        key,
        state: {
          data: undefined,
          error: undefined,
          status: 'loading',
          fetching: false,
          stale: false,
          updatedAt: 0,
          partial: false,
        },
        listeners: new Set(),
        generation: 0,
        lastUsed: Date.now(),
        patches: [],
      };
      entries.set(hash, entry);
    }
    entry.lastUsed = Date.now();
    return entry;
  }

  function update(entry: Entry, patch: Partial<QueryState<unknown>>): void {
    entry.state = { ...entry.state, ...patch };
    for (const listener of [...entry.listeners]) listener(entry.state);
  }

  /** A result from the Hub (or given as one): it replaces the data and every pending patch. */
  function settle(entry: Entry, data: unknown, patch: Partial<QueryState<unknown>> = {}): void {
    entry.patches = [];
    update(entry, {
      data,
      error: undefined,
      status: 'success',
      stale: false,
      updatedAt: Date.now(),
      partial: false,
      ...patch,
    });
  }

  function matches(entry: Entry, match: QueryMatch): boolean {
    return typeof match === 'function'
      ? match(entry.key, entry.state.data)
      : startsWith(entry.key, match);
  }

  function sweep(now: number): void {
    for (const [hash, entry] of entries) {
      if (entry.listeners.size === 0 && !entry.inFlight && now - entry.lastUsed > gcTime) {
        entries.delete(hash);
      }
    }
  }

  function abortIfUnwanted(entry: Entry, flight: InFlight): void {
    if (flight.waiters === 0 && entry.listeners.size === 0) flight.controller.abort();
  }

  function start(entry: Entry): InFlight {
    const current = entry.inFlight;
    if (current && current.generation === entry.generation) return current;
    const fetcher = entry.fetcher!;
    const controller = new AbortController();
    const flight: InFlight = {
      controller,
      waiters: 0,
      generation: entry.generation,
      promise: Promise.resolve(),
    };
    let registered = false;
    const progress = (partial: unknown): void => {
      // A part given before the fetcher's first await waits until this read is the key's own.
      if (!registered) return queueMicrotask(() => progress(partial));
      const current = entry.inFlight === flight && flight.generation === entry.generation;
      // A key that has a full result keeps showing it until the next full one replaces it.
      if (!current || (entry.state.updatedAt > 0 && !entry.state.partial)) return;
      flight.beforePartial ??= entry.state;
      entry.patches = [];
      update(entry, { data: partial, error: undefined, status: 'success', partial: true });
    };
    flight.promise = fetcher(controller.signal, progress).then(
      (data) => {
        if (entry.inFlight !== flight) return data;
        entry.inFlight = undefined;
        if (flight.generation !== entry.generation) {
          // A mutation landed while this request ran: its answer may predate the change. A part
          // shown meanwhile must not stand for the whole list: it is read again.
          if (entry.state.partial) entry.state = { ...entry.state, stale: true };
          update(entry, { fetching: false });
          if (entry.listeners.size > 0 && entry.state.stale) start(entry);
          return data;
        }
        settle(entry, data, { fetching: false });
        return data;
      },
      (error: unknown) => {
        if (entry.inFlight === flight) {
          entry.inFlight = undefined;
          // A part shown by this read is no result: the state goes back to what it was before.
          const before = flight.beforePartial && entry.state.partial ? flight.beforePartial : {};
          // An abort means nobody wanted the answer: keep the previous state as it was.
          if (controller.signal.aborted) update(entry, { ...before, fetching: false });
          else update(entry, { ...before, error, status: 'error', fetching: false });
        }
        throw error;
      },
    );
    // Background refreshes have no caller to receive their rejection.
    flight.promise.catch(() => undefined);
    entry.inFlight = flight;
    registered = true;
    update(entry, { fetching: true });
    return flight;
  }

  function wait<T>(entry: Entry, flight: InFlight, signal: AbortSignal | undefined): Promise<T> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    flight.waiters += 1;
    return new Promise<T>((resolve, reject) => {
      const onAbort = (): void => {
        flight.waiters -= 1;
        abortIfUnwanted(entry, flight);
        reject(signal!.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      flight.promise.then(
        (data) => {
          signal?.removeEventListener('abort', onAbort);
          flight.waiters -= 1;
          resolve(data as T);
        },
        (error: unknown) => {
          signal?.removeEventListener('abort', onAbort);
          flight.waiters -= 1;
          reject(error);
        },
      );
    });
  }

  return {
    fetch<T>(
      key: QueryKey,
      fetcher: (signal: AbortSignal, progress: QueryProgress<T>) => Promise<T>,
      fetchOptions: QueryFetchOptions = {},
    ): Promise<T> {
      const now = Date.now();
      sweep(now);
      const entry = entryFor(key);
      entry.fetcher = fetcher as Entry['fetcher'];
      const { state } = entry;
      const hasData = state.updatedAt > 0;
      // A result whose last refresh failed is not served as fresh, young as it is.
      const fresh = !state.stale && state.status === 'success';
      if (hasData && fresh && now - state.updatedAt < (fetchOptions.maxAge ?? 0)) {
        return Promise.resolve(state.data as T);
      }
      if (hasData && fetchOptions.staleWhileRevalidate) {
        start(entry);
        return Promise.resolve(state.data as T);
      }
      return wait<T>(entry, start(entry), fetchOptions.signal);
    },

    get<T>(key: QueryKey): QueryState<T> | undefined {
      return entries.get(hashQueryKey(key))?.state as QueryState<T> | undefined;
    },

    subscribe<T>(key: QueryKey, listener: QueryListener<T>): () => void {
      const entry = entryFor(key);
      const wrapped = listener as QueryListener<unknown>;
      entry.listeners.add(wrapped);
      return () => {
        entry.listeners.delete(wrapped);
        entry.lastUsed = Date.now();
        if (entry.inFlight) abortIfUnwanted(entry, entry.inFlight);
      };
    },

    invalidate(match: QueryMatch): void {
      for (const entry of entries.values()) {
        if (!matches(entry, match)) continue;
        entry.generation += 1;
        update(entry, { stale: true });
        if (entry.listeners.size > 0 && entry.fetcher) start(entry);
      }
    },

    set<T>(key: QueryKey, data: T): void {
      const entry = entryFor(key);
      entry.generation += 1;
      settle(entry, data);
    },

    update<T>(key: QueryKey, fn: (data: T | undefined) => T | undefined): QueryRollback {
      const hash = hashQueryKey(key);
      const before = entries.get(hash)?.state.data;
      const after = fn(before as T | undefined);
      if (after === undefined || after === before) return () => undefined;
      const entry = entryFor(key);
      const patch: Patch = { fn: fn as Patch['fn'], before };
      entry.patches.push(patch);
      entry.generation += 1;
      update(entry, { data: after });
      return () => {
        const at = entry.patches.indexOf(patch);
        if (at < 0 || entries.get(hash) !== entry) return;
        const later = entry.patches.splice(at).slice(1);
        let data = patch.before;
        for (const next of later) {
          next.before = data;
          data = next.fn(data) ?? data;
          entry.patches.push(next);
        }
        update(entry, { data });
      };
    },

    keys(match?: QueryMatch): QueryKey[] {
      return [...entries.values()]
        .filter((entry) => match === undefined || matches(entry, match))
        .map((entry) => entry.key);
    },

    clear(): void {
      for (const entry of entries.values()) entry.inFlight?.controller.abort();
      entries.clear();
    },
  };
}
