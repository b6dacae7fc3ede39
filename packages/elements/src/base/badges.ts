import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  QUALITY_RATINGS,
  isKnownNumberStatus,
  numberStatusInfo,
  qualityRatingInfo,
  type HubNumber,
  type QualityRating,
} from '@hub/core';
import type { MessageKey } from './messages.js';
import type { MessageParams } from './localize.js';
import { showAnchored } from './position.js';

/** The translate function of the element rendering a badge. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * A quality rating (Meta's `GREEN`, `YELLOW`, `RED`, `UNKNOWN`, of a number or a template) as a
 * badge: a colour and `label`, never colour alone. Nothing without a rating.
 */
export function qualityBadge(
  rating: string | null | undefined,
  label: string,
): TemplateResult | typeof nothing {
  if (!rating) return nothing;
  const known = (QUALITY_RATINGS as readonly string[]).includes(rating);
  const tone = known ? qualityRatingInfo(rating as QualityRating).tone : 'neutral';
  return html`<span class="badge" part="quality-badge" data-quality=${rating} data-tone=${tone}
    >${label}</span
  >`;
}

/** A number's quality rating in words; one Meta added after this version reads "Unknown (VALUE)". */
export function qualityText(t: Translate, number: HubNumber): string {
  return number.unknownQualityRating
    ? t('common.unknownValue', { value: number.unknownQualityRating })
    : t(`numbers.quality.${number.qualityRating}`);
}

const TEMPLATE_TONE: Readonly<Record<string, string>> = {
  APPROVED: 'success',
  REINSTATED: 'success',
  PENDING: 'accent',
  SUBMITTED: 'accent',
  CREATED: 'accent',
  IN_APPEAL: 'accent',
  REJECTED: 'danger',
  DISABLED: 'danger',
  PAUSED: 'warning',
  FLAGGED: 'warning',
  LIMIT_EXCEEDED: 'warning',
};

/** A template status as a badge; `label` is the element's words for it. */
export function templateStatusBadge(status: string, label: string): TemplateResult {
  const upper = status.toUpperCase();
  return html`<span
    class="badge"
    part="status-badge"
    data-status=${upper}
    data-tone=${TEMPLATE_TONE[upper] ?? 'neutral'}
    >${label}</span
  >`;
}

/**
 * A number's status label and explanation. A status the Hub added after this version reads
 * "Unknown (VALUE)": the raw value is what support and the Hub's docs know it by, and "Unknown"
 * says why it has no translated words.
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
 * A number's status badge whose explanation is reachable by everyone: the badge is a button that
 * shows the explanation on hover, on keyboard focus and on a tap, and screen readers read it as
 * the badge's description. Escape hides it again. `id` must be unique in the element's shadow root.
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

/** Opens the explanation under its badge, in the top layer, so a scrolling table cannot clip it. */
function showTip(event: Event): void {
  const found = tipOf(event);
  if (found && !found.tip.matches(':popover-open')) showAnchored(found.tip, found.badge);
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
    max-inline-size: min(20rem, calc(100vw - 16px));
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
