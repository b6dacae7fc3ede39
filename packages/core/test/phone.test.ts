import { describe, expect, it } from 'vitest';
import { toE164 } from '../src/e164.js';
import { formatPhoneNumber, splitPhoneNumber } from '../src/phone.js';

describe('formatPhoneNumber', () => {
  it('groups digits the way each country writes them, in international format', () => {
    expect(formatPhoneNumber('+14155550123')).toBe('+1 415 555 0123');
    expect(formatPhoneNumber('+447700900123')).toBe('+44 7700 900123');
    expect(formatPhoneNumber('+442079460958')).toBe('+44 20 7946 0958');
    expect(formatPhoneNumber('+493012345678')).toBe('+49 30 12345678');
    expect(formatPhoneNumber('+498912345678')).toBe('+49 89 12345678');
    expect(formatPhoneNumber('+919876543210')).toBe('+91 98765 43210');
    expect(formatPhoneNumber('+5511965295709')).toBe('+55 11 96529 5709');
    expect(formatPhoneNumber('+2348031234567')).toBe('+234 803 123 4567');
    expect(formatPhoneNumber('+971501234567')).toBe('+971 50 123 4567');
  });

  it('reads numbers the Hub sends without a plus or with separators', () => {
    expect(formatPhoneNumber('4930123456789')).toBe('+49 30 123456789');
    expect(formatPhoneNumber('+1 (415) 555-0123')).toBe('+1 415 555 0123');
  });

  it('keeps a national number its country does not know in one block', () => {
    expect(formatPhoneNumber('+5215512345678')).toBe('+52 15512345678');
  });

  it('leaves what is not a phone number alone', () => {
    expect(formatPhoneNumber('n/a')).toBe('n/a');
    expect(formatPhoneNumber('+12')).toBe('+12');
    expect(formatPhoneNumber('+999123456789')).toBe('+999123456789');
    expect(formatPhoneNumber('call +14155550123')).toBe('call +14155550123');
    expect(formatPhoneNumber('+4412345678901234')).toBe('+4412345678901234');
  });
});

describe('splitPhoneNumber', () => {
  it('finds calling codes of one, two and three digits', () => {
    expect(splitPhoneNumber('+14155550123')).toEqual({ callingCode: '1', national: '4155550123' });
    expect(splitPhoneNumber('+493012345678')).toEqual({
      callingCode: '49',
      national: '3012345678',
    });
    expect(splitPhoneNumber('2348031234567')).toEqual({
      callingCode: '234',
      national: '8031234567',
    });
  });

  it('returns undefined for unknown calling codes and non-numbers', () => {
    expect(splitPhoneNumber('+999123456789')).toBeUndefined();
    expect(splitPhoneNumber('n/a')).toBeUndefined();
  });
});

describe('toE164', () => {
  it('normalises to E.164', () => {
    expect(toE164('+49 30 1234-5678')).toBe('+493012345678');
    expect(toE164('4930123456789')).toBe('+4930123456789');
    expect(toE164('n/a')).toBe('n/a');
  });
});
