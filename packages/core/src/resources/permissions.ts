import { CAPABILITIES, type Capability, type Permissions } from '../capabilities.js';
import type { QueryFetchOptions, QueryKey } from '../cache.js';
import type { HubTransport } from '../http.js';
import { sessionSchema, toPermissions } from '../schemas/permissions.js';

/** What the current session, or the partner key, may do for a client. */
export interface PermissionsResource {
  /**
   * The capabilities for `clientId`; check them with `can()`. They come from, in order: the
   * client's `capabilities` option; with a partner API key, every capability (the key is
   * partner-wide and the Hub enforces each call); with a session token, the session itself, which
   * `@hub/server` describes at `GET {baseUrl}/session`. A session of another client grants nothing.
   */
  get(clientId: string, options?: QueryFetchOptions): Promise<Permissions>;
  /** Cache keys of this resource. */
  readonly keys: { get(clientId: string): QueryKey };
}

const keys = { get: (clientId: string): QueryKey => ['permissions', clientId] };

const fixed = (clientId: string, capabilities: readonly Capability[]): Promise<Permissions> =>
  Promise.resolve({ clientId, capabilities: new Set(capabilities) });

/** Creates the permissions resource on a transport (what `client.permissions` is). */
export function createPermissionsResource(transport: HubTransport): PermissionsResource {
  return {
    keys,
    get(clientId, options) {
      if (transport.capabilities) return fixed(clientId, transport.capabilities);
      if (transport.authKind === 'apiKey') return fixed(clientId, CAPABILITIES);
      return transport.read(
        keys.get(clientId),
        { route: '/session', schema: sessionSchema },
        (wire) => toPermissions(clientId, wire),
        options,
      );
    },
  };
}
