import type { QueryKey } from '../cache.js';
import type { NumberListParams } from '../resources/numbers.js';

/** The cache keys of the numbers resource (`client.numbers.keys`). */
export const numberKeys = {
  list: (params: NumberListParams = {}): QueryKey => ['numbers', 'list', params],
  all: (clientId: string): QueryKey => ['numbers', 'all', clientId],
  get: (id: string): QueryKey => ['numbers', 'get', id],
  apiKeys: (numberId: string): QueryKey => ['numbers', 'apiKeys', numberId],
};
