import { keyChannel, type Route } from '../context.js';
import { HubHttpError, json } from '../respond.js';
import type { ProfileRecord } from '../state.js';

/** Meta's limits on the text fields, in characters; `about` also needs at least one. */
const limits = { about: 139, address: 256, description: 512, email: 128 } as const;

/** The fields `GET ?fields=` may ask for. */
const readable = [
  'about',
  'address',
  'description',
  'email',
  'profile_picture_url',
  'websites',
  'vertical',
] as const;

/** What `POST` takes besides `messaging_product`. */
const writable = new Set([
  'about',
  'address',
  'description',
  'email',
  'vertical',
  'websites',
  'profile_picture_handle',
]);

/** Meta's `vertical` values (Meta's list; unverified against 360dialog). */
export const VERTICALS = [
  'UNDEFINED',
  'OTHER',
  'AUTO',
  'BEAUTY',
  'APPAREL',
  'EDU',
  'ENTERTAIN',
  'EVENT_PLAN',
  'FINANCE',
  'GROCERY',
  'GOVT',
  'HOTEL',
  'HEALTH',
  'NONPROFIT',
  'PROF_SERVICES',
  'RETAIL',
  'TRAVEL',
  'RESTAURANT',
  'ALCOHOL',
  'ONLINE_GAMBLING',
  'PHYSICAL_GAMBLING',
  'OTC_DRUGS',
  'MATRIMONY_SERVICE',
  'NOT_A_BIZ',
];

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const empty: ProfileRecord = {
  about: '',
  address: '',
  description: '',
  email: '',
  vertical: 'OTHER',
  websites: [],
  profile_picture_url: '',
};

/** The problems of a `POST /whatsapp_business_profile` body, as `field: message` details. */
function problems(body: Record<string, unknown>): string[] {
  const issues: string[] = [];
  if (body.messaging_product !== 'whatsapp') {
    issues.push('messaging_product: required, must be "whatsapp"');
  }
  for (const key of Object.keys(body)) {
    if (key !== 'messaging_product' && !writable.has(key))
      issues.push(`${key}: is not a valid parameter`);
  }
  for (const key of ['about', 'address', 'description', 'email'] as const) {
    const value = body[key];
    if (value === undefined) continue;
    if (typeof value !== 'string') issues.push(`${key}: must be a string`);
    else if (value.length > limits[key]) issues.push(`${key}: at most ${limits[key]} characters`);
    else if (key === 'about' && value.length === 0) issues.push('about: at least 1 character');
    else if (key === 'email' && value !== '' && !emailPattern.test(value))
      issues.push('email: not a valid email address');
  }
  if (
    body.vertical !== undefined &&
    (typeof body.vertical !== 'string' || !VERTICALS.includes(body.vertical))
  ) {
    issues.push(`vertical: must be one of ${VERTICALS.join(', ')}`);
  }
  if (body.websites !== undefined) {
    const sites = body.websites;
    if (
      !Array.isArray(sites) ||
      sites.length > 2 ||
      sites.some((s) => typeof s !== 'string' || !/^https?:\/\/\S/.test(s) || s.length > 256)
    ) {
      issues.push(
        'websites: at most 2 URLs starting with http:// or https://, 256 characters each',
      );
    }
  }
  const handle = body.profile_picture_handle;
  if (handle !== undefined && (typeof handle !== 'string' || handle === '')) {
    issues.push('profile_picture_handle: must be a non-empty string');
  }
  return issues;
}

/**
 * The WhatsApp business profile of the number whose `D360-API-KEY` is sent, on the Messaging API
 * (Meta's shapes: `{data: [{…}]}` and `{success: true}`).
 */
export const profileRoutes: Route[] = [
  {
    api: 'messaging',
    method: 'GET',
    pattern: '/whatsapp_business_profile',
    handle(ctx) {
      const channel = keyChannel(ctx);
      const profile = ctx.state.profiles[channel.id] ?? empty;
      const asked = ctx.url.searchParams.get('fields');
      const fields = asked === null ? [...readable] : asked.split(',').map((f) => f.trim());
      const unknown = fields.filter((f) => !(readable as readonly string[]).includes(f));
      if (unknown.length > 0) {
        throw new HubHttpError(
          400,
          'Wrong payload',
          unknown.map((f) => `fields: "${f}" is not a valid field`),
        );
      }
      const data: Record<string, unknown> = { messaging_product: 'whatsapp' };
      for (const field of fields as (typeof readable)[number][]) data[field] = profile[field];
      return json({ data: [data] });
    },
  },
  {
    api: 'messaging',
    method: 'POST',
    pattern: '/whatsapp_business_profile',
    async handle(ctx) {
      const channel = keyChannel(ctx);
      const body = await ctx.body();
      if (!body || typeof body !== 'object' || Array.isArray(body)) {
        throw new HubHttpError(400, 'Wrong payload', ['body: must be a JSON object']);
      }
      const fields = body as Record<string, unknown>;
      const issues = problems(fields);
      if (issues.length > 0) throw new HubHttpError(400, 'Wrong payload', issues);
      const next: ProfileRecord = { ...(ctx.state.profiles[channel.id] ?? empty) };
      for (const key of ['about', 'address', 'description', 'email', 'vertical'] as const) {
        if (typeof fields[key] === 'string') next[key] = fields[key];
      }
      if (Array.isArray(fields.websites)) next.websites = [...(fields.websites as string[])];
      // A picture handle comes from Meta's resumable upload, which the emulator does not have:
      // it is accepted and the picture stays as it is.
      ctx.state.profiles[channel.id] = next;
      ctx.changed();
      return json({ success: true });
    },
  },
];
