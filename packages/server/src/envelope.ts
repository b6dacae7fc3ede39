/**
 * Answers in the Hub's own error envelope (`{meta: {success, http_code, developer_message}}`), so
 * `@hub/core` maps a proxy denial to the same `HubError` kinds as a Hub answer. Messages never
 * repeat ids from the request: a denial must not confirm what exists elsewhere.
 */
export function hubErrorResponse(
  status: number,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(
    JSON.stringify({ meta: { success: false, http_code: status, developer_message: message } }),
    {
      status,
      headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers },
    },
  );
}

/** A request the proxy refuses; `status` is the HTTP status of the answer. */
export class ProxyRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ProxyRefusal';
  }

  /** The refusal as the Hub's error envelope. */
  toResponse(): Response {
    return hubErrorResponse(this.status, this.message, this.headers);
  }
}
