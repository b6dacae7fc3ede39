import * as z from 'zod/mini';
import { HubError } from '../errors.js';

/** `created_by` / `modified_by`: who changed a record (`"system"` for automated changes). */
export const auditSchema = z.object({
  user_id: z.optional(z.string()),
  user_name: z.optional(z.string()),
});

/** An ISO-8601 timestamp as the Hub sends it; kept as a string in models. */
export const timestampSchema = z.string();

/** Optional fields the Hub may send as `null` or leave out. */
export const maybe = <T extends z.core.SomeType>(schema: T) => z.optional(z.nullable(schema));

/**
 * The list envelope `{count, total, limit, offset, sort[], filters, <items>}` around `items` under
 * its resource-specific key.
 */
export function listEnvelope<K extends string, T extends z.core.SomeType>(key: K, item: T) {
  return z.object({
    count: z.optional(z.number()),
    total: z.number(),
    limit: z.optional(z.number()),
    offset: z.optional(z.number()),
    [key]: z.array(item),
  } as { [P in K]: z.ZodMiniArray<T> } & {
    count: z.ZodMiniOptional<z.ZodMiniNumber>;
    total: z.ZodMiniNumber;
    limit: z.ZodMiniOptional<z.ZodMiniNumber>;
    offset: z.ZodMiniOptional<z.ZodMiniNumber>;
  });
}

/**
 * Parses `data` with `schema`, turning a mismatch into a `HubError` of kind `invalid_response`
 * that names the endpoint and the first offending field path.
 */
export function parseWire<T>(schema: z.ZodMiniType<T>, data: unknown, endpoint: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const fieldErrors = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const first = fieldErrors[0];
  return failResponse(endpoint, first ? `${first.path || '(root)'}: ${first.message}` : '', {
    fieldErrors,
    cause: result.error,
  });
}

/** Throws the `invalid_response` error for `endpoint`, with a technical `detail` for logs. */
export function failResponse(
  endpoint: string,
  detail: string,
  extra: {
    fieldErrors?: { path: string; message: string }[];
    cause?: unknown;
    status?: number;
  } = {},
): never {
  throw new HubError({
    kind: 'invalid_response',
    message: `The Hub sent a response that could not be read (${endpoint}${detail ? ` → ${detail}` : ''}).`,
    endpoint,
    developerMessage: detail || undefined,
    ...extra,
  });
}
