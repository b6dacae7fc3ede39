import * as z from 'zod/mini';
import type { QueryFetchOptions, QueryKey } from '../cache.js';
import type { HubTransport } from '../http.js';
import { listQuery, paginate, toPage, type ListParams, type Page } from '../pagination.js';
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
import { failResponse, findItem, parseItems } from '../schemas/common.js';
import { HubError } from '../errors.js';

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
  /** Every matching number, page by page (`limit` sets the page size). */
  iterate(params?: NumberListParams): AsyncGenerator<HubNumber, void, undefined>;
  /** One number; `not_found` if the partner cannot see it. */
  get(id: string, options?: QueryFetchOptions): Promise<HubNumber>;
  /**
   * Requests cancellation: the number goes to `pending_deletion`, keeps working until
   * `terminatedAt` (end of the month) and stops billing. Undo with {@link NumbersResource.revokeCancellation}.
   *
   * The Hub answers these changes with a bare "200", so the number is read back afterwards; if
   * that read fails, the change still happened and `number` is returned as it now must be.
   */
  cancelSubscription(number: HubNumber): Promise<HubNumber>;
  /** Withdraws a cancellation request before the number is deleted. */
  revokeCancellation(number: HubNumber): Promise<HubNumber>;
  /** Asks Meta to review a new display name; the number shows the request as under review. */
  requestDisplayNameChange(number: HubNumber, displayName: string): Promise<HubNumber>;
  /**
   * Turns Signals (click-to-WhatsApp ads measurement, the Hub's `enable_ctwa` / `disable_ctwa`)
   * on or off for a number. Sent once, never retried.
   */
  setSignals(number: NumberRef, enabled: boolean): Promise<void>;
  /** The number's Messaging API keys (masked). */
  listApiKeys(numberId: string, options?: QueryFetchOptions): Promise<ApiKey[]>;
  /** Creates a Messaging API key, revoking the number's existing ones. The key is shown only here. */
  createApiKey(numberId: string): Promise<ApiKey>;
  /** Revokes one Messaging API key. */
  revokeApiKey(numberId: string, keyId: string): Promise<void>;
  /** Cache keys of this resource, to `subscribe` to. */
  readonly keys: {
    list(params?: NumberListParams): QueryKey;
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

/** The last moment of the current month (UTC), when a cancelled number is deleted. */
function endOfMonthIso(): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1) - 1000).toISOString();
}

const keys = {
  list: (params: NumberListParams = {}): QueryKey => ['numbers', 'list', params],
  get: (id: string): QueryKey => ['numbers', 'get', id],
  apiKeys: (numberId: string): QueryKey => ['numbers', 'apiKeys', numberId],
};

/** Creates the numbers resource on a transport (what `client.numbers` is). */
export function createNumbersResource(transport: HubTransport): NumbersResource {
  const { cache } = transport;

  const fetchPage = (params: NumberListParams, options?: QueryFetchOptions) =>
    transport.read(
      keys.list(params),
      { route: 'channels', query: query(params), schema: channelListSchema },
      (wire) => {
        const { items, skipped } = parseItems(wire.partner_channels, channelSchema);
        return toPage(items.map(toHubNumber), wire, skipped);
      },
      options,
    );

  /**
   * A changed number refreshes its own key, every cached list that shows it, and every list
   * filtered by status (the number may have moved into one of them).
   */
  function changed(number: HubNumber): HubNumber {
    cache.set(keys.get(number.id), number);
    cache.invalidate((key, data) => {
      if (key[0] !== 'numbers' || key[1] !== 'list') return false;
      const filters = (key[2] as NumberListParams | undefined)?.filters;
      const page = data as Page<HubNumber> | undefined;
      return (
        filters?.status !== undefined || (page?.items.some((n) => n.id === number.id) ?? false)
      );
    });
    return number;
  }

  const get = (id: string, options?: QueryFetchOptions) =>
    transport.read(
      keys.get(id),
      {
        route: 'channels',
        query: listQuery({ id }, { limit: 1 }, sortFields),
        schema: channelListSchema,
      },
      (wire) => {
        const found = findItem(wire.partner_channels, channelSchema, id, listEndpoint);
        if (found) return toHubNumber(found);
        if (wire.partner_channels.length > 0) {
          failResponse(listEndpoint, `filter id=${id} returned another channel`);
        }
        throw notFound(id);
      },
      options,
    );

  /**
   * Sends a change the Hub answers with a bare "200", then reads the number back. The change has
   * happened once the Hub said 2xx, so a failed read-back never turns it into a failure: the
   * number is then returned as `expected` says it now is.
   */
  async function changeThenReread(
    number: HubNumber,
    route: string,
    body: unknown,
    expected: (number: HubNumber) => HubNumber,
  ): Promise<HubNumber> {
    await transport.request({
      method: 'POST',
      route,
      params: { client_id: number.clientId, channel_id: number.id },
      body,
      schema: z.unknown(),
      ignoreBody: true,
    });
    cache.invalidate(keys.get(number.id));
    try {
      return changed(await get(number.id));
    } catch {
      return changed(expected(number));
    }
  }

  return {
    keys,
    list: (params = {}, options) => fetchPage(params, options),
    iterate: (params = {}) => paginate((offset) => fetchPage({ ...params, offset })),
    get,
    cancelSubscription: (number) =>
      changeThenReread(number, controlRoute, { enabled: true }, (n) => ({
        ...n,
        status: 'pending_deletion',
        cancelledAt: new Date().toISOString(),
        terminatedAt: n.terminatedAt ?? endOfMonthIso(),
      })),
    revokeCancellation: (number) =>
      changeThenReread(number, controlRoute, { enabled: false }, (n) => ({
        ...n,
        // The status before the cancellation is not known here; the next read corrects it.
        status: n.status === 'pending_deletion' ? 'running' : n.status,
        cancelledAt: null,
        terminatedAt: null,
      })),
    requestDisplayNameChange: (number, displayName) =>
      changeThenReread(
        number,
        'clients/{client_id}/channels/{channel_id}/display_name',
        { display_name: displayName },
        (n) => ({ ...n, displayNameStatus: 'pending_review', requestedDisplayName: displayName }),
      ),
    async setSignals(ref, enabled) {
      await transport.request({
        method: 'POST',
        route: `clients/{client_id}/channels/{channel_id}/${enabled ? 'enable_ctwa' : 'disable_ctwa'}`,
        params: { client_id: ref.clientId, channel_id: ref.id },
        schema: z.unknown(),
        ignoreBody: true,
      });
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
