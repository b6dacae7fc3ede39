import { once } from 'node:events';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { createEmulator, type Emulator } from './handler.js';
import type { EmulatorOptions } from './options.js';
import { parseState } from './persist.js';
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
   * silent reset), written atomically after every change.
   */
  dataFile?: string;
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
  emulator: Emulator;
  /** Stops listening and writes any pending state. */
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
      const origin = `http://${req.headers.host ?? 'localhost'}`;
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === 'string') headers.set(name, value);
        else if (Array.isArray(value)) for (const v of value) headers.append(name, v);
      }
      const method = req.method ?? 'GET';
      const body =
        chunks.length > 0 && method !== 'GET' && method !== 'HEAD'
          ? Buffer.concat(chunks)
          : undefined;
      let response: Response;
      try {
        response = await handle(
          new Request(new URL(req.url ?? '/', origin), { method, headers, body }),
        );
      } catch (error) {
        if (error instanceof TypeError) {
          req.socket.destroy();
          return;
        }
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            meta: { success: false, http_code: 500, developer_message: String(error) },
          }),
        );
        return;
      }
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    })();
  };
}

/** Loads a data file, or `undefined` if there is none yet; a corrupt file throws. */
export async function loadStateFile(file: string): Promise<EmulatorState | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return parseState(text, file);
}

/** Writes `state` to `file` atomically: a crash mid-write leaves the previous file intact. */
export async function saveStateFile(file: string, state: EmulatorState): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temp, JSON.stringify(state));
  await rename(temp, file);
}

/** Starts the emulator as an HTTP server; see {@link StartEmulatorOptions}. */
export async function startEmulator(options: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  const { port = 4010, host = '127.0.0.1', dataFile, ...emulatorOptions } = options;
  let state = emulatorOptions.state;
  if (dataFile !== undefined && state === undefined) state = await loadStateFile(dataFile);
  if (dataFile !== undefined && state === undefined) {
    state = createSeedState({
      seed: emulatorOptions.seed ?? 42,
      partnerId: emulatorOptions.partnerId ?? 'hubDemoPA',
      numbers: emulatorOptions.numbers,
    });
    await saveStateFile(dataFile, state);
  }

  // Writes are chained so they land in order and never overlap on the temp file.
  let writing: Promise<void> = Promise.resolve();
  let failure: unknown;
  const persist = (snapshot: EmulatorState): void => {
    if (dataFile === undefined) return;
    const text = structuredClone(snapshot);
    writing = writing
      .then(() => saveStateFile(dataFile, text))
      .catch((error: unknown) => {
        failure = error;
      });
  };

  const emulator = createEmulator({
    ...emulatorOptions,
    ...(state ? { state } : {}),
    onChange: (changed) => {
      persist(changed);
      emulatorOptions.onChange?.(changed);
    },
  });
  const server = createServer(toNodeListener(emulator.handle));
  server.listen(port, host);
  await once(server, 'listening');
  const address = server.address() as AddressInfo;
  const printable = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const origin = `http://${printable}:${address.port}`;
  return {
    url: `${origin}/api/v2`,
    messagingUrl: origin,
    emulator,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
      await writing;
      if (failure) throw failure;
    },
  };
}

export { createEmulator, createEmulatorFetch, type Emulator } from './handler.js';
export * from './options.js';
