import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { HubNumber, QualityRating } from '../schemas/channel.js';
import { foldText, indexNumbers, queryNumbers } from './query.js';
import { QUALITY_RATINGS } from './status.js';

function number(over: Partial<HubNumber> = {}): HubNumber {
  return {
    id: 'abcCH',
    clientId: 'c1CL',
    clientName: null,
    phoneNumber: '+393471234567',
    displayName: 'Bella Napoli',
    status: 'running',
    accountMode: 'live',
    qualityRating: 'GREEN',
    unknownQualityRating: null,
    messagingTier: 'TIER_1K',
    plan: 'regular',
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
    ...over,
  };
}

const sample = [
  number({
    id: '1CH',
    phoneNumber: '+4930111',
    displayName: 'Nordlicht',
    qualityRating: 'RED',
    messagingTier: null,
  }),
  number({
    id: '2CH',
    phoneNumber: '+393471234567',
    displayName: 'Casa Verde Imóveis',
    status: 'pending_deletion',
  }),
  number({
    id: '3CH',
    phoneNumber: '+14155550123',
    displayName: 'Lumen',
    qualityRating: 'YELLOW',
    messagingTier: 'TIER_UNLIMITED',
  }),
  number({
    id: '4CH',
    phoneNumber: '+447700900123',
    displayName: 'Kite',
    requestedDisplayName: 'Kite Official',
    qualityRating: 'UNKNOWN',
    messagingTier: 'TIER_50',
  }),
];
const ids = (list: HubNumber[]) => list.map((n) => n.id);

describe('number search', () => {
  it('finds a phone number however it is formatted', () => {
    expect(ids(queryNumbers(sample, { search: '+1 (415) 555-01' }))).toEqual(['3CH']);
    expect(ids(queryNumbers(sample, { search: '347 123' }))).toEqual(['2CH']);
  });

  it('finds display names without case or accents, and requested names', () => {
    expect(ids(queryNumbers(sample, { search: 'imoveis' }))).toEqual(['2CH']);
    expect(ids(queryNumbers(sample, { search: 'OFFICIAL' }))).toEqual(['4CH']);
    expect(ids(queryNumbers(sample, { search: '  ' }))).toEqual(ids(sample));
  });

  it('folds text: accents and case go, the rest of the text stays', () => {
    expect(foldText('Imóveis ÀÉÎ Ñandú')).toBe('imoveis aei nandu');
    expect(foldText('İstanbul Şişli')).toBe('istanbul sisli');
    expect(foldText('Straße Καφέ 東京')).toBe('straße καφε 東京');
    const ascii = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)).join('');
    expect(foldText(`${ascii}${ascii}`)).toBe(`${ascii}${ascii}`.toLowerCase());
  });

  it('never matches a name query against phone digits', () => {
    expect(queryNumbers(sample, { search: 'zz9' })).toEqual([]);
  });
});

describe('number filters', () => {
  it('keeps the given statuses and quality ratings, empty meaning all', () => {
    expect(ids(queryNumbers(sample, { statuses: ['pending_deletion'] }))).toEqual(['2CH']);
    expect(ids(queryNumbers(sample, { qualityRatings: ['RED', 'YELLOW'] }))).toEqual([
      '1CH',
      '3CH',
    ]);
    expect(queryNumbers(sample, { statuses: [], qualityRatings: [] })).toHaveLength(4);
    expect(
      queryNumbers(sample, { statuses: ['pending_deletion'], qualityRatings: ['RED'] }),
    ).toEqual([]);
  });
});

describe('number sort', () => {
  it('orders quality best first and tiers by capacity, unassigned lowest', () => {
    expect(
      ids(queryNumbers(sample, { sort: { column: 'qualityRating', direction: 'ascending' } })),
    ).toEqual(['2CH', '3CH', '1CH', '4CH']);
    expect(
      ids(queryNumbers(sample, { sort: { column: 'messagingTier', direction: 'descending' } })),
    ).toEqual(['3CH', '2CH', '4CH', '1CH']);
  });

  it('sorts statuses by their label and names without accents', () => {
    expect(
      ids(queryNumbers(sample, { sort: { column: 'status', direction: 'ascending' } }))[0],
    ).toBe('2CH');
    expect(
      ids(queryNumbers(sample, { sort: { column: 'displayName', direction: 'ascending' } })),
    ).toEqual(['2CH', '4CH', '3CH', '1CH']);
  });

  const arbitraryNumber = fc
    .record({
      digits: fc.stringMatching(/^[1-9]\d{7,11}$/),
      name: fc.string({ maxLength: 12 }),
      quality: fc.constantFrom<QualityRating>(...QUALITY_RATINGS),
    })
    .map(({ digits, name, quality }) =>
      number({
        id: `${digits}CH`,
        phoneNumber: `+${digits}`,
        displayName: name,
        qualityRating: quality,
      }),
    );

  it('returns a permutation of the filtered numbers, reversed by the opposite direction', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(arbitraryNumber, { selector: (n) => n.phoneNumber, maxLength: 40 }),
        fc.constantFrom('phoneNumber', 'displayName', 'qualityRating') as fc.Arbitrary<
          'phoneNumber' | 'displayName' | 'qualityRating'
        >,
        (list, column) => {
          const index = indexNumbers(list);
          const up = index.query({ sort: { column, direction: 'ascending' } });
          const down = index.query({ sort: { column, direction: 'descending' } });
          expect(new Set(up)).toEqual(new Set(list));
          expect(up).toHaveLength(list.length);
          if (column === 'phoneNumber') expect(down).toEqual([...up].reverse());
        },
      ),
    );
  });

  it('filters in the kept order: a search result is a subsequence of the sorted list', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryNumber, { maxLength: 40 }),
        fc.string({ maxLength: 3 }),
        (list, q) => {
          const index = indexNumbers(list);
          const sort = { column: 'displayName', direction: 'ascending' } as const;
          const all = index.query({ sort });
          const found = index.query({ sort, search: q });
          let at = 0;
          for (const n of found) {
            at = all.indexOf(n, at) + 1;
            expect(at).toBeGreaterThan(0);
          }
          for (const n of found) {
            const digits = q.replace(/\D/g, '');
            const byText = foldText(`${n.displayName}\n\n${n.id}`).includes(foldText(q.trim()));
            expect(byText || (digits !== '' && n.phoneNumber.includes(digits))).toBe(true);
          }
        },
      ),
    );
  });
});
