import { html, nothing, type TemplateResult } from 'lit';
import { formatPhoneNumber, type HubNumber, type NumberChangeKind } from '@hub/core';
import { qualityBadge, qualityText, statusBadge, type Translate } from '../base/badges.js';
import { tierText } from '../number-list/tier.js';

/** What the number's own section shows. */
export interface OverviewOptions {
  number: HubNumber;
  /** The client pays 360dialog directly: its billing start and plan are shown. */
  direct: boolean;
  /** The change to the number still on its way, from here or from a list. */
  inFlight: NumberChangeKind | undefined;
  t: Translate;
  locale: string;
  formatDate: (iso: string) => string;
}

/**
 * The number, its status and, while a change to it is on its way, a note saying so: the number is
 * shown as the change will leave it, and the note says that is not yet confirmed.
 */
export function overviewSection(options: OverviewOptions): TemplateResult {
  const { number, t, formatDate } = options;
  return html`<section part="section" aria-labelledby="overview">
    <div class="section-head">
      <h2 id="overview" class="mono">${formatPhoneNumber(number.phoneNumber)}</h2>
      ${statusBadge(t, number, 'status-help')}
      ${
        options.inFlight
          ? html`<span class="hint" part="saving" data-in-flight=${options.inFlight}
              >${t('numbers.gate.busy')}</span
            >`
          : nothing
      }
    </div>
    <dl>
      ${
        number.status === 'pending_deletion' && number.terminatedAt
          ? html`<dt>${t('numberDetails.deletionDate')}</dt>
              <dd>${formatDate(number.terminatedAt)}</dd>`
          : nothing
      }
      <dt>${t('numberDetails.accountMode')}</dt>
      <dd>${t(`numberDetails.mode.${number.accountMode}`)}</dd>
      <dt>${t('numberDetails.quality')}</dt>
      <dd>${qualityBadge(number.qualityRating, qualityText(t, number))}</dd>
      <dt>${t('numberDetails.tier')}</dt>
      <dd>${tierText(t, options.locale, number)}</dd>
      ${
        options.direct
          ? html`<dt>${t('numberDetails.billingStarted')}</dt>
              <dd>
                ${
                  number.billingStartedAt
                    ? formatDate(number.billingStartedAt)
                    : t('numberDetails.billingNotStarted')
                }
              </dd>
              <dt>${t('numberDetails.plan')}</dt>
              <dd>
                ${number.plan ? t(`numberDetails.plan.${number.plan}`) : t('numberDetails.notSet')}
              </dd>`
          : nothing
      }
    </dl>
  </section>`;
}
