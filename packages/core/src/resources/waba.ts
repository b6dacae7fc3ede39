import * as z from 'zod/mini';
import type { QueryFetchOptions, QueryKey } from '../cache.js';
import type { HubTransport } from '../http.js';
import {
  commerceSettingsSchema,
  toCommerceSettings,
  toWabaAccount,
  wabaSchema,
  type CommerceSettings,
  type WabaAccount,
} from '../schemas/waba.js';

/**
 * WhatsApp Business Accounts, and the commerce settings of their numbers (on the Messaging API,
 * like business profiles: see `HubClientOptions.messaging`).
 */
export interface WabaResource {
  /** Account details: name, type, message-on-behalf status, timezone, Business Manager, namespace. */
  get(wabaId: string, options?: QueryFetchOptions): Promise<WabaAccount>;
  /** Catalog visibility and cart of a number. */
  commerceSettings(numberId: string, options?: QueryFetchOptions): Promise<CommerceSettings>;
  /** Changes catalog visibility and/or the cart of a number; returns the new settings. */
  updateCommerceSettings(
    numberId: string,
    change: Partial<CommerceSettings>,
  ): Promise<CommerceSettings>;
  /** Cache keys of this resource. */
  readonly keys: { get(wabaId: string): QueryKey; commerceSettings(numberId: string): QueryKey };
}

const commerceRoute = 'whatsapp_commerce_settings';

const keys = {
  get: (wabaId: string): QueryKey => ['waba', wabaId],
  commerceSettings: (numberId: string): QueryKey => ['waba', 'commerce', numberId],
};

/** Creates the WABA resource on a transport (what `client.waba` is). */
export function createWabaResource(transport: HubTransport): WabaResource {
  const read = (numberId: string, options?: QueryFetchOptions) =>
    transport.read(
      keys.commerceSettings(numberId),
      {
        route: commerceRoute,
        api: 'messaging',
        channelId: numberId,
        schema: commerceSettingsSchema,
      },
      toCommerceSettings,
      options,
    );
  return {
    keys,
    get: (wabaId, options) =>
      transport.read(
        keys.get(wabaId),
        {
          route: 'waba_accounts/{waba_account_id}',
          params: { waba_account_id: wabaId },
          schema: wabaSchema,
        },
        toWabaAccount,
        options,
      ),
    commerceSettings: read,
    async updateCommerceSettings(numberId, change) {
      await transport.request({
        method: 'POST',
        route: commerceRoute,
        api: 'messaging',
        channelId: numberId,
        // Meta takes these as query parameters, not a body.
        query: {
          is_catalog_visible: change.catalogVisible?.toString(),
          is_cart_enabled: change.cartEnabled?.toString(),
        },
        schema: z.unknown(),
        ignoreBody: true,
      });
      transport.cache.invalidate(keys.commerceSettings(numberId));
      return read(numberId);
    },
  };
}
