import { findChannel, type Route } from '../context.js';
import { HubHttpError, json } from '../respond.js';
import type { ProfileRecord } from '../state.js';

const path = '/partners/:partner_id/channels/:channel_id/whatsapp_business_profile';

const limits: Partial<Record<keyof ProfileRecord, number>> = {
  about: 139,
  address: 256,
  description: 512,
  email: 128,
};

const empty: ProfileRecord = {
  about: '',
  address: '',
  description: '',
  email: '',
  vertical: 'OTHER',
  websites: [],
  profile_picture_url: '',
};

/** The WhatsApp business profile of a number, in Meta's shape. */
export const profileRoutes: Route[] = [
  {
    method: 'GET',
    pattern: path,
    handle(ctx) {
      const channel = findChannel(ctx, ctx.params.channel_id!);
      const profile = ctx.state.profiles[channel.id] ?? empty;
      return json({ data: [{ ...profile, messaging_product: 'whatsapp' }] });
    },
  },
  {
    method: 'POST',
    pattern: path,
    async handle(ctx) {
      const channel = findChannel(ctx, ctx.params.channel_id!);
      const body = ((await ctx.body()) ?? {}) as Record<string, unknown>;
      const issues: string[] = [];
      const next: ProfileRecord = { ...(ctx.state.profiles[channel.id] ?? empty) };
      for (const key of ['about', 'address', 'description', 'email', 'vertical'] as const) {
        const value = body[key];
        if (value === undefined) continue;
        if (typeof value !== 'string') issues.push(`${key}: must be a string`);
        else if (value.length > (limits[key] ?? Infinity))
          issues.push(`${key}: at most ${limits[key]} characters`);
        else next[key] = value;
      }
      if (body.websites !== undefined) {
        const sites = body.websites;
        if (
          !Array.isArray(sites) ||
          sites.length > 2 ||
          sites.some((s) => typeof s !== 'string' || !/^https?:\/\//.test(s))
        ) {
          issues.push('websites: at most 2 URLs starting with http:// or https://');
        } else next.websites = sites as string[];
      }
      if (issues.length > 0) throw new HubHttpError(400, 'Wrong payload', issues);
      ctx.state.profiles[channel.id] = next;
      ctx.changed();
      return json({ success: true });
    },
  },
];
