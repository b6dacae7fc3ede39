import type { QueryFetchOptions, QueryKey } from '../cache.js';
import { HubError } from '../errors.js';
import type { HubTransport } from '../http.js';
import { listQuery, paginate, toPage, type ListParams, type Page } from '../pagination.js';
import {
  clientListSchema,
  clientSchema,
  toClientAccount,
  type HubClientAccount,
} from '../schemas/client.js';
import { findItem, parseItems } from '../schemas/common.js';

const listEndpoint = 'GET /partners/{partner_id}/clients';

/** Equality filters for `clients.list`. */
export interface ClientFilters {
  name?: string;
  status?: string;
  email?: string;
}

/** Fields `clients.list` can sort by. */
export type ClientSortField = 'name' | 'createdAt' | 'modifiedAt';

/** Parameters of `clients.list`. */
export interface ClientListParams extends ListParams<ClientSortField> {
  filters?: ClientFilters;
}

/** The partner's clients. */
export interface ClientsResource {
  list(params?: ClientListParams, options?: QueryFetchOptions): Promise<Page<HubClientAccount>>;
  iterate(params?: ClientListParams): AsyncGenerator<HubClientAccount, void, undefined>;
  /** One client; `not_found` if it is not the partner's. */
  get(clientId: string, options?: QueryFetchOptions): Promise<HubClientAccount>;
  /** Cache keys of this resource. */
  readonly keys: { list(params?: ClientListParams): QueryKey; get(clientId: string): QueryKey };
}

const sortFields: Record<ClientSortField, string> = {
  name: 'name',
  createdAt: 'created_at',
  modifiedAt: 'modified_at',
};

const keys = {
  list: (params: ClientListParams = {}): QueryKey => ['clients', 'list', params],
  get: (clientId: string): QueryKey => ['clients', 'get', clientId],
};

/** Creates the clients resource on a transport (what `client.clients` is). */
export function createClientsResource(transport: HubTransport): ClientsResource {
  const paymentType = transport.paymentType ?? 'unknown';
  const fetchPage = (params: ClientListParams, options?: QueryFetchOptions) => {
    const f = params.filters ?? {};
    return transport.read(
      keys.list(params),
      {
        route: 'clients',
        query: listQuery(
          { name: f.name, status: f.status, 'contact_info.email': f.email },
          params,
          sortFields,
        ),
        schema: clientListSchema,
      },
      (wire) => {
        const { items, skipped } = parseItems(wire.clients, clientSchema);
        return toPage(
          items.map((item) => toClientAccount(item, paymentType)),
          wire,
          skipped,
        );
      },
      options,
    );
  };
  return {
    keys,
    list: (params = {}, options) => fetchPage(params, options),
    iterate: (params = {}) => paginate((offset) => fetchPage({ ...params, offset })),
    get: (clientId, options) =>
      transport.read(
        keys.get(clientId),
        {
          route: 'clients',
          query: listQuery({ id: clientId }, { limit: 1 }, sortFields),
          schema: clientListSchema,
        },
        (wire) => {
          const found = findItem(wire.clients, clientSchema, clientId, listEndpoint);
          if (!found) {
            throw new HubError({
              kind: 'not_found',
              status: 404,
              endpoint: listEndpoint,
            });
          }
          return toClientAccount(found, paymentType);
        },
        options,
      ),
  };
}
