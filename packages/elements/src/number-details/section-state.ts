import { html, type TemplateResult } from 'lit';
import { isHubError } from '@hub/core';
import type { HubQueryController } from '../base/query-controller.js';
import { errorView, loadingView } from '../base/status-views.js';
import type { Translate } from '../base/badges.js';

/** What a section needs to say why its read has nothing to show. */
export interface SectionTexts {
  t: Translate;
  /** The sentence for a failed read's error. */
  errorMessage: (error: unknown) => string;
}

/**
 * A secondary read's loading and error states, or its content. `notFound` is what a number
 * without that data says instead of an error (see below).
 */
export function sectionState<T>(
  query: HubQueryController<T>,
  content: (data: T) => TemplateResult,
  texts: SectionTexts,
  notFound?: string,
): TemplateResult {
  const { t } = texts;
  if (query.data !== undefined) return content(query.data);
  // A number without Messaging API access (not running yet, being migrated) has no profile or
  // commerce settings to show: that is a state of the number, not a failure to retry.
  if (query.status === 'error' && notFound && isHubError(query.error, 'not_found')) {
    return html`<p class="note">${notFound}</p>`;
  }
  if (query.status === 'error') {
    return errorView(
      t('numberDetails.sectionFailed', { reason: texts.errorMessage(query.error) }),
      t('common.retry'),
      () => query.refresh(),
    );
  }
  return loadingView(t('common.loading'), 3);
}
