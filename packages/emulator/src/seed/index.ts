import { createRandom, hashSeed } from '../random.js';
import { apiKeySecret, MESSAGING_API_ADDRESS } from '../channel-keys.js';
import type { EmulatorState } from '../state.js';
import { seedClients } from './clients.js';
import { CURATED_NUMBERS, seedNumbers, seedProfile } from './numbers.js';

export { CURATED_NUMBERS } from './numbers.js';
import { seedTemplates } from './templates.js';

/**
 * Builds the initial state from a seed: the same seed and day always give the same world. Dates
 * are relative to the day of `now` (UTC), so pending deletions lie ahead and renewals are recent.
 */
export function createSeedState(options: {
  seed: number;
  partnerId: string;
  numbers?: number;
  /** The clock, in ms since the epoch; default `Date.now`. Only its day (UTC) matters. */
  now?: () => number;
}): EmulatorState {
  const random = createRandom(options.seed);
  const now = (options.now ?? Date.now)();
  const clients = seedClients(random, options.partnerId, now);
  const channels = seedNumbers(random, clients, options.numbers ?? CURATED_NUMBERS, now);
  const templates = seedTemplates(
    random,
    clients,
    options.partnerId,
    1_204_417_000_000_000 + options.seed,
  );
  const byClient = new Map(clients.map((c) => [c.client.id, c]));
  const state: EmulatorState = {
    version: 1,
    seed: options.seed,
    partnerId: options.partnerId,
    clients: clients.map((c) => c.client),
    channels,
    wabas: clients.map((c) => c.waba),
    templates,
    apiKeys: {},
    profiles: {},
    commerce: {},
    signals: [],
    balances: Object.fromEntries(clients.map((c) => [c.client.id, c.balance])),
    partnerBalances: [
      { currency: 'eur', total: random.int(40_000, 250_000) / 100 },
      { currency: 'usd', total: random.int(40_000, 250_000) / 100 },
    ],
    nextId: 1000,
  };
  // Profiles, keys and commerce settings only for the curated numbers: bulk numbers get them lazily.
  for (const channel of channels.slice(0, CURATED_NUMBERS)) {
    const seed = byClient.get(channel.client_id)!;
    state.profiles[channel.id] = seedProfile(random, seed);
    state.commerce[channel.id] = {
      is_cart_enabled: random.chance(0.4),
      is_catalog_visible: random.chance(0.5),
    };
    if (channel.status === 'running' || channel.status === 'live') {
      const id = String(200_000 + state.nextId++);
      const last = String(random.int(1000, 9999));
      // The rest of the key comes from its own source, so the seeded world stays as it was.
      const secret = `${apiKeySecret(createRandom(hashSeed(options.seed, channel.id, id)), 28)}${last}`;
      state.apiKeys[channel.id] = [
        {
          id,
          api_key: `****${last}`,
          address: MESSAGING_API_ADDRESS,
          app_id: String(random.int(100_000, 199_999)),
          secret,
        },
      ];
    }
  }
  return state;
}
