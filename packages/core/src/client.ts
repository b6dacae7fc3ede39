import type { QueryCache } from './cache.js';
import {
  createHubTransport,
  DEFAULT_BASE_URL,
  type HubAuth,
  type HubClientOptions,
  type HubTransport,
} from './http.js';
import {
  createLiveUpdates,
  type HubLive,
  type HubLiveEvent,
  type HubLiveOptions,
} from './live/index.js';
import { shareSessionToken } from './live/session.js';
import { createActivityResource, type ActivityResource } from './resources/activity.js';
import { createBillingResource, type BillingResource } from './resources/billing.js';
import { createClientsResource, type ClientsResource } from './resources/clients.js';
import { createNumbersResource, type NumbersResource } from './resources/numbers.js';
import {
  createPartnerChangesResource,
  type PartnerChangesResource,
} from './resources/partner-changes.js';
import { createPermissionsResource, type PermissionsResource } from './resources/permissions.js';
import { createSharingResource, type SharingResource } from './resources/sharing.js';
import { createProfileResource, type ProfileResource } from './resources/profile.js';
import { createTemplatesResource, type TemplatesResource } from './resources/templates.js';
import { createWabaResource, type WabaResource } from './resources/waba.js';

/** A client of the Hub Partner API for one partner: every resource plus the shared query cache. */
export interface HubClient {
  readonly partnerId: string;
  /** The query cache all reads go through; `subscribe` to keys from each resource's `keys`. */
  readonly cache: QueryCache;
  /** The underlying transport, to build extra resources on. */
  readonly transport: HubTransport;
  readonly numbers: NumbersResource;
  readonly templates: TemplatesResource;
  readonly billing: BillingResource;
  readonly activity: ActivityResource;
  readonly permissions: PermissionsResource;
  readonly waba: WabaResource;
  readonly profile: ProfileResource;
  readonly clients: ClientsResource;
  /** Partner-level: requests of clients to move to this partner (partner-staff sessions only). */
  readonly partnerChanges: PartnerChangesResource;
  /** Which of a client's numbers it shares with the partner ("Shared" / "Missing"). */
  readonly sharing: SharingResource;
  /**
   * Live updates: opens `GET {baseUrl}/events` of `@hub/server` (a Server-Sent Events stream of
   * the session's client, with the session's token) and refreshes exactly the cached numbers or
   * templates each event changes, so every open list shows the change within about a second.
   * Reconnects by itself (resuming after the last event), and where there is no stream (a 404,
   * or a network that keeps failing) reads the affected lists again every `pollInterval`.
   * Calls share one stream: it stays open until every returned hold is closed. The options of
   * the call that opens the stream apply.
   *
   * @example
   * ```ts
   * const live = hub.live();
   * live.on('event', (event) => console.log(event.type, event.numberId));
   * // later
   * live.close();
   * ```
   */
  live(options?: HubLiveOptions): HubLive;
  /**
   * Listens to the events of this client's live stream, whoever opened it, without opening it
   * (elements highlight what changed this way). Returns the function that stops listening.
   */
  onLiveEvent(listener: (event: HubLiveEvent) => void): () => void;
}

/**
 * Creates a Hub client. Server-side, authenticate with a partner API key; in browsers, with a
 * session token from the partner's backend (never ship an API key to a browser).
 *
 * @example
 * ```ts
 * const hub = createHubClient({ partnerId: 'f167CmPA', auth: { apiKey: process.env.HUB_API_KEY! } });
 * const { items } = await hub.numbers.list({ filters: { status: 'running' }, sort: '-createdAt' });
 * ```
 *
 * To ship less code, build only the resources you use with `createHubTransport` and e.g.
 * `createNumbersResource(transport)`.
 */
export function createHubClient(options: HubClientOptions): HubClient {
  let transportAuth: HubAuth = options.auth;
  let liveAuth: HubAuth = options.auth;
  if ('sessionToken' in options.auth) {
    const share = shareSessionToken(options.auth.sessionToken);
    transportAuth = { sessionToken: share() };
    liveAuth = { sessionToken: share() };
  }
  const transport = createHubTransport({ ...options, auth: transportAuth });
  const numbers = createNumbersResource(transport);
  const live = createLiveUpdates({
    url: `${(options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '')}/events`,
    // Looked up per request, as the transport does.
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    auth: liveAuth,
    cache: transport.cache,
  });
  return {
    partnerId: options.partnerId,
    cache: transport.cache,
    transport,
    numbers,
    templates: createTemplatesResource(transport),
    billing: createBillingResource(transport),
    activity: createActivityResource(transport),
    permissions: createPermissionsResource(transport),
    waba: createWabaResource(transport),
    profile: createProfileResource(transport),
    clients: createClientsResource(transport),
    partnerChanges: createPartnerChangesResource(transport),
    sharing: createSharingResource(transport, numbers),
    live: (liveOptions) => live.open(liveOptions),
    onLiveEvent: (listener) => live.onEvent(listener),
  };
}
