import { html, nothing, type TemplateResult } from 'lit';
import { getTemplateStatusInfo } from '@hub/core';
import type { MessageKey } from '../base/messages.js';
import type { MessageParams } from '../base/localize.js';

/** The translate function of the element rendering a badge. */
type Translate = (key: MessageKey, params?: MessageParams) => string;

const TONE: Readonly<Record<string, string>> = {
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

const QUALITY_TONE: Readonly<Record<string, string>> = {
  GREEN: 'success',
  YELLOW: 'warning',
  RED: 'danger',
};

/**
 * The words for a template status. One the Hub added after this version reads "Unknown (VALUE)":
 * the raw value is what Meta's and the Hub's docs know it by.
 */
export function templateStatusLabel(t: Translate, status: string): string {
  const upper = status.toUpperCase();
  return getTemplateStatusInfo(upper)?.label ?? t('common.unknownValue', { value: upper });
}

/** A template status as a badge with the status's label. */
export function templateStatusBadge(t: Translate, status: string): TemplateResult {
  const upper = status.toUpperCase();
  const label = templateStatusLabel(t, status);
  return html`<span class="badge" part="status-badge" data-tone=${TONE[upper] ?? 'neutral'}
    >${label}</span
  >`;
}

/** A quality rating badge, or nothing when the rating is unknown. */
export function qualityBadge(quality: string | null, label: string) {
  if (!quality || quality === 'UNKNOWN') return nothing;
  return html`<span class="badge" data-tone=${QUALITY_TONE[quality] ?? 'neutral'}>${label}</span>`;
}
