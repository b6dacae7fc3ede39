import { createHubClient, type HubClient } from '@hub/core';
import { createEmulator, DEMO_API_KEY, DEMO_PARTNER_ID } from '@hub/emulator';

/** A seeded client of the emulator: partner-paid, in EUR, with numbers, usage and templates. */
export const CLIENT_ID = 'bNapo1CL';

/** That client's WhatsApp Business Account. */
export const WABA_ID = 'bNapoWA';

/**
 * A Hub inside this page: the emulator answers the client's requests in memory, so the example
 * needs no backend and no API key (the demo key means nothing outside the emulator). A real app
 * gives `<HubProvider>` `baseUrl`, `partnerId` and `sessionUrl` instead, served by `@hub/server`.
 */
export function emulatedClient(): HubClient {
  const emulator = createEmulator();
  return createHubClient({
    partnerId: DEMO_PARTNER_ID,
    baseUrl: 'https://hub-emulator.test/api/v2',
    auth: { apiKey: DEMO_API_KEY },
    fetch: emulator.fetch,
  });
}
