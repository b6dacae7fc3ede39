import { html, nothing, type TemplateResult } from 'lit';
import { getTemplateStatusInfo } from '@hub/core';

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

/** A template status as a badge with the status's label (the raw status for unknown ones). */
export function templateStatusBadge(status: string): TemplateResult {
  const upper = status.toUpperCase();
  const label = getTemplateStatusInfo(upper)?.label ?? upper;
  return html`<span class="badge" part="status-badge" data-tone=${TONE[upper] ?? 'neutral'}
    >${label}</span
  >`;
}

/** A quality rating badge, or nothing when the rating is unknown. */
export function qualityBadge(quality: string | null, label: string) {
  if (!quality || quality === 'UNKNOWN') return nothing;
  return html`<span class="badge" data-tone=${QUALITY_TONE[quality] ?? 'neutral'}>${label}</span>`;
}
