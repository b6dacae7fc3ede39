import type { BusinessProfile } from '../schemas/profile.js';

/** The WhatsApp platform's limits on business profile fields (characters, and website count). */
export const BUSINESS_PROFILE_LIMITS = {
  about: 139,
  address: 256,
  description: 512,
  email: 128,
  website: 256,
  websites: 2,
} as const;

/** Meta's business categories (`vertical`), as the profile editor offers them. */
export const BUSINESS_VERTICALS = [
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
] as const;

/** The editable text fields of a business profile. */
export type BusinessProfileDraft = Pick<
  BusinessProfile,
  'about' | 'address' | 'description' | 'email' | 'vertical' | 'websites'
>;

/** One problem in a profile draft; `field` names the input, `website` ones carry their index. */
export interface ProfileIssue {
  field: keyof BusinessProfileDraft;
  code: 'too_long' | 'invalid_email' | 'invalid_url' | 'too_many';
  /** The limit that was exceeded, for `too_long` and `too_many`. */
  limit?: number;
  /** Which website, for issues about one of them. */
  index?: number;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The website inputs of a profile editor: always {@link BUSINESS_PROFILE_LIMITS}`.websites` slots,
 * empty where unset. A fixed slot per input keeps what is typed in one slot in that slot, even
 * while an earlier one is empty.
 */
export function websiteSlots(websites: readonly string[]): string[] {
  return Array.from({ length: BUSINESS_PROFILE_LIMITS.websites }, (_, i) => websites[i] ?? '');
}

/**
 * A draft as the Hub takes it: texts as typed, websites trimmed and empty slots dropped. Run it
 * when saving, not while editing, so empty slots keep their place in the form.
 */
export function businessProfileForSave(draft: BusinessProfileDraft): BusinessProfileDraft {
  return { ...draft, websites: draft.websites.map((site) => site.trim()).filter(Boolean) };
}

/**
 * Checks a profile draft against the platform's limits before it is saved, so the user fixes it
 * in place instead of meeting a 400. Empty fields are allowed (they clear the field); empty
 * website slots are skipped, and website issues carry the index of the slot they are about.
 */
export function validateBusinessProfile(draft: BusinessProfileDraft): ProfileIssue[] {
  const issues: ProfileIssue[] = [];
  for (const field of ['about', 'address', 'description', 'email'] as const) {
    const limit = BUSINESS_PROFILE_LIMITS[field];
    if (draft[field].length > limit) issues.push({ field, code: 'too_long', limit });
  }
  if (draft.email && !emailPattern.test(draft.email)) {
    issues.push({ field: 'email', code: 'invalid_email' });
  }
  const sites = draft.websites.map((site) => site.trim());
  if (sites.filter(Boolean).length > BUSINESS_PROFILE_LIMITS.websites) {
    issues.push({ field: 'websites', code: 'too_many', limit: BUSINESS_PROFILE_LIMITS.websites });
  }
  sites.forEach((site, index) => {
    if (!site) return;
    if (site.length > BUSINESS_PROFILE_LIMITS.website) {
      issues.push({
        field: 'websites',
        code: 'too_long',
        limit: BUSINESS_PROFILE_LIMITS.website,
        index,
      });
    } else if (!isHttpUrl(site)) {
      issues.push({ field: 'websites', code: 'invalid_url', index });
    }
  });
  return issues;
}

function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    return new URL(value).hostname.includes('.');
  } catch {
    return false;
  }
}
