import type { QueryFetchOptions, QueryKey } from '../cache.js';
import type { HubTransport } from '../http.js';
import type { HubNumber } from '../schemas/channel.js';
import {
  sharedNumbersSchema,
  toSharedNumbers,
  type SharedNumbers,
} from '../schemas/shared-numbers.js';
import type { NumbersResource } from './numbers.js';

/** Whether the partner may manage a number: the Hub's per-number "Shared" / "Missing". */
export type NumberAccess = 'shared' | 'missing';

/** One of the client's numbers and the partner's access to it. */
export interface NumberSharing {
  number: HubNumber;
  access: NumberAccess;
}

/** Which of a client's numbers the client shares with the partner (Integrated Onboarding). */
export interface SharingResource {
  /** The channel ids the client shares, from the client-scoped shared-numbers listing. */
  shared(clientId: string, options?: QueryFetchOptions): Promise<SharedNumbers>;
  /**
   * Every number of the client (`numbers.all`) with `shared` or `missing` access, in the order of
   * `numbers.all`. Access changes only on the Hub's permission page; after it returns, invalidate
   * `keys.all` (and the numbers) to read the new state.
   */
  list(clientId: string, options?: QueryFetchOptions): Promise<NumberSharing[]>;
  /** Cache keys of this resource. */
  readonly keys: {
    all: QueryKey;
    shared(clientId: string): QueryKey;
    list(clientId: string): QueryKey;
  };
}

const keys = {
  all: ['sharing'] as QueryKey,
  shared: (clientId: string): QueryKey => ['sharing', 'shared', clientId],
  list: (clientId: string): QueryKey => ['sharing', 'list', clientId],
};

/** Pairs each number with its access; pure, so a portal can pair numbers it already holds. */
export function numberSharing(
  numbers: readonly HubNumber[],
  shared: ReadonlySet<string>,
): NumberSharing[] {
  return numbers.map((number) => ({
    number,
    access: shared.has(number.id) ? 'shared' : 'missing',
  }));
}

/** Creates the sharing resource on a transport (what `client.sharing` is). */
export function createSharingResource(
  transport: HubTransport,
  numbers: NumbersResource,
): SharingResource {
  const shared = (clientId: string, options?: QueryFetchOptions) =>
    transport.read(
      keys.shared(clientId),
      {
        route: 'clients/{client_id}/shared_client_numbers',
        params: { client_id: clientId },
        schema: sharedNumbersSchema,
      },
      toSharedNumbers,
      options,
    );
  return {
    keys,
    shared,
    list: (clientId, options) =>
      transport.cache.fetch(
        keys.list(clientId),
        async (signal) => {
          const [all, access] = await Promise.all([
            numbers.all(clientId, { signal }),
            shared(clientId, { signal }),
          ]);
          return numberSharing(all.items, access.channelIds);
        },
        options,
      ),
  };
}
