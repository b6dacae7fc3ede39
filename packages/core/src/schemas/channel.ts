import * as z from 'zod/mini';
import { toE164 } from '../e164.js';
import { listEnvelope, maybe, timestampSchema } from './common.js';

/** A channel (one phone number) as the Partner API sends it. */
export const channelSchema = z.object({
  id: z.string(),
  client_id: z.string(),
  status: z.string(),
  account_mode: maybe(z.string()),
  current_limit: maybe(z.string()),
  current_quality_rating: maybe(z.string()),
  is_on_biz_app: maybe(z.boolean()),
  is_oba: maybe(z.boolean()),
  tier: maybe(z.string()),
  billing_started_at: maybe(timestampSchema),
  cancelled_at: maybe(timestampSchema),
  terminated_at: maybe(timestampSchema),
  created_at: timestampSchema,
  modified_at: maybe(timestampSchema),
  client: maybe(z.object({ id: z.optional(z.string()), name: maybe(z.string()) })),
  setup_info: z.object({
    phone_number: z.string(),
    phone_name: maybe(z.string()),
    new_name_status: maybe(z.string()),
    new_phone_name: maybe(z.string()),
  }),
  waba_account: maybe(
    z.object({
      id: z.string(),
      external_id: maybe(z.string()),
      name: maybe(z.string()),
      status: maybe(z.string()),
      on_behalf_of_business_info: maybe(z.object({ status: maybe(z.string()) })),
    }),
  ),
});

/** `GET /partners/{partner_id}/channels`. */
export const channelListSchema = listEnvelope('partner_channels');

/** Lifecycle state of a number. Open: the Hub adds states; unknown ones pass through as strings. */
export type NumberStatus =
  | 'created'
  | 'submitted'
  | 'unverified'
  | 'verified'
  | 'ready'
  | 'running'
  | 'live'
  | 'modified'
  | 'imported'
  | 'new_name_requested'
  | 'certificate_declined'
  | 'consents_signed'
  | 'error'
  | 'pending_deletion'
  | 'porting_ready'
  | 'ready_for_migration'
  | 'waiting_for_migration_code'
  | 'migration_code_requested'
  | (string & {});

/** Meta's quality rating of a number; `UNKNOWN` also covers Meta's `NA`. */
export type QualityRating = 'GREEN' | 'YELLOW' | 'RED' | 'UNKNOWN';

/** Meta's messaging limit (business-initiated conversations per 24 h). */
export type MessagingTier =
  'TIER_50' | 'TIER_250' | 'TIER_1K' | 'TIER_10K' | 'TIER_100K' | 'TIER_UNLIMITED';

/** The number's 360dialog plan. */
export type NumberPlan = 'basic' | 'regular' | 'premium';

/**
 * How the WhatsApp Business Account behind a number is held: created on behalf of the client by
 * 360dialog (classic, legacy), owned by the client's Business Manager through Embedded Signup, or
 * an Embedded Signup number that stays in the WhatsApp Business App (coexistence).
 */
export type AccountType = 'on_behalf_of' | 'embedded_signup' | 'coexistence';

/** A WhatsApp phone number (a Hub "channel"). */
export interface HubNumber {
  /** Channel ID (ends in `CH`). */
  id: string;
  clientId: string;
  /** Client name, when the Hub embeds the client. */
  clientName: string | null;
  /** E.164, e.g. `+4930123456789`; format for people with `formatPhoneNumber`. */
  phoneNumber: string;
  /** The WhatsApp display name. */
  displayName: string;
  status: NumberStatus;
  accountMode: 'live' | 'sandbox';
  qualityRating: QualityRating;
  /**
   * The quality rating as the Hub sent it, when it is none of the known ones (`qualityRating` is
   * then `UNKNOWN`), so a UI can show "Unknown (VALUE)"; `null` otherwise.
   */
  unknownQualityRating: string | null;
  /** `null` while Meta has not assigned one. */
  messagingTier: MessagingTier | null;
  plan: NumberPlan | null;
  accountType: AccountType;
  /** Official Business Account (green tick). */
  isOfficialBusinessAccount: boolean;
  /** State of the latest display-name change, e.g. `pending_review`; `null` if none. */
  displayNameStatus: string | null;
  /** The display name waiting for review, if a change was requested. */
  requestedDisplayName: string | null;
  waba: {
    id: string;
    externalId: string | null;
    name: string | null;
    status: string | null;
    /**
     * Message-on-behalf approval (`approved`, `submitted`, `denied`, …) of an account created on
     * behalf of the client; `null` otherwise.
     */
    onBehalfOfStatus: string | null;
  } | null;
  createdAt: string;
  modifiedAt: string | null;
  billingStartedAt: string | null;
  /** When cancellation was requested; `null` unless pending deletion. */
  cancelledAt: string | null;
  /** When the number is (or was) deleted; set with a cancellation (end of the month). */
  terminatedAt: string | null;
}

const qualities = new Set<string>(['GREEN', 'YELLOW', 'RED']);
const tiers = new Set<string>([
  'TIER_50',
  'TIER_250',
  'TIER_1K',
  'TIER_10K',
  'TIER_100K',
  'TIER_UNLIMITED',
]);
const plans = new Set<string>(['basic', 'regular', 'premium']);

/** Maps a wire channel to a {@link HubNumber}. */
export function toHubNumber(wire: z.infer<typeof channelSchema>): HubNumber {
  const quality = wire.current_quality_rating?.toUpperCase() ?? '';
  const tier = wire.current_limit?.toUpperCase() ?? '';
  const plan = wire.tier?.toLowerCase() ?? '';
  const waba = wire.waba_account;
  return {
    id: wire.id,
    clientId: wire.client_id,
    clientName: wire.client?.name ?? null,
    phoneNumber: toE164(wire.setup_info.phone_number),
    displayName: wire.setup_info.phone_name ?? '',
    status: wire.status,
    accountMode: wire.account_mode?.toLowerCase() === 'sandbox' ? 'sandbox' : 'live',
    qualityRating: qualities.has(quality) ? (quality as QualityRating) : 'UNKNOWN',
    // Meta's "not available" (`NA`) and an empty value are plainly unknown; anything else is new.
    unknownQualityRating:
      qualities.has(quality) || ['', 'NA', 'UNKNOWN'].includes(quality) ? null : quality,
    messagingTier: tiers.has(tier) ? (tier as MessagingTier) : null,
    plan: plans.has(plan) ? (plan as NumberPlan) : null,
    accountType: wire.is_on_biz_app
      ? 'coexistence'
      : waba?.on_behalf_of_business_info
        ? 'on_behalf_of'
        : 'embedded_signup',
    isOfficialBusinessAccount: wire.is_oba ?? false,
    displayNameStatus: wire.setup_info.new_name_status ?? null,
    requestedDisplayName: wire.setup_info.new_phone_name ?? null,
    waba: waba
      ? {
          id: waba.id,
          externalId: waba.external_id ?? null,
          name: waba.name ?? null,
          status: waba.status ?? null,
          onBehalfOfStatus: waba.on_behalf_of_business_info?.status ?? null,
        }
      : null,
    createdAt: wire.created_at,
    modifiedAt: wire.modified_at ?? null,
    billingStartedAt: wire.billing_started_at ?? null,
    cancelledAt: wire.cancelled_at ?? null,
    terminatedAt: wire.terminated_at ?? null,
  };
}
