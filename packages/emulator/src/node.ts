import { once } from 'node:events';
import { mkdir, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { withCors } from './cors.js';
import { createEmulator, MAX_BODY_BYTES, type Emulator } from './handler.js';
import {
  journalFileOf,
  JournaledStore,
  loadState,
  removeStrayTempFiles,
  writeFileAtomically,
} from './journal.js';
import type { EmulatorOptions } from './options.js';
import { errorResponse, HubHttpError } from './respond.js';
import { createSeedState } from './seed/index.js';
import type { EmulatorState } from './state.js';

/** Options of {@link startEmulator}. */
export interface StartEmulatorOptions extends EmulatorOptions {
  /** Port to listen on; `0` picks a free one. Default `4010`. */
  port?: number;
  /** Interface to bind. Default `127.0.0.1`. */
  host?: string;
  /**
   * JSON file holding the state: loaded at start if it exists (a corrupt file is an error, never a
   * silent reset). Every change is appended to `<dataFile>.journal` and fsync'd before the answer
   * to the request that made it (or any answer that may show it) is sent; the journal is
   * compacted into the file in the background and on {@link RunningEmulator.close}, and replayed
   * after a crash. Ignored if `state` is given, which replaces the file's content at start.
   */
  dataFile?: string;
  /**
   * Answer CORS preflights and let pages on any origin read the answers (see {@link withCors}).
   * Default `true`: the emulator is a local development tool.
   */
  cors?: boolean;
}

/** A running emulator server. */
export interface RunningEmulator {
  /** Base URL of the Partner API, e.g. `http://127.0.0.1:4010/api/v2`. */
  url: string;
  /**
   * Base URL of the Messaging API: the origin itself, e.g. `http://127.0.0.1:4010` (business
   * profile and commerce settings at `/whatsapp_business_profile` and
   * `/whatsapp_commerce_settings`, with a channel's key from `emulator.channelApiKey`). The Hub's
   * `/v1/…` paths are at this origin as well.
   */
  messagingUrl: string;
  /**
   * The emulator behind the server. With a `dataFile`, its `handle` and `fetch` answer only once
   * the changes they may show are on disk, like the server.
   */
  emulator: Emulator;
  /**
   * Stops listening (dropping open connections) and sending webhooks, writes what is pending and
   * compacts the journal into the data file, leaving no journal and no temp file. Rejects if the
   * last write failed.
   */
  close(): Promise<void>;
}

/**
 * Adapts a fetch-style handler to Node's `http` server, so any Node server can mount the
 * emulator. A handler that rejects with a network `TypeError` (a dropped-connection fault)
 * destroys the socket without answering.
 */
export function toNodeListener(
  handle: (request: Request) => Promise<Response>,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    void (async () => {
      const method = req.method ?? 'GET';
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of req) {
        size += (chunk as Buffer).length;
        // Past the handler's own limit the rest is read and dropped: memory stays bounded.
        if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer);
      }
      if (size > MAX_BODY_BYTES) {
        return writeEnvelope(res, 413, `The request body is larger than ${MAX_BODY_BYTES} bytes.`);
      }
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === 'string') headers.set(name, value);
        else if (Array.isArray(value)) for (const v of value) headers.append(name, v);
      }
      const body =
        chunks.length > 0 && method !== 'GET' && method !== 'HEAD'
          ? Buffer.concat(chunks)
          : undefined;
      let request: Request;
      try {
        // The path is appended, not resolved: `//x` is a path here, not another host.
        request = new Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, {
          method,
          headers,
          body,
        });
      } catch {
        return writeEnvelope(res, 400, 'The request line or headers are malformed.');
      }
      let response: Response;
      try {
        response = await handle(request);
      } catch (error) {
        // A dropped-connection fault: the host drops the socket as a broken network would.
        if (error instanceof TypeError) {
          req.socket.destroy();
          return;
        }
        return writeEnvelope(res, 500, String(error));
      }
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    })();
  };
}

