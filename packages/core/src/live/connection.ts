import type { QueryCache } from '../cache.js';
import { HubError } from '../errors.js';
import { errorFromResponse } from '../schemas/error.js';
import { applyLiveEvent, isLiveKey, parseLiveEvent, type HubLiveEvent } from './events.js';
import { createSseParser } from './sse.js';

/**
 * Where live updates come from: `connecting` (opening or reopening the stream), `live` (the
 * stream is open), `polling` (no stream: the affected lists are read again at an interval, while
 * the stream is retried unless the server has none), `closed`.
 */
export type HubLiveStatus = 'connecting' | 'live' | 'polling' | 'closed';

/** Options of `client.live()`. Every delay is in milliseconds. */
export interface HubLiveOptions {
  /** How often the affected lists are read again while there is no stream. Default `30000`. */
  pollInterval?: number;
  /**
   * First delay before reopening a failed stream, doubled per failure up to
   * `maxReconnectDelay`, with jitter. Default `1000`; a `retry:` line from the server replaces it.
   */
  reconnectDelay?: number;
  /** Upper bound of one reconnection delay. Default `30000`. */
  maxReconnectDelay?: number;
  /** Failed attempts in a row after which polling starts (the stream is still retried). Default `3`. */
  failuresBeforePolling?: number;
  /**
   * A stream silent for this long is taken as dead and reopened; the server sends a heartbeat
   * every 15 s. Also bounds the wait for the stream's headers. Default `45000`.
   */
  idleTimeout?: number;
}

/** What `on` of a live connection listens to, with what each listener receives. */
export interface HubLiveEventMap {
  /** An event, after the cache was updated for it. */
  event: HubLiveEvent;
  /** The new status. */
  status: HubLiveStatus;
  /**
   * Why the stream failed, or an event that could not be read (kind `invalid_response`; it was
   * skipped). Informational: the connection recovers by itself.
   */
  error: HubError;
}

/** How a connection reaches the stream; built by `createHubClient`. */
export interface LiveTarget {
  url: string;
  fetch: typeof fetch;
  /** The auth headers; `refresh` after a 401, for a fresh session token. */
  headers(refresh: boolean): Promise<Record<string, string>>;
  cache: QueryCache;
}

/**
 * A hold on a client's live updates (see `HubClient.live`). The stream stays open while any
 * hold is open; closing the last one closes it.
 */
export interface HubLive {
  /** Where updates come from now; see {@link HubLiveStatus}. `closed` once this hold is closed. */
  readonly status: HubLiveStatus;
  /**
   * Listens to events (after the cache was updated for them), status changes or errors; returns
   * the function that stops listening. Listeners end with the hold.
   */
  on<K extends keyof HubLiveEventMap>(
    type: K,
    listener: (value: HubLiveEventMap[K]) => void,
  ): () => void;
  /** Lets go of the stream; the last hold to close stops the stream, its retries and polling. */
  close(): void;
}

const ENDPOINT = 'GET /events';

/** Answers that mean there is no stream for this session here: polling, and no retries. */
const NO_STREAM = new Set([403, 404, 405, 501]);

type Listeners = { [K in keyof HubLiveEventMap]: Set<(value: HubLiveEventMap[K]) => void> };

/**
 * Opens the live stream at `target` and keeps it open: each event updates the cache, then
 * reaches the `event` listeners; a dropped stream is reopened with backoff, resuming after the
 * last event ID; a 401 gets one fresh session token per attempt; no stream means polling.
 */
