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
 * The list envelope `{count, total, limit, offset, sort[], filters, <items>}`. Items are kept
 * unparsed here: each is read on its own by {@link parseItems}, so one odd item cannot fail a page.
 */
export function listEnvelope<K extends string>(key: K) {
  return z.object({
    count: z.optional(z.number()),
    total: z.number(),
    limit: z.optional(z.number()),
    offset: z.optional(z.number()),
    [key]: z.array(z.unknown()),
  } as { [P in K]: z.ZodMiniArray<z.ZodMiniUnknown> } & {
    count: z.ZodMiniOptional<z.ZodMiniNumber>;
    total: z.ZodMiniNumber;
    limit: z.ZodMiniOptional<z.ZodMiniNumber>;
    offset: z.ZodMiniOptional<z.ZodMiniNumber>;
  });
}

/** An item of a list answer that could not be read, and why. */
export interface SkippedItem {
  /** Its position in the Hub's answer (on this page). */
  index: number;
  /** Its `id`, when it has a readable one. */
  id: string | undefined;
  /** What is wrong with it, one `path: message` per problem. */
  issues: string[];
}

/**
 * Reads each item of a list on its own: the valid ones are returned, the others reported as
 * {@link SkippedItem}s, so a page with one malformed item still shows the rest.
 */
export function parseItems<T>(
  raw: readonly unknown[],
  schema: z.ZodMiniType<T>,
): { items: T[]; skipped: SkippedItem[] } {
  const items: T[] = [];
  const skipped: SkippedItem[] = [];
  raw.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) {
      items.push(result.data);
      return;
    }
    const id = (item as { id?: unknown } | null)?.id;
    skipped.push({
      index,
      id: typeof id === 'string' || typeof id === 'number' ? String(id) : undefined,
      issues: result.error.issues.map(
        (issue) => `${issue.path.map(String).join('.') || '(item)'}: ${issue.message}`,
      ),
    });
  });
  return { items, skipped };
}

/**
 * The item whose `id` is `id` in a list answer, read strictly: asked for by name, a malformed item
 * is an `invalid_response`, not a silent "not found".
 */
export function findItem<T>(
  raw: readonly unknown[],
  schema: z.ZodMiniType<T>,
  id: string,
  endpoint: string,
): T | undefined {
  const match = raw.find((item) => String((item as { id?: unknown } | null)?.id) === id);
  return match === undefined ? undefined : parseWire(schema, match, endpoint);
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

/**
 * Runs the mapping of a parsed answer to the model. Mapping checks more than the schema can
 * (amounts, currencies, dates), and its failures are the Hub's odd answer, so any exception
 * becomes the `invalid_response` of `endpoint`: only `HubError`s leave the client.
 */
export function mapWire<T>(endpoint: string, map: () => T): T {
  try {
    return map();
  } catch (error) {
    if (error instanceof HubError) throw error;
    return failResponse(endpoint, error instanceof Error ? error.message : String(error), {
      cause: error,
    });
  }
}
