import type { MessagingTier, NumberStatus, QualityRating } from '../schemas/channel.js';

/** The colour family of a badge; elements map it to the theme's success/warning/danger/accent tokens. */
export type BadgeTone = 'success' | 'warning' | 'danger' | 'accent' | 'neutral';

/** Every number status the Hub documents, in the order a status filter lists them. */
export const NUMBER_STATUSES = [
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
  'consents_signed',
  'modified',
  'imported',
  'error',
  'porting_ready',
  'ready_for_migration',
  'waiting_for_migration_code',
  'migration_code_requested',
] as const;

/** A status from {@link NUMBER_STATUSES}. */
export type KnownNumberStatus = (typeof NUMBER_STATUSES)[number];

/** How to show one number status: a short label, a badge tone and a sentence for the tooltip. */
export interface NumberStatusInfo {
  /** English label, e.g. `Pending deletion`. */
  label: string;
  tone: BadgeTone;
  /** English explanation of what the status means for the client. */
  explanation: string;
}

const statusInfo: Record<KnownNumberStatus, NumberStatusInfo> = {
  running: {
    label: 'Running',
    tone: 'success',
    explanation: 'Connected and sending and receiving messages.',
  },
  live: {
    label: 'Live',
    tone: 'success',
    explanation: 'Connected to WhatsApp and ready for messaging.',
  },
  ready: {
    label: 'Ready',
    tone: 'accent',
    explanation: 'Set up and verified; it starts running once its API key is in use.',
  },
  pending_deletion: {
    label: 'Pending deletion',
    tone: 'warning',
    explanation:
      'Cancellation requested: it still sends and receives until the end of the month, then it is deleted and billing stops.',
  },
  new_name_requested: {
    label: 'Name under review',
    tone: 'accent',
    explanation: 'Meta is reviewing a new display name; the number keeps working meanwhile.',
  },
  certificate_declined: {
    label: 'Name declined',
    tone: 'danger',
    explanation: 'Meta declined the requested display name; request another one.',
  },
  created: {
    label: 'Created',
    tone: 'neutral',
    explanation: 'Onboarding has started and is not finished yet.',
  },
  submitted: {
    label: 'Submitted',
    tone: 'neutral',
    explanation: 'Submitted to Meta; waiting for its answer.',
  },
  unverified: {
    label: 'Unverified',
    tone: 'warning',
    explanation: 'The display name is waiting for verification by Meta.',
  },
  verified: {
    label: 'Verified',
    tone: 'accent',
    explanation: 'The display name is verified; setup continues.',
  },
  consents_signed: {
    label: 'Consents signed',
    tone: 'neutral',
    explanation: 'The required consents are signed; setup continues.',
  },
  modified: {
    label: 'Modified',
    tone: 'neutral',
    explanation: 'Its settings changed recently and are being applied.',
  },
  imported: {
    label: 'Imported',
    tone: 'accent',
    explanation: 'Moved here from another provider (BSP).',
  },
  error: {
    label: 'Error',
    tone: 'danger',
    explanation: 'Setup failed; open it for details or contact support.',
  },
  porting_ready: {
    label: 'Ready to port',
    tone: 'accent',
    explanation: 'Ready to be moved from its previous provider.',
  },
  ready_for_migration: {
    label: 'Ready for migration',
    tone: 'accent',
    explanation: 'Ready to be migrated from another provider.',
  },
  waiting_for_migration_code: {
    label: 'Waiting for code',
    tone: 'warning',
    explanation: 'Migration needs the verification code sent to the number.',
  },
  migration_code_requested: {
    label: 'Code requested',
    tone: 'warning',
    explanation: 'A verification code was sent to the number to finish the migration.',
  },
};

/** True for a status listed in {@link NUMBER_STATUSES}. */
export function isKnownNumberStatus(status: string): status is KnownNumberStatus {
  return Object.hasOwn(statusInfo, status);
}

/**
 * Label, badge tone and explanation of a number status. Statuses the Hub adds later get a
 * readable label made from the value and a neutral tone, so nothing shows raw or empty.
 */
export function numberStatusInfo(status: NumberStatus): NumberStatusInfo {
  if (isKnownNumberStatus(status)) return statusInfo[status];
  const words = status.replace(/[_-]+/g, ' ').trim();
  return {
    label: words ? words.charAt(0).toUpperCase() + words.slice(1) : 'Unknown',
    tone: 'neutral',
    explanation: 'A status this version of Hub Elements does not know yet.',
  };
}

/** Every quality rating, best first. */
export const QUALITY_RATINGS = [
  'GREEN',
  'YELLOW',
  'RED',
  'UNKNOWN',
] as const satisfies readonly QualityRating[];

/** How to show a quality rating: colour is never the only signal, so each has a word. */
export interface QualityInfo {
  /** English word, e.g. `High`. */
  label: string;
  tone: BadgeTone;
}

const qualityInfos: Record<QualityRating, QualityInfo> = {
  GREEN: { label: 'High', tone: 'success' },
  YELLOW: { label: 'Medium', tone: 'warning' },
  RED: { label: 'Low', tone: 'danger' },
  UNKNOWN: { label: 'Unknown', tone: 'neutral' },
};

/** Label and tone of a quality rating. */
export function qualityRatingInfo(rating: QualityRating): QualityInfo {
  return qualityInfos[rating];
}

/** Every messaging tier, smallest first. */
export const MESSAGING_TIERS = [
  'TIER_50',
  'TIER_250',
  'TIER_1K',
  'TIER_10K',
  'TIER_100K',
  'TIER_UNLIMITED',
] as const satisfies readonly MessagingTier[];

const tierLimits: Record<MessagingTier, number> = {
  TIER_50: 50,
  TIER_250: 250,
  TIER_1K: 1_000,
  TIER_10K: 10_000,
  TIER_100K: 100_000,
  TIER_UNLIMITED: Infinity,
};

/**
 * Business-initiated conversations a tier allows per 24 hours: `Infinity` for unlimited, `null`
 * while Meta has not assigned a tier.
 */
export function messagingTierLimit(tier: MessagingTier | null): number | null {
  return tier === null ? null : tierLimits[tier];
}