function writeEnvelope(res: ServerResponse, status: number, message: string): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(
    JSON.stringify({ meta: { success: false, http_code: status, developer_message: message } }),
  );
}

/**
 * Loads a data file with the changes of its journal, or `undefined` if there is none yet; a
 * corrupt file or journal throws. Read-only: the journal stays as it is.
 */
export async function loadStateFile(file: string): Promise<EmulatorState | undefined> {
  return (await loadState(file))?.state;
}

/**
 * Writes `state` to `file` atomically and durably (unique temp file, fsync, rename, fsync of the
 * directory): a crash leaves the previous file or the new one. The file's journal, if any, is
 * deleted (it would no longer apply). Not for the data file of a running emulator.
 */
export async function saveStateFile(file: string, state: EmulatorState): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await removeStrayTempFiles(file);
  await writeFileAtomically(file, JSON.stringify(state));
  await rm(journalFileOf(file), { force: true });
}

/**
 * The emulator with `handle` and `fetch` that answer only after the changes they may show are
 * durable: a request that changed the state, or ran while another one did, waits for the group
 * commit that covers it. A failed write answers 500 (the change stays in memory, unacknowledged).
 */
function durable(emulator: Emulator, store: JournaledStore): Emulator {
  const handle = async (request: Request): Promise<Response> => {
    const response = await emulator.handle(request);
    const pending = store.settled();
    if (pending) {
      try {
        await pending;
      } catch (error) {
        return errorResponse(
          new HubHttpError(
            500,
            `The emulator could not save the change to ${store.file}: ${error instanceof Error ? error.message : String(error)}`,
          ),
        );
      }
    }
    return response;
  };
  const fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
    handle(
      input instanceof Request && init === undefined ? input : new Request(input, init),
    )) as typeof globalThis.fetch;
  // Everything else is the emulator's own (live `state`, `requests`, …).
  return Object.create(emulator, {
    handle: { value: handle, enumerable: true },
    fetch: { value: fetch, enumerable: true },
  }) as Emulator;
}

/** Starts the emulator as an HTTP server; see {@link StartEmulatorOptions}. */
export async function startEmulator(options: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  const { port = 4010, host = '127.0.0.1', dataFile, cors = true, ...emulatorOptions } = options;
  const store =
    dataFile === undefined
      ? undefined
      : await JournaledStore.open({
          file: dataFile,
          ...(emulatorOptions.state ? { state: emulatorOptions.state } : {}),
          seed: () =>
            createSeedState({
              seed: emulatorOptions.seed ?? 42,
              partnerId: emulatorOptions.partnerId ?? 'hubDemoPA',
              numbers: emulatorOptions.numbers,
              ...(emulatorOptions.now ? { now: emulatorOptions.now } : {}),
            }),
        });

  const inner = createEmulator({
    ...emulatorOptions,
    ...(store ? { state: store.state } : {}),
    onChange: (changed) => {
      store?.changed();
      emulatorOptions.onChange?.(changed);
    },
  });
  const emulator = store ? durable(inner, store) : inner;
  const server = createServer(toNodeListener(cors ? withCors(emulator.handle) : emulator.handle));
  try {
    server.listen(port, host);
    await once(server, 'listening');
  } catch (error) {
    await store?.close().catch(() => undefined);
    throw error;
  }
  const address = server.address() as AddressInfo;
  const printable = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const origin = `http://${printable}:${address.port}`;
  return {
    url: `${origin}/api/v2`,
    messagingUrl: origin,
    emulator,
    async close() {
      emulator.close();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
      await store?.close();
    },
  };
}

export { createEmulator, createEmulatorFetch, type Emulator } from './handler.js';
export { CORS_ALLOWED_HEADERS, CORS_ALLOWED_METHODS, withCors } from './cors.js';
export * from './options.js';
