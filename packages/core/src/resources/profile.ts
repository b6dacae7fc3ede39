import * as z from 'zod/mini';
import type { QueryFetchOptions, QueryKey } from '../cache.js';
import type { HubTransport } from '../http.js';
import {
  profileSchema,
  toBusinessProfile,
  toProfileUpdateBody,
  type BusinessProfile,
  type BusinessProfileUpdate,
} from '../schemas/profile.js';

/**
 * The WhatsApp business profile of a number, on the Messaging API (see `HubClientOptions.messaging`:
 * through `@hub/server` in browsers, with the number's stored API key server side).
 */
export interface ProfileResource {
  /** The profile customers see (about, address, description, email, industry, websites, picture). */
  get(numberId: string, options?: QueryFetchOptions): Promise<BusinessProfile>;
  /** Changes the given fields and returns the profile as the Hub now has it. */
  update(numberId: string, update: BusinessProfileUpdate): Promise<BusinessProfile>;
  /** Cache keys of this resource. */
  readonly keys: { get(numberId: string): QueryKey };
}

const route = 'whatsapp_business_profile';
/** The profile fields the SDK models, asked for by name as the Messaging API wants. */
const fields = 'about,address,description,email,profile_picture_url,websites,vertical';
const keys = { get: (numberId: string): QueryKey => ['profile', numberId] };

/** Creates the profile resource on a transport (what `client.profile` is). */
export function createProfileResource(transport: HubTransport): ProfileResource {
  const get = (numberId: string, options?: QueryFetchOptions) =>
    transport.read(
      keys.get(numberId),
      {
        route,
        api: 'messaging',
        channelId: numberId,
        query: { fields },
        schema: profileSchema,
      },
      toBusinessProfile,
      options,
    );
  return {
    keys,
    get,
    async update(numberId, update) {
      await transport.request({
        method: 'POST',
        route,
        api: 'messaging',
        channelId: numberId,
        body: toProfileUpdateBody(update),
        schema: z.unknown(),
        ignoreBody: true,
      });
      transport.cache.invalidate(keys.get(numberId));
      return get(numberId);
    },
  };
}
