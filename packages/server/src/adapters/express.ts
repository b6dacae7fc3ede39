import type { ServerResponse } from 'node:http';
import { serveNodeRequest, type HubFetchHandler, type NodeRequest } from './node.js';

/** An Express / Connect middleware: `(req, res, next) => void`. */
export type NodeMiddleware = (
  req: NodeRequest,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void;

/**
 * The proxy (or the webhook handler) as an Express or Connect middleware. Requests outside its
 * base path go on to `next()`. Mount it before body parsers if you can; after `express.json()` it forwards the
 * parsed body instead.
 *
 * @example
 * ```ts
 * app.use(createExpressMiddleware(createHubProxy({ sessions, basePath: '/hub-api' })));
 * ```
 */
export function createExpressMiddleware(proxy: HubFetchHandler): NodeMiddleware {
  return (req, res, next) => {
    serveNodeRequest(proxy, req, res).then((served) => {
      if (!served) next();
    }, next);
  };
}
