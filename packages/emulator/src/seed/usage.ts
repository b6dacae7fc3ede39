import type { PricingCategory as Category } from '@hub/core';
import { createRandom, hashSeed } from '../random.js';

/** Per-message prices in minor units (cents), per billing currency; Meta-like, rounded. */
const unitPrices: Record<string, Record<Category, number>> = {
  eur: {
    marketing: 6.1,
    marketing_lite: 6.1,
    utility: 2.5,
    authentication: 2.6,
    authentication_international: 4.2,
    service: 0,
    referral_conversion: 0,
  },
  usd: {
    marketing: 2.5,
    marketing_lite: 2.5,
    utility: 0.4,
    authentication: 0.4,
    authentication_international: 2.3,
    service: 0,
    referral_conversion: 0,
  },
};

const shares: Record<'marketing' | 'utility' | 'authentication' | 'service', number> = {
  marketing: 0.3,
  utility: 0.35,
  authentication: 0.1,
  service: 0.25,
};

/** Usage of one category on one day. */
export interface CategoryDay {
  quantity: number;
  paid: number;
  costMinor: number;
}

/**
 * One day of usage of one client: quantities and costs in minor units. Every client has the four
 * classic categories; the newer ones only for clients that use them, as the Hub would send them.
 */
export interface DayUsage {
  date: string;
  byCategory: Partial<Record<Category, CategoryDay>> & Record<keyof typeof shares, CategoryDay>;
}

/**
 * Which newer categories a client uses, stable per client: some send part of their marketing
 * through Marketing Messages Lite, some authenticate users abroad, some run click-to-WhatsApp ads
 * whose replies are free referral conversions.
 */
function clientProfile(seed: number, clientId: string) {
  const random = createRandom(hashSeed(seed, clientId, 'categories'));
  return {
    liteShare: random.chance(0.6) ? 0.3 + random.next() * 0.3 : 0,
    internationalShare: random.chance(0.5) ? 0.1 + random.next() * 0.2 : 0,
    referralShare: random.chance(0.5) ? 0.02 + random.next() * 0.04 : 0,
  };
}

/**
 * Usage of a client on a day, derived from the seed so it needs no storage: weekly rhythm,
 * a slow trend, noise, and a marketing campaign spike now and then.
 */
export function dayUsage(
  seed: number,
  clientId: string,
  currency: string,
  dailyVolume: number,
  date: string,
): DayUsage {
  const random = createRandom(hashSeed(seed, clientId, date));
  const profile = clientProfile(seed, clientId);
  const day = new Date(`${date}T00:00:00Z`);
  const weekday = day.getUTCDay();
  const rhythm = weekday === 0 ? 0.45 : weekday === 6 ? 0.7 : 1;
  const days = day.getTime() / 86_400_000;
  // Gentle growth since 2024 with a seasonal wave, so week-on-week growth is sometimes negative.
  const trend = 1 + 0.12 * Math.sin(days / 58) + Math.max(0, days - 19_723) / 2_500;
  const campaign = random.chance(0.05) ? 2.2 : 1;
  const prices = unitPrices[currency] ?? unitPrices.eur!;
  const quantities: Partial<Record<Category, number>> = {};
  for (const category of Object.keys(shares) as (keyof typeof shares)[]) {
    const boost = category === 'marketing' ? campaign : 1;
    quantities[category] = Math.round(
      dailyVolume * shares[category] * rhythm * trend * boost * (0.8 + random.next() * 0.4),
    );
  }
  // The newer categories take their part out of their relatives, so a client's volume stays put.
  const split = (from: Category, to: Category, share: number) => {
    if (share === 0) return;
    const moved = Math.round(quantities[from]! * share);
    quantities[from]! -= moved;
    quantities[to] = moved;
  };
  split('marketing', 'marketing_lite', profile.liteShare);
  split('authentication', 'authentication_international', profile.internationalShare);
  split('service', 'referral_conversion', profile.referralShare);
  const byCategory = {} as DayUsage['byCategory'];
  for (const [category, quantity] of Object.entries(quantities) as [Category, number][]) {
    const paid =
      prices[category] === 0
        ? 0
        : category === 'utility'
          ? Math.round(quantity * (0.35 + random.next() * 0.1))
          : quantity;
    byCategory[category] = { quantity, paid, costMinor: Math.round(paid * prices[category]) };
  }
  return { date, byCategory };
}
