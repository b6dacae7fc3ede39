import * as z from 'zod/mini';
import type { QueryFetchOptions, QueryKey, QueryRollback } from '../cache.js';
import type { HubRequest, HubTransport } from '../http.js';
import { afterNextPaint } from '../frames.js';
import {
  listQuery,
  paginate,
  readAllPages,
  toPage,
  type ListParams,
  type Page,
} from '../pagination.js';
import { apiKeyListSchema, apiKeySchema, toApiKey, type ApiKey } from '../schemas/api-key.js';
import {
  channelListSchema,
  channelSchema,
  toHubNumber,
  type HubNumber,
  type MessagingTier,
  type NumberStatus,
  type QualityRating,
} from '../schemas/channel.js';
import {
  failResponse,
  findItem,
  mapWire,
  parseItems,
  type SkippedItem,
} from '../schemas/common.js';
import { HubError } from '../errors.js';
import { withCancellationRequested, withCancellationRevoked } from '../numbers/cancellation.js';
import { withDisplayNameRequested } from '../numbers/display-name.js';
import {
  createInFlightRegistry,
  type NumberChangeKind,
  type NumberChangesInFlight,
} from '../numbers/in-flight.js';
import { numberKeys as keys } from '../numbers/keys.js';

/** Equality filters for `numbers.list`; unset ones are ignored. */
export interface NumberFilters {
  /** Free-text search (phone number, display name, …) done by the Hub. */
  q?: string;
  status?: NumberStatus;
  clientId?: string;
  qualityRating?: QualityRating;
  messagingTier?: MessagingTier;
  accountMode?: 'live' | 'sandbox';
}

/** Fields `numbers.list` can sort by. */
export type NumberSortField = 'createdAt' | 'modifiedAt' | 'status' | 'phoneNumber' | 'displayName';

/** Parameters of `numbers.list`. */
export interface NumberListParams extends ListParams<NumberSortField> {
  filters?: NumberFilters;
}

/** A number to act on: its ID and its client (a {@link HubNumber} will do). */
export interface NumberRef {
  id: string;
  clientId: string;
}

