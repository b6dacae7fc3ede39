import * as z from 'zod/mini';
import { addMoney, moneyFromDecimal, sumMoney, type Money } from '../money.js';
import { maybe } from './common.js';

/**
 * Meta's pricing categories (2025). The Hub's usage model names the first four; `marketing_lite`
 * (Marketing Messages Lite), `authentication_international` and `referral_conversion` are read from
 * `<category>_quantity`/`_paid_quantity`/`_price` when the Hub sends them and are zero otherwise.
 */
export type PricingCategory =
  | 'marketing'
  | 'marketing_lite'
  | 'utility'
  | 'authentication'
  | 'authentication_international'
  | 'service'
  | 'referral_conversion';

/** The categories in display order: each next to its relative, so stacked bars read in families. */
export const PRICING_CATEGORIES: readonly PricingCategory[] = [
  'marketing',
  'marketing_lite',
  'utility',
  'authentication',
  'authentication_international',
  'service',
  'referral_conversion',
];

const amount = z.union([z.number(), z.string()]);

/** The wire fields of one pricing category in a usage row. */
type CategoryWire = {
  [C in PricingCategory as `${C}_quantity` | `${C}_paid_quantity`]: ReturnType<
    typeof maybe<z.ZodMiniNumber>
  >;
} & {
  [C in PricingCategory as `${C}_price`]: ReturnType<typeof maybe<typeof amount>>;
};

const usageSchema = z.object({
  period_date: z.string(),
  quantity: maybe(z.number()),
  paid_quantity: maybe(z.number()),
  free_quantity: maybe(z.number()),
  total_price: maybe(amount),
  // Every category has the same three fields, so they are written once, from the category list.
  ...(Object.fromEntries(
    PRICING_CATEGORIES.flatMap((c) => [
      [`${c}_quantity`, maybe(z.number())],
      [`${c}_paid_quantity`, maybe(z.number())],
      [`${c}_price`, maybe(amount)],
    ]),
  ) as CategoryWire),
});

/**
 * `GET /partners/{partner_id}/clients/{client_id}/channels/{channel_id}/info/usage`: one number's
 * usage. The Hub documents the endpoint but not its body; we read the balance answer's usage rows
 * (see docs/api-assumptions.md).
 */
export const channelUsageSchema = z.object({
  currency: z.string(),
  granularity: maybe(z.string()),
  usage: z.optional(z.array(usageSchema)),
});

/** `GET /partners/{partner_id}/clients/{client_id}/info/balance`. */
export const clientBalanceSchema = z.object({
  balance: amount,
  currency: z.string(),
  granularity: maybe(z.string()),
  last_renewal: maybe(z.object({ date: z.string(), amount })),
  auto_renewal: maybe(z.object({ enabled: z.boolean(), threshold: amount, amount })),
  estimated_template_cost: maybe(amount),
  usage: z.optional(z.array(usageSchema)),
});

/** `GET /partners/{partner_id}/balance`: one record, or one per currency. */
export const partnerBalanceSchema = z.union([
  z.object({ total: amount, currency: z.string() }),
  z.array(z.object({ total: amount, currency: z.string() })),
]);

/** Usage of one pricing category in one period. */
export interface CategoryUsage {
  /** Messages (conversations before July 2025). */
  quantity: number;
  /** The charged part of `quantity`. */
  paidQuantity: number;
  /** Approximate charge; in-month figures are estimates until Meta's month-end invoice. */
  cost: Money;
}

/** Usage of one day or month. */
export interface UsagePeriod {
  /** First day of the period, `YYYY-MM-DD` (UTC). */
  date: string;
  byCategory: Record<PricingCategory, CategoryUsage>;
  /**
   * What the Hub's totals hold beyond the categories above (never negative): messages and charges
   * it did not attribute to a category this SDK knows, kept so that they are not silently lost.
   */
  unattributed: CategoryUsage;
  /** All messages of the period, as the Hub counts them (the category sum when it does not say). */
  quantity: number;
  paidQuantity: number;
  /** All charges of the period, as the Hub totals them (the category sum when it does not say). */
  cost: Money;
}

/** A client's prepaid funds and their auto-renewal settings. */
export interface ClientBalance {
  clientId: string;
  balance: Money;
  /** The last top-up, if any. */
  lastRenewal: { date: string; amount: Money } | null;
  /** Top up by `amount` when the balance falls to `threshold`; `null` when the Hub does not say. */
  autoRenewal: { enabled: boolean; threshold: Money; amount: Money } | null;
  estimatedTemplateCost: Money | null;
}

