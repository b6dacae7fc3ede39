import { createRandom, hashSeed } from '../random.js';

/** Per-message prices in minor units (cents), per billing currency; Meta-like, rounded. */
const unitPrices: Record<string, Record<Category, number>> = {
  eur: { marketing: 6.1, utility: 2.5, authentication: 2.6, service: 0 },
  usd: { marketing: 2.5, utility: 0.4, authentication: 0.4, service: 0 },
};

/** The four pricing categories the client-balance endpoint reports. */
export type Category = 'marketing' | 'utility' | 'authentication' | 'service';

const shares: Record<Category, number> = {
  marketing: 0.3,
  utility: 0.35,
  authentication: 0.1,
  service: 0.25,
};

/** One day of usage of one client: quantities and costs in minor units. */
export interface DayUsage {
  date: string;
  byCategory: Record<Category, { quantity: number; paid: number; costMinor: number }>;
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
  const day = new Date(`${date}T00:00:00Z`);
  const weekday = day.getUTCDay();
  const rhythm = weekday === 0 ? 0.45 : weekday === 6 ? 0.7 : 1;
  const days = day.getTime() / 86_400_000;
  // Gentle growth since 2024 with a seasonal wave, so week-on-week growth is sometimes negative.
  const trend = 1 + 0.12 * Math.sin(days / 58) + Math.max(0, days - 19_723) / 2_500;
  const campaign = random.chance(0.05) ? 2.2 : 1;
  const prices = unitPrices[currency] ?? unitPrices.eur!;
  const byCategory = {} as DayUsage['byCategory'];
  for (const category of Object.keys(shares) as Category[]) {
    const boost = category === 'marketing' ? campaign : 1;
    const quantity = Math.round(
      dailyVolume * shares[category] * rhythm * trend * boost * (0.8 + random.next() * 0.4),
    );
    const paid =
      category === 'service'
        ? 0
        : category === 'utility'
          ? Math.round(quantity * (0.35 + random.next() * 0.1))
          : quantity;
    byCategory[category] = { quantity, paid, costMinor: Math.round(paid * prices[category]) };
  }
  return { date, byCategory };
}
