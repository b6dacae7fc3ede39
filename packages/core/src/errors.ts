/**
 * What went wrong, as one of a closed set of causes. Branch on it rather than on HTTP statuses:
 * - `network`: the request never got an HTTP answer (offline, DNS, connection dropped).
 * - `timeout`: no answer within the client's `timeout`.
 * - `unauthorized`: missing, wrong or expired credential (HTTP 401).
 * - `forbidden`: the credential is valid but lacks the permission (HTTP 403).
 * - `not_found`: the item does not exist or is not visible to this partner (HTTP 404).
 * - `conflict`: the change clashes with the current state, e.g. a duplicate template (HTTP 409).
 * - `rate_limited`: too many requests (HTTP 429, or the Hub's 400 "exceeded the limit"); see `retryAfter`.
 * - `invalid_request`: the Hub rejected the payload (HTTP 400/422); see `fieldErrors`.
 * - `invalid_response`: the Hub answered with something the SDK cannot read (bad JSON or shape).
 * - `server`: the Hub failed (HTTP 5xx or an unexpected status).
 */
export type HubErrorKind =
  | 'network'
  | 'timeout'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'invalid_request'
  | 'invalid_response'
  | 'server';

/** One problem the Hub reported about a request field, or the SDK found in a response field. */
export interface HubFieldError {
  /** Dotted path of the field, e.g. `components.0.text`; empty when the Hub named no field. */
  path: string;
  /** The Hub's (or the SDK's) explanation, meant for developers. */
  message: string;
}

/** Everything a {@link HubError} can be built from. */
export interface HubErrorInit {
  kind: HubErrorKind;
  /** Overrides the default user-facing sentence of the kind. */
  message?: string;
  status?: number;
  endpoint?: string;
  retryAfter?: number;
  developerMessage?: string;
  code?: string;
  fieldErrors?: HubFieldError[];
  cause?: unknown;
}

const defaultMessages: Record<HubErrorKind, string> = {
  network: 'The Hub could not be reached. Check the connection and try again.',
  timeout: 'The Hub took too long to answer. Please try again.',
  unauthorized: 'Your session has expired or is not valid. Please sign in again.',
  forbidden: 'You do not have permission to do this for this client.',
  not_found: 'This item could not be found. It may have been deleted.',
  conflict: 'This change conflicts with the current state. Refresh and try again.',
  rate_limited: 'Too many requests were made. Please wait a moment and try again.',
  invalid_request: 'Some of the details entered are not valid.',
  invalid_response: 'The Hub sent a response that could not be read. Please try again later.',
  server: 'The Hub ran into a problem. Please try again in a moment.',
};

/**
 * The only error type the SDK throws for Hub calls (aborts keep the caller's `AbortError`).
 * `message` is a sentence an app can show its users; the other fields are for code and logs.
 *
 * @example
 * ```ts
 * try { await client.templates.create(wabaId, draft); }
 * catch (e) {
 *   if (e instanceof HubError && e.kind === 'invalid_request') showFieldErrors(e.fieldErrors);
 *   else throw e;
 * }
 * ```
 */
export class HubError extends Error {
  override readonly name = 'HubError';
  /** The cause, see {@link HubErrorKind}. */
  readonly kind: HubErrorKind;
  /** HTTP status, when the Hub answered. */
  readonly status: number | undefined;
  /** The endpoint as `METHOD /path/{param}`, with identifiers left as placeholders. */
  readonly endpoint: string | undefined;
  /** For `rate_limited`: seconds to wait before trying again, when the Hub said so. */
  readonly retryAfter: number | undefined;
  /** The Hub's `developer_message`: technical, in English, not for end users. */
  readonly developerMessage: string | undefined;
  /** The Hub's machine-readable error code (`error_data.code`), when present. */
  readonly code: string | undefined;
  /** Field-level problems: the Hub's 400 details, or the response fields that failed to parse. */
  readonly fieldErrors: readonly HubFieldError[];

  constructor(init: HubErrorInit) {
    super(init.message ?? defaultMessages[init.kind], { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status;
    this.endpoint = init.endpoint;
    this.retryAfter = init.retryAfter;
    this.developerMessage = init.developerMessage;
    this.code = init.code;
    this.fieldErrors = init.fieldErrors ?? [];
  }
}

/** True when `error` is a {@link HubError}, optionally of one of the given kinds. */
export function isHubError(error: unknown, ...kinds: HubErrorKind[]): error is HubError {
  return error instanceof HubError && (kinds.length === 0 || kinds.includes(error.kind));
}

/** The user-facing sentence of a kind, for apps that build their own errors. */
export function hubErrorMessage(kind: HubErrorKind): string {
  return defaultMessages[kind];
}
