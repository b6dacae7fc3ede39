import { ProxyRefusal } from './envelope.js';

/** Sends requests to the Hub with the partner API key; the browser's headers never come along. */
export interface Upstream {
  send(method: string, path: string, query?: URLSearchParams, body?: string): Promise<Response>;
}

/** Options the upstream needs from the proxy. */
export interface UpstreamOptions {
  baseUrl: string;
  partnerId: string;
  apiKey: string;
  fetch: typeof fetch;
  timeoutMs: number;
}

/** An upstream for one partner; network failures and timeouts become 502/504 refusals. */
export function createUpstream(options: UpstreamOptions): Upstream {
  const prefix = `${options.baseUrl}/partners/${encodeURIComponent(options.partnerId)}/`;
  return {
    async send(method, path, query, body) {
      const search = query && [...query.keys()].length > 0 ? `?${query}` : '';
      const headers: Record<string, string> = {
        accept: 'application/json',
        'x-api-key': options.apiKey,
      };
      if (body !== undefined) headers['content-type'] = 'application/json';
      try {
        return await options.fetch(prefix + path + search, {
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
    },
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
