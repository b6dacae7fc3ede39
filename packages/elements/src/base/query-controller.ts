import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { hashQueryKey, type HubClient, type QueryState } from '@hub/core';
import { startQuery, type HubQuerySpec } from './queries.js';

/** A query's state as an element renders it; `idle` while there is nothing to read (no client). */
export type HubQueryStatus = 'idle' | QueryState<unknown>['status'];

/**
 * Keeps an element subscribed to one read of the client's query cache.
 *
 * Before each render it asks the element what to read; when the answer's key (or client) changes
 * it moves its subscription, shows what the cache already holds, and refreshes it in the
 * background, unless the cache holds a result read less than two seconds ago and not invalidated
 * since (`RECENT_READ_MS`). Any change to the key's state — a refresh, a mutation elsewhere
 * invalidating it — re-renders the element. Disconnecting (or moving to another key) unsubscribes
 * and ends the element's wait, which lets the cache abort a request nobody waits for.
 */
export class HubQueryController<T> implements ReactiveController {
  private current:
    | { client: HubClient; hash: string; unsubscribe: () => void; reads: AbortController }
    | undefined;
  private spec: HubQuerySpec<T> | undefined;
  private state: QueryState<T> | undefined;

  /**
   * @param host - The element; the controller adds itself to it.
   * @param describe - Called when the element connects and before every render; returns what to
   *   read, or `undefined` when the element cannot read yet (no client, no client ID).
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly describe: () => HubQuerySpec<T> | undefined,
  ) {
    host.addController(this);
  }

  /** `idle`, `loading` (nothing to show yet), `success` or `error` (of the last attempt). */
  get status(): HubQueryStatus {
    return this.state?.status ?? 'idle';
  }

  /** The last good result; kept while refreshing and after a failed refresh. */
  get data(): T | undefined {
    return this.state?.data;
  }

  /**
   * True while `data` is only the first part of the result and the rest is on its way (the first
   * page of a long `numbers.all`): `status` is already `success` so rows can show, and e.g.
   * "loading more…" can say that the list is not complete yet.
   */
  get partial(): boolean {
    return this.state?.partial ?? false;
  }

  /** The error of the last attempt, if it failed. */
  get error(): unknown {
    return this.state?.status === 'error' ? this.state.error : undefined;
  }

  /** True while a request for the current key is in flight. */
  get fetching(): boolean {
    return this.state?.fetching ?? false;
  }

  /** Reads the current key again (e.g. from a Retry button). */
  refresh(): void {
    this.run(false);
  }

  hostConnected(): void {
    // The read starts now if the provider's context is there: an element connects before it
    // renders, and so do the other elements of the page, so every request leaves before any of
    // them renders. Otherwise the next update starts it. A property set after the element was
    // put in the page may change what to read by then: the read made here is then dropped.
    this.hostUpdate();
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    const spec = this.describe();
    this.spec = spec;
    if (!spec) {
      this.unsubscribe();
      this.state = undefined;
      return;
    }
    const hash = hashQueryKey(spec.key);
    if (this.current?.client === spec.client && this.current.hash === hash) return;
    this.unsubscribe();
    const unsubscribe = spec.client.cache.subscribe<T>(spec.key, (state) => {
      this.state = state;
      this.host.requestUpdate();
    });
    this.current = { client: spec.client, hash, unsubscribe, reads: new AbortController() };
    this.state = spec.client.cache.get<T>(spec.key);
    this.run(true);
  }

  hostDisconnected(): void {
    this.unsubscribe();
  }

  private run(staleWhileRevalidate: boolean): void {
    // The element waits through its subscription; the signal stops that wait when it moves to
    // another key or disconnects, so a request nobody else wants is aborted.
    const signal = this.current?.reads.signal;
    if (!this.spec) return;
    if (staleWhileRevalidate) startQuery(this.spec, signal);
    // Failures reach the element through the subscription; the promise needs no handler of its own.
    else this.spec.fetch({ signal }).catch(() => undefined);
  }

  private unsubscribe(): void {
    this.current?.unsubscribe();
    this.current?.reads.abort();
    this.current = undefined;
  }
}
