import type { LiveBus, LiveEntry } from './live-bus.js';

/** What one stream needs besides its bus and client. */
export interface LiveStreamOptions {
  /** The id after which to replay (the request's `Last-Event-ID`), or `undefined` for none. */
  after: number | undefined;
  /** Interval of the `: heartbeat` comment, in ms. */
  heartbeatMs: number;
  /** When the stream ends by itself, in ms since the epoch: the session's expiry. */
  endsAt: number;
  now: () => number;
  /** Aborted when the browser goes away, where the runtime reports it on the request. */
  signal?: AbortSignal;
}

const encoder = new TextEncoder();

/** Chunks a slow reader may leave unread before the stream is closed (it resumes by id). */
const maxUnread = 1000;

/** The `Last-Event-ID` header as an id, or `undefined` when absent or not one of ours. */
export function lastEventId(request: Request): number | undefined {
  const header = request.headers.get('last-event-id')?.trim();
  return header !== undefined && /^\d{1,15}$/.test(header) ? Number(header) : undefined;
}

function frame(entry: LiveEntry): Uint8Array {
  return encoder.encode(`id: ${entry.id}\nevent: hub\ndata: ${JSON.stringify(entry.event)}\n\n`);
}

/**
 * A `text/event-stream` answer carrying `clientId`'s entries: those after `after` still kept,
 * then every new one, each once and in order, with a heartbeat comment between. It ends when the
 * session expires (the browser reconnects with a fresh token), when the reader falls too far
 * behind, or when the browser goes away; each way releases its subscription and timers.
 */
export function liveStreamResponse(
  bus: LiveBus,
  clientId: string,
  options: LiveStreamOptions,
): Response {
  let release = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      // Only what this stream wrote decides: an id from elsewhere (another client's stream, a
      // lost buffer) must not hold back this client's newer events, whose ids may be lower.
      let sent = -1;
      let held: LiveEntry[] | undefined = [];
      const end = () => {
        if (!open) return;
        open = false;
        unsubscribe();
        clearInterval(heartbeat);
        clearTimeout(expiry);
        options.signal?.removeEventListener('abort', end);
        try {
          controller.close();
        } catch {
          // Already cancelled by the reader.
        }
      };
      release = end;
      const push = (chunk: Uint8Array) => {
        if (!open) return;
        controller.enqueue(chunk);
        if ((controller.desiredSize ?? 0) < -maxUnread) end();
      };
      const send = (entry: LiveEntry) => {
        // A bus may deliver live an entry that the replay also returned: each goes once.
        if (entry.id <= sent) return;
        sent = entry.id;
        push(frame(entry));
      };
      const unsubscribe = bus.subscribe(clientId, (entry) => {
        if (held) held.push(entry);
        else send(entry);
      });
      const heartbeat = setInterval(
        () => push(encoder.encode(': heartbeat\n\n')),
        options.heartbeatMs,
      );
      const expiry = setTimeout(
        end,
        Math.min(Math.max(0, options.endsAt - options.now()), 2 ** 31 - 1),
      );
      // Node would otherwise stay up for an idle stream's timers alone.
      for (const timer of [heartbeat, expiry] as unknown[]) (timer as { unref?(): void }).unref?.();
      if (options.signal?.aborted) return end();
      options.signal?.addEventListener('abort', end);

      const flush = () => {
        const waiting = held ?? [];
        held = undefined;
        for (const entry of waiting) send(entry);
      };
      if (options.after === undefined) return flush();
      Promise.resolve()
        .then(() => bus.replay(clientId, options.after!))
        .then(
          (entries) => {
            for (const entry of entries) send(entry);
            flush();
          },
          (error: unknown) => {
            // Without the replay the browser would miss events: end, and it asks again.
            console.error('@hub/server live replay:', error);
            end();
          },
        );
    },
    cancel() {
      release();
    },
  });
  return new Response(body, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      // Reverse proxies such as nginx would otherwise hold events back to fill a buffer.
      'x-accel-buffering': 'no',
    },
  });
}
