import type { LiveEvent } from './live-event.js';

/** One event as a client's stream carries it: its id in that client's sequence, and the event. */
export interface LiveEntry {
  /**
   * Increases with every event of one client and is never reused: the SSE `id:` the browser
   * sends back as `Last-Event-ID` after a reconnect.
   */
  id: number;
  event: LiveEvent;
}

/** Receives the entries of one client, in order. */
export type LiveListener = (entry: LiveEntry) => void;

/**
 * Where webhook events meet the open streams. The webhook handler publishes; each stream of the
 * proxy subscribes for its session's client. With several server instances, use a shared one,
 * so that a webhook received by one instance reaches streams held by every other, and a reconnect
 * to another instance resumes from the same ids: {@link createPostgresLiveBus}, or your own on
 * another broker (docs/server.md sketches Redis).
 */
export interface LiveBus {
  /** Gives `event` the next id of its client, keeps it for replay and delivers it to listeners. */
  publish(event: LiveEvent): Promise<void> | void;
  /**
   * Calls `listener` with every entry of `clientId` published from now on, and with nothing of
   * any other client. Returns the function that stops it.
   */
  subscribe(clientId: string, listener: LiveListener): () => void;
  /**
   * The entries of `clientId` with an id above `after` that are still kept, oldest first. A
   * stream asks this after subscribing, and skips what it already sent, so nothing is lost or
   * sent twice between the two.
   */
  replay(clientId: string, after: number): Promise<readonly LiveEntry[]> | readonly LiveEntry[];
}

/** Options of {@link createMemoryLiveBus}. */
export interface MemoryLiveBusOptions {
  /** Entries kept per client for `Last-Event-ID` resume. Default `500`. */
  bufferSize?: number;
  /** How long an entry is kept for resume, in seconds. Default `300` (5 minutes). */
  bufferSeconds?: number;
  /** The clock in ms since the epoch; for tests. Default `Date.now`. */
  now?: () => number;
}

interface ClientLog {
  last: number;
  entries: LiveEntry[];
  /** When each entry was published, in ms, parallel to `entries`. */
  times: number[];
  listeners: Set<LiveListener>;
}

/**
 * A bus in this process's memory: right for one server instance. Ids are the receipt time in ms,
 * raised by one where two events of a client share a millisecond, so they keep increasing across
 * a restart and a browser's `Last-Event-ID` from before it still means "after this".
 */
export function createMemoryLiveBus(options: MemoryLiveBusOptions = {}): LiveBus {
  const bufferSize = options.bufferSize ?? 500;
  const keepMs = (options.bufferSeconds ?? 300) * 1000;
  if (!Number.isInteger(bufferSize) || bufferSize < 1) {
    throw new TypeError('createMemoryLiveBus: `bufferSize` must be a whole number above 0.');
  }
  if (!(keepMs > 0)) throw new TypeError('createMemoryLiveBus: `bufferSeconds` must be above 0.');
  const now = options.now ?? Date.now;
  const clients = new Map<string, ClientLog>();
  let nextSweep = 0;

  const logOf = (clientId: string): ClientLog => {
    let log = clients.get(clientId);
    if (!log) {
      log = { last: 0, entries: [], times: [], listeners: new Set() };
      clients.set(clientId, log);
    }
    return log;
  };

  const trim = (log: ClientLog, at: number) => {
    const oldest = at - keepMs;
    let drop = Math.max(0, log.entries.length - bufferSize);
    while (drop < log.times.length && log.times[drop]! < oldest) drop++;
    if (drop > 0) {
      log.entries.splice(0, drop);
      log.times.splice(0, drop);
    }
  };

  /** Forgets idle clients; their ids stay safe because the clock has passed their last one. */
  const sweep = (at: number) => {
    if (at < nextSweep) return;
    nextSweep = at + keepMs;
    for (const [clientId, log] of clients) {
      trim(log, at);
      if (log.entries.length === 0 && log.listeners.size === 0 && log.last < at) {
        clients.delete(clientId);
      }
    }
  };

  return {
    publish(event) {
      const at = now();
      sweep(at);
      const log = logOf(event.clientId);
      log.last = Math.max(log.last + 1, at);
      const entry: LiveEntry = { id: log.last, event };
      log.entries.push(entry);
      log.times.push(at);
      trim(log, at);
      for (const listener of [...log.listeners]) {
        try {
          listener(entry);
        } catch (error) {
          // One broken listener must not keep the event from the others.
          console.error('@hub/server live bus listener:', error);
        }
      }
    },
    subscribe(clientId, listener) {
      const log = logOf(clientId);
      const wrapped: LiveListener = (entry) => listener(entry);
      log.listeners.add(wrapped);
      return () => {
        log.listeners.delete(wrapped);
      };
    },
    replay(clientId, after) {
      const log = clients.get(clientId);
      if (!log) return [];
      trim(log, now());
      return log.entries.filter((entry) => entry.id > after);
    },
  };
}
