import type { QueryFetchOptions, QueryKey } from '../cache.js';
import type { HubTransport } from '../http.js';
import { toUnixRange, type DateRange } from '../period.js';
import {
  channelUsageSchema,
  clientBalanceSchema,
  mergeUsagePeriods,
  toUsagePeriods,
  type UsagePeriod,
} from '../schemas/balance.js';
import { failResponse, listEnvelope, mapWire } from '../schemas/common.js';

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
const channelUsageRoute = 'clients/{client_id}/channels/{channel_id}/info/usage';
const usageEndpoint = `GET /partners/{partner_id}/${channelUsageRoute}`;
/** Numbers read at once: a client's numbers are few, and the Hub is not asked for all in a burst. */
const concurrency = 4;

/** The query of a usage or balance request for a range. */
function rangeQuery(params: UsageParams) {
  return { ...toUnixRange(params), granularity: (params.granularity ?? 'day').toUpperCase() };
}

/** The client-balance query for a range (the balance answer: funds, and usage for direct payment). */
export function balanceRequest(clientId: string, params: UsageParams) {
  return {
    route: balanceRoute,
    params: { client_id: clientId },
    query: rangeQuery(params),
    schema: clientBalanceSchema,
  };
}

/** Cache key of a usage report, shared by `billing` and `activity` so a dashboard reading both makes one set of requests. */
export function usageKey(clientId: string, params: UsageParams): QueryKey {
  return [
    'billing',
    'usage',
    clientId,
    { from: params.from, to: params.to, granularity: params.granularity ?? 'day' },
  ];
}

const channelIdsSchema = listEnvelope('partner_channels');

/** The IDs of every number of a client, page by page. */
async function channelIdsOf(
  transport: HubTransport,
  clientId: string,
  signal: AbortSignal,
): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ;) {
    const page = await transport.request({
      method: 'GET',
      route: 'channels',
      query: { filters: JSON.stringify({ client_id: clientId }), limit: 1000, offset },
      schema: channelIdsSchema,
      signal,
    });
    const batch = page.partner_channels.flatMap((item) => {
      const id = (item as { id?: unknown } | null)?.id;
      return typeof id === 'string' ? [id] : [];
    });
    ids.push(...batch);
    offset += page.partner_channels.length;
    if (page.partner_channels.length === 0 || offset >= page.total) return ids;
  }
}

/** Runs `work` over `items`, at most `limit` at a time, keeping the order of the results. */
async function inBatches<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>) {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += limit) {
    results.push(...(await Promise.all(items.slice(i, i + limit).map(work))));
  }
  return results;
}

/**
 * Reads a client's usage through the cache: the Hub documents usage per number
 * (`…/channels/{channel_id}/info/usage`, per message and category, for both payment types), so the
 * client's is the sum over its numbers. A client without numbers has no usage; its currency then
 * comes from the balance answer.
 */
export function readUsage(
  transport: HubTransport,
  clientId: string,
  params: UsageParams,
  options?: QueryFetchOptions,
): Promise<UsageReport> {
  const granularity = params.granularity ?? 'day';
  return transport.cache.fetch(
    usageKey(clientId, params),
    async (signal) => {
      const channels = await channelIdsOf(transport, clientId, signal);
      const answers = await inBatches(channels, concurrency, (channelId) =>
        transport.request({
          method: 'GET',
          route: channelUsageRoute,
          params: { client_id: clientId, channel_id: channelId },
          query: rangeQuery(params),
          schema: channelUsageSchema,
          signal,
        }),
      );
      const currencies = new Set(answers.map((a) => a.currency.toUpperCase()));
      if (currencies.size > 1) {
        failResponse(usageEndpoint, `numbers of one client in ${[...currencies].join(' and ')}`);
      }
      const currency =
        [...currencies][0] ??
        (
          await transport.request({ ...balanceRequest(clientId, params), method: 'GET', signal })
        ).currency.toUpperCase();
      return {
        clientId,
        currency,
        granularity,
        periods: mapWire(usageEndpoint, () => mergeUsagePeriods(answers.map(toUsagePeriods))),
      };
    },
    options,
  );
}
