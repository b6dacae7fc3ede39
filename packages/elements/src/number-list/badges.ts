import { html, type TemplateResult } from 'lit';
import {
  isKnownNumberStatus,
  messagingTierLimit,
  numberStatusInfo,
  qualityRatingInfo,
  type HubNumber,
} from '@hub/core';
import type { MessageKey } from '../base/messages.js';
import type { MessageParams } from '../base/localize.js';

/** The translate function of the element rendering a badge. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Status label and explanation, translated where the status is known. */
export function statusText(t: Translate, status: string): { label: string; help: string } {
  if (isKnownNumberStatus(status)) {
    return { label: t(`numbers.status.${status}`), help: t(`numbers.statusHelp.${status}`) };
  }
  const info = numberStatusInfo(status);
  return { label: info.label, help: info.explanation };
}

/**
 * A status badge: the label is visible, the explanation is its description (read after the
 * label by screen readers, shown as a tooltip on hover).
 */
export function statusBadge(t: Translate, number: HubNumber, id: string): TemplateResult {
  const { label, help } = statusText(t, number.status);
  return html`<span
      class="badge"
      part="status-badge"
      data-status=${number.status}
      data-tone=${numberStatusInfo(number.status).tone}
      title=${help}
      aria-describedby=${id}
      >${label}</span
    ><span class="visually-hidden" id=${id}>${help}</span>`;
}

/** A quality badge: colour and a word, never colour alone. */
export function qualityBadge(t: Translate, number: HubNumber): TemplateResult {
  const rating = number.qualityRating;
  return html`<span
    class="badge"
    part="quality-badge"
    data-quality=${rating}
    data-tone=${qualityRatingInfo(rating).tone}
    >${t(`numbers.quality.${rating}`)}</span
  >`;
}

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
