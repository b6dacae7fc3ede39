import type { PartnerStaffCapability, SessionCapability } from './capabilities.js';

/** Query parameters of a list operation, each checked and rebuilt before it reaches the Hub. */
export interface ListQueryRule {
  /** Filter keys a browser may send inside `filters` (JSON). Anything else is refused. */
  filters: readonly string[];
  /**
   * The filter the proxy sets to the session's client, whatever the browser sent: the browser
   * may repeat the same value, never another one.
   */
  scopeFilter: 'client_id' | 'id' | undefined;
}

/** How the items of a list answer are checked to belong to the session's client. */
export interface AnswerCheck {
  /** The array of items in the Hub's answer. */
  items: string;
  /** The item field that must equal the session's client ID (or the WABA of the path). */
  field: string;
  /** What the field is compared with. */
  equals: 'client' | 'waba';
  /** Whether an item without the field passes (only where the path already scopes the list). */
  optional: boolean;
  /** Item fields the browser never gets (the partner's own data about the client). */
  omit?: readonly string[];
}

/** One operation a browser session may use. */
export interface Operation {
  /** Stable name, e.g. `numbers.list`; what `onRequest` reports. */
  id: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /**
   * Path below `/partners/{partner_id}/`; `:name` segments are IDs checked against the session.
   * A leading `/` puts it right below the proxy's base path instead (the proxy's own endpoints).
   */
  path: string;
  /**
   * Which sessions reach it: a client's (default), the partner's staff (`mintPartnerStaff`), or
   * both (the proxy's own `/session`).
   */
  audience?: 'client' | 'partner-staff' | 'any';
  /** Capabilities of which the session needs at least one; empty for none. */
  anyOf: readonly (SessionCapability | PartnerStaffCapability)[];
  /**
   * Query parameters: a list rule, the usage range, the profile's `fields`, the commerce
   * switches, or none at all.
   */
  query: ListQueryRule | 'usage' | 'profileFields' | 'commerceSwitches' | 'none';
  /**
   * Where it goes: the Partner API (default), its `/v1` paths, or the Messaging API of the
   * path's `:channel_id`, with that number's key from `channelApiKey`.
   */
  upstream?: 'partner' | 'v1' | 'messaging';
  /**
   * The top-level fields of the JSON object body the operation takes, or `false` for no body.
   * Other fields are refused, so a browser cannot add one the Hub might honour (a `client_id`).
   */
  body: readonly string[] | false;
  /** A list answer whose items are checked before the browser sees them. */
  answer?: AnswerCheck;
  /**
   * Answered by the proxy itself, never forwarded: the session's description, or the session's
   * live event stream.
   */
  local?: 'session' | 'events';
}

const channelFilters = [
  'q',
  'status',
  'client_id',
  'current_quality_rating',
  'current_limit',
  'account_mode',
  'id',
];
const templateFilters = ['id', 'status', 'category', 'language', 'business_templates.name'];
const profileFields = [
  'messaging_product',
  'about',
  'address',
  'description',
  'email',
  'vertical',
  'websites',
  'profile_picture_handle',
];
const templateUpdateFields = [
  'category',
  'components',
  'parameter_format',
  'message_send_ttl_seconds',
];
const templateCreateFields = ['name', 'language', 'allow_category_change', ...templateUpdateFields];

/**
 * Every operation a browser session can reach: the ones the Hub Elements use, and nothing else.
 * Business profiles and commerce settings live on each number's Messaging API; the proxy reaches
 * them at `{basePath}/messaging/{channel_id}/…` with the number's key (`channelApiKey`).
 * Path IDs are scope-checked before forwarding: `:client_id` must be the session's client, and a
 * `:channel_id`, `:waba_account_id` or `:template_id` must belong to it (looked up at the Hub).
 * Partner-level operations (the client list, `/token`, partner settings and balance, API keys,
 * webhooks) are absent, so they are refused like any unknown path. The partner-change operations
 * are the exception: only a partner-staff session (`audience: 'partner-staff'`) reaches them, and
 * such a session reaches nothing else but `/session`.
 */
