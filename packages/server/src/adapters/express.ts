import type { ServerResponse } from 'node:http';
import type { HubProxy } from '../proxy.js';
import { serveNodeRequest, type NodeRequest } from './node.js';

/** An Express / Connect middleware: `(req, res, next) => void`. */
export type NodeMiddleware = (
  req: NodeRequest,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void;

/**
 * The proxy as an Express or Connect middleware. Requests outside the proxy's base path go on to
 * `next()`. Mount it before body parsers if you can; after `express.json()` it forwards the
 * parsed body instead.
 *
 * @example
 * ```ts
 * app.use(createExpressMiddleware(createHubProxy({ sessions, basePath: '/hub-api' })));
 * ```
 */
export function createExpressMiddleware(proxy: HubProxy): NodeMiddleware {
  return (req, res, next) => {
    serveNodeRequest(proxy, req, res).then((served) => {
      if (!served) next();
    }, next);
  };
}