/** The WhatsApp phone numbers (Hub channels) of the partner's clients. */
export interface NumbersResource {
  /** One page of numbers. */
  list(params?: NumberListParams, options?: QueryFetchOptions): Promise<Page<HubNumber>>;
  /**
   * Every number of a client in one {@link Page}, kept under one cache key (`keys.all(clientId)`).
   * Lists search, filter and sort it in memory (see `indexNumbers`), which stays instant at
   * 10,000 numbers where a request per keystroke would not.
   *
   * A small first page (100) is read alone, then, once it has had a frame to paint, the rest in
   * pages of 1,000, a few at a time (`PAGE_CONCURRENCY`). While they
   * arrive, a key with no full list yet holds the first page, so a list can show its first rows
   * at once: the cache state is then `partial` and the page's `nextOffset` is where the rest
   * starts, with the Hub's `total`. The promise resolves with the whole list only; the whole list
   * has no `nextOffset`. A failed read takes the first page back out (the key shows the error).
   */
  all(clientId: string, options?: QueryFetchOptions): Promise<Page<HubNumber>>;
  /** Every matching number, page by page (`limit` sets the page size). */
  iterate(params?: NumberListParams): AsyncGenerator<HubNumber, void, undefined>;
  /** One number; `not_found` if the partner cannot see it. */
  get(id: string, options?: QueryFetchOptions): Promise<HubNumber>;
  /**
   * Requests cancellation: the number goes to `pending_deletion`, keeps working until
   * `terminatedAt` (end of the month) and stops billing. Undo with {@link NumbersResource.revokeCancellation}.
   *
   * Like every change here it is optimistic: at once, the number's own key and every cached list
   * showing it hold the number as the change will leave it, and {@link NumbersResource.inFlight}
   * names it; if the Hub refuses, all of them roll back. The Hub answers with a bare "200", so the
   * number is then read once and that answer replaces it everywhere; if that read fails, the change
   * still happened and the number is returned (and kept) as it now must be. While a change to a
   * number is on its way, another one is refused with a `NumberChangeInFlightError`.
   */
  cancelSubscription(number: HubNumber): Promise<HubNumber>;
  /** Withdraws a cancellation request before the number is deleted (as optimistic as a cancellation). */
  revokeCancellation(number: HubNumber): Promise<HubNumber>;
  /**
   * Asks Meta to review a new display name; the number shows the request as under review at once
   * (as optimistic as a cancellation).
   */
  requestDisplayNameChange(number: HubNumber, displayName: string): Promise<HubNumber>;
  /**
   * Turns Signals (click-to-WhatsApp ads measurement, the Hub's `enable_ctwa` / `disable_ctwa`)
   * on or off for a number. Sent once, never retried. The setting is not part of a number's data,
   * so nothing cached changes; the number is in {@link NumbersResource.inFlight} meanwhile.
   */
  setSignals(number: NumberRef, enabled: boolean): Promise<void>;
  /** Which numbers have a change on its way; one at a time per number. */
  readonly inFlight: NumberChangesInFlight;
  /** The number's Messaging API keys (masked). */
  listApiKeys(numberId: string, options?: QueryFetchOptions): Promise<ApiKey[]>;
  /** Creates a Messaging API key, revoking the number's existing ones. The key is shown only here. */
  createApiKey(numberId: string): Promise<ApiKey>;
  /** Revokes one Messaging API key. */
  revokeApiKey(numberId: string, keyId: string): Promise<void>;
  /** Cache keys of this resource, to `subscribe` to. */
  readonly keys: {
    list(params?: NumberListParams): QueryKey;
    /** The key of {@link NumbersResource.all}. */
    all(clientId: string): QueryKey;
    get(id: string): QueryKey;
    apiKeys(numberId: string): QueryKey;
  };
}

const filterFields: Record<keyof NumberFilters, string> = {
  q: 'q',
  status: 'status',
  clientId: 'client_id',
  qualityRating: 'current_quality_rating',
  messagingTier: 'current_limit',
  accountMode: 'account_mode',
};

const sortFields: Record<NumberSortField, string> = {
  createdAt: 'created_at',
  modifiedAt: 'modified_at',
  status: 'status',
  phoneNumber: 'setup_info.phone_number',
  displayName: 'setup_info.phone_name',
};

function query(params: NumberListParams) {
  const filters = Object.fromEntries(
    Object.entries(params.filters ?? {}).map(([k, v]) => [
      filterFields[k as keyof NumberFilters],
      v,
    ]),
  );
  return listQuery(filters, params, sortFields);
}

const listEndpoint = 'GET /partners/{partner_id}/channels';
const controlRoute = 'clients/{client_id}/channels/{channel_id}/control/cancellation_request';

/** The largest page the Hub serves: fewer requests for a whole list. */
const ALL_PAGE_SIZE = 1000;

/**
 * The first page of a whole list: more rows than a screen shows, a tenth of a full page, so it
 * arrives, parses and shows in a few milliseconds while the full pages are on their way.
 */
const FIRST_PAGE_SIZE = 100;

function toNumberPage(wire: z.infer<typeof channelListSchema>): Page<HubNumber> {
  const { items, skipped } = parseItems(wire.partner_channels, channelSchema);
  return toPage(items.map(toHubNumber), wire, skipped);
}

/** Cached lists of numbers: pages of `list` and the whole lists of `all`. */
const isNumberList = (key: QueryKey): boolean =>
  key[0] === 'numbers' && (key[1] === 'list' || key[1] === 'all');

/** `page` with `next` in place of the number of the same ID; `undefined` when nothing changes. */
function withRow(page: Page<HubNumber> | undefined, next: HubNumber): Page<HubNumber> | undefined {
  const at = page?.items.findIndex((n) => n.id === next.id) ?? -1;
  if (!page || at < 0 || page.items[at] === next) return undefined;
  const items = [...page.items];
  items[at] = next;
  return { ...page, items };
}

