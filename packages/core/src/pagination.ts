import type { SkippedItem } from './schemas/common.js';

/** One page of a list endpoint, with what is needed to ask for the next one. */
export interface Page<T> {
  /** The items of this page. */
  items: T[];
  /** How many items match the filters in total, across all pages. */
  total: number;
  /** The page size the Hub applied. */
  limit: number;
  /** How many matching items come before this page. */
  offset: number;
  /** The offset of the next page, or `undefined` on the last page. */
  nextOffset: number | undefined;
  /** Items of this page the Hub sent in a shape that could not be read; the rest are in `items`. */
  skipped: SkippedItem[];
}

/** Paging and sorting shared by every list method. `S` is the resource's sortable fields. */
export interface ListParams<S extends string> {
  /** Page size. The Hub's default applies when omitted. */
  limit?: number;
  /** Items to skip. */
  offset?: number;
  /** Field to sort by; a `-` prefix sorts descending, e.g. `-createdAt`. */
  sort?: S | `-${S}`;
}

/**
 * The Partner API list query: `filters` as URL-encoded JSON of wire field paths (unset values
 * dropped), plus `limit`, `offset` and `sort`.
 */
export function listQuery(
  filters: Record<string, string | number | boolean | undefined>,
  params: { limit?: number | undefined; offset?: number | undefined; sort?: string | undefined },
  sortFields: Record<string, string>,
): Record<string, string | number | undefined> {
  const set = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined));
  const descending = params.sort?.startsWith('-') ?? false;
  const field = params.sort === undefined ? undefined : sortFields[params.sort.replace(/^-/, '')];
  return {
    filters: Object.keys(set).length > 0 ? JSON.stringify(set) : undefined,
    limit: params.limit,
    offset: params.offset,
    sort: field === undefined ? undefined : `${descending ? '-' : ''}${field}`,
  };
}

/**
 * Builds a {@link Page} from the list envelope's counters. Skipped items still count towards the
 * next offset: the Hub sent them, so they are not asked for again.
 */
export function toPage<T>(
  items: T[],
  envelope: { total: number; limit?: number | undefined; offset?: number | undefined },
  skipped: SkippedItem[] = [],
): Page<T> {
  const offset = envelope.offset ?? 0;
  const sent = items.length + skipped.length;
  const next = offset + sent;
  return {
    items,
    total: envelope.total,
    limit: envelope.limit ?? sent,
    offset,
    nextOffset: sent > 0 && next < envelope.total ? next : undefined,
    skipped,
  };
}

/**
 * Walks every page of a list, one request at a time, yielding items. Stops at the last page,
 * or when a page comes back empty so a shrinking list cannot loop forever.
 */
export async function* paginate<T>(
  fetchPage: (offset: number) => Promise<Page<T>>,
  startOffset = 0,
): AsyncGenerator<T, void, undefined> {
  let offset: number | undefined = startOffset;
  while (offset !== undefined) {
    const page: Page<T> = await fetchPage(offset);
    yield* page.items;
    offset = page.nextOffset;
  }
}
