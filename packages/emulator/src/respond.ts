/** A JSON response with the Hub's headers. */
export function json(data: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(data), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/**
 * A failure the routes throw: the handler turns it into the Hub's error envelope
 * `{meta: {success: false, http_code, developer_message, details}}`.
 */
export class HubHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: string[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** The error envelope of a {@link HubHttpError}. */
export function errorResponse(error: HubHttpError): Response {
  return json(
    {
      meta: {
        success: false,
        http_code: error.status,
        developer_message: error.message,
        ...(error.details.length > 0 ? { details: error.details } : {}),
      },
    },
    error.status,
    error.headers,
  );
}

/** The `meta` body of successful mutations that return no record, e.g. template delete. */
export function success(message: string): Response {
  return json({ meta: { success: true, http_code: 200, developer_message: message } });
}
