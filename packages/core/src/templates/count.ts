/**
 * Counts characters the way the template limits are applied: one per Unicode code point, so an
 * emoji such as 😀 counts once although JavaScript's `length` counts it twice.
 *
 * Meta does not document its counting unit (reference §6.2, unverified). Code points are the
 * middle reading: an emoji does not count double as in UTF-16 units, and it is what most
 * server-side string functions count. Joined emoji sequences (a family, a flag) count as several
 * code points, so the platform may count them as fewer.
 *
 * @example
 * ```ts
 * countCharacters('Hi 😀'); // 4
 * ```
 */
export function countCharacters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    // A high surrogate followed by a low one is a single code point.
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
    count++;
  }
  return count;
}
