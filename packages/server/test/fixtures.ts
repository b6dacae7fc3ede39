import { createEmulator, DEMO_API_KEY, DEMO_PARTNER_ID, type Emulator } from '@hub/emulator';
import {
  createHubProxy,
  createHubSessions,
  type HubProxyOptions,
  type HubProxyRequestInfo,
  type HubSessions,
  type HubSessionsOptions,
} from '../src/index.js';

export const SECRET = 'test-secret-0123456789-abcdefghijklmnop';
export const HUB_URL = 'http://hub.test/api/v2';
export const PROXY = 'http://portal.test/hub-api';
export const MESSAGING_URL = 'http://messaging.test';

/** The IDs a client owns in the seeded emulator, for building requests against it. */
export interface ClientIds {
  clientId: string;
  channelIds: string[];
  wabaId: string;
  templateIds: string[];
  /** An approved template, editable once. */
  approvedTemplateId: string;
}

export function idsOf(emulator: Emulator, clientId: string): ClientIds {
  const channels = emulator.state.channels.filter((c) => c.client_id === clientId);
  const wabaId = channels[0]!.waba_account.id;
  const templates = emulator.state.templates.filter((t) => t.waba_account_id === wabaId);
  return {
    clientId,
    channelIds: channels.map((c) => c.id),
    wabaId,
    templateIds: templates.map((t) => t.id),
    approvedTemplateId: templates.find((t) => t.status === 'approved')!.id,
  };
}

/** An emulator as the Hub, sessions and a proxy on it, and a log of what the proxy reported. */
export function setup(
  options: { sessions?: Partial<HubSessionsOptions>; proxy?: Partial<HubProxyOptions> } = {},
) {
  const emulator = createEmulator({ rateLimits: false, templateReviewDelayMs: 60_000 });
  const sessions = createHubSessions({
    partnerId: DEMO_PARTNER_ID,
    apiKey: DEMO_API_KEY,
    secret: SECRET,
    hubBaseUrl: HUB_URL,
    ...options.sessions,
  });
  const log: HubProxyRequestInfo[] = [];
  const proxy = createHubProxy({
    sessions,
    fetch: emulator.fetch,
    messagingBaseUrl: MESSAGING_URL,
    channelApiKey: (channelId) => emulator.channelApiKey(channelId),
    rateLimit: false,
    onRequest: (info) => log.push(info),
    ...options.proxy,
  });
  return { emulator, sessions, proxy, log };
}

/** `fetch`-like call of the proxy with a session token. */
export function call(
  proxy: (request: Request) => Promise<Response>,
  token: string | undefined,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return proxy(
    new Request(`${PROXY}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

export type { HubSessions };
export { DEMO_PARTNER_ID };
