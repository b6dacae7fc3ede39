import { HubHttpError } from './respond.js';

/** What a list endpoint accepts: filter keys (wire paths) and sortable fields. */
export interface ListSpec<T> {
  itemsKey: string;
  filters: readonly string[];
  sort: readonly string[];
  defaultSort: string;
  /** Wire paths that name another field of the record, e.g. `business_templates.name` → `name`. */
  aliases?: Record<string, string>;
  /** Text a `q` filter searches in, when the endpoint has one. */
  search?: (item: T) => string;
}

/** A reader of a dotted wire path (`setup_info.phone_number`) from a record. */
function getter(path: string): (item: unknown) => unknown {
  const parts = path.split('.');
  return (item) => {
    let value: unknown = item;
    for (const part of parts) {
      if (value === null || typeof value !== 'object') return undefined;
      value = (value as Record<string, unknown>)[part];
    }
    return value;
  };
}

/** Orders values with missing ones last; numbers and strings compare natively. */
function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  return (a as string) < (b as string) ? -1 : 1;
}

/**
 * Applies the Partner API list convention to `items`: `filters` (URL-encoded JSON, equality on
 * allowed keys, unknown keys rejected), `sort` (one field, `-` for descending), `limit`, `offset`,
 * and wraps the page in the `{count, filters, limit, offset, sort, total, <items>}` envelope.
 */
export function listPage<T>(
  items: readonly T[],
  url: URL,
  spec: ListSpec<T>,
): Record<string, unknown> {
  const query = url.searchParams;
  let filters: Record<string, unknown> = {};
  const rawFilters = query.get('filters');
  if (rawFilters) {
    try {
      filters = JSON.parse(rawFilters) as Record<string, unknown>;
    } catch {
      throw new HubHttpError(400, 'Wrong payload', ['filters: must be a JSON object']);
    }
    if (filters === null || typeof filters !== 'object' || Array.isArray(filters)) {
      throw new HubHttpError(400, 'Wrong payload', ['filters: must be a JSON object']);
    }
    // The Hub's filter schemas allow no extra keys: an undocumented one is a 400, never ignored.
    const unknown = Object.keys(filters).filter((key) => !spec.filters.includes(key));
    if (unknown.length > 0) {
      throw new HubHttpError(
        400,
        'Wrong payload',
        unknown.map((key) => `filters: "${key}" is not a valid filter`),
      );
    }
  }
  const sortParam = query.get('sort') ?? spec.defaultSort;
  const sortField = sortParam.replace(/^-/, '');
  if (!spec.sort.includes(sortField)) {
    throw new HubHttpError(400, 'Wrong payload', [
      `sort: "${sortField}" is not a valid sort field; permitted: ${spec.sort.join(', ')}`,
    ]);
  }
  const limit = Number(query.get('limit') ?? 20);
  const offset = Number(query.get('offset') ?? 0);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    throw new HubHttpError(400, 'Wrong payload', [
      'limit: ensure this value is between 1 and 1000',
    ]);
  }
  if (!Number.isInteger(offset) || offset < 0) {
    throw new HubHttpError(400, 'Wrong payload', [
      'offset: ensure this value is greater than or equal to 0',
    ]);
  }
  // Paths are split and expected values normalised once, not per item: lists can be 10,000 long.
  const tests = Object.entries(filters)
    .filter(([key]) => key !== 'q')
    .map(([key, expected]) => {
      const get = getter(spec.aliases?.[key] ?? key);
      const wanted = typeof expected === 'string' ? expected.toLowerCase() : expected;
      return (item: T): boolean => {
        const actual = get(item);
        return typeof actual === 'string' ? actual.toLowerCase() === wanted : actual === wanted;
      };
    });
  const q = typeof filters.q === 'string' ? filters.q.toLowerCase() : undefined;
  if (q !== undefined && spec.search) {
    const search = spec.search;
    tests.push((item) => search(item).toLowerCase().includes(q));
  }
  const matching =
    tests.length === 0 ? [...items] : items.filter((item) => tests.every((test) => test(item)));
  const direction = sortParam.startsWith('-') ? -1 : 1;
  const sortKey = getter(spec.aliases?.[sortField] ?? sortField);
  const sorted = matching
    .map((item, index) => ({ item, index, key: sortKey(item) }))
    .sort((a, b) => direction * compare(a.key, b.key) || a.index - b.index)
    .map((entry) => entry.item);
  const page = sorted.slice(offset, offset + limit);
  return {
    count: page.length,
    filters,
    limit,
    offset,
    sort: [sortParam],
    total: matching.length,
    [spec.itemsKey]: page,
  };
}
