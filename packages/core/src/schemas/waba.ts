import * as z from 'zod/mini';
import { maybe } from './common.js';

/** `GET /partners/{partner_id}/waba_accounts/{waba_account_id}`. */
export const wabaSchema = z.object({
  id: z.string(),
  name: z.string(),
  namespace: maybe(z.string()),
  client_id: maybe(z.string()),
  external_id: maybe(z.string()),
  timezone_id: maybe(z.union([z.string(), z.number()])),
  fb_business_id: maybe(z.string()),
  fb_account_status: maybe(z.string()),
  status: z.string(),
  on_behalf_of_business_info: maybe(
    z.object({ id: maybe(z.string()), name: maybe(z.string()), status: maybe(z.string()) }),
  ),
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

/** A WhatsApp Business Account (ID ends in `WA`). */
export interface WabaAccount {
  id: string;
  name: string;
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
  status: string;
  /** Meta business verification, e.g. `verified`, `pending`. */
  businessVerification: string | null;
  /** Classic accounts are created on behalf of the client; Embedded Signup ones are client-owned. */
  accountType: 'on_behalf_of' | 'embedded_signup';
  /** Message-on-behalf approval (`approved`, `submitted`, `denied`, `rejected`) for classic accounts. */
  onBehalfOfStatus: string | null;
}

/** Catalog and cart settings of a number's commerce profile. */
export interface CommerceSettings {
  catalogVisible: boolean;
  cartEnabled: boolean;
}

/** Maps a wire WABA to a {@link WabaAccount}. */
export function toWabaAccount(wire: z.infer<typeof wabaSchema>): WabaAccount {
  const obo = wire.on_behalf_of_business_info;
  return {
    id: wire.id,
    name: wire.name,
    clientId: wire.client_id ?? null,
    namespace: wire.namespace ?? null,
    externalId: wire.external_id ?? null,
    businessManagerId: wire.fb_business_id ?? null,
    timezoneId: wire.timezone_id == null ? null : String(wire.timezone_id),
    status: wire.status,
    businessVerification: wire.fb_account_status ?? null,
    accountType: obo ? 'on_behalf_of' : 'embedded_signup',
    onBehalfOfStatus: obo?.status ?? null,
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
