import * as z from 'zod/mini';
import { maybe, parseItems, type SkippedItem } from './common.js';

/*
 * `GET /partners/{partner_id}/clients/{client_id}/shared_client_numbers` lists the client's
 * channels the partner may manage (hub-api.md §4.3), but its shape is unverified. This one schema
 * is deliberately tolerant — a bare array or an envelope under any of the likely keys, items named
 * by `id` or `channel_id` — so a guess that is wrong in detail still reads; see api-assumptions.md.
 */
const ITEM_KEYS = ['shared_client_numbers', 'partner_channels', 'channels', 'numbers'] as const;

const sharedItemSchema = z.object({
  id: maybe(z.string()),
  channel_id: maybe(z.string()),
  status: maybe(z.string()),
});

/** The answer of the shared-numbers listing, in any of the shapes it may have. */
export const sharedNumbersSchema = z.union([
  z.array(z.unknown()),
  z.looseObject(
    Object.fromEntries(ITEM_KEYS.map((key) => [key, z.optional(z.array(z.unknown()))])) as Record<
      (typeof ITEM_KEYS)[number],
      z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniUnknown>>
    >,
  ),
]);

/** The channel ids the client shares with the partner, and the rows that could not be read. */
export interface SharedNumbers {
  channelIds: ReadonlySet<string>;
  skipped: SkippedItem[];
}

/** Maps the listing to the set of shared channel ids. */
export function toSharedNumbers(wire: z.infer<typeof sharedNumbersSchema>): SharedNumbers {
  const raw = Array.isArray(wire) ? wire : (ITEM_KEYS.map((key) => wire[key]).find(Boolean) ?? []);
  const { items, skipped } = parseItems(raw, sharedItemSchema);
  const channelIds = new Set<string>();
  for (const item of items) {
    const id = item.id ?? item.channel_id;
    if (id) channelIds.add(id);
  }
  return { channelIds, skipped };
}
