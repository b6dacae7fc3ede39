import type { QueryFetchOptions, QueryKey } from '../cache.js';
import type { HubClient } from '../client.js';
import type { Page } from '../pagination.js';
import type { HubNumber } from '../schemas/channel.js';
import { numberKeys } from './keys.js';

/**
 * The cache key of a client's whole list of numbers.
 *
 * @deprecated Use `client.numbers.keys.all(clientId)`; this alias goes in the next release.
 */
export function allNumbersKey(clientId: string): QueryKey {
  return numberKeys.all(clientId);
}

/**
 * Every number of a client in one {@link Page}.
 *
 * @deprecated Use `client.numbers.all(clientId, options)`; this alias goes in the next release.
 */
export function fetchAllNumbers(
  client: HubClient,
  clientId: string,
  options?: QueryFetchOptions,
): Promise<Page<HubNumber>> {
  return client.numbers.all(clientId, options);
}
