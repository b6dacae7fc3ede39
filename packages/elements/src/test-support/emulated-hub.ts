import { CAPABILITIES, createHubClient, type Capability, type HubClient } from '@hub/core';
import {
  createEmulator,
  DEMO_API_KEY,
  DEMO_PARTNER_ID,
  type Emulator,
  type EmulatorOptions,
} from '@hub/emulator';

/** Where the in-browser emulator pretends to live; requests never leave the page. */
export const EMULATOR_BASE_URL = 'https://hub-emulator.test/api/v2';

/** A seeded client, partner payment in EUR. */
export const FULL_ACCESS_CLIENT = 'bNapo1CL';
/**
 * Another seeded client (direct payment, its own WABA). The Hub grants nothing per client, so
 * tests that show it read-only pass {@link READ_ONLY_CAPABILITIES} as well.
 */
export const READ_ONLY_CLIENT = 'sHaRa6CL';

/** Every `:read` capability: what a portal gives a user who may look but not change anything. */
export const READ_ONLY_CAPABILITIES: readonly Capability[] = CAPABILITIES.filter((c) =>
  c.endsWith(':read'),
);

/** Options of {@link emulatedHub}: the emulator's, plus what the client should say it may do. */
export interface EmulatedHubOptions extends EmulatorOptions {
  /**
   * The client's `capabilities` option. Without it the client uses the emulator's demo API key,
   * which grants every capability.
   */
  capabilities?: readonly Capability[];
  /** The partner account's payment type, as a portal configures it. Default `partner`. */
  paymentType?: 'direct' | 'partner';
}

/** Where the emulator's Messaging API (business profiles, commerce settings) pretends to live. */
export const EMULATOR_MESSAGING_URL = 'https://hub-emulator.test';

/**
 * An emulator running inside the page and a client wired to it, for component tests and stories.
 * The API key is the emulator's demo key: it means nothing outside the emulator.
 */
export function emulatedHub(options: EmulatedHubOptions = {}): {
  emulator: Emulator;
  client: HubClient;
} {
  const { capabilities, paymentType = 'partner', ...emulatorOptions } = options;
  const emulator = createEmulator(emulatorOptions);
  const client = createHubClient({
    partnerId: DEMO_PARTNER_ID,
    baseUrl: EMULATOR_BASE_URL,
    auth: { apiKey: DEMO_API_KEY },
    fetch: emulator.fetch,
    capabilities,
    paymentType,
    // The partner's server holds each number's Messaging API key; here the emulator hands it out.
    messaging: {
      baseUrl: EMULATOR_MESSAGING_URL,
      channelApiKey: (channelId) => emulator.channelApiKey(channelId),
    },
  });
  return { emulator, client };
}

/**
 * A client that works like a browser session of `@hub/server`: Bearer tokens (issued by the
 * emulator, which stands in for the Hub behind the proxy) and its permissions from
 * `GET {baseUrl}/session`, which `session` answers in the server's place — the Hub has no such
 * endpoint, so the emulator does not either. `sessionRequests` records what reached `session`.
 */
export function emulatedSession(
  session: (request: Request) => Response | Promise<Response>,
  options: EmulatorOptions = {},
): { emulator: Emulator; client: HubClient; sessionRequests: Request[] } {
  const emulator = createEmulator(options);
  const sessionRequests: Request[] = [];
  const client = createHubClient({
    partnerId: DEMO_PARTNER_ID,
    baseUrl: EMULATOR_BASE_URL,
    auth: { sessionToken: () => Promise.resolve(emulator.tokens.issue(Date.now())) },
    fetch: (input, init) => {
      const request = new Request(input, init);
      if (request.url !== `${EMULATOR_BASE_URL}/session`) return emulator.fetch(request);
      sessionRequests.push(request);
      return Promise.resolve(session(request));
    },
  });
  return { emulator, client, sessionRequests };
}