export function openLiveConnection(
  target: LiveTarget,
  options: HubLiveOptions = {},
  random: () => number = Math.random,
): HubLive {
  const pollInterval = options.pollInterval ?? 30_000;
  const maxDelay = options.maxReconnectDelay ?? 30_000;
  const threshold = options.failuresBeforePolling ?? 3;
  const idleTimeout = options.idleTimeout ?? 45_000;
  let baseDelay = options.reconnectDelay ?? 1000;
  const listeners: Listeners = { event: new Set(), status: new Set(), error: new Set() };
  let status: HubLiveStatus = 'connecting';
  let lastEventId = '';
  let failures = 0;
  let attempt: AbortController | undefined;
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  let pollTimer: ReturnType<typeof setTimeout> | undefined;

  function emit<K extends keyof HubLiveEventMap>(type: K, value: HubLiveEventMap[K]): void {
    for (const listener of [...listeners[type]]) {
      try {
        listener(value);
      } catch (error) {
        // A failing listener is the page's bug: reported, without stopping the stream.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  function setStatus(next: HubLiveStatus): void {
    if (status === next) return;
    status = next;
    emit('status', next);
  }

  function startPolling(): void {
    setStatus('polling');
    if (pollTimer !== undefined) return;
    const next = (): void => {
      pollTimer = setTimeout(() => {
        target.cache.invalidate(isLiveKey);
        next();
      }, pollInterval);
    };
    next();
  }

  function stopPolling(): void {
    clearTimeout(pollTimer);
    pollTimer = undefined;
  }

  function reconnectLater(): void {
    const ceiling = Math.min(maxDelay, baseDelay * 2 ** Math.max(0, failures - 1));
    reconnectTimer = setTimeout(() => void connect(), ceiling / 2 + (random() * ceiling) / 2);
  }

  function fail(error: HubError): void {
    failures += 1;
    emit('error', error);
    if (failures >= threshold) startPolling();
    else if (status !== 'polling') setStatus('connecting');
    reconnectLater();
  }

  async function request(signal: AbortSignal, refresh: boolean): Promise<Response> {
    const headers: Record<string, string> = {
      ...(await target.headers(refresh)),
      accept: 'text/event-stream',
    };
    if (lastEventId) headers['last-event-id'] = lastEventId;
    return target.fetch(target.url, { headers, signal });
  }

  async function connect(): Promise<void> {
    if (status === 'closed') return;
    if (status !== 'polling') setStatus('connecting');
    const controller = new AbortController();
    attempt = controller;
    let idle = false;
    let idleTimer: ReturnType<typeof setTimeout> | undefined;
    // Both the headers and each later chunk must come within `idleTimeout`.
    const arm = (): void => {
      clearTimeout(idleTimer);
      idleTimer = setTimeout(() => {
        idle = true;
        controller.abort();
      }, idleTimeout);
    };
    arm();
    try {
      let response = await request(controller.signal, false);
      if (response.status === 401) {
        await response.body?.cancel().catch(() => undefined);
        response = await request(controller.signal, true);
      }
      const type = response.headers.get('content-type') ?? '';
      if (NO_STREAM.has(response.status) || (response.ok && !type.includes('text/event-stream'))) {
        await response.body?.cancel().catch(() => undefined);
        clearTimeout(idleTimer);
        emit('error', noStream(response.status));
        startPolling();
        return;
      }
      if (!response.ok || !response.body) {
        await response.body?.cancel().catch(() => undefined);
        throw errorFromResponse(response.status, response.headers, undefined, ENDPOINT);
      }
      stopPolling();
      setStatus('live');
      const received = await read(response.body, controller.signal, arm);
      clearTimeout(idleTimer);
      if (controller.signal.aborted && !idle) return;
      if (idle) throw new HubError({ kind: 'timeout', endpoint: ENDPOINT });
      if (!received) throw new HubError({ kind: 'network', endpoint: ENDPOINT });
      // The server ended a working stream (a deploy, a proxy's time limit): reopen soon.
      setStatus('connecting');
      reconnectLater();
    } catch (cause) {
      clearTimeout(idleTimer);
      if (controller.signal.aborted && !idle) return;
      fail(
        cause instanceof HubError
          ? cause
          : new HubError({ kind: idle ? 'timeout' : 'network', endpoint: ENDPOINT, cause }),
      );
    }
  }

  /** Reads the stream until it ends; whether anything arrived. Throws when it breaks. */
  async function read(
    body: ReadableStream<Uint8Array>,
    signal: AbortSignal,
    alive: () => void,
  ): Promise<boolean> {
    const reader = body.getReader();
    // A `fetch` given in the options may not tie its body to the signal: the read stops anyway.
    const stop = (): void => void reader.cancel().catch(() => undefined);
    signal.addEventListener('abort', stop, { once: true });
    const decoder = new TextDecoder();
    const parser = createSseParser(
      {
        message(message) {
          lastEventId = message.lastEventId;
          // Other event names are for newer clients; the data of `hub` is a live event.
          if (message.event === 'hub') deliver(message.data);
        },
        retry(ms) {
          baseDelay = ms;
        },
      },
      lastEventId,
    );
    let received = false;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        received = true;
        failures = 0;
        alive();
        parser.feed(decoder.decode(value, { stream: true }));
        lastEventId = parser.lastEventId;
      }
      parser.feed(decoder.decode());
      lastEventId = parser.lastEventId;
      return received;
    } finally {
      signal.removeEventListener('abort', stop);
      reader.cancel().catch(() => undefined);
    }
  }

  function deliver(data: string): void {
    const event = parseLiveEvent(data);
    if (!event) {
      emit(
        'error',
        new HubError({
          kind: 'invalid_response',
          endpoint: ENDPOINT,
          message: 'A live update could not be read; it was skipped.',
          developerMessage: `Not a valid live event: ${data.slice(0, 200)}`,
        }),
      );
      return;
    }
    applyLiveEvent(target.cache, event);
    emit('event', event);
  }

  void connect();

  return {
    get status() {
      return status;
    },
    on(type, listener) {
      const set = listeners[type] as Set<typeof listener>;
      set.add(listener);
      return () => set.delete(listener);
    },
    close() {
      if (status === 'closed') return;
      attempt?.abort();
      clearTimeout(reconnectTimer);
      stopPolling();
      setStatus('closed');
      for (const set of Object.values(listeners)) set.clear();
    },
  };
}

function noStream(status: number): HubError {
  return new HubError({
    kind: status === 403 ? 'forbidden' : status === 404 || status === 405 ? 'not_found' : 'server',
    status,
    endpoint: ENDPOINT,
    message: 'There is no live stream here; changes are picked up by reading again at an interval.',
  });
}