/** Creates the numbers resource on a transport (what `client.numbers` is). */
export function createNumbersResource(transport: HubTransport): NumbersResource {
  const { cache } = transport;
  const inFlight = createInFlightRegistry();

  const requestPage = (pageQuery: HubRequest<unknown>['query'], signal: AbortSignal) =>
    transport.request({
      method: 'GET',
      route: 'channels',
      query: pageQuery,
      schema: channelListSchema,
      signal,
    });

  /**
   * A read through the cache that first lets the changes on their way be written (to `numberId`
   * alone, for a read of that number): its answer then never shows a number as it was before a
   * change the user already sees.
   */
  function read<T>(
    key: QueryKey,
    pageQuery: HubRequest<unknown>['query'],
    map: (wire: z.infer<typeof channelListSchema>) => T,
    options?: QueryFetchOptions,
    numberId?: string,
  ): Promise<T> {
    return cache.fetch(
      key,
      async (signal) => {
        const writing = inFlight.written(numberId);
        if (writing) await writing;
        const wire = await requestPage(pageQuery, signal);
        return mapWire(listEndpoint, () => map(wire));
      },
      options,
    );
  }

  const fetchPage = (params: NumberListParams, options?: QueryFetchOptions) =>
    read(keys.list(params), query(params), toNumberPage, options);

  const all = (clientId: string, options?: QueryFetchOptions) =>
    cache.fetch<Page<HubNumber>>(
      keys.all(clientId),
      async (signal, progress) => {
        const writing = inFlight.written();
        if (writing) await writing;
        const items: HubNumber[] = [];
        const skipped: SkippedItem[] = [];
        let first = true;
        let firstShown!: () => void;
        // The later pages are asked for once the first is on screen: their answers arriving and
        // being parsed in the tasks before that frame would hold it back.
        const shown = new Promise<void>((resolve) => (firstShown = resolve));
        await readAllPages(
          async (offset, limit) => {
            if (offset > 0) await shown;
            const params: NumberListParams = {
              filters: { clientId },
              limit,
              offset,
              sort: 'phoneNumber',
            };
            const wire = await requestPage(query(params), signal);
            return mapWire(listEndpoint, () => toNumberPage(wire));
          },
          (page) => {
            items.push(...page.items);
            // Positions are per page; across pages they count from the first number.
            skipped.push(...page.skipped.map((s) => ({ ...s, index: s.index + page.offset })));
            if (first && page.nextOffset !== undefined) {
              progress(page);
              void afterNextPaint().then(firstShown);
            } else if (first) firstShown();
            first = false;
          },
          { firstPageSize: FIRST_PAGE_SIZE, pageSize: ALL_PAGE_SIZE },
        );
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

  const get = (id: string, options?: QueryFetchOptions) =>
    read(
      keys.get(id),
      listQuery({ id }, { limit: 1 }, sortFields),
      (wire) => {
        const found = findItem(wire.partner_channels, channelSchema, id, listEndpoint);
        if (found) return toHubNumber(found);
        if (wire.partner_channels.length > 0) {
          failResponse(listEndpoint, `filter id=${id} returned another channel`);
        }
        throw notFound(id);
      },
      options,
      id,
    );

  /** Puts `next` under its own key and in place of its row in every cached list showing it. */
  function putEverywhere(next: HubNumber): QueryRollback[] {
    return [
      cache.update<HubNumber>(keys.get(next.id), () => next),
      ...cache
        .keys(isNumberList)
        .map((key) => cache.update<Page<HubNumber>>(key, (page) => withRow(page, next))),
    ];
  }

  /**
   * Lists filtered by status gain or lose a number whose status changed: only those are read
   * again; every other list already has the number in place.
   */
  function refreshMovedLists(from: string, to: string): void {
    if (from === to) return;
    cache.invalidate((key) => {
      if (key[0] !== 'numbers' || key[1] !== 'list') return false;
      const status = (key[2] as NumberListParams | undefined)?.filters?.status;
      return status === from || status === to;
    });
  }

  /**
   * Sends a change the Hub answers with a bare "200", showing `expected` everywhere meanwhile and
   * rolling it back if the Hub refuses. After the 2xx the number is read once: the change has
   * happened, so a failed read never turns it into a failure, and `expected` stands instead.
   */
  async function change(
    number: HubNumber,
    kind: NumberChangeKind,
    route: string,
    body: unknown,
    expected: HubNumber,
  ): Promise<HubNumber> {
    const flight = inFlight.begin(number.id, kind);
    const rollbacks = putEverywhere(expected);
    try {
      await transport.request({
        method: 'POST',
        route,
        params: { client_id: number.clientId, channel_id: number.id },
        body,
        schema: z.unknown(),
        ignoreBody: true,
      });
    } catch (error) {
      for (const rollback of rollbacks) rollback();
      flight.end();
      throw error;
    }
    flight.written();
    const confirmed = await get(number.id).catch(() => expected);
    putEverywhere(confirmed);
    refreshMovedLists(number.status, confirmed.status);
    flight.end();
    return confirmed;
  }

  return {
    keys,
    inFlight,
    list: (params = {}, options) => fetchPage(params, options),
    all,
    iterate: (params = {}) => paginate((offset) => fetchPage({ ...params, offset })),
    get,
    cancelSubscription: (number) =>
      change(
        number,
        'cancel',
        controlRoute,
        { enabled: true },
        withCancellationRequested(number, new Date()),
      ),
    revokeCancellation: (number) =>
      change(
        number,
        'revokeCancellation',
        controlRoute,
        { enabled: false },
        withCancellationRevoked(number),
      ),
    requestDisplayNameChange: (number, displayName) =>
      change(
        number,
        'displayName',
        'clients/{client_id}/channels/{channel_id}/display_name',
        { display_name: displayName },
        withDisplayNameRequested(number, displayName),
      ),
    async setSignals(ref, enabled) {
      const flight = inFlight.begin(ref.id, 'signals');
      // The setting is not part of a number's data: reads need not wait for it.
      flight.written();
      try {
        await transport.request({
          method: 'POST',
          route: `clients/{client_id}/channels/{channel_id}/${enabled ? 'enable_ctwa' : 'disable_ctwa'}`,
          params: { client_id: ref.clientId, channel_id: ref.id },
          schema: z.unknown(),
          ignoreBody: true,
        });
      } finally {
        flight.end();
      }
    },
    listApiKeys: (numberId, options) =>
      transport.read(
        keys.apiKeys(numberId),
        {
          route: 'channels/{channel_id}/api_keys',
          params: { channel_id: numberId },
          schema: apiKeyListSchema,
        },
        (wire) => wire.api_keys.map(toApiKey),
        options,
      ),
    async createApiKey(numberId) {
      const wire = await transport.request({
        method: 'POST',
        route: 'channels/{channel_id}/api_keys',
        params: { channel_id: numberId },
        schema: apiKeySchema,
      });
      cache.invalidate(keys.apiKeys(numberId));
      return toApiKey(wire);
    },
    async revokeApiKey(numberId, keyId) {
      await transport.request({
        method: 'DELETE',
        route: 'channels/{channel_id}/api_keys/{key_id}',
        params: { channel_id: numberId, key_id: keyId },
        schema: z.unknown(),
      });
      cache.invalidate(keys.apiKeys(numberId));
    },
  };
}

function notFound(id: string): HubError {
  return new HubError({
    kind: 'not_found',
    message: `The number ${id} could not be found. It may have been deleted.`,
    status: 404,
    endpoint: 'GET /partners/{partner_id}/channels',
  });
}
