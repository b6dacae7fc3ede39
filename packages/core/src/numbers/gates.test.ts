import { describe, expect, it } from 'vitest';
import type { Capability } from '../capabilities.js';
import type { HubNumber } from '../schemas/channel.js';
import { addNumberGate, capabilityGate, numberActionGates } from './gates.js';
import { displayNameState, validateDisplayName, withDisplayNameRequested } from './display-name.js';
import {
  endOfMonth,
  overlayNumbers,
  withCancellationRequested,
  withCancellationRevoked,
} from './cancellation.js';
import { businessProfileForSave, validateBusinessProfile, websiteSlots } from './profile.js';
import { messagingTierLimit, numberStatusInfo, NUMBER_STATUSES } from './status.js';

const base = {
  id: '1CH',
  clientId: 'cCL',
  clientName: null,
  phoneNumber: '+4930111',
  displayName: 'Nordlicht',
  status: 'running',
  accountMode: 'live',
  qualityRating: 'GREEN',
  unknownQualityRating: null,
  messagingTier: 'TIER_1K',
  plan: 'basic',
  accountType: 'embedded_signup',
  isOfficialBusinessAccount: false,
  displayNameStatus: null,
  requestedDisplayName: null,
  waba: null,
  createdAt: '2025-01-01T00:00:00Z',
  modifiedAt: null,
  billingStartedAt: null,
  cancelledAt: null,
  terminatedAt: null,
} satisfies HubNumber;
const all = new Set<Capability>([
  'numbers:read',
  'numbers:cancel',
  'numbers:displayName',
  'numbers:signals',
  'waba:write',
]);

describe('plan gates', () => {
  it('offers Signals to direct clients and to partner clients on Regular or Premium', () => {
    expect(numberActionGates(base, 'direct', all).signals.allowed).toBe(true);
    expect(numberActionGates(base, 'partner', all).signals).toEqual({
      allowed: false,
      reason: 'plan',
    });
    expect(numberActionGates({ ...base, plan: 'regular' }, 'partner', all).signals.allowed).toBe(
      true,
    );
    expect(numberActionGates({ ...base, plan: 'premium' }, 'partner', all).signals.allowed).toBe(
      true,
    );
    expect(numberActionGates(base, undefined, all).signals).toEqual({
      allowed: false,
      reason: 'unknown',
    });
  });

  it('offers Activate Inbox to direct clients only', () => {
    expect(numberActionGates(base, 'direct', all).activateInbox.allowed).toBe(true);
    expect(
      numberActionGates({ ...base, plan: 'premium' }, 'partner', all).activateInbox.allowed,
    ).toBe(false);
  });
});

