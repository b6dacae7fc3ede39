import { messagingTierLimit, type HubNumber } from '@hub/core';
import type { Translate } from '../base/badges.js';
import { numberFormat } from '../base/formatters.js';

const COMPACT: Intl.NumberFormatOptions = { notation: 'compact' };

/** The messaging limit as people read it: `1K / 24 h`, `Unlimited`, `Not assigned`. */
export function tierText(t: Translate, locale: string, number: HubNumber): string {
  const limit = messagingTierLimit(number.messagingTier);
  if (limit === null) return t('numbers.tier.none');
  if (limit === Infinity) return t('numbers.tier.unlimited');
  return t('numbers.tier.limit', { limit: numberFormat(locale, COMPACT).format(limit) });
}
