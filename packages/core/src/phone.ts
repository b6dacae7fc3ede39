// The core build with the min metadata: it holds every country's formats (what display needs)
// without the per-type patterns only validation uses. Normalising (`toE164`, which the channel
// schema uses) is a module of its own: code that reads numbers but never shows them, such as the
// client itself, does not download the metadata even where bundles are split into shared chunks.
import { PhoneNumber } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/min/metadata';

/** Digits and the separators people write numbers with; anything else is not a phone number. */
const phoneLike = /^\+?[\d\s().-]+$/;

/** Splits an E.164 number into its calling code and national number, or `undefined`. */
export function splitPhoneNumber(
  phone: string,
): { callingCode: string; national: string } | undefined {
  if (!phoneLike.test(phone)) return undefined;
  const digits = phone.replace(/\D/g, '');
  // E.164 allows at most 15 digits; fewer than 7 is a fragment, not a number.
  if (digits.length < 7 || digits.length > 15) return undefined;
  // No calling code is the prefix of another, so the first match is the only one.
  for (const length of [1, 2, 3]) {
    const callingCode = digits.slice(0, length);
    if (Object.hasOwn(metadata.country_calling_codes, callingCode)) {
      return { callingCode, national: digits.slice(length) };
    }
  }
  return undefined;
}

/**
 * Formats a phone number in international format for display, with the grouping of its country's
 * numbering plan, e.g. `+14155550123` → `+1 415 555 0123`, `447700900123` → `+44 7700 900123` and
 * `+493012345678` → `+49 30 12345678`. A number whose shape its country's plan does not know keeps
 * its national number in one block after the calling code; input that is not a phone number is
 * returned as is.
 */
export function formatPhoneNumber(phone: string): string {
  const parts = splitPhoneNumber(phone);
  if (!parts) return phone;
  return new PhoneNumber(`+${parts.callingCode}${parts.national}`, metadata).formatInternational();
}
