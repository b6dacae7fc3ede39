import { HubError } from './errors.js';
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

/** More pages than any real list has: past it, a server that ignores paging is assumed. */
export const MAX_PAGES = 10_000;

/**
 * The offset to ask for after `page`, which was asked for at `requested`; `undefined` at the end.
 * A list always ends: the offset must move forward, stay below `total`, and a page that repeats
 * the previous one (a server that ignores `offset`) ends it too.
 */
export function nextPageOffset<T extends { id?: unknown }>(
  requested: number,
  page: Page<T>,
  previous: Page<T> | undefined,
): number | undefined {
  const next = page.nextOffset;
  if (next === undefined || next <= requested || next >= page.total) return undefined;
  const first = (p: Page<T> | undefined) => p?.items[0]?.id;
  if (previous && page.items.length > 0 && first(page) === first(previous)) return undefined;
  return next;
}

/**
 * Walks every page of a list, one request at a time, yielding items. Stops at the last page,
 * when a page comes back empty or repeats the previous one, when the offset does not move, and
 * fails clearly after 10,000 pages, so a server that ignores paging cannot loop it.
 */
export async function* paginate<T extends { id?: unknown }>(
  fetchPage: (offset: number) => Promise<Page<T>>,
  startOffset = 0,
): AsyncGenerator<T, void, undefined> {
  let offset: number | undefined = startOffset;
  let previous: Page<T> | undefined;
  for (let pages = 0; offset !== undefined; pages++) {
    if (pages >= MAX_PAGES) {
      throw new HubError({
        kind: 'invalid_response',
        message: `The list did not end after ${MAX_PAGES} pages; the Hub may be ignoring paging.`,
      });
    }
    const page: Page<T> = await fetchPage(offset);
    yield* page.items;
    const next: number | undefined = nextPageOffset(offset, page, previous);
    previous = page;
    offset = next;
  }
}

/**
 * Requests for the pages of one list that {@link readAllPages} keeps open at once. Small: the
 * Hub documents no limit for most lists and answers 429 past an undocumented one, so a whole list
 * keeps well inside the 400 requests a minute it documents for its busiest list, while the
 * network waits overlap.
 */
export const PAGE_CONCURRENCY = 4;

/** How {@link readAllPages} pages a list. */
export interface ReadAllPagesOptions {
  /** Items asked for per page; the Hub's default page size when omitted. */
  pageSize?: number;
  /**
   * Items asked for on the first page, when it should differ from `pageSize`: a smaller first
   * page arrives, parses and shows sooner, while the larger pages after it are on their way.
   */
  firstPageSize?: number;
  /**
   * Requests open at once after the first page; {@link PAGE_CONCURRENCY} by default. A page that
   * has arrived frees its place, even while one before it is still on its way.
   */
  concurrency?: number;
}

/**
 * Reads every page of a list and hands each to `onPage` in order. The first page is read alone:
 * it tells the total; the pages after it are then asked for with up to `concurrency` requests
 * open at a time, and handed over in order as the ones before them have been. The
 * list ends exactly as {@link paginate}'s does (the last page, an empty one, one that repeats the
 * previous one, an offset that does not move); a page that ends elsewhere than planned (the list
 * changed meanwhile, the Hub applied another page size) drops the pages asked for after it, and
 * reading goes on from where it really ends, planning with the page size the Hub applied.
 */
export async function readAllPages<T extends { id?: unknown }>(
  fetchPage: (offset: number, limit: number | undefined) => Promise<Page<T>>,
  onPage: (page: Page<T>) => void,
  options: ReadAllPagesOptions = {},
): Promise<void> {
  const { pageSize, concurrency = PAGE_CONCURRENCY } = options;
  const firstPageSize = options.firstPageSize ?? pageSize;
  let previous = await fetchPage(0, firstPageSize);
  let next = nextPageOffset(0, previous, undefined);
  const sent = (page: Page<T>) => page.items.length + page.skipped.length;
  // A first page of the usual size shows the size the Hub applies; a smaller one cannot.
  let step = firstPageSize === pageSize || pageSize === undefined ? sent(previous) : pageSize;
  let ahead: { offset: number; page: Promise<Page<T>> }[] = [];
  let planned = next;
  // Requests not answered yet, dropped ones included. The limit is on these, not on the pages
  // waiting to be handed over: a page that has arrived makes room for the next request at once,
  // even while an earlier page is on its way, so the server is not idle while the client works.
  let open = 0;
  // Set when the read ends or a page it needs has failed: nothing more is asked for.
  let done = false;
  let roomMade: (() => void) | undefined;
  const settled = (): void => {
    open -= 1;
    askAhead();
    roomMade?.();
  };
  const askAhead = (): void => {
    while (!done && open < concurrency && planned !== undefined && planned < previous.total) {
      const page = fetchPage(planned, pageSize);
      open += 1;
      page.then(settled, () => {
        // A page of the plan that fails ends the read when its turn comes: ask for no more. A
        // page dropped from the plan may fail unobserved.
        if (ahead.some((entry) => entry.page === page)) done = true;
        settled();
      });
      ahead.push({ offset: planned, page });
      planned += step;
    }
  };
  try {
    // The next pages are on their way before the first is handed over (and maybe rendered).
    askAhead();
    onPage(previous);
    while (next !== undefined) {
      askAhead();
      const head = ahead.shift();
      if (!head) {
        const more = planned !== undefined && planned < previous.total;
        if (!more || open === 0) break;
        // The places are all taken by pages dropped from an earlier plan: wait for one.
        await new Promise<void>((resolve) => (roomMade = resolve));
        roomMade = undefined;
        continue;
      }
      const page = await head.page;
      onPage(page);
      next = nextPageOffset(head.offset, page, previous);
      previous = page;
      if (next !== (ahead[0]?.offset ?? planned)) {
        ahead = [];
        planned = next;
        if (page.nextOffset !== undefined && sent(page) > 0) step = sent(page);
      }
    }
  } finally {
    // Ended (or failed): answers still arriving ask for nothing more.
    done = true;
  }
}
