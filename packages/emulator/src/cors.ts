/** The request headers a page on another origin may send: the Hub's credentials and JSON bodies. */
export const CORS_ALLOWED_HEADERS = 'authorization, content-type, x-api-key, d360-api-key';
/** The methods the emulator's routes answer. */
export const CORS_ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE';

/**
 * Lets pages on any origin call a fetch handler: a preflight (`OPTIONS` with
 * `Access-Control-Request-Method`) answers 204 with the methods and headers the emulator takes, and
 * every other answer carries `Access-Control-Allow-Origin` echoing the request's `Origin`.
 *
 * Any origin is allowed on purpose: the emulator is a local development tool holding demo data, and
 * a Storybook, a dev server or a portal on another port should reach it without configuration.
 * Never put it in front of real data. Preflights skip the handler, so they are not logged in
 * `requests`, rate-limited or faulted.
 */
export function withCors(
  handle: (request: Request) => Promise<Response>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const origin = request.headers.get('origin');
    if (origin === null) return handle(request);
    if (request.method === 'OPTIONS' && request.headers.has('access-control-request-method')) {
      return new Response(null, {
        status: 204,
        headers: {
          'access-control-allow-origin': origin,
          'access-control-allow-methods': CORS_ALLOWED_METHODS,
          'access-control-allow-headers': CORS_ALLOWED_HEADERS,
          'access-control-max-age': '600',
          vary: 'Origin',
        },
      });
    }
    const response = await handle(request);
    const headers = new Headers(response.headers);
    headers.set('access-control-allow-origin', origin);
    // A page reads these to wait out a rate limit or learn what a path allows.
    headers.set('access-control-expose-headers', 'retry-after, allow');
    headers.append('vary', 'Origin');
    return new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
  };
}
