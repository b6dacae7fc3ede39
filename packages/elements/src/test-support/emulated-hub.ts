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
 * Another seeded client (its own WABA; the demo pays it directly, so tests about its plan or
 * Activate Inbox pass `paymentType: 'direct'`). The Hub grants nothing per client, so tests that
 * show it read-only pass {@link READ_ONLY_CAPABILITIES} as well.
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
  /** Sees each request the client sends, as it sends it (before the emulator answers). */
  onRequest?: (request: Request) => void;
}

/** Where the emulator's Messaging API (business profiles, commerce settings) pretends to live. */
export const EMULATOR_MESSAGING_URL = 'https://hub-emulator.test';

/** A number's Messaging API key, or `undefined` while it has none, as a partner's key store. */
function keyOf(emulator: Emulator, channelId: string): string | undefined {
  try {
    return emulator.channelApiKey(channelId);
  } catch {
    return undefined;
  }
}

/**
 * An emulator running inside the page and a client wired to it, for component tests and stories.
 * The API key is the emulator's demo key: it means nothing outside the emulator.
 */
export function emulatedHub(options: EmulatedHubOptions = {}): {
  emulator: Emulator;
  client: HubClient;
} {
  const { capabilities, paymentType = 'partner', onRequest, ...emulatorOptions } = options;
  const emulator = createEmulator(emulatorOptions);
  const client = createHubClient({
    partnerId: DEMO_PARTNER_ID,
    baseUrl: EMULATOR_BASE_URL,
    auth: { apiKey: DEMO_API_KEY },
    fetch: onRequest
      ? (input, init) => {
          onRequest(new Request(input, init));
          return emulator.fetch(input, init);
        }
      : emulator.fetch,
    capabilities,
    paymentType,
    // The partner's server holds each number's Messaging API key; here the emulator hands it out.
    messaging: {
      baseUrl: EMULATOR_MESSAGING_URL,
      channelApiKey: (channelId) => keyOf(emulator, channelId),
    },
  });
  return { emulator, client };
}

/**
 * Gives a number a stored Messaging API key whatever its status, so its business profile and
 * commerce settings load: a number that was live keeps its key when, say, Meta declines its new
 * display name, but the emulator issues keys to running, live and ready numbers only.
 */
export function storeMessagingKey(emulator: Emulator, channelId: string): void {
  const channel = emulator.state.channels.find((c) => c.id === channelId);
  if (!channel) throw new Error(`Channel ${channelId} not found`);
  const status = channel.status;
  channel.status = 'running';
  try {
    emulator.channelApiKey(channelId);
  } finally {
    channel.status = status;
  }
}

/** Where `@hub/server`'s proxy serves the Messaging API: `{baseUrl}/messaging/{channel_id}/…`. */
const MESSAGING_PROXY_PATH = `${new URL(EMULATOR_BASE_URL).pathname}/messaging/`;

/**
 * What the proxy does with a Messaging API request of a session: sends it on with the number's
 * key (here the emulator's), or answers 404 in the Hub's error envelope when it has none yet.
 */
async function messagingProxy(emulator: Emulator, request: Request): Promise<Response> {
  const url = new URL(request.url);
  const below = url.pathname.slice(MESSAGING_PROXY_PATH.length);
  const slash = below.indexOf('/');
  let key: string;
  try {
    key = emulator.channelApiKey(decodeURIComponent(below.slice(0, slash)));
  } catch {
    const message = 'This number has no Messaging API access here.';
    return Response.json(
      { meta: { success: false, http_code: 404, developer_message: message } },
      { status: 404 },
    );
  }
  const headers = new Headers({ 'd360-api-key': key });
  const type = request.headers.get('content-type');
  if (type) headers.set('content-type', type);
  const body = request.method === 'GET' ? '' : await request.text();
  return emulator.fetch(`${EMULATOR_MESSAGING_URL}/${below.slice(slash + 1)}${url.search}`, {
    method: request.method,
    headers,
    ...(body ? { body } : {}),
  });
}

/**
 * A client that works like a browser session of `@hub/server`: Bearer tokens (issued by the
 * emulator, which stands in for the Hub behind the proxy) and its permissions from
 * `GET {baseUrl}/session`, which `session` answers in the server's place — the Hub has no such
 * endpoint, so the emulator does not either. `sessionRequests` records what reached `session`.
 * Business profiles and commerce settings go to the proxy's `{baseUrl}/messaging/{channel_id}/…`,
 * answered here as the proxy would, with the number's key from the emulator.
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
      if (new URL(request.url).pathname.startsWith(MESSAGING_PROXY_PATH)) {
        return messagingProxy(emulator, request);
      }
      if (request.url !== `${EMULATOR_BASE_URL}/session`) return emulator.fetch(request);
      sessionRequests.push(request);
      return Promise.resolve(session(request));
    },
  });
  return { emulator, client, sessionRequests };
}