export const OPERATIONS: readonly Operation[] = [
  {
    id: 'numbers.list',
    method: 'GET',
    path: 'channels',
    anyOf: ['numbers:read'],
    query: { filters: channelFilters, scopeFilter: 'client_id' },
    body: false,
    answer: { items: 'partner_channels', field: 'client_id', equals: 'client', optional: false },
  },
  {
    id: 'clients.get',
    method: 'GET',
    path: 'clients',
    anyOf: ['clients:read'],
    query: { filters: ['id'], scopeFilter: 'id' },
    body: false,
    answer: {
      items: 'clients',
      field: 'id',
      equals: 'client',
      optional: false,
      omit: ['partner_payload'],
    },
  },
  {
    id: 'session.get',
    method: 'GET',
    path: '/session',
    audience: 'any',
    anyOf: [],
    query: 'none',
    body: false,
    local: 'session',
  },
  {
    id: 'live.events',
    method: 'GET',
    path: '/events',
    anyOf: [],
    query: 'none',
    body: false,
    local: 'events',
  },
  {
    id: 'partnerChanges.list',
    method: 'GET',
    path: 'selective_partner_change_requests',
    audience: 'partner-staff',
    anyOf: ['partnerChanges:read'],
    query: { filters: [], scopeFilter: undefined },
    body: false,
  },
  {
    id: 'partnerChanges.setAutoApprove',
    method: 'PATCH',
    path: 'settings/partner_change_request',
    audience: 'partner-staff',
    anyOf: ['partnerChanges:write'],
    query: 'none',
    body: ['auto_approve'],
  },
  {
    id: 'billing.usage',
    method: 'GET',
    path: 'clients/:client_id/info/balance',
    anyOf: ['billing:read', 'activity:read'],
    query: 'usage',
    body: false,
  },
  {
    id: 'billing.channelUsage',
    method: 'GET',
    path: 'clients/:client_id/channels/:channel_id/info/usage',
    anyOf: ['billing:read', 'activity:read'],
    query: 'usage',
    body: false,
  },
  {
    id: 'numbers.cancellation',
    method: 'POST',
    path: 'clients/:client_id/channels/:channel_id/control/cancellation_request',
    anyOf: ['numbers:cancel'],
    query: 'none',
    body: ['enabled'],
  },
  {
    id: 'numbers.displayName',
    method: 'POST',
    path: 'clients/:client_id/channels/:channel_id/display_name',
    anyOf: ['numbers:displayName'],
    query: 'none',
    body: ['display_name'],
  },
  {
    id: 'numbers.enableSignals',
    method: 'POST',
    path: 'clients/:client_id/channels/:channel_id/enable_ctwa',
    anyOf: ['numbers:signals'],
    query: 'none',
    body: false,
  },
  {
    id: 'sharing.shared',
    method: 'GET',
    path: 'clients/:client_id/shared_client_numbers',
    anyOf: ['numbers:read'],
    query: 'none',
    body: false,
  },
  {
    id: 'numbers.disableSignals',
    method: 'POST',
    path: 'clients/:client_id/channels/:channel_id/disable_ctwa',
    anyOf: ['numbers:signals'],
    query: 'none',
    body: false,
  },
  {
    id: 'waba.get',
    method: 'GET',
    path: 'waba_accounts/:waba_account_id',
    anyOf: ['waba:read'],
    query: 'none',
    body: false,
  },
  {
    id: 'waba.commerceSettings',
    method: 'GET',
    path: '/messaging/:channel_id/whatsapp_commerce_settings',
    anyOf: ['waba:read'],
    query: 'none',
    body: false,
    upstream: 'messaging',
  },
  {
    id: 'waba.updateCommerceSettings',
    method: 'POST',
    path: '/messaging/:channel_id/whatsapp_commerce_settings',
    anyOf: ['waba:write'],
    query: 'commerceSwitches',
    body: false,
    upstream: 'messaging',
  },
  {
    id: 'profile.get',
    method: 'GET',
    path: '/messaging/:channel_id/whatsapp_business_profile',
    anyOf: ['profile:read'],
    query: 'profileFields',
    body: false,
    upstream: 'messaging',
  },
  {
    id: 'profile.update',
    method: 'POST',
    path: '/messaging/:channel_id/whatsapp_business_profile',
    anyOf: ['profile:write'],
    query: 'none',
    body: profileFields,
    upstream: 'messaging',
  },
  {
    id: 'templates.list',
    method: 'GET',
    path: 'waba_accounts/:waba_account_id/waba_templates',
    anyOf: ['templates:read'],
    query: { filters: templateFilters, scopeFilter: undefined },
    body: false,
    answer: { items: 'waba_templates', field: 'waba_account_id', equals: 'waba', optional: true },
  },
  {
    id: 'templates.create',
    method: 'POST',
    path: 'waba_accounts/:waba_account_id/waba_templates',
    anyOf: ['templates:write'],
    query: 'none',
    body: templateCreateFields,
  },
  {
    id: 'templates.sync',
    method: 'POST',
    path: 'waba_accounts/:waba_account_id/waba_templates/sync',
    anyOf: ['templates:write'],
    query: 'none',
    body: false,
  },
  {
    id: 'templates.update',
    method: 'PATCH',
    path: '/v1/partners/:partner_id/waba_accounts/:waba_account_id/waba_templates/:template_id',
    anyOf: ['templates:write'],
    query: 'none',
    body: ['components', 'allow_category_change'],
    upstream: 'v1',
  },
  {
    id: 'templates.delete',
    method: 'DELETE',
    path: 'waba_accounts/:waba_account_id/waba_templates/:template_id',
    anyOf: ['templates:write'],
    query: 'none',
    body: false,
  },
];

/** An operation matched to a path, with its IDs. */
export interface MatchedOperation {
  operation: Operation;
  params: Record<string, string>;
}

/**
 * The operation for `method` and the path segments (below `/partners/{partner_id}/`, or with
 * `root` right below the base path), or `undefined`. Literal segments win over IDs
 * (`waba_templates/sync` is the sync, not a template).
 */
export function matchOperation(
  method: string,
  segments: readonly string[],
  root = false,
): MatchedOperation | undefined {
  let best: { matched: MatchedOperation; literals: number } | undefined;
  for (const operation of OPERATIONS) {
    if (operation.method !== method || operation.path.startsWith('/') !== root) continue;
    const pattern = operation.path.replace(/^\//, '').split('/');
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    let literals = 0;
    const fits = pattern.every((part, i) => {
      if (part.startsWith(':')) {
        params[part.slice(1)] = segments[i]!;
        return true;
      }
      literals += 1;
      return part === segments[i];
    });
    if (fits && (!best || literals > best.literals)) {
      best = { matched: { operation, params }, literals };
    }
  }
  return best?.matched;
}
