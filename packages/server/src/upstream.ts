import { ProxyRefusal } from './envelope.js';

/**
 * Sends requests to the Hub with the partner's credentials; the browser's headers never come
 * along. `send` reaches the Partner API below `/partners/{partner_id}/`, `sendV1` its older `/v1`
 * paths, `sendMessaging` a number's Messaging API with that number's key.
 */
export interface Upstream {
  send(method: string, path: string, query?: URLSearchParams, body?: string): Promise<Response>;
  sendV1(method: string, path: string, query?: URLSearchParams, body?: string): Promise<Response>;
  sendMessaging(
    channelKey: string,
    method: string,
    path: string,
    query?: URLSearchParams,
    body?: string,
  ): Promise<Response>;
}

/** Options the upstream needs from the proxy. */
export interface UpstreamOptions {
  baseUrl: string;
  messagingBaseUrl: string;
  partnerId: string;
  apiKey: string;
  fetch: typeof fetch;
  timeoutMs: number;
}

/** An upstream for one partner; network failures and timeouts become 502/504 refusals. */
export function createUpstream(options: UpstreamOptions): Upstream {
  const partner = `partners/${encodeURIComponent(options.partnerId)}/`;
  const hubRoot = options.baseUrl.replace(/\/api\/v2$/, '');

  async function call(
    url: string,
    method: string,
    credential: Record<string, string>,
    query: URLSearchParams | undefined,
    body: string | undefined,
  ): Promise<Response> {
    const search = query && [...query.keys()].length > 0 ? `?${query}` : '';
    const headers: Record<string, string> = { accept: 'application/json', ...credential };
    if (body !== undefined) headers['content-type'] = 'application/json';
    try {
      return await options.fetch(url + search, {
        method,
        headers,
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'TimeoutError') {
        throw new ProxyRefusal(504, 'The Hub did not answer in time.');
      }
      throw new ProxyRefusal(502, 'The Hub could not be reached.');
    }
  }

  const partnerKey = { 'x-api-key': options.apiKey };
  return {
    send: (method, path, query, body) =>
      call(`${options.baseUrl}/${partner}${path}`, method, partnerKey, query, body),
    sendV1: (method, path, query, body) =>
      call(`${hubRoot}/v1/${partner}${path}`, method, partnerKey, query, body),
    sendMessaging: (channelKey, method, path, query, body) =>
      call(
        `${options.messagingBaseUrl}/${path}`,
        method,
        { 'd360-api-key': channelKey },
        query,
        body,
      ),
  };
}

/**
 * What an upstream failure means for the browser: the Hub's own 429 (with its `Retry-After`) and
 * 5xx pass on; a refused partner credential is the partner's misconfiguration, not the session's,
 * so it is a 502 rather than a 401 that would make the browser fetch new sessions in a loop.
 */
export function upstreamFailure(response: Response): ProxyRefusal {
  if (response.status === 401) {
    return new ProxyRefusal(502, 'The Hub refused the partner credentials of this server.');
  }
  if (response.status === 429) {
    const retryAfter = response.headers.get('retry-after');
    return new ProxyRefusal(
      429,
      'The Hub is rate limiting; try again later.',
      retryAfter ? { 'retry-after': retryAfter } : {},
    );
  }
  return new ProxyRefusal(502, `The Hub answered HTTP ${response.status} while checking access.`);
}
