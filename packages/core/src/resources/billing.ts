import type { QueryFetchOptions, QueryKey } from '../cache.js';
import type { HubTransport } from '../http.js';
import type { Money } from '../money.js';
import { isoDay } from '../period.js';
import {
  partnerBalanceSchema,
  toClientBalance,
  toPartnerBalances,
  type ClientBalance,
} from '../schemas/balance.js';
import {
  balanceRequest,
  readUsage,
  usageKey,
  type UsageParams,
  type UsageReport,
} from './usage.js';

export type { UsageParams, UsageReport } from './usage.js';

/** Balances, funds and usage. */
export interface BillingResource {
  /** A client's prepaid balance and auto-renewal settings. */
  balance(clientId: string, options?: QueryFetchOptions): Promise<ClientBalance>;
  /** A client's usage and approximate charges over a range of days. */
  usage(clientId: string, params: UsageParams, options?: QueryFetchOptions): Promise<UsageReport>;
  /** The partner's shared balance (partner-paid clients), one amount per currency. */
  partnerBalance(options?: QueryFetchOptions): Promise<Money[]>;
  /** Cache keys of this resource. */
  readonly keys: {
    balance(clientId: string): QueryKey;
    usage(clientId: string, params: UsageParams): QueryKey;
    partnerBalance(): QueryKey;
  };
}

const keys = {
  balance: (clientId: string): QueryKey => ['billing', 'balance', clientId],
  usage: usageKey,
  partnerBalance: (): QueryKey => ['billing', 'partnerBalance'],
};

/** Creates the billing resource on a transport (what `client.billing` is). */
export function createBillingResource(transport: HubTransport): BillingResource {
  return {
    keys,
    balance(clientId, options) {
      // The balance comes with usage; ask for the current month only, the smallest answer.
      const today = isoDay(Date.now());
      const from = `${today.slice(0, 8)}01`;
      return transport.read(
        keys.balance(clientId),
        balanceRequest(clientId, { from, to: today, granularity: 'month' }),
        (wire) => toClientBalance(clientId, wire),
        options,
      );
    },
    usage: (clientId, params, options) => readUsage(transport, clientId, params, options),
    partnerBalance: (options) =>
      transport.read(
        keys.partnerBalance(),
        { route: 'balance', schema: partnerBalanceSchema },
        toPartnerBalances,
        options,
      ),
  };
}
