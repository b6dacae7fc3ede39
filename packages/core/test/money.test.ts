import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMoney,
  formatMoney,
  moneyFormatter,
  moneyFromDecimal,
  moneyToDecimal,
  sumMoney,
  type Money,
} from '../src/money.js';

const eur = (amountMinor: number): Money => ({ amountMinor, currency: 'EUR' });
const amounts = fc.array(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), {
  maxLength: 200,
});

describe('money', () => {
  it('sums exactly, in any order and grouping', () => {
    fc.assert(
      fc.property(amounts, (values) => {
        const total = sumMoney(values.map(eur), 'EUR');
        const reversed = sumMoney([...values].reverse().map(eur), 'EUR');
        const half = values.length >> 1;
        const grouped = addMoney(
          sumMoney(values.slice(0, half).map(eur), 'EUR'),
          sumMoney(values.slice(half).map(eur), 'EUR'),
        );
        const expected = values.reduce((a, b) => a + b, 0);
        expect(total).toEqual(eur(expected));
        expect(reversed).toEqual(total);
        expect(grouped).toEqual(total);
      }),
    );
  });

  it('does not drift where float addition does', () => {
    const tenCents = Array.from({ length: 10 }, () => moneyFromDecimal(0.1, 'eur'));
    expect(sumMoney(tenCents, 'EUR')).toEqual(eur(100));
    expect(Array.from({ length: 10 }, () => 0.1).reduce((a, b) => a + b)).not.toBe(1);
    expect(addMoney(moneyFromDecimal(0.1, 'EUR'), moneyFromDecimal(0.2, 'EUR'))).toEqual(
      moneyFromDecimal('0.3', 'EUR'),
    );
  });

  it('round-trips decimal text for every minor amount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.constantFrom('EUR', 'USD', 'JPY', 'KWD'),
        (minor, currency) => {
          const money = { amountMinor: minor, currency };
          expect(moneyFromDecimal(moneyToDecimal(money), currency)).toEqual(money);
        },
      ),
    );
  });

  it('reads the Hub decimal amounts by their text, rounding half away from zero', () => {
    expect(moneyFromDecimal(100.45, 'eur')).toEqual({ amountMinor: 10045, currency: 'EUR' });
    expect(moneyFromDecimal(1.005, 'EUR').amountMinor).toBe(101);
    expect(moneyFromDecimal('-0.125', 'USD').amountMinor).toBe(-13);
    expect(moneyFromDecimal(1e-7, 'EUR').amountMinor).toBe(0);
    expect(moneyFromDecimal(1234, 'JPY').amountMinor).toBe(1234);
    expect(() => moneyFromDecimal('12,50', 'EUR')).toThrow(RangeError);
  });

  it('refuses to add different currencies', () => {
    expect(() => addMoney(eur(1), { amountMinor: 1, currency: 'USD' })).toThrow(/EUR and USD/);
    expect(() => sumMoney([eur(1)], 'USD')).toThrow(RangeError);
  });

  it('formats with Intl for the locale', () => {
    expect(formatMoney(eur(123450), 'en-GB')).toBe('€1,234.50');
    expect(formatMoney(eur(123450), 'de-DE')).toBe('1.234,50\u00a0€');
    expect(formatMoney({ amountMinor: 1500, currency: 'JPY' }, 'en-US')).toBe('¥1,500');
  });

  it('formats many amounts with one formatter, as formatMoney does', () => {
    const format = moneyFormatter('jpy', 'de-DE', { currencyDisplay: 'code' });
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (amountMinor) => {
        expect(format(amountMinor)).toBe(
          formatMoney({ amountMinor, currency: 'JPY' }, 'de-DE', { currencyDisplay: 'code' }),
        );
      }),
    );
    expect(moneyFormatter('EUR', 'en-GB')(123450)).toBe('€1,234.50');
  });
});
