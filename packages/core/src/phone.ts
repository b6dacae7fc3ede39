/**
 * Digit groups after the country code, per calling code, for the countries partners meet most.
 * Each entry lists group lengths by national-number length; anything else falls back to threes.
 */
const groupings: Record<string, Record<number, readonly number[]>> = {
  '1': { 10: [3, 3, 4] },
  '7': { 10: [3, 3, 2, 2] },
  '27': { 9: [2, 3, 4] },
  '31': { 9: [1, 8] },
  '33': { 9: [1, 2, 2, 2, 2] },
  '34': { 9: [3, 3, 3] },
  '39': { 10: [3, 3, 4], 9: [2, 3, 4] },
  '41': { 9: [2, 3, 2, 2] },
  '43': { 10: [3, 7], 11: [3, 8] },
  '44': { 10: [4, 6] },
  '45': { 8: [2, 2, 2, 2] },
  '46': { 9: [2, 3, 2, 2] },
  '48': { 9: [3, 3, 3] },
  '49': { 10: [3, 7], 11: [3, 8], 9: [2, 7] },
  '52': { 10: [2, 4, 4] },
  '54': { 10: [2, 4, 4], 11: [1, 2, 4, 4] },
  '55': { 11: [2, 5, 4], 10: [2, 4, 4] },
  '57': { 10: [3, 3, 4] },
  '61': { 9: [1, 4, 4] },
  '62': { 10: [3, 3, 4], 11: [3, 4, 4] },
  '65': { 8: [4, 4] },
  '90': { 10: [3, 3, 2, 2] },
  '91': { 10: [5, 5] },
  '234': { 10: [3, 3, 4] },
  '254': { 9: [3, 6] },
  '351': { 9: [3, 3, 3] },
  '353': { 9: [2, 3, 4] },
  '971': { 9: [2, 3, 4] },
};

/**
 * Calling codes with one, two or three digits besides those in `groupings`; longer prefixes are
 * tried first. One space-separated string, so a bundle that only normalises numbers (the channel
 * schema's `toE164`) drops it with the groupings.
 */
const otherCallingCodes =
  ' 20 30 32 36 40 47 51 53 56 58 60 63 64 66 81 82 84 86 92 93 94 95 98 212 213 216 233 255 256 352 354 356 357 358 359 370 371 372 380 381 385 386 420 421 852 880 886 960 961 962 965 966 972 973 974 977 ';

function isCallingCode(code: string): boolean {
  return Object.hasOwn(groupings, code) || otherCallingCodes.includes(` ${code} `);
}

/** Splits an E.164 number into its calling code and national number, or `undefined`. */
export function splitPhoneNumber(
  phone: string,
): { callingCode: string; national: string } | undefined {
  const digits = phone.replace(/[^\d]/g, '');
  if (digits.length < 7 || digits.length > 15) return undefined;
  for (const length of [3, 2, 1]) {
    const code = digits.slice(0, length);
    if (isCallingCode(code)) return { callingCode: code, national: digits.slice(length) };
  }
  return undefined;
}

/** Normalises a phone number as the Hub may send it (`4930…`, `+49 30 …`) to E.164 (`+4930…`). */
export function toE164(phone: string): string {
  const digits = phone.replace(/[^\d]/g, '');
  return digits === '' ? phone : `+${digits}`;
}

/**
 * Formats a phone number in international format for display, e.g. `+14155550123` →
 * `+1 415 555 0123` and `447700900123` → `+44 7700 900123`. Unknown shapes are grouped in threes
 * after the calling code rather than rejected; input that is not a phone number is returned as is.
 */
export function formatPhoneNumber(phone: string): string {
  const parts = splitPhoneNumber(phone);
  if (!parts) return phone;
  const { callingCode, national } = parts;
  const groups = groupings[callingCode]?.[national.length] ?? fallbackGroups(national.length);
  const out: string[] = [];
  let at = 0;
  for (const size of groups) {
    out.push(national.slice(at, at + size));
    at += size;
  }
  if (at < national.length) out.push(national.slice(at));
  return `+${callingCode} ${out.filter(Boolean).join(' ')}`;
}

function fallbackGroups(length: number): number[] {
  const groups: number[] = [];
  let left = length;
  while (left > 4) {
    groups.push(3);
    left -= 3;
  }
  groups.push(left);
  return groups;
}
