import type { QueryFetchOptions, QueryKey } from '../cache.js';
import type { HubTransport } from '../http.js';
import { toUnixRange, type DateRange } from '../period.js';
import { clientBalanceSchema, toUsagePeriods, type UsagePeriod } from '../schemas/balance.js';

/** Usage of a client over a range, per day or month. */
export interface UsageReport {
  clientId: string;
  /** Upper-case ISO code of every amount in the report. */
  currency: string;
  granularity: 'day' | 'month';
  periods: UsagePeriod[];
}

/** Parameters of `billing.usage`. */
export interface UsageParams extends DateRange {
  /** Default `day`. */
  granularity?: 'day' | 'month';
}

const balanceRoute = 'clients/{client_id}/info/balance';

/** The client-balance query for a range; also what `activity` reads. */
export function usageRequest(clientId: string, params: UsageParams) {
  return {
    route: balanceRoute,
    params: { client_id: clientId },
    query: { ...toUnixRange(params), granularity: (params.granularity ?? 'day').toUpperCase() },
    schema: clientBalanceSchema,
  };
}

/** Cache key of a usage report, shared by `billing` and `activity` so a dashboard reading both makes one request. */
export function usageKey(clientId: string, params: UsageParams): QueryKey {
  return [
    'billing',
    'usage',
    clientId,
    { from: params.from, to: params.to, granularity: params.granularity ?? 'day' },
  ];
}

/** Reads a usage report through the cache. */
export function readUsage(
  transport: HubTransport,
  clientId: string,
  params: UsageParams,
  options?: QueryFetchOptions,
): Promise<UsageReport> {
  return transport.read(
    usageKey(clientId, params),
    usageRequest(clientId, params),
    (wire) => ({
      clientId,
      currency: wire.currency.toUpperCase(),
      granularity: params.granularity ?? 'day',
      periods: toUsagePeriods(wire),
    }),
    options,
  );
}
