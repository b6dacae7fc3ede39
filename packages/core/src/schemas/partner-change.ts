import * as z from 'zod/mini';
import { listEnvelope, maybe, timestampSchema } from './common.js';

/**
 * The key of the items in `GET /partners/{partner_id}/selective_partner_change_requests`. The
 * reference (PCR) shows the envelope's counters but not this key; see `docs/api-assumptions.md`.
 */
export const PARTNER_CHANGE_ITEMS_KEY = 'partner_change_requests';

/** The statuses the reference (PCR) lists for a partner-change request. */
export const PARTNER_CHANGE_STATUSES = ['created', 'pending', 'completed', 'failed'] as const;

/** A documented status, or the Hub's own word for one this version does not know. */
export type PartnerChangeStatus = (typeof PARTNER_CHANGE_STATUSES)[number] | (string & {});

/**
 * One partner-change request. The field names are those of the documented list filters
 * (`source_client_id`, `target_partner_id`, …); the channel list's name is not shown (`channels`
 * assumed). Unknown fields are ignored.
 */
export const partnerChangeSchema = z.object({
  id: z.string(),
  status: z.string(),
  is_full_migration: maybe(z.boolean()),
  source_client_id: maybe(z.string()),
  target_client_id: maybe(z.string()),
  source_partner_id: maybe(z.string()),
  target_partner_id: maybe(z.string()),
  channels: maybe(z.array(z.string())),
  created_at: maybe(timestampSchema),
  updated_at: maybe(timestampSchema),
});

/** The list envelope of partner-change requests. */
export const partnerChangeListSchema = listEnvelope(PARTNER_CHANGE_ITEMS_KEY);

/** `PATCH /partners/{partner_id}/settings/partner_change_request` answers `{auto_approve}`. */
export const partnerChangeSettingsSchema = z.object({ auto_approve: z.boolean() });

/** A request by a client to move to this partner (the partner is its target). */
export interface PartnerChangeRequest {
  id: string;
  status: PartnerChangeStatus;
  /**
   * `true`: the whole client account moves; `false`: only `channelIds` move, into a copy of the
   * client; `null` when the Hub did not say.
   */
  fullMigration: boolean | null;
  /** The client that asked to move. */
  clientId: string | null;
  /** The copy made under this partner for a selective change. */
  newClientId: string | null;
  /** The partner the client leaves. */
  fromPartnerId: string | null;
  toPartnerId: string | null;
  /** The numbers that move. */
  channelIds: string[];
  createdAt: string | null;
  updatedAt: string | null;
}

/** True for a status the reference lists; other words are kept as the Hub sent them. */
export function isKnownPartnerChangeStatus(
  status: string,
): status is (typeof PARTNER_CHANGE_STATUSES)[number] {
  return (PARTNER_CHANGE_STATUSES as readonly string[]).includes(status);
}

/** Maps a wire request to a {@link PartnerChangeRequest}. */
export function toPartnerChangeRequest(
  wire: z.infer<typeof partnerChangeSchema>,
): PartnerChangeRequest {
  return {
    id: wire.id,
    status: wire.status,
    fullMigration: wire.is_full_migration ?? null,
    clientId: wire.source_client_id ?? null,
    newClientId: wire.target_client_id ?? null,
    fromPartnerId: wire.source_partner_id ?? null,
    toPartnerId: wire.target_partner_id ?? null,
    channelIds: wire.channels ?? [],
    createdAt: wire.created_at ?? null,
    updatedAt: wire.updated_at ?? null,
  };
}
