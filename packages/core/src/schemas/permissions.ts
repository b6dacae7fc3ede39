import * as z from 'zod/mini';
import { isCapability, type Capability, type Permissions } from '../capabilities.js';

/** `GET /partners/{partner_id}/clients/{client_id}/permissions` (assumed endpoint, see docs). */
export const permissionsSchema = z.object({
  client_id: z.optional(z.string()),
  permissions: z.array(z.string()),
});

/** Maps the wire permissions; capabilities the SDK does not know are dropped. */
export function toPermissions(
  clientId: string,
  wire: z.infer<typeof permissionsSchema>,
): Permissions {
  return {
    clientId: wire.client_id ?? clientId,
    capabilities: new Set(wire.permissions.filter(isCapability) as Capability[]),
  };
}