describe('permission and state gates', () => {
  it('needs numbers:signals for Signals and waba:write for Activate Inbox, after the plan', () => {
    const readOnly = new Set<Capability>(['numbers:read']);
    expect(
      numberActionGates(base, 'direct', new Set<Capability>(['numbers:signals'])).signals,
    ).toEqual({
      allowed: true,
    });
    expect(numberActionGates(base, 'direct', readOnly).signals).toEqual({
      allowed: false,
      reason: 'permission',
    });
    expect(numberActionGates(base, 'direct', new Set<Capability>()).signals).toEqual({
      allowed: false,
      reason: 'permission',
    });
    expect(numberActionGates(base, 'direct', readOnly).activateInbox).toEqual({
      allowed: false,
      reason: 'permission',
    });
    expect(numberActionGates(base, 'partner', readOnly).activateInbox).toEqual({
      allowed: false,
      reason: 'plan',
    });
    expect(numberActionGates(base, 'direct', undefined).activateInbox).toEqual({
      allowed: false,
      reason: 'unknown',
    });
  });

  it('denies without the capability, and everything while permissions are unknown', () => {
    const readOnly = new Set<Capability>(['numbers:read']);
    expect(numberActionGates(base, 'direct', readOnly).cancel).toEqual({
      allowed: false,
      reason: 'permission',
    });
    expect(numberActionGates(base, 'direct', undefined).editDisplayName).toEqual({
      allowed: false,
      reason: 'unknown',
    });
  });

  it('swaps cancel for undo while pending deletion and hides Edit during review', () => {
    const pending = numberActionGates({ ...base, status: 'pending_deletion' }, 'direct', all);
    expect(pending.cancel).toEqual({ allowed: false, reason: 'state' });
    expect(pending.revokeCancellation.allowed).toBe(true);
    const review = numberActionGates(
      { ...base, displayNameStatus: 'PENDING_REVIEW' },
      'direct',
      all,
    );
    expect(review.editDisplayName).toEqual({ allowed: false, reason: 'state' });
  });

  it('tells a missing capability from permissions still loading', () => {
    expect(capabilityGate(all, 'waba:write')).toEqual({ allowed: true });
    expect(capabilityGate(new Set(), 'waba:write')).toEqual({
      allowed: false,
      reason: 'permission',
    });
    expect(capabilityGate(undefined, 'waba:write')).toEqual({ allowed: false, reason: 'unknown' });
  });

  it('withholds cancel, undo and a new name while a change to the number is on its way', () => {
    const pending = { ...base, status: 'pending_deletion' };
    expect(numberActionGates(pending, 'direct', all, { busy: true }).revokeCancellation).toEqual({
      allowed: false,
      reason: 'busy',
    });
    expect(numberActionGates(base, 'direct', all, { busy: true }).cancel).toEqual({
      allowed: false,
      reason: 'busy',
    });
    expect(numberActionGates(base, 'direct', new Set(), { busy: true }).cancel).toEqual({
      allowed: false,
      reason: 'permission',
    });
    expect(numberActionGates(base, 'direct', all, { busy: true }).editDisplayName).toEqual({
      allowed: false,
      reason: 'busy',
    });
  });

  it('allows adding numbers with waba:write under the cap', () => {
    expect(addNumberGate(all, { maxNumbers: 5 }, 4)).toEqual({ allowed: true });
    expect(addNumberGate(all, { maxNumbers: 5 }, 5)).toEqual({ allowed: false, reason: 'limit' });
    expect(addNumberGate(all, { maxNumbers: null }, 500)).toEqual({ allowed: true });
    expect(addNumberGate(new Set<Capability>(), { maxNumbers: 5 }, 0)).toEqual({
      allowed: false,
      reason: 'permission',
    });
    expect(addNumberGate(all, undefined, 0)).toEqual({ allowed: false, reason: 'unknown' });
  });
});

describe('display name', () => {
  it('reads the review state and its outcomes', () => {
    expect(
      displayNameState({
        ...base,
        status: 'new_name_requested',
        requestedDisplayName: 'New',
        displayNameStatus: 'pending_review',
      }),
    ).toEqual({ kind: 'under_review', name: 'Nordlicht', requested: 'New' });
    expect(
      displayNameState({ ...base, status: 'certificate_declined', requestedDisplayName: 'X' }).kind,
    ).toBe('rejected');
    expect(displayNameState({ ...base, displayNameStatus: 'APPROVED' }).kind).toBe('approved');
    expect(displayNameState(base)).toEqual({ kind: 'current', name: 'Nordlicht' });
  });

  it('validates length after trimming, and a change', () => {
    expect(validateDisplayName(' ab ', 'x')).toBe('too_short');
    expect(validateDisplayName('a'.repeat(76), 'x')).toBe('too_long');
    expect(validateDisplayName('a'.repeat(75), 'x')).toBeNull();
    expect(validateDisplayName('Nordlicht ', 'Nordlicht')).toBe('unchanged');
  });
});

