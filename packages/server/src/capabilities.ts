import type { Capability } from '@hub/core';

/**
 * The capabilities a browser session can hold: those some operation of the proxy's table needs,
 * and `permissions:manage`, which opens the Hub's own permission page (the client signs in there
 * and grants access itself; no request goes through the proxy). The others name partner-level
 * work (API keys, payment setup) that a client's browser never reaches, so granting them would
 * only make the elements offer what then fails.
 */
export const SESSION_CAPABILITIES = [
  'clients:read',
  'numbers:read',
  'numbers:cancel',
  'numbers:displayName',
  'numbers:signals',
  'templates:read',
  'templates:write',
  'billing:read',
  'activity:read',
  'waba:read',
  'waba:write',
  'profile:read',
  'profile:write',
  'permissions:manage',
] as const satisfies readonly Capability[];

/** A capability a browser session can hold; see {@link SESSION_CAPABILITIES}. */
export type SessionCapability = (typeof SESSION_CAPABILITIES)[number];

/** Every read, no change: what a read-only session gets (`mint({ capabilities: READ_ONLY_CAPABILITIES })`). */
export const READ_ONLY_CAPABILITIES = SESSION_CAPABILITIES.filter((c) =>
  c.endsWith(':read'),
) as readonly SessionCapability[];

/** Type guard for capability names from tokens, requests or configuration. */
export function isSessionCapability(value: unknown): value is SessionCapability {
  return (SESSION_CAPABILITIES as readonly unknown[]).includes(value);
}

/**
 * What a partner-staff session can hold (`sessions.mintPartnerStaff`): partner-level work on the
 * partner's own account. Never granted to a client session.
 */
export const PARTNER_STAFF_CAPABILITIES = [
  'partnerChanges:read',
  'partnerChanges:write',
] as const satisfies readonly Capability[];

/** A capability a partner-staff session can hold; see {@link PARTNER_STAFF_CAPABILITIES}. */
export type PartnerStaffCapability = (typeof PARTNER_STAFF_CAPABILITIES)[number];

/** Type guard for partner-staff capability names. */
export function isPartnerStaffCapability(value: unknown): value is PartnerStaffCapability {
  return (PARTNER_STAFF_CAPABILITIES as readonly unknown[]).includes(value);
}
