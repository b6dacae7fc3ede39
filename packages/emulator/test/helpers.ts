import { createHubClient, type HubClientOptions } from '@hub/core';
import { DEMO_API_KEY, DEMO_PARTNER_ID } from '../src/index.js';
import { startEmulator, type RunningEmulator, type StartEmulatorOptions } from '../src/node.js';

/** Starts the emulator on a random loopback port. */
export function serve(options: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  return startEmulator({ port: 0, host: '127.0.0.1', ...options });
}

/** A client of the SDK pointed at a running emulator, with fast retries for tests. */
export function sdk(server: RunningEmulator, options: Partial<HubClientOptions> = {}) {
  return createHubClient({
    baseUrl: server.url,
    partnerId: DEMO_PARTNER_ID,
    auth: { apiKey: DEMO_API_KEY },
    retry: { limit: 4, baseDelay: 1, maxDelay: 5 },
    timeout: 5_000,
    ...options,
  });
}

/** A valid utility template create request. */
export function draft(name: string, language = 'en_US') {
  return {
    name,
    language,
    category: 'UTILITY' as const,
    components: [
      {
        type: 'BODY',
        text: 'Hi {{1}}, your table for {{2}} is booked. See you soon!',
        example: { body_text: [['Anna', 'four']] },
      },
    ],
  };
}
