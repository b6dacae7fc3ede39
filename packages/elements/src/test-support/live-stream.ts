import { createHubClient, type HubClient, type HubLiveEvent } from '@hub/core';
import { createEmulator, DEMO_API_KEY, DEMO_PARTNER_ID, type Emulator } from '@hub/emulator';
import { EMULATOR_BASE_URL } from './emulated-hub.js';

/**
 * An in-page emulator and a client whose live stream (`GET {baseUrl}/events`, which
 * `@hub/server` serves and the emulator does not) the test writes to: `push` sends one event as
 * the server would; `requests` counts the stream's openings and `openStreams` those still open.
 */
export function emulatedLiveHub(): {
  emulator: Emulator;
  client: HubClient;
  push(event: Partial<HubLiveEvent> & Pick<HubLiveEvent, 'type' | 'clientId'>): void;
  readonly requests: number;
  readonly openStreams: number;
} {
  const emulator = createEmulator({ rateLimits: false });
  const encoder = new TextEncoder();
  const streams = new Set<ReadableStreamDefaultController<Uint8Array>>();
  let requests = 0;
  let id = 0;
  const client = createHubClient({
    partnerId: DEMO_PARTNER_ID,
    baseUrl: EMULATOR_BASE_URL,
    auth: { apiKey: DEMO_API_KEY },
    paymentType: 'partner',
    fetch: (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url !== `${EMULATOR_BASE_URL}/events`) return emulator.fetch(input, init);
      requests += 1;
      let own: ReadableStreamDefaultController<Uint8Array> | undefined;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          own = controller;
          streams.add(controller);
          controller.enqueue(encoder.encode(': connected\n\n'));
        },
        cancel() {
          if (own) streams.delete(own);
        },
      });
      return Promise.resolve(
        new Response(body, { headers: { 'content-type': 'text/event-stream' } }),
      );
    },
  });
  return {
    emulator,
    client,
    push(event) {
      const data = {
        numberId: null,
        wabaAccountId: null,
        templateName: null,
        at: new Date().toISOString(),
        ...event,
      };
      const text = `id: ${++id}\nevent: hub\ndata: ${JSON.stringify(data)}\n\n`;
      for (const stream of streams) stream.enqueue(encoder.encode(text));
    },
    get requests() {
      return requests;
    },
    get openStreams() {
      return streams.size;
    },
  };
}