type BalanceWire = z.infer<typeof clientBalanceSchema>;

/** Maps the balance part of the wire answer. */
export function toClientBalance(clientId: string, wire: BalanceWire): ClientBalance {
  const currency = wire.currency;
  return {
    clientId,
    balance: moneyFromDecimal(wire.balance, currency),
    lastRenewal: wire.last_renewal
      ? {
          date: wire.last_renewal.date,
          amount: moneyFromDecimal(wire.last_renewal.amount, currency),
        }
      : null,
    autoRenewal: wire.auto_renewal
      ? {
          enabled: wire.auto_renewal.enabled,
          threshold: moneyFromDecimal(wire.auto_renewal.threshold, currency),
          amount: moneyFromDecimal(wire.auto_renewal.amount, currency),
        }
      : null,
    estimatedTemplateCost:
      wire.estimated_template_cost == null
        ? null
        : moneyFromDecimal(wire.estimated_template_cost, currency),
  };
}

/** Maps the usage rows of the wire answer, oldest first. */
export function toUsagePeriods(wire: Pick<BalanceWire, 'currency' | 'usage'>): UsagePeriod[] {
  const currency = wire.currency.toUpperCase();
  return (wire.usage ?? [])
    .map((row) => {
      const byCategory = {} as Record<PricingCategory, CategoryUsage>;
      for (const category of PRICING_CATEGORIES) {
        const quantity = row[`${category}_quantity`] ?? 0;
        byCategory[category] = {
          quantity,
          paidQuantity: row[`${category}_paid_quantity`] ?? quantity,
          cost: moneyFromDecimal(row[`${category}_price`] ?? 0, currency),
        };
      }
      const categories = Object.values(byCategory);
      const categoryQuantity = categories.reduce((n, c) => n + c.quantity, 0);
      const categoryPaid = categories.reduce((n, c) => n + c.paidQuantity, 0);
      const categoryCost = sumMoney(
        categories.map((c) => c.cost),
        currency,
      );
      const quantity = row.quantity ?? categoryQuantity;
      const paidQuantity = row.paid_quantity ?? categoryPaid;
      const cost =
        row.total_price == null ? categoryCost : moneyFromDecimal(row.total_price, currency);
      return {
        date: row.period_date.slice(0, 10),
        byCategory,
        // A total below the category sum is rounding (each price is rounded to the minor unit on
        // its own), not a negative charge; the categories then stand as they are.
        unattributed: {
          quantity: Math.max(0, quantity - categoryQuantity),
          paidQuantity: Math.max(0, paidQuantity - categoryPaid),
          cost: {
            amountMinor: Math.max(0, cost.amountMinor - categoryCost.amountMinor),
            currency,
          },
        },
        quantity,
        paidQuantity,
        cost,
      };
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Maps the partner balance to one amount per currency. */
export function toPartnerBalances(wire: z.infer<typeof partnerBalanceSchema>): Money[] {
  return (Array.isArray(wire) ? wire : [wire]).map((b) => moneyFromDecimal(b.total, b.currency));
}

const addCategory = (a: CategoryUsage, b: CategoryUsage): CategoryUsage => ({
  quantity: a.quantity + b.quantity,
  paidQuantity: a.paidQuantity + b.paidQuantity,
  cost: addMoney(a.cost, b.cost),
});

/**
 * Adds up the usage of several numbers period by period, oldest first: the client's usage. Every
 * amount is in minor units, so the sum is exact.
 */
export function mergeUsagePeriods(lists: readonly UsagePeriod[][]): UsagePeriod[] {
  const byDate = new Map<string, UsagePeriod>();
  for (const period of lists.flat()) {
    const seen = byDate.get(period.date);
    if (!seen) {
      byDate.set(period.date, period);
      continue;
    }
    const byCategory = {} as Record<PricingCategory, CategoryUsage>;
    for (const category of PRICING_CATEGORIES) {
      byCategory[category] = addCategory(seen.byCategory[category], period.byCategory[category]);
    }
    byDate.set(period.date, {
      date: period.date,
      byCategory,
      unattributed: addCategory(seen.unattributed, period.unattributed),
      quantity: seen.quantity + period.quantity,
      paidQuantity: seen.paidQuantity + period.paidQuantity,
      cost: addMoney(seen.cost, period.cost),
    });
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
