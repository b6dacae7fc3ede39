import type { Money } from '../money.js';
import type { ClientBalance, UsagePeriod } from '../schemas/balance.js';

/** What a client's funds look like ahead: how fast they go and whether they run low. */
export interface FundsOutlook {
  balance: Money;
  /** Average charge per day over the periods given (minor units, rounded up); `null` without spend. */
  dailySpend: Money | null;
  /** Whole days the balance lasts at `dailySpend`; `null` when nothing is spent. */
  daysLeft: number | null;
  /**
   * Low: nothing left; at or under the auto-renewal threshold when auto-renewal is on; otherwise
   * fewer than `lowDays` days left at the current rate.
   */
  low: boolean;
}

/**
 * The outlook of `balance` at the spending rate of `recentDays`: the daily usage of the last
 * `windowDays` full days (the Hub may leave out days without usage, so the rate is averaged over
 * the window, not over the rows). Beyond the Hub, which shows the balance only: a client learns
 * how long it lasts.
 */
export function fundsOutlook(
  balance: ClientBalance,
  recentDays: readonly UsagePeriod[],
  windowDays = 7,
  lowDays = 7,
): FundsOutlook {
  const currency = balance.balance.currency;
  const spent = recentDays
    .filter((p) => p.cost.currency === currency)
    .reduce((sum, p) => sum + p.cost.amountMinor, 0);
  const dailyMinor = windowDays > 0 ? Math.ceil(spent / windowDays) : 0;
  const dailySpend = dailyMinor > 0 ? { amountMinor: dailyMinor, currency } : null;
  const left = balance.balance.amountMinor;
  const daysLeft = dailySpend ? Math.max(0, Math.floor(left / dailyMinor)) : null;
  const renewal = balance.autoRenewal;
  const low =
    left <= 0 ||
    (renewal?.enabled
      ? left <= renewal.threshold.amountMinor
      : daysLeft !== null && daysLeft < lowDays);
  return { balance: balance.balance, dailySpend, daysLeft, low };
}
