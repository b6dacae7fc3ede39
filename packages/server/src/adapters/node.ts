import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { hubErrorResponse } from '../envelope.js';

/**
 * What the adapters serve: a fetch handler with the path it answers under, such as the proxy
 * (`createHubProxy`) or the webhook handler (`createHubWebhooks`).
 */
export interface HubFetchHandler {
  (request: Request): Promise<Response>;
  /** Requests under this path are served; others are passed on. */
  readonly basePath: string;
}

/** A Node request, possibly after a body parser (Express, Connect) has read it into `body`. */
export type NodeRequest = IncomingMessage & { body?: unknown; originalUrl?: string };

/**
 * True when the raw path has dot segments, empty segments, backslashes or percent-encoding. The
 * URL parser would quietly resolve these; the proxy refuses them instead, before any routing.
 */
function trickyPath(rawUrl: string): boolean {
  const path = rawUrl.split('?')[0] ?? '';
  return (
    !path.startsWith('/') ||
    /[%\\]/.test(path) ||
    path.includes('//') ||
    path.split('/').some((segment) => segment === '.' || segment === '..')
  );
}

/** Methods `Request` can carry; the proxy itself answers the ones it does not use with 405. */
const methods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** The request body: the stream, or what a body parser already read from it. */
function bodyOf(req: NodeRequest): BodyInit | undefined {
  const method = req.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD') return undefined;
  if (!req.readableEnded) return Readable.toWeb(req) as ReadableStream<Uint8Array>;
  const hadBody =
    Number(req.headers['content-length'] ?? 0) > 0 ||
    req.headers['transfer-encoding'] !== undefined;
  if (!hadBody || req.body === undefined) return undefined;
  if (typeof req.body === 'string' || Buffer.isBuffer(req.body)) return req.body as BodyInit;
  try {
    return JSON.stringify(req.body);
  } catch {
    // Too deep to serialise: send something the proxy refuses as not JSON.
    return '\u0000';
  }
}

/**
 * Writes an event stream as it comes, waiting for the socket to drain, and cancels it when the
 * browser goes away, which releases the stream's subscription and timers.
 */
async function stream(res: ServerResponse, body: ReadableStream<Uint8Array>): Promise<void> {
  const reader = body.getReader();
  const gone = () => void reader.cancel().catch(() => undefined);
  res.once('close', gone);
  res.flushHeaders();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value)) {
        await new Promise<void>((resolve) => {
          const done = () => {
            res.off('drain', done);
            res.off('close', done);
            resolve();
          };
          res.on('drain', done);
          res.on('close', done);
        });
      }
    }
  } catch {
    // Cancelled because the browser went away: nothing left to write to.
  } finally {
    res.off('close', gone);
    res.end();
  }
}

async function write(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  if (response.body && headers['content-type']?.startsWith('text/event-stream')) {
    return stream(res, response.body);
  }
  res.end(Buffer.from(await response.arrayBuffer()));
}

/**
 * Serves one Node request with `proxy` (or the webhook handler). Resolves `false`, without
 * answering, when the path is not under its base path (so a middleware can pass it on).
 */
export async function serveNodeRequest(
  proxy: HubFetchHandler,
  req: NodeRequest,
  res: ServerResponse,
): Promise<boolean> {
  const rawUrl = req.originalUrl ?? req.url ?? '/';
  const base = proxy.basePath;
  if (rawUrl !== base && !rawUrl.startsWith(`${base}/`) && !rawUrl.startsWith(`${base}?`)) {
    return false;
  }
  if (!methods.includes(req.method ?? '')) {
    await write(
      res,
      hubErrorResponse(405, `The method ${req.method} is not accepted.`, {
        allow: 'GET, POST, PATCH, DELETE',
      }),
    );
    return true;
  }
  if (trickyPath(rawUrl)) {
    await write(
      res,
      hubErrorResponse(400, 'The request path must be plain segments, without encoding or dots.'),
    );
    return true;
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const v of value) headers.append(name, v);
  }
  const body = bodyOf(req);
  // A parser may have consumed the body; the declared length then describes the original bytes.
  if (req.readableEnded) headers.delete('content-length');
  const request = new Request(new URL(rawUrl, 'http://localhost'), {
    method: req.method ?? 'GET',
    headers,
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
  await write(res, await proxy(request));
  return true;
}

/**
 * The proxy as a Node `http` request listener. Paths outside the proxy's base path get a 404 in
 * the Hub's envelope; to mount it inside a bigger server, call {@link serveNodeRequest} instead.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * createServer(createNodeListener(createHubProxy({ sessions }))).listen(8080);
 * ```
 */
export function createNodeListener(
  proxy: HubFetchHandler,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    serveNodeRequest(proxy, req, res).then(
      async (served) => {
        if (!served) await write(res, hubErrorResponse(404, 'Not a Hub proxy path.'));
      },
      async (error: unknown) => {
        console.error('@hub/server node adapter:', error);
        if (res.headersSent) return res.end();
        await write(res, hubErrorResponse(500, 'The Hub proxy failed unexpectedly.'));
      },
    );
  };
}
