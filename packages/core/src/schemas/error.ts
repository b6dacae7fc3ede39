import * as z from 'zod/mini';
import { HubError, type HubErrorKind, type HubFieldError } from '../errors.js';
import { waitHint } from '../retry.js';

/**
 * The Partner API's error envelope. The Hub writes it in snake_case, its error-messages page in
 * camelCase; both are read. `details` may be strings (`"field: problem"`) or pydantic-style objects.
 */
const detailSchema = z.union([
  z.string(),
  z.object({
    loc: z.optional(z.array(z.union([z.string(), z.number()]))),
    field: z.optional(z.string()),
    msg: z.optional(z.string()),
    message: z.optional(z.string()),
  }),
]);

const errorEnvelopeSchema = z.object({
  meta: z.object({
    http_code: z.optional(z.number()),
    httpCode: z.optional(z.number()),
    developer_message: z.optional(z.string()),
    developerMessage: z.optional(z.string()),
    details: z.optional(z.array(detailSchema)),
    error_data: z.optional(
      z.object({
        code: z.optional(z.union([z.string(), z.number()])),
        message: z.optional(z.string()),
      }),
    ),
  }),
});

/** The OAuth-style body of `POST /token` failures. */
const oauthErrorSchema = z.object({ error: z.string(), error_description: z.optional(z.string()) });

const rateLimitMessage = /exceeded the limit of \d+ requests? every (\d+) seconds?/i;

function kindOfStatus(status: number): HubErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate_limited';
  if (status === 400 || status === 422) return 'invalid_request';
  if (status === 408) return 'timeout';
  return 'server';
}

function toFieldError(detail: z.infer<typeof detailSchema>): HubFieldError {
  if (typeof detail === 'string') {
    const match = /^([\w.[\]]+):\s+(.+)$/.exec(detail);
    return match ? { path: match[1]!, message: match[2]! } : { path: '', message: detail };
  }
  // pydantic prefixes the location with where it came from ("body", "query").
  const loc = detail.loc?.filter((part, i) => !(i === 0 && (part === 'body' || part === 'query')));
  return {
    path: detail.field ?? loc?.join('.') ?? '',
    message: detail.msg ?? detail.message ?? '',
  };
}

/** Seconds from a `Retry-After` header: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/**
 * Builds the {@link HubError} for a non-2xx answer from its status, headers and (maybe JSON) body.
 * A body that is not the documented envelope still gives the right kind from the status.
 */
export function errorFromResponse(
  status: number,
  headers: Headers,
  body: unknown,
  endpoint: string,
): HubError {
  let kind = kindOfStatus(status);
  let retryAfter = waitHint(headers);
  const envelope = errorEnvelopeSchema.safeParse(body);
  const oauth = oauthErrorSchema.safeParse(body);
  const meta = envelope.success ? envelope.data.meta : undefined;
  const developerMessage =
    meta?.developer_message ??
    meta?.developerMessage ??
    (oauth.success ? (oauth.data.error_description ?? oauth.data.error) : undefined);
  const limit = developerMessage === undefined ? null : rateLimitMessage.exec(developerMessage);
  if (limit) {
    kind = 'rate_limited';
    retryAfter ??= Number(limit[1]);
  }
  const code = meta?.error_data?.code;
  const fieldErrors = meta?.details?.map(toFieldError) ?? [];
  const first = fieldErrors[0];
  const message =
    kind === 'invalid_request' && first
      ? `Some of the details entered are not valid: ${first.path ? `${first.path}: ` : ''}${first.message}`
      : kind === 'rate_limited' && retryAfter !== undefined
        ? `Too many requests were made. Please try again in ${retryAfter} seconds.`
        : undefined;
  return new HubError({
    kind,
    ...(message === undefined ? {} : { message }),
    status,
    endpoint,
    retryAfter,
    developerMessage,
    code: code === undefined ? undefined : String(code),
    fieldErrors,
  });
}
