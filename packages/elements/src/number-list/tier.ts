import { messagingTierLimit, type HubNumber } from '@hub/core';
import type { Translate } from '../base/badges.js';

const compactFormats = new Map<string, Intl.NumberFormat>();

/** Formatters are costly to create and every row needs one, so each locale's is kept. */
function compact(locale: string): Intl.NumberFormat {
  let format = compactFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { notation: 'compact' });
    compactFormats.set(locale, format);
  }
  return format;
}

/** The messaging limit as people read it: `1K / 24 h`, `Unlimited`, `Not assigned`. */
export function tierText(t: Translate, locale: string, number: HubNumber): string {
  const limit = messagingTierLimit(number.messagingTier);
  if (limit === null) return t('numbers.tier.none');
  if (limit === Infinity) return t('numbers.tier.unlimited');
  return t('numbers.tier.limit', { limit: compact(locale).format(limit) });
}
