import type { QueryFetchOptions, QueryKey } from '../cache.js';
import type { Permissions } from '../capabilities.js';
import type { HubTransport } from '../http.js';
import { permissionsSchema, toPermissions } from '../schemas/permissions.js';

/** What the partner, or the current session, may do for a client. */
export interface PermissionsResource {
  /** The capabilities granted for `clientId`; check them with `can()`. */
  get(clientId: string, options?: QueryFetchOptions): Promise<Permissions>;
  /** Cache keys of this resource. */
  readonly keys: { get(clientId: string): QueryKey };
}

const keys = { get: (clientId: string): QueryKey => ['permissions', clientId] };

/** Creates the permissions resource on a transport (what `client.permissions` is). */
export function createPermissionsResource(transport: HubTransport): PermissionsResource {
  return {
    keys,
    get: (clientId, options) =>
      transport.read(
        keys.get(clientId),
        {
          route: 'clients/{client_id}/permissions',
          params: { client_id: clientId },
          schema: permissionsSchema,
        },
        (wire) => toPermissions(clientId, wire),
        options,
      ),
  };
}
