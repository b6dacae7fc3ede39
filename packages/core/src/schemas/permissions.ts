import * as z from 'zod/mini';
import { isCapability, type Capability, type Permissions } from '../capabilities.js';

/**
 * `GET {baseUrl}/session`: the session a browser holds, as `@hub/server` describes it. The Hub
 * itself has no permissions endpoint; what a browser may do is decided by the partner's server.
 */
export const sessionSchema = z.object({
  client_id: z.string(),
  capabilities: z.array(z.string()),
  expires_at: z.optional(z.nullable(z.string())),
});

/**
 * Maps the session to the permissions for `clientId`: a session of another client grants
 * nothing here, and capability names the SDK does not know are dropped.
 */
export function toPermissions(clientId: string, wire: z.infer<typeof sessionSchema>): Permissions {
  return {
    clientId,
    capabilities: new Set(
      wire.client_id === clientId ? (wire.capabilities.filter(isCapability) as Capability[]) : [],
    ),
  };
}
