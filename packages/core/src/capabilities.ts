/**
 * Everything the SDK can check before offering an action, as `resource:action` strings. The
 * elements hide or disable what `can()` denies; the Hub still enforces every call itself.
 */
export const CAPABILITIES = [
  'clients:read',
  'numbers:read',
  'numbers:cancel',
  'numbers:displayName',
  'numbers:signals',
  'templates:read',
  'templates:write',
  'billing:read',
  'billing:manage',
  'activity:read',
  'apiKeys:manage',
  'waba:read',
  'waba:write',
  'profile:read',
  'profile:write',
  'permissions:manage',
  'partnerChanges:read',
  'partnerChanges:write',
] as const;

/** One capability, e.g. `templates:write`. */
export type Capability = (typeof CAPABILITIES)[number];

/** What the partner (or the current session) may do for one client. */
export interface Permissions {
  /** The client these permissions apply to. */
  clientId: string;
  /** The granted capabilities. */
  capabilities: ReadonlySet<Capability>;
}

/** Type guard for strings received from the wire or from attributes. */
export function isCapability(value: string): value is Capability {
  return (CAPABILITIES as readonly string[]).includes(value);
}

/**
 * True when `permissions` grants `capability`. Missing permissions (still loading, or failed to
 * load) grant nothing, so UIs fail closed.
 */
export function can(
  permissions: Permissions | Iterable<Capability> | null | undefined,
  capability: Capability,
): boolean {
  if (!permissions) return false;
  if ('capabilities' in permissions) return permissions.capabilities.has(capability);
  if (permissions instanceof Set) return permissions.has(capability);
  for (const granted of permissions) if (granted === capability) return true;
  return false;
}
