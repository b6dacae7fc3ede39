import * as z from 'zod/mini';

const sessionResponse = z.object({ token: z.string().check(z.minLength(1)) });

/** Why a session token could not be had from the partner's session endpoint. */
export class SessionEndpointError extends Error {
  override readonly name = 'SessionEndpointError';
  /** The HTTP status the endpoint answered with, or `undefined` when it was not reached. */
  readonly status: number | undefined;

  constructor(message: string, status?: number, options?: ErrorOptions) {
    super(message, options);
    this.status = status;
  }
}

/**
 * Makes a `sessionToken` function for `createHubClient` that asks the partner's own backend for a
 * short-lived session token.
 *
 * The request is a same-origin `POST` with the page's cookies, carrying `{ clientId }` so the
 * backend can scope the token to that client; the backend answers `{ "token": "…" }`. Concurrent
 * callers share one request, and every call after it settles asks again, because the SDK only
 * asks when it needs a fresh token (first use and after a 401).
 *
 * @param url - The partner backend's session endpoint, e.g. `/hub/session`.
 * @param clientId - The 360dialog client the token is for.
 */
export function sessionTokenFromEndpoint(
  url: string,
  clientId: string | undefined,
): () => Promise<string> {
  let pending: Promise<string> | undefined;
  return () => {
    pending ??= requestToken(url, clientId).finally(() => {
      pending = undefined;
    });
    return pending;
  };
}

async function requestToken(url: string, clientId: string | undefined): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(clientId ? { clientId } : {}),
    });
  } catch (cause) {
    throw new SessionEndpointError(`The session endpoint ${url} could not be reached.`, undefined, {
      cause,
    });
  }
  if (!response.ok) {
    throw new SessionEndpointError(
      `The session endpoint ${url} answered HTTP ${response.status}.`,
      response.status,
    );
  }
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = sessionResponse.safeParse(body);
  if (!parsed.success) {
    throw new SessionEndpointError(
      `The session endpoint ${url} did not answer {"token": "<non-empty string>"}.`,
      response.status,
    );
  }
  return parsed.data.token;
}
