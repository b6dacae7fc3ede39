import * as z from 'zod/mini';
import { maybe } from './common.js';

/** Business profile in Meta's shape `{data: [{about, address, …}]}`. */
export const profileSchema = z.object({
  data: z.array(
    z.object({
      about: maybe(z.string()),
      address: maybe(z.string()),
      description: maybe(z.string()),
      email: maybe(z.string()),
      profile_picture_url: maybe(z.string()),
      websites: maybe(z.array(z.string())),
      vertical: maybe(z.string()),
    }),
  ),
});

/** The WhatsApp business profile customers see for a number. */
export interface BusinessProfile {
  about: string;
  address: string;
  description: string;
  email: string;
  /** Meta's industry code, e.g. `RETAIL`; empty when not set. */
  vertical: string;
  /** At most two. */
  websites: string[];
  profilePictureUrl: string | null;
}

/** Fields `profile.update` can change; `undefined` leaves a field as it is. */
export type BusinessProfileUpdate = Partial<Omit<BusinessProfile, 'profilePictureUrl'>> & {
  /** Handle from Meta's resumable upload, to replace the picture. */
  profilePictureHandle?: string;
};

/** Maps the wire profile; a missing record is an empty profile. */
export function toBusinessProfile(wire: z.infer<typeof profileSchema>): BusinessProfile {
  const p = wire.data[0];
  return {
    about: p?.about ?? '',
    address: p?.address ?? '',
    description: p?.description ?? '',
    email: p?.email ?? '',
    vertical: p?.vertical ?? '',
    websites: p?.websites ?? [],
    profilePictureUrl: p?.profile_picture_url ?? null,
  };
}

/** The Meta-style update body of a {@link BusinessProfileUpdate}. */
export function toProfileUpdateBody(update: BusinessProfileUpdate): Record<string, unknown> {
  return {
    messaging_product: 'whatsapp',
    about: update.about,
    address: update.address,
    description: update.description,
    email: update.email,
    vertical: update.vertical,
    websites: update.websites,
    profile_picture_handle: update.profilePictureHandle,
  };
}
