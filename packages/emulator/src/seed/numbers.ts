import type { Random } from '../random.js';
import type { ChannelRecord, ProfileRecord } from '../state.js';
import { DAY, startOfDay, type ClientSeed, type PhonePattern } from './clients.js';

/** How many numbers the curated seed has; more are generated on request. */
export const CURATED_NUMBERS = 22;

/** Every channel status the reference lists; the curated numbers cover each one. */
export const CHANNEL_STATUSES = [
  'running',
  'live',
  'ready',
  'pending_deletion',
  'new_name_requested',
  'certificate_declined',
  'created',
  'submitted',
  'unverified',
  'verified',
  'modified',
  'imported',
  'consents_signed',
  'error',
  'porting_ready',
  'ready_for_migration',
  'waiting_for_migration_code',
  'migration_code_requested',
] as const;

const qualities = ['GREEN', 'GREEN', 'YELLOW', 'RED', 'UNKNOWN'] as const;
const tiers = [
  'TIER_1K',
  'TIER_10K',
  'TIER_100K',
  'TIER_UNLIMITED',
  'TIER_250',
  'TIER_50',
] as const;
const plans = ['regular', 'premium', 'basic'] as const;
const suffixes = [
  '',
  ' Support',
  ' Bookings',
  ' Delivery',
  ' Alerts',
  ' Sales',
  ' Concierge',
  ' Team',
];
const preLive = new Set<string>([
  'created',
  'submitted',
  'unverified',
  'verified',
  'consents_signed',
  'error',
  'certificate_declined',
]);

/** Statuses drawn for the generated bulk numbers: mostly working numbers, as in a real portfolio. */
const bulkStatuses = [
  'running',
  'running',
  'running',
  'running',
  'running',
  'live',
  'ready',
  'pending_deletion',
  'new_name_requested',
  'unverified',
  'error',
];

function endOfMonth(time: number): string {
  const d = new Date(time);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0, 23, 59, 59)).toISOString();
}

function startOfMonth(time: number): number {
  const d = new Date(time);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

function phoneNumber(random: Random, pattern: PhonePattern, used: Set<string>): string {
  for (;;) {
    let national = '';
    for (let i = 0; i < pattern.digits; i++) national += String(random.int(i === 0 ? 1 : 0, 9));
    const phone = pattern.prefix + national;
    if (!used.has(phone)) {
      used.add(phone);
      return phone;
    }
  }
}

function channel(
  random: Random,
  index: number,
  seed: ClientSeed,
  status: string,
  used: Set<string>,
  now: number,
): ChannelRecord {
  // Within the first ~550 days of the client, which the seed places further back than that.
  const created = new Date(
    Date.parse(seed.client.created_at) +
      ((index % 50) * 11 + 3) * DAY +
      random.int(0, 86_399) * 1000,
  ).toISOString();
  const live = !preLive.has(status);
  // Cancelled earlier this month (up to today), so the number goes at the end of this month.
  const cancelledAt = Math.max(startOfMonth(now), startOfDay(now) - (index % 5) * DAY);
  const cancelled = status === 'pending_deletion' ? new Date(cancelledAt).toISOString() : null;
  const nameRequested = status === 'new_name_requested' || status === 'certificate_declined';
  const displayName = `${seed.client.name}${suffixes[index % suffixes.length]}`;
  return {
    id: `${(index + 1).toString(36).padStart(3, '0')}${seed.client.id.slice(0, 3)}CH`,
    client_id: seed.client.id,
    status,
    account_mode: index % 9 === 5 ? 'sandbox' : 'live',
    current_limit: live ? tiers[index % tiers.length]! : null,
    current_quality_rating: live ? qualities[index % qualities.length]! : 'UNKNOWN',
    is_on_biz_app: index % 7 === 3,
    is_oba: index % 8 === 1,
    tier: plans[index % plans.length]!,
    billing_started_at: live ? created : null,
    cancelled_at: cancelled,
    terminated_at: cancelled ? endOfMonth(cancelledAt) : null,
    created_at: created,
    modified_at: cancelled ?? created,
    client: { id: seed.client.id, name: seed.client.name },
    setup_info: {
      phone_number: phoneNumber(
        random,
        index < CURATED_NUMBERS ? seed.phone : seed.phone.bulk,
        used,
      ),
      phone_name: displayName,
      new_name_status: nameRequested
        ? status === 'certificate_declined'
          ? 'declined'
          : 'pending_review'
        : null,
      new_phone_name: nameRequested ? `${seed.client.name} Official` : null,
    },
    waba_account: {
      id: seed.waba.id,
      external_id: seed.waba.external_id,
      name: seed.waba.name,
      status: seed.waba.status,
      on_behalf_of_business_info: seed.waba.on_behalf_of_business_info
        ? { status: seed.waba.on_behalf_of_business_info.status }
        : null,
    },
  };
}

/**
 * The curated numbers (every status, quality rating, tier, account type and plan at least once),
 * then generated ones up to `total` when a scale test asks for more.
 */
export function seedNumbers(
  random: Random,
  clients: ClientSeed[],
  total: number,
  now: number,
): ChannelRecord[] {
  const used = new Set<string>();
  const statuses = [...CHANNEL_STATUSES, 'running', 'running', 'running', 'live'];
  const out: ChannelRecord[] = statuses.map((status, i) =>
    channel(random, i, clients[i % clients.length]!, status, used, now),
  );
  for (let i = out.length; i < total; i++) {
    out.push(
      channel(random, i, clients[i % clients.length]!, random.pick(bulkStatuses), used, now),
    );
  }
  return out.slice(0, Math.max(total, 0));
}

const abouts = [
  'Here to help, 7 days a week.',
  'Replies within minutes during opening hours.',
  'Official WhatsApp channel.',
];

/** Backgrounds of the seeded profile pictures, all dark enough for white initials. */
const pictureColours = [
  '#0f766e',
  '#1d4ed8',
  '#7c3aed',
  '#b91c1c',
  '#a16207',
  '#15803d',
  '#be185d',
];

/**
 * A client's profile picture as a `data:` URI: its initials on a colour of its own, a small SVG.
 * Local, so the demo loads no image from a host that does not exist (and the portal's CSP allows it).
 */
export function profilePicture(name: string, id: string): string {
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
    .join('')
    .replace(/[^\p{L}\p{N}]/gu, '');
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  const colour = pictureColours[hash % pictureColours.length]!;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">` +
    `<rect width="64" height="64" fill="${colour}"/>` +
    `<text x="32" y="32" dy=".35em" fill="#fff" font-family="sans-serif" font-size="26" ` +
    `font-weight="600" text-anchor="middle">${initials}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** A business profile matching the number's client. */
export function seedProfile(random: Random, seed: ClientSeed): ProfileRecord {
  return {
    about: random.pick(abouts),
    address: `${random.int(1, 220)} ${random.pick(['Market Street', 'Via Roma', 'Hauptstraße', 'Avenida Paulista', 'Sheikh Zayed Rd'])}`,
    description: `${seed.client.organisation}: ${seed.vertical.toLowerCase().replace('_', ' ')} services for our customers.`,
    email: seed.client.contact_info.email,
    vertical: seed.vertical,
    websites: [seed.client.contact_info.webpage_url],
    profile_picture_url: profilePicture(seed.client.name, seed.client.id),
  };
}
