import type { QueryCache } from './cache.js';
import { createHubTransport, type HubClientOptions, type HubTransport } from './http.js';
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
  const transport = createHubTransport(options);
  const numbers = createNumbersResource(transport);
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
  };
}
