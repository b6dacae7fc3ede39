import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClientBalance, UsagePeriod } from '../schemas/balance.js';
import { PRICING_CATEGORIES } from '../schemas/balance.js';
import { csvCell, monthlyChargesCsv, usageCsv } from './csv.js';
import { fundsOutlook } from './funds.js';
import { safeHandOffUrl } from './hand-off.js';
import { monthlyCharges } from './history.js';

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

function day(date: string, costMinor: number, messages = 10): UsagePeriod {
  const byCategory = Object.fromEntries(
    PRICING_CATEGORIES.map((c) => [c, { quantity: 0, paidQuantity: 0, cost: eur(0) }]),
  ) as UsagePeriod['byCategory'];
  byCategory.marketing = { quantity: messages, paidQuantity: messages, cost: eur(costMinor) };
  return {
    date,
    byCategory,
    unattributed: { quantity: 0, paidQuantity: 0, cost: eur(0) },
    quantity: messages,
    paidQuantity: messages,
    cost: eur(costMinor),
  };
}

const balance = (
  minor: number,
  autoRenewal: ClientBalance['autoRenewal'] = null,
): ClientBalance => ({
  clientId: 'c',
  balance: eur(minor),
  lastRenewal: null,
  autoRenewal,
  estimatedTemplateCost: null,
});

describe('fundsOutlook', () => {
  const week = ['01', '02', '03', '04', '05', '06', '07'].map((d) => day(`2026-11-${d}`, 1000));

  it('says how many whole days the balance lasts at the last days’ rate', () => {
    expect(fundsOutlook(balance(50_000), week)).toEqual({
      balance: eur(50_000),
      dailySpend: eur(1000),
      daysLeft: 50,
      low: false,
    });
    expect(fundsOutlook(balance(5_999), week)).toMatchObject({ daysLeft: 5, low: true });
  });

  it('rounds the daily rate up, so the days are never overstated', () => {
    const uneven = [day('2026-11-01', 1000), day('2026-11-02', 1001), day('2026-11-03', 0)];
    expect(fundsOutlook(balance(10_000), uneven, 3)).toMatchObject({
      dailySpend: eur(667),
      daysLeft: 14,
    });
  });

  it('averages over the window, not over the days the Hub happened to send', () => {
    expect(fundsOutlook(balance(7000), [day('2026-11-07', 7000)], 7)).toMatchObject({
      dailySpend: eur(1000),
      daysLeft: 7,
    });
  });

  it('with auto-renewal on, low means at or under its threshold', () => {
    const renewal = { enabled: true, threshold: eur(2000), amount: eur(10_000) };
    expect(fundsOutlook(balance(2000, renewal), week).low).toBe(true);
    expect(fundsOutlook(balance(2001, renewal), week).low).toBe(false);
  });

  it('without spend has no rate and no days; an empty balance is low', () => {
    expect(fundsOutlook(balance(100), [])).toMatchObject({
      dailySpend: null,
      daysLeft: null,
      low: false,
    });
    expect(fundsOutlook(balance(0), []).low).toBe(true);
  });
});

describe('monthlyCharges', () => {
  it('adds days up per month, newest month first, exactly', () => {
    const months = monthlyCharges(
      [
        day('2026-10-30', 333),
        day('2026-11-01', 101),
        day('2026-11-15', 202),
        day('2026-10-31', 1),
      ],
      'EUR',
    );
    expect(months).toEqual([
      { month: '2026-11', messages: 20, cost: eur(303) },
      { month: '2026-10', messages: 20, cost: eur(334) },
    ]);
  });
});

describe('CSV', () => {
  it('quotes per RFC 4180 and neutralises formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    for (const start of ['+1', '-1+2', '@SUM(A1)', '\tx'])
      expect(csvCell(start).startsWith("'")).toBe(true);
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('-1.50')).toBe('-1.50');
    expect(csvCell('-1.50=A1')).toBe("'-1.50=A1");
  });

  it('writes usage per day and category with decimal charges', () => {
    expect(usageCsv([day('2026-11-01', 1234, 7), day('2026-11-02', 0, 0)])).toBe(
      'date,category,messages,paid_messages,charges,currency\r\n' +
        '2026-11-01,marketing,7,7,12.34,EUR\r\n',
    );
    expect(monthlyChargesCsv([{ month: '2026-11', messages: 3, cost: eur(5) }])).toBe(
      'month,messages,charges,currency\r\n2026-11,3,0.05,EUR\r\n',
    );
  });

  it('never lets a cell start a formula, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const cell = csvCell(text);
        const unquoted = cell.startsWith('"') ? cell.slice(1) : cell;
        const number = /^-?\d+(\.\d+)?$/.test(text);
        expect(/^[=+\-@\t\r]/.test(unquoted) && !number).toBe(false);
      }),
    );
  });
});

describe('safeHandOffUrl', () => {
  const page = 'https://portal.example/billing';
  it.each([
    ['https://billing.stripe.com/p/session/x', true],
    ['/funds', true],
    ['http://portal.example/funds', false],
    ['http://evil.example', false],
    ['javascript:alert(1)', false],
    ['data:text/html,x', false],
    ['', false],
  ])('%s → %s', (url, ok) => {
    expect(safeHandOffUrl(url, page) !== undefined).toBe(ok);
  });
  it('allows plain http on the page’s own origin (a local portal)', () => {
    expect(safeHandOffUrl('/funds', 'http://localhost:8080/')?.href).toBe(
      'http://localhost:8080/funds',
    );
  });
});
