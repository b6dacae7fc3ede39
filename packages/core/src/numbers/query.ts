import type { HubNumber, NumberStatus, QualityRating } from '../schemas/channel.js';
import { MESSAGING_TIERS, QUALITY_RATINGS, numberStatusInfo } from './status.js';

/** Columns a number list can be sorted by. */
export type NumberColumn =
  'phoneNumber' | 'status' | 'displayName' | 'qualityRating' | 'messagingTier';

/** A sort order: a column and a direction. */
export interface NumberSort {
  column: NumberColumn;
  direction: 'ascending' | 'descending';
}

/** What a number list shows: a search text, filters (empty = any) and a sort. */
export interface NumberQuery {
  /** Matches the phone number (digits, in any formatting), the display name or a requested one. */
  search?: string;
  /** Keep numbers with one of these statuses; empty or unset keeps all. */
  statuses?: readonly NumberStatus[];
  /** Keep numbers with one of these quality ratings; empty or unset keeps all. */
  qualityRatings?: readonly QualityRating[];
  sort?: NumberSort;
}

interface Entry {
  number: HubNumber;
  /** Folded display names and ID; filled by the first search, so lists that never search skip it. */
  text: string;
  digits: string;
}

/**
 * Numbers prepared for repeated querying: search text is folded once (on the first search), and
 * each sort order is computed once and kept, so a keystroke in the search box only filters
 * (linear, no sort).
 * Build a new index when the numbers change.
 */
export interface NumberIndex {
  /** The indexed numbers, in their original order. */
  readonly numbers: readonly HubNumber[];
  /** The numbers matching `query`, in its sort order (original order without a sort). */
  query(query: NumberQuery): HubNumber[];
  /**
   * Folds the search text now instead of on the first search (a few milliseconds for 10,000
   * numbers); call it when the page is idle so the first keystroke is as fast as the rest.
   */
  prepareSearch(): void;
}

// Text with nothing beyond ASCII has no accents to strip. Most names are such text, and the
// Unicode decomposition costs several times the lower-casing on a list of thousands.
const ascii = /^[\0-\x7f]*$/;

/** Lower-cases and strips accents, so `imoveis` finds `Imóveis`. */
export function foldText(text: string): string {
  if (ascii.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const phoneLike = /^[\d\s+().-]+$/;

const qualityRank = new Map<string, number>(QUALITY_RATINGS.map((q, i) => [q, i]));
const tierRank = new Map<string, number>(MESSAGING_TIERS.map((t, i) => [t, i]));

type Key = (n: HubNumber) => string | number;

const sortKeys: Record<NumberColumn, Key> = {
  phoneNumber: (n) => n.phoneNumber,
  displayName: (n) => foldText(n.displayName),
  status: (n) => foldText(numberStatusInfo(n.status).label),
  qualityRating: (n) => qualityRank.get(n.qualityRating) ?? QUALITY_RATINGS.length,
  // Numbers without a tier sort below the smallest one.
  messagingTier: (n) => (n.messagingTier === null ? -1 : (tierRank.get(n.messagingTier) ?? -1)),
};

function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Indexes `numbers` for {@link NumberIndex.query}. Linear in the number of numbers. */
export function indexNumbers(numbers: readonly HubNumber[]): NumberIndex {
  const entries: Entry[] = numbers.map((number) => ({ number, text: '', digits: '' }));
  let searchable = false;
  function prepareSearch(): void {
    if (searchable) return;
    for (const entry of entries) {
      const n = entry.number;
      entry.text = foldText(`${n.displayName}\n${n.requestedDisplayName ?? ''}\n${n.id}`);
      entry.digits = n.phoneNumber.replace(/\D/g, '');
    }
    searchable = true;
  }
  const orders = new Map<string, Entry[]>();

  function ordered(sort: NumberSort | undefined): Entry[] {
    if (!sort) return entries;
    const id = `${sort.column}:${sort.direction}`;
    let order = orders.get(id);
    if (!order) {
      const key = sortKeys[sort.column];
      const sign = sort.direction === 'ascending' ? 1 : -1;
      const keyed = entries.map((entry) => ({ entry, key: key(entry.number) }));
      // Ties fall back to the phone number so the order never depends on the input order.
      keyed.sort(
        (a, b) =>
          sign * compare(a.key, b.key) ||
          compare(a.entry.number.phoneNumber, b.entry.number.phoneNumber),
      );
      order = keyed.map((k) => k.entry);
      orders.set(id, order);
    }
    return order;
  }

  return {
    numbers,
    prepareSearch,
    query(q) {
      const search = foldText(q.search?.trim() ?? '');
      if (search) prepareSearch();
      const digits = phoneLike.test(search) ? search.replace(/\D/g, '') : '';
      const statuses = q.statuses?.length ? new Set<string>(q.statuses) : undefined;
      const qualities = q.qualityRatings?.length ? new Set<string>(q.qualityRatings) : undefined;
      const out: HubNumber[] = [];
      for (const entry of ordered(q.sort)) {
        const n = entry.number;
        if (statuses && !statuses.has(n.status)) continue;
        if (qualities && !qualities.has(n.qualityRating)) continue;
        if (search && !entry.text.includes(search) && !(digits && entry.digits.includes(digits))) {
          continue;
        }
        out.push(n);
      }
      return out;
    },
  };
}

/**
 * The numbers matching `query`, sorted. For one-off use; a list that re-queries on every
 * keystroke should keep an {@link indexNumbers} index instead.
 */
export function queryNumbers(numbers: readonly HubNumber[], query: NumberQuery): HubNumber[] {
  return indexNumbers(numbers).query(query);
}
