import * as z from 'zod/mini';

/** A channel API key as the Partner API sends it (masked in lists, in full once on creation). */
export const apiKeySchema = z.object({
  id: z.union([z.string(), z.number()]),
  api_key: z.string(),
  address: z.optional(z.string()),
  app_id: z.optional(z.union([z.string(), z.number()])),
});

/** `GET /partners/{partner_id}/channels/{channel_id}/api_keys`. */
export const apiKeyListSchema = z.object({ api_keys: z.array(apiKeySchema) });

/** A Messaging API key of one number (sent as `D360-API-KEY`). */
export interface ApiKey {
  id: string;
  /** The key: masked when listed, complete only in the answer to `create`. */
  key: string;
  /** Messaging API base URL the key works against. */
  address: string | null;
  appId: string | null;
}

/** Maps a wire API key to an {@link ApiKey}. */
export function toApiKey(wire: z.infer<typeof apiKeySchema>): ApiKey {
  return {
    id: String(wire.id),
    key: wire.api_key,
    address: wire.address ?? null,
    appId: wire.app_id === undefined ? null : String(wire.app_id),
  };
}
