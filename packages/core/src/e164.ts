/** Normalises a phone number as the Hub may send it (`4930…`, `+49 30 …`) to E.164 (`+4930…`). */
export function toE164(phone: string): string {
  const digits = phone.replace(/[^\d]/g, '');
  return digits === '' ? phone : `+${digits}`;
}
