/**
 * The emulator's whole mutable world, in the Partner API's wire shape (snake_case) so routes can
 * serve records as they are. It is plain JSON: `--data` persists exactly this object.
 */
export interface EmulatorState {
  version: 1;
  seed: number;
  partnerId: string;
  clients: ClientRecord[];
  channels: ChannelRecord[];
  wabas: WabaRecord[];
  templates: TemplateRecord[];
  /** Channel ID → its Messaging API keys (the current one first). */
  apiKeys: Record<string, ApiKeyRecord[]>;
  /** Channel ID → business profile. */
  profiles: Record<string, ProfileRecord>;
  /** Channel ID → commerce settings. */
  commerce: Record<string, { is_cart_enabled: boolean; is_catalog_visible: boolean }>;
  /** Client ID → funds. */
  balances: Record<string, BalanceRecord>;
  /**
   * Emulator-only: IDs of the channels with Signals (`enable_ctwa`) on. The Hub shows this on no
   * channel field, so it is kept apart from the records. Absent in older data files.
   */
  signals?: string[];
  /**
   * Emulator-only: channel ID → the status a number pending deletion had before it was cancelled,
   * which revoking the cancellation restores. Kept apart from the records, like `signals`, so no
   * channel answer carries it. Absent in older data files.
   */
  cancelledFrom?: Record<string, string>;
  /**
   * Partner-change requests of clients moving to this partner. Absent in older data files, which
   * then show the seeded ones (`routes/partner-changes.ts`).
   */
  partnerChangeRequests?: PartnerChangeRecord[];
  /** The partner's auto-approve setting for partner-change requests; absent means off. */
  partnerChangeAutoApprove?: boolean;
  /**
   * Emulator-only: IDs of channels their client has not shared with the partner ("Missing" on the
   * permission page). Absent in older data files, which then get the seeded set
   * (`routes/sharing.ts`).
   */
  unsharedChannels?: string[];
  /**
   * Emulator-only: channel ID → when the hosted signup or import created it (ms since epoch); the
   * number walks through its statuses from there (`routes/sharing.ts`) and leaves this map.
   */
  signups?: Record<string, { startedAt: number; path: 'signup' | 'import' }>;
  partnerBalances: { currency: string; total: number }[];
  /**
   * The partner's webhook URL, as registered (`POST …/webhook_url`, `PATCH /partners/{pid}`, or
   * the `webhookUrl` option): the emulator posts its webhooks there. Absent: none are sent.
   */
  webhookUrl?: string;
  /** Counter behind every ID the emulator hands out, so IDs never repeat across restarts. */
  nextId: number;
}

/** A partner-change request, with the field names of the documented list filters. */
export interface PartnerChangeRecord {
  id: string;
  status: 'created' | 'pending' | 'completed' | 'failed';
  is_full_migration: boolean;
  source_client_id: string;
  /** The copy of the client made under the new partner; selective changes only. */
  target_client_id: string | null;
  source_partner_id: string;
  target_partner_id: string;
  channels: string[];
  created_at: string;
  updated_at: string;
}

/** Who did something, as the Hub records it. */
export interface AuditRecord {
  user_id: string;
  user_name: string;
}

export interface ClientRecord {
  id: string;
  name: string;
  status: string;
  organisation: string;
  max_channels: number;
  partner_payload: string | null;
  contact_info: {
    email: string;
    country: string;
    language: string;
    full_name: string;
    webpage_url: string;
  };
  created_at: string;
  modified_at: string;
}

export interface ChannelRecord {
  id: string;
  client_id: string;
  status: string;
  account_mode: 'live' | 'sandbox';
  current_limit: string | null;
  current_quality_rating: string;
  is_on_biz_app: boolean;
  is_oba: boolean;
  tier: 'basic' | 'regular' | 'premium';
  billing_started_at: string | null;
  cancelled_at: string | null;
  terminated_at: string | null;
  created_at: string;
  modified_at: string;
  client: { id: string; name: string };
  setup_info: {
    phone_number: string;
    phone_name: string;
    new_name_status: string | null;
    new_phone_name: string | null;
  };
  waba_account: {
    id: string;
    external_id: string;
    name: string;
    status: string;
    on_behalf_of_business_info: { status: string } | null;
  };
}

export interface WabaRecord {
  id: string;
  name: string;
  namespace: string;
  partner_id: string;
  client_id: string;
  external_id: string;
  timezone_id: string;
  fb_business_id: string;
  fb_account_status: string;
  status: string;
  on_behalf_of_business_info: { id: string; name: string; status: string; type: string } | null;
}

export interface TemplateRecord {
  id: string;
  partner_id: string;
  waba_account_id: string;
  name: string;
  language: string;
  category: string;
  status: string;
  components: Record<string, unknown>[];
  rejected_reason: string | null;
  namespace: string;
  created_at: string;
  created_by: AuditRecord;
  modified_at: string;
  modified_by: AuditRecord;
  /** Emulator-only: when a pending template gets its review outcome (ms since epoch). */
  review_due_at?: number;
  /** Emulator-only: when the template was edited while approved, for Meta's edit limits. */
  approved_edits_at?: number[];
}

export interface ApiKeyRecord {
  id: string;
  /** Masked as the Hub lists it: `****` and the last four characters. */
  api_key: string;
  address: string;
  app_id: string;
  /**
   * Emulator-only: the whole key, which the Messaging API routes accept as `D360-API-KEY`. Never
   * served (the Hub shows a key once, when it is created). Absent in older data files: such a key
   * cannot authenticate, and `emulator.channelApiKey` replaces it.
   */
  secret?: string;
}

export interface ProfileRecord {
  about: string;
  address: string;
  description: string;
  email: string;
  vertical: string;
  websites: string[];
  profile_picture_url: string;
}

export interface BalanceRecord {
  balance: number;
  currency: string;
  last_renewal: { date: string; amount: number } | null;
  auto_renewal: { enabled: boolean; threshold: number; amount: number };
}

/** Hands out the next emulator ID with a Hub-style suffix (`CH`, `CL`, …). */
export function nextId(state: EmulatorState, suffix: string): string {
  state.nextId += 1;
  return `${state.nextId.toString(36).padStart(5, '0')}${suffix}`;
}
