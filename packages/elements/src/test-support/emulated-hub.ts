import { createHubClient, type HubClient } from '@hub/core';
import {
  createEmulator,
  DEMO_API_KEY,
  DEMO_PARTNER_ID,
  type Emulator,
  type EmulatorOptions,
} from '@hub/emulator';

/** Where the in-browser emulator pretends to live; requests never leave the page. */
export const EMULATOR_BASE_URL = 'https://hub-emulator.test/api/v2';

/** A seeded client with every capability, partner payment in EUR. */
export const FULL_ACCESS_CLIENT = 'bNapo1CL';
/** A seeded client that grants the partner read-only access. */
export const READ_ONLY_CLIENT = 'sHaRa6CL';

/**
 * An emulator running inside the page and a client wired to it, for component tests and stories.
 * The API key is the emulator's demo key: it means nothing outside the emulator.
 */
export function emulatedHub(options: EmulatorOptions = {}): {
  emulator: Emulator;
  client: HubClient;
} {
  const emulator = createEmulator(options);
  const client = createHubClient({
    partnerId: DEMO_PARTNER_ID,
    baseUrl: EMULATOR_BASE_URL,
    auth: { apiKey: DEMO_API_KEY },
    fetch: emulator.fetch,
  });
  return { emulator, client };
}
