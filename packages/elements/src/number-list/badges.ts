import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
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

/**
 * Status label and explanation. A status the Hub added after this version reads "Unknown
 * (VALUE)": the raw value is what support and the Hub's docs know it by, and "Unknown" says why it
 * has no translated words.
 */
export function statusText(t: Translate, status: string): { label: string; help: string } {
  if (isKnownNumberStatus(status)) {
    return { label: t(`numbers.status.${status}`), help: t(`numbers.statusHelp.${status}`) };
  }
  return {
    label: t('common.unknownValue', { value: status }),
    help: t('numbers.statusHelp.unknown'),
  };
}

/**
 * A status badge whose explanation is reachable by everyone: the badge is a button that shows the
 * explanation on hover, on keyboard focus and on a tap, and screen readers read it as the badge's
 * description. Escape hides it again. `id` must be unique in the element's shadow root.
 */
export function statusBadge(t: Translate, number: HubNumber, id: string): TemplateResult {
  const { label, help } = statusText(t, number.status);
  return explainedBadge(label, help, id, {
    tone: numberStatusInfo(number.status).tone,
    status: number.status,
    part: 'status-badge',
  });
}

/**
 * The "Under review" marker next to a display name, explained like a status: the requested name
 * shows on hover, focus or tap, and is the marker's description for screen readers.
 */
export function reviewBadge(t: Translate, requested: string, id: string): TemplateResult {
  return explainedBadge(
    t('numbers.underReview'),
    t('numbers.underReviewHelp', { name: requested }),
    id,
    { tone: 'accent', className: 'pending-name' },
  );
}

/** A badge button followed by its explanation, a tooltip shown on hover, focus or tap. */
function explainedBadge(
  label: string,
  help: string,
  id: string,
  look: { tone: string; className?: string; status?: string; part?: string },
): TemplateResult {
  return html`<button
      type="button"
      class="badge status-badge ${look.className ?? ''}"
      part=${ifDefined(look.part)}
      data-status=${look.status ?? nothing}
      data-tone=${look.tone}
      aria-describedby=${id}
      @focus=${showTip}
      @click=${showTip}
      @mouseenter=${showTip}
      @blur=${hideTip}
      @mouseleave=${hideTipUnlessFocused}
      @keydown=${hideTipOnEscape}
    >
      ${label}</button
    ><span class="status-tip" id=${id} role="tooltip" .popover=${'manual'}>${help}</span>`;
}

function tipOf(event: Event): { badge: HTMLElement; tip: HTMLElement } | undefined {
  const badge = event.currentTarget as HTMLElement;
  const tip = badge.nextElementSibling as HTMLElement | null;
  return tip ? { badge, tip } : undefined;
}

/** Opens the explanation below its badge, in the top layer, so a scrolling table cannot clip it. */
function showTip(event: Event): void {
  const found = tipOf(event);
  if (!found || found.tip.matches(':popover-open')) return;
  const rect = found.badge.getBoundingClientRect();
  found.tip.style.left = `${Math.max(8, Math.min(rect.left, innerWidth - 328))}px`;
  found.tip.style.top = `${rect.bottom + 4}px`;
  found.tip.showPopover();
}

function hideTip(event: Event): void {
  const tip = tipOf(event)?.tip;
  if (tip?.matches(':popover-open')) tip.hidePopover();
}

function hideTipOnEscape(event: KeyboardEvent): void {
  if (event.key === 'Escape') hideTip(event);
}

/** A pointer leaving keeps the explanation open for the keyboard user who focused the badge. */
function hideTipUnlessFocused(event: Event): void {
  if (!(event.currentTarget as HTMLElement).matches(':focus')) hideTip(event);
}

/**
 * Rules of {@link statusBadge}'s and {@link reviewBadge}'s button and explanation; add them to the
 * element's styles.
 */
export const statusBadgeStyles = css`
  .status-badge {
    border: 0;
    font-family: inherit;
    line-height: inherit;
    cursor: help;
  }
  .status-badge:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .status-tip {
    position: fixed;
    inset: auto;
    margin: 0;
    max-inline-size: 20rem;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.85rem;
    font-weight: 400;
    line-height: 1.4;
    white-space: normal;
    box-shadow: 0 0.25rem 1rem color-mix(in srgb, black 18%, transparent);
  }
`;

/** A quality badge: colour and a word, never colour alone. */
export function qualityBadge(t: Translate, number: HubNumber): TemplateResult {
  const rating = number.qualityRating;
  return html`<span
    class="badge"
    part="quality-badge"
    data-quality=${rating}
    data-tone=${qualityRatingInfo(rating).tone}
    >${
      number.unknownQualityRating
        ? t('common.unknownValue', { value: number.unknownQualityRating })
        : t(`numbers.quality.${rating}`)
    }</span
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