describe('optimistic cancellation', () => {
  it('marks the number pending deletion until the end of the month', () => {
    const now = new Date('2026-02-10T08:00:00Z');
    const next = withCancellationRequested(base, now);
    expect(next.status).toBe('pending_deletion');
    expect(next.terminatedAt).toBe('2026-02-28T23:59:59.000Z');
    expect(endOfMonth(new Date('2026-12-31T23:00:00Z')).toISOString()).toBe(
      '2026-12-31T23:59:59.000Z',
    );
    expect(base.status).toBe('running');
  });

  it('expects a withdrawn cancellation to leave the number running, and a new name under review', () => {
    const pending = withCancellationRequested(base, new Date('2026-02-10T08:00:00Z'));
    expect(withCancellationRevoked(pending)).toMatchObject({
      status: 'running',
      cancelledAt: null,
      terminatedAt: null,
    });
    expect(withCancellationRevoked({ ...base, status: 'live' }).status).toBe('live');
    const named = withDisplayNameRequested(base, 'Nordlicht Nord');
    expect(displayNameState(named)).toEqual({
      kind: 'under_review',
      name: 'Nordlicht',
      requested: 'Nordlicht Nord',
    });
  });

  it('overlays by ID and keeps the list when nothing is pending', () => {
    const list = [base, { ...base, id: '2CH' }];
    expect(overlayNumbers(list, new Map())).toBe(list);
    const over = overlayNumbers(list, new Map([['2CH', { ...base, id: '2CH', status: 'error' }]]));
    expect(over.map((n) => n.status)).toEqual(['running', 'error']);
  });
});

describe('statuses and tiers', () => {
  it('explains every documented status and makes unknown ones readable', () => {
    for (const status of NUMBER_STATUSES) {
      expect(numberStatusInfo(status).label).not.toBe('');
      expect(numberStatusInfo(status).explanation).not.toBe('');
    }
    expect(numberStatusInfo('pending_deletion').explanation).toMatch(
      /end of the month.*billing stops/,
    );
    expect(numberStatusInfo('on_hold')).toMatchObject({ label: 'On hold', tone: 'neutral' });
  });

  it('gives tier limits', () => {
    expect(messagingTierLimit('TIER_10K')).toBe(10_000);
    expect(messagingTierLimit('TIER_UNLIMITED')).toBe(Infinity);
    expect(messagingTierLimit(null)).toBeNull();
  });
});

describe('business profile limits', () => {
  const ok = {
    about: 'Hi',
    address: '',
    description: '',
    email: '',
    vertical: 'OTHER',
    websites: [],
  };
  it('accepts values at the limits and rejects one over', () => {
    expect(validateBusinessProfile({ ...ok, about: 'a'.repeat(139) })).toEqual([]);
    expect(validateBusinessProfile({ ...ok, about: 'a'.repeat(140) })).toEqual([
      { field: 'about', code: 'too_long', limit: 139 },
    ]);
    expect(validateBusinessProfile({ ...ok, description: 'a'.repeat(513) })[0]?.field).toBe(
      'description',
    );
  });

  it('checks email and websites', () => {
    expect(validateBusinessProfile({ ...ok, email: 'no-at' })).toEqual([
      { field: 'email', code: 'invalid_email' },
    ]);
    expect(
      validateBusinessProfile({ ...ok, websites: ['ftp://x.example', 'https://ok.example'] }),
    ).toEqual([{ field: 'websites', code: 'invalid_url', index: 0 }]);
    expect(
      validateBusinessProfile({
        ...ok,
        websites: ['https://a.example', 'https://b.example', 'https://c.example'],
      })[0],
    ).toMatchObject({ code: 'too_many' });
  });

  it('keeps website slots in place while editing and drops empty ones when saving', () => {
    expect(websiteSlots([])).toEqual(['', '']);
    expect(websiteSlots(['https://a.example'])).toEqual(['https://a.example', '']);
    const draft = { ...ok, websites: ['', ' https://b.example '] };
    expect(validateBusinessProfile(draft)).toEqual([]);
    expect(validateBusinessProfile({ ...ok, websites: ['', 'nope'] })).toEqual([
      { field: 'websites', code: 'invalid_url', index: 1 },
    ]);
    expect(businessProfileForSave(draft).websites).toEqual(['https://b.example']);
  });
});
