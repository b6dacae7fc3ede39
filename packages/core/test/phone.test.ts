import { describe, expect, it } from 'vitest';
import { formatPhoneNumber, toE164 } from '../src/phone.js';

describe('phone numbers', () => {
  it('formats E.164 numbers in international format', () => {
    expect(formatPhoneNumber('+14155550123')).toBe('+1 415 555 0123');
    expect(formatPhoneNumber('+447700900123')).toBe('+44 7700 900123');
    expect(formatPhoneNumber('+5511965295709')).toBe('+55 11 96529 5709');
    expect(formatPhoneNumber('+971501234567')).toBe('+971 50 123 4567');
    expect(formatPhoneNumber('4930123456789')).toBe('+49 301 23456789');
  });

  it('leaves what is not a phone number alone', () => {
    expect(formatPhoneNumber('n/a')).toBe('n/a');
    expect(formatPhoneNumber('+12')).toBe('+12');
  });

  it('normalises to E.164', () => {
    expect(toE164('+49 30 1234-5678')).toBe('+493012345678');
  });
});
