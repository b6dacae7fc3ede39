import type { LiveBus, LiveEntry, LiveListener } from './live-bus.js';
import type { LiveEvent } from './live-event.js';

/**
 * Runs one statement with `$1`-style parameters. A `pg` `Pool`, a PGlite database and
 * postgres.js (`{ query: (text, params) => sql.unsafe(text, params).then((rows) => ({ rows })) }`)
 * all fit.
 */
export interface PostgresQueryable {
  query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

/**
 * Runs `LISTEN` on one connection that stays open. PGlite fits as it is; with `pg`, a dedicated
 * `Client` and its `notification` event (see docs/server.md); postgres.js's `sql.listen` returns
 * `{ unlisten }`.
 */
export interface PostgresListener {
  /** Calls `onPayload` with every notification on `channel`; resolves, listening, to the function that stops it. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
}

/** Options of {@link createPostgresLiveBus}. */
export interface PostgresLiveBusOptions {
  /** Where events are stored and published: a pool is right. */
  db: PostgresQueryable;
  /** The connection that receives notifications; one `LISTEN` per bus. */
  listener: PostgresListener;
  /** The table of kept events, optionally schema-qualified. Default `hub_live_events`. */
  table?: string;
  /** The `NOTIFY` channel. Default `hub_live`. */
  channel?: string;
  /** Entries replayed per client at most: the newest. Default `500`. */
  bufferSize?: number;
  /** How long an entry is kept for resume, in seconds (by the database's clock). Default `300`. */
  bufferSeconds?: number;
}

/** A {@link LiveBus} on Postgres, with what it needs around it. */
export interface PostgresLiveBus extends LiveBus {
  /** Creates the table and its indexes where they do not exist yet. Run it once before use. */
  setup(): Promise<void>;
  /** Stops listening and drops every local subscription. */
  close(): Promise<void>;
}

const identifier = /^[a-z_][a-z0-9_]*$/;

/** The order of the fields as the memory bus sends them; `jsonb` would sort them by length. */
function eventOf(value: Record<string, unknown>): LiveEvent {
  const { type, clientId, numberId, wabaAccountId, templateName, at } =
    value as unknown as LiveEvent;
  return { type, clientId, numberId, wabaAccountId, templateName, at };
}

function entryOf(row: Record<string, unknown>): LiveEntry {
  // int8 arrives as a string from `pg`, as a number from PGlite.
  return { id: Number(row.id), event: eventOf(row.event as Record<string, unknown>) };
}

/**
 * A bus shared by every server instance through Postgres: events are rows of `table` (for
 * replay) and `NOTIFY`s on `channel` (for the open streams). Ids come from the table's
 * `bigserial`: global, so they increase per client and are never reused. It depends on no
 * driver: pass any client that fits {@link PostgresQueryable} and {@link PostgresListener}.
 *
 * @example
 * ```ts
 * const bus = createPostgresLiveBus({ db: pool, listener });
 * await bus.setup();
 * const webhooks = createHubWebhooks({ bus, sessions, secret });
 * const proxy = createHubProxy({ sessions, live: { bus } });
 * ```
 */
export function createPostgresLiveBus(options: PostgresLiveBusOptions): PostgresLiveBus {
  const { db, listener } = options;
  const table = options.table ?? 'hub_live_events';
  const channel = options.channel ?? 'hub_live';
  const bufferSize = options.bufferSize ?? 500;
  const keepSeconds = options.bufferSeconds ?? 300;
  const parts = table.split('.');
  if (parts.length > 2 || !parts.every((part) => identifier.test(part))) {
    throw new TypeError('createPostgresLiveBus: `table` must be a lowercase [schema.]name.');
  }
  if (!identifier.test(channel)) {
    throw new TypeError('createPostgresLiveBus: `channel` must be a lowercase name.');
  }
  if (!Number.isInteger(bufferSize) || bufferSize < 1) {
    throw new TypeError('createPostgresLiveBus: `bufferSize` must be a whole number above 0.');
  }
  if (!(keepSeconds > 0)) {
    throw new TypeError('createPostgresLiveBus: `bufferSeconds` must be above 0.');
  }
  const name = parts.at(-1)!;
  const clients = new Map<string, Set<LiveListener>>();
  let listening: Promise<() => Promise<void>> | undefined;
  let nextPrune = 0;

  const deliver = (payload: string) => {
    let entry: LiveEntry;
    try {
      entry = entryOf(JSON.parse(payload) as Record<string, unknown>);
    } catch {
      return; // Not ours: someone else notifies on the channel.
    }
    for (const each of [...(clients.get(entry.event.clientId) ?? [])]) {
      try {
        each(entry);
      } catch (error) {
        // One broken listener must not keep the event from the others.
        console.error('@hub/server live bus listener:', error);
      }
    }
  };

  const listen = () => {
    if (!listening) {
      const started = listener.listen(channel, deliver);
      listening = started;
      started.catch((error: unknown) => {
        // The next subscription or replay tries again; until then, replays fail and streams end.
        if (listening === started) listening = undefined;
        console.error('@hub/server live bus listen:', error);
      });
    }
    return listening;
  };

  const prune = async () => {
    const at = Date.now();
    if (at < nextPrune) return;
    nextPrune = at + keepSeconds * 1000;
    try {
      await db.query(`DELETE FROM ${table} WHERE created_at < now() - make_interval(secs => $1)`, [
        keepSeconds,
      ]);
    } catch (error) {
      console.error('@hub/server live bus prune:', error);
    }
  };

  return {
    async setup() {
      await db.query(
        `CREATE TABLE IF NOT EXISTS ${table} (
          id bigserial PRIMARY KEY,
          client_id text NOT NULL,
          event jsonb NOT NULL,
          created_at timestamptz NOT NULL DEFAULT now()
        )`,
      );
      await db.query(`CREATE INDEX IF NOT EXISTS ${name}_client_id ON ${table} (client_id, id)`);
      await db.query(`CREATE INDEX IF NOT EXISTS ${name}_created_at ON ${table} (created_at)`);
    },
    async publish(event) {
      // One statement is one transaction, so any pooled connection will do. The client's lock is
      // taken before the id is drawn and held until commit: a client's ids commit, and notify,
      // in order, so a stream that has seen an id has seen every lower one of its client.
      await db.query(
        `WITH locked AS (SELECT pg_advisory_xact_lock(hashtext($3), hashtext($1))),
        inserted AS (
          INSERT INTO ${table} (client_id, event) SELECT $1, $2::jsonb FROM locked RETURNING id, event
        )
        SELECT pg_notify($4, json_build_object('id', id, 'event', event)::text) FROM inserted`,
        [event.clientId, JSON.stringify(event), table, channel],
      );
      await prune();
    },
    subscribe(clientId, each) {
      void listen();
      let local = clients.get(clientId);
      if (!local) {
        local = new Set();
        clients.set(clientId, local);
      }
      const wrapped: LiveListener = (entry) => each(entry);
      local.add(wrapped);
      return () => {
        local.delete(wrapped);
        if (local.size === 0 && clients.get(clientId) === local) clients.delete(clientId);
      };
    },
    async replay(clientId, after) {
      // Once listening, whatever the query misses arrives as a notification.
      if (clients.size > 0) await listen();
      const { rows } = await db.query(
        `SELECT id, event FROM (
          SELECT id, event FROM ${table}
          WHERE client_id = $1 AND id > $2 AND created_at > now() - make_interval(secs => $3)
          ORDER BY id DESC LIMIT $4
        ) AS kept ORDER BY id`,
        [clientId, after, keepSeconds, bufferSize],
      );
      return rows.map(entryOf);
    },
    async close() {
      clients.clear();
      const started = listening;
      listening = undefined;
      const stop = await started?.catch(() => undefined);
      await stop?.();
    },
  };
}
