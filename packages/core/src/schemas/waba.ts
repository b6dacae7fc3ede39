import * as z from 'zod/mini';
import { maybe } from './common.js';

/** `GET /partners/{partner_id}/waba_accounts/{waba_account_id}`. */
export const wabaSchema = z.object({
  id: z.string(),
  name: maybe(z.string()),
  namespace: maybe(z.string()),
  client_id: maybe(z.string()),
  external_id: maybe(z.string()),
  timezone_id: maybe(z.union([z.string(), z.number()])),
  fb_business_id: maybe(z.string()),
  status: maybe(z.string()),
});

/** Commerce settings in Meta's shape `{data: [{is_cart_enabled, is_catalog_visible}]}`. */
export const commerceSettingsSchema = z.object({
  data: z.array(
    z.object({
      id: maybe(z.string()),
      is_cart_enabled: z.boolean(),
      is_catalog_visible: z.boolean(),
    }),
  ),
});

/**
 * A WhatsApp Business Account (ID ends in `WA`), with the fields the Hub documents on the WABA
 * object. Its type and message-on-behalf state come with each number (`HubNumber.accountType`,
 * `HubNumber.waba.onBehalfOfStatus`), where the Hub sends them.
 */
export interface WabaAccount {
  id: string;
  name: string | null;
  clientId: string | null;
  /** Template namespace, e.g. `1234_abcd12_12ab_123456ab`. */
  namespace: string | null;
  /** Meta's numeric WABA ID. */
  externalId: string | null;
  /** Meta Business Manager ID. */
  businessManagerId: string | null;
  /** Meta timezone ID (`"0"`–`"479"`). */
  timezoneId: string | null;
  /** 360dialog's account state, e.g. `approved`, `account_restriction`. */
  status: string | null;
}

/** Catalog and cart settings of a number's commerce profile. */
export interface CommerceSettings {
  catalogVisible: boolean;
  cartEnabled: boolean;
}

/** Maps a wire WABA to a {@link WabaAccount}. */
export function toWabaAccount(wire: z.infer<typeof wabaSchema>): WabaAccount {
  return {
    id: wire.id,
    name: wire.name ?? null,
    clientId: wire.client_id ?? null,
    namespace: wire.namespace ?? null,
    externalId: wire.external_id ?? null,
    businessManagerId: wire.fb_business_id ?? null,
    timezoneId: wire.timezone_id == null ? null : String(wire.timezone_id),
    status: wire.status ?? null,
  };
}

/** Maps wire commerce settings; no record means nothing is enabled. */
export function toCommerceSettings(wire: z.infer<typeof commerceSettingsSchema>): CommerceSettings {
  const first = wire.data[0];
  return {
    catalogVisible: first?.is_catalog_visible ?? false,
    cartEnabled: first?.is_cart_enabled ?? false,
  };
}
