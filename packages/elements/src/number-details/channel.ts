import { html, nothing, type TemplateResult } from 'lit';
import { displayNameState, type Gate, type HubNumber } from '@hub/core';
import type { Translate } from '../base/badges.js';

/** What the WhatsApp channel section (the display name and its review) shows and whom it tells. */
export interface ChannelOptions {
  number: HubNumber;
  /** Whether a new display name may be requested, and if not, why. */
  gate: Gate;
  t: Translate;
  onEdit: (event: Event) => void;
}

/**
 * What happened to the last requested name, and what to do next. Another name may be requested
 * after a decline (the Client Hub's guide: review the guidelines and repeat); that is said only
 * where Edit offers it. Without the access, the sentence says who can; for the other reasons
 * (pending deletion, a change on its way, still checking) the hint next to Edit says why.
 */
function declined(requested: string | null, gate: Gate, t: Translate): TemplateResult {
  const what = requested
    ? t('numberDetails.nameRejected', { name: requested })
    : t('numberDetails.nameRejectedNoName');
  const next = gate.allowed
    ? t('numberDetails.nameRejectedRetry')
    : gate.reason === 'permission'
      ? t('numberDetails.nameRejectedNoAccess')
      : '';
  return html`<p class="name-state error-text" data-name-state="rejected">${what} ${next}</p>`;
}

/** The display name, its review state, and Edit where a new name may be requested. */
export function channelSection(options: ChannelOptions): TemplateResult {
  const { number, gate, t } = options;
  const name = displayNameState(number);
  // While Meta reviews a name, Edit is not offered at all (the pending name is shown instead);
  // every other denial leaves it disabled, with the reason.
  const showEdit = name.kind !== 'under_review';
  return html`<section part="section" aria-labelledby="channel">
    <div class="section-head"><h3 id="channel">${t('numberDetails.channel')}</h3></div>
    <dl>
      <dt>${t('numberDetails.displayName')}</dt>
      <dd>
        <span data-display-name>${number.displayName}</span>
        ${
          name.kind === 'approved'
            ? html`<span class="badge" data-tone="success"
                >${t('numberDetails.nameApproved')}</span
              >`
            : nothing
        }
        ${
          showEdit
            ? html`<button
                type="button"
                class="btn"
                part="edit-name-button"
                ?disabled=${!gate.allowed}
                aria-describedby=${gate.allowed ? nothing : 'name-gate'}
                @click=${options.onEdit}
              >
                ${t('numberDetails.editName')}
              </button>`
            : nothing
        }
        ${
          !gate.allowed && showEdit
            ? html`<span class="hint" id="name-gate"
                >${
                  // Outside a review, only a pending deletion stops a name change for its state.
                  gate.reason === 'state'
                    ? t('numberDetails.nameGatePending')
                    : t(`numbers.gate.${gate.reason}`)
                }</span
              >`
            : nothing
        }
        ${
          name.kind === 'under_review'
            ? html`<p class="name-state" data-name-state="under_review">
                <span class="badge" data-tone="accent"
                  >${t('numberDetails.nameUnderReview', { name: name.requested })}</span
                >
                <span class="hint">${t('numberDetails.nameUnderReviewHelp')}</span>
              </p>`
            : nothing
        }
        ${name.kind === 'rejected' ? declined(name.requested, gate, t) : nothing}
      </dd>
    </dl>
  </section>`;
}
