import * as z from 'zod/mini';
import { listEnvelope, maybe, timestampSchema } from './common.js';

/** A client (a partner's customer) as the Partner API sends it. */
export const clientSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.string(),
  organisation: maybe(z.string()),
  max_channels: maybe(z.number()),
  partner_payload: maybe(z.string()),
  contact_info: maybe(
    z.object({
      email: maybe(z.string()),
      country: maybe(z.string()),
      language: maybe(z.string()),
      full_name: maybe(z.string()),
      webpage_url: maybe(z.string()),
    }),
  ),
  created_at: timestampSchema,
  modified_at: maybe(timestampSchema),
});

/** `GET /partners/{partner_id}/clients`. */
export const clientListSchema = listEnvelope('clients');

/**
 * Who pays 360dialog for a client's numbers: the client itself (`direct`, prepaid per number) or
 * the partner (`partner`, from its shared balance). The Hub sets it per partner account, so it
 * comes from `createHubClient({ paymentType })`, not from the client record.
 */
export type PaymentType = 'direct' | 'partner' | 'unknown';

/** A partner's client (ID ends in `CL`). */
export interface HubClientAccount {
  id: string;
  name: string;
  /** `active`; other values pass through. */
  status: string;
  organisation: string | null;
  /** Cap on the numbers the client may add, when the partner set one. */
  maxNumbers: number | null;
  /** Free text the partner stores on the client, e.g. its own customer ID. */
  partnerPayload: string | null;
  /** From `createHubClient({ paymentType })`; `unknown` without it. */
  paymentType: PaymentType;
  email: string | null;
  /** ISO 3166 country code of the client's business contact, when known. */
  country: string | null;
  website: string | null;
  createdAt: string;
  modifiedAt: string | null;
}

/** Maps a wire client to a {@link HubClientAccount}, with the partner account's payment type. */
export function toClientAccount(
  wire: z.infer<typeof clientSchema>,
  paymentType: PaymentType = 'unknown',
): HubClientAccount {
  return {
    id: wire.id,
    name: wire.name,
    status: wire.status,
    organisation: wire.organisation ?? null,
    maxNumbers: wire.max_channels ?? null,
    partnerPayload: wire.partner_payload ?? null,
    paymentType,
    email: wire.contact_info?.email ?? null,
    country: wire.contact_info?.country ?? null,
    website: wire.contact_info?.webpage_url ?? null,
    createdAt: wire.created_at,
    modifiedAt: wire.modified_at ?? null,
  };
}
