import type { SkippedItem } from '../schemas/common.js';
import type { QueryFetchOptions, QueryKey } from '../cache.js';
import type { HubClient } from '../client.js';
import { nextPageOffset, type Page } from '../pagination.js';
import type { NumberListParams } from '../resources/numbers.js';
import type { HubNumber } from '../schemas/channel.js';

/** The largest page the Hub serves; fewer requests for long lists. */
const PAGE_SIZE = 1000;

/**
 * The cache key under which {@link fetchAllNumbers} keeps a client's whole list. It lives under
 * `['numbers', 'list']`, so a cancellation or name change refreshes it like any other list.
 */
export function allNumbersKey(clientId: string): QueryKey {
  return ['numbers', 'list', { filters: { clientId }, all: true }];
}

/**
 * Every number of a client in one {@link Page}, read page by page through the client's cache.
 * Lists search, filter and sort in memory (see `indexNumbers`), which stays instant at 10,000
 * numbers where a request per keystroke would not.
 */
export function fetchAllNumbers(
  client: HubClient,
  clientId: string,
  options?: QueryFetchOptions,
): Promise<Page<HubNumber>> {
  return client.cache.fetch(
    allNumbersKey(clientId),
    async (signal) => {
      const items: HubNumber[] = [];
      const skipped: SkippedItem[] = [];
      let offset: number | undefined = 0;
      let previous: Page<HubNumber> | undefined;
      while (offset !== undefined) {
        const params: NumberListParams = {
          filters: { clientId },
          limit: PAGE_SIZE,
          offset,
          sort: 'phoneNumber',
        };
        const page: Page<HubNumber> = await client.numbers.list(params, { signal });
        items.push(...page.items);
        // Positions are per page; across pages they count from the first number.
        skipped.push(...page.skipped.map((s) => ({ ...s, index: s.index + page.offset })));
        offset = nextPageOffset(offset, page, previous);
        previous = page;
      }
      return {
        items,
        total: items.length,
        limit: items.length,
        offset: 0,
        nextOffset: undefined,
        skipped,
      };
    },
    options,
  );
}
