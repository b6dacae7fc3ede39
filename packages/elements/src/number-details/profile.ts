import { html, nothing, type TemplateResult } from 'lit';
import {
  BUSINESS_PROFILE_LIMITS,
  BUSINESS_VERTICALS,
  type BusinessProfile,
  type BusinessProfileDraft,
  type Gate,
  type ProfileIssue,
} from '@hub/core';
import type { HubQueryController } from '../base/query-controller.js';
import type { Translate } from '../base/badges.js';
import { sectionState, type SectionTexts } from './section-state.js';

type TextField = 'about' | 'address' | 'description' | 'email';
const TEXT_FIELDS: readonly TextField[] = ['about', 'address', 'description', 'email'];

type Vertical = (typeof BUSINESS_VERTICALS)[number];
const knownVertical = (value: string): value is Vertical =>
  (BUSINESS_VERTICALS as readonly string[]).includes(value);

/** What the business profile section shows and whom it tells. */
export interface ProfileOptions extends SectionTexts {
  profile: HubQueryController<BusinessProfile>;
  /** Whether the profile may be changed (`profile:write`), and if not, why. */
  gate: Gate;
  /** The profile being edited; the form shows while there is one. */
  draft: BusinessProfileDraft | undefined;
  /** What the last save attempt found wrong with the draft. */
  issues: readonly ProfileIssue[];
  /** Why the last save failed, if it did. */
  error: string;
  saving: boolean;
  onStartEdit: (profile: BusinessProfile) => void;
  onEditDraft: (change: Partial<BusinessProfileDraft>) => void;
  onSave: (event: SubmitEvent) => void;
  onCancel: () => void;
}

/** The business profile: shown, or edited in a form that checks the platform's limits. */
export function profileSection(options: ProfileOptions): TemplateResult {
  const { gate, t, draft } = options;
  const profile = options.profile.data;
  return html`<section part="section" aria-labelledby="profile">
    <div class="section-head">
      <h3 id="profile">${t('numberDetails.profile')}</h3>
      ${
        profile && !draft
          ? html`<button
              type="button"
              class="btn"
              data-edit-profile
              ?disabled=${!gate.allowed}
              aria-describedby=${gate.allowed ? nothing : 'profile-gate'}
              @click=${() => options.onStartEdit(profile)}
            >
              ${t('numberDetails.editProfile')}
            </button>`
          : nothing
      }
    </div>
    ${
      gate.allowed || !profile
        ? nothing
        : html`<p class="hint" id="profile-gate">${t(`numbers.gate.${gate.reason}`)}</p>`
    }
    ${
      draft
        ? profileForm(draft, profile, options)
        : sectionState(
            options.profile,
            (p) => profileView(p, t),
            options,
            t('numberDetails.noMessagingApi'),
          )
    }
  </section>`;
}

/** An industry (`vertical`) in words; a code this version does not know, as the Hub sent it. */
function industry(vertical: string, t: Translate): string {
  return knownVertical(vertical) ? t(`numberDetails.industry.${vertical}`) : vertical;
}

function profileView(p: BusinessProfile, t: Translate): TemplateResult {
  const text = (value: string) =>
    value ? value : html`<span class="muted">${t('numberDetails.notSet')}</span>`;
  return html`<dl>
    ${TEXT_FIELDS.map(
      (f) =>
        html`<dt>${t(`numberDetails.${f}`)}</dt>
          <dd>${text(p[f])}</dd>`,
    )}
    <dt>${t('numberDetails.vertical')}</dt>
    <dd>${text(industry(p.vertical, t))}</dd>
    <dt>${t('numberDetails.websites')}</dt>
    <dd>${p.websites.length ? p.websites.join(', ') : text('')}</dd>
    <dt>${t('numberDetails.photo')}</dt>
    <dd>
      ${
        p.profilePictureUrl
          ? html`<img
                class="photo"
                src=${p.profilePictureUrl}
                alt=""
                @error=${(e: Event) => ((e.target as HTMLImageElement).hidden = true)}
              /><span class="mono photo-url" title=${p.profilePictureUrl}
                >${p.profilePictureUrl}</span
              >`
          : text('')
      }
    </dd>
  </dl>`;
}

function profileForm(
  draft: BusinessProfileDraft,
  profile: BusinessProfile | undefined,
  options: ProfileOptions,
): TemplateResult {
  const { t, onEditDraft } = options;
  const issue = (field: ProfileIssue['field'], index?: number) =>
    options.issues.find((i) => i.field === field && i.index === index);
  const issueText = (i: ProfileIssue | undefined) =>
    i ? t(`numberDetails.issue.${i.code}`, { limit: i.limit ?? 0 }) : '';
  const textField = (field: TextField) => {
    const problem = issue(field);
    const limit = BUSINESS_PROFILE_LIMITS[field];
    const id = `pf-${field}`;
    const control =
      field === 'description' || field === 'about'
        ? html`<textarea
            id=${id}
            name=${field}
            .value=${draft[field]}
            aria-invalid=${problem ? 'true' : 'false'}
            aria-describedby="${id}-count ${id}-error"
            @input=${(e: Event) => onEditDraft({ [field]: (e.target as HTMLTextAreaElement).value })}
          ></textarea>`
        : html`<input
            id=${id}
            name=${field}
            type=${field === 'email' ? 'email' : 'text'}
            .value=${draft[field]}
            aria-invalid=${problem ? 'true' : 'false'}
            aria-describedby="${id}-count ${id}-error"
            @input=${(e: Event) => onEditDraft({ [field]: (e.target as HTMLInputElement).value })}
          />`;
    return html`<div class="form-field">
      <label for=${id}>${t(`numberDetails.${field}`)}</label>
      ${control}
      <div class="form-row">
        <span class="error-text" id="${id}-error">${issueText(problem)}</span>
        <span class="hint" id="${id}-count"
          >${t('numberDetails.counter', { count: draft[field].length, limit })}</span
        >
      </div>
    </div>`;
  };
  return html`<form class="profile" part="profile-form" novalidate @submit=${options.onSave}>
    ${TEXT_FIELDS.map(textField)}
    <div class="form-field">
      <label for="pf-vertical">${t('numberDetails.vertical')}</label>
      <select
        id="pf-vertical"
        name="vertical"
        @change=${(e: Event) => onEditDraft({ vertical: (e.target as HTMLSelectElement).value })}
      >
        ${
          // A value this list does not know stays selectable, so saving does not change it.
          knownVertical(draft.vertical)
            ? nothing
            : html`<option value=${draft.vertical} selected>${draft.vertical}</option>`
        }
        ${BUSINESS_VERTICALS.map(
          (v) =>
            html`<option value=${v} ?selected=${draft.vertical === v}>
              ${t(`numberDetails.industry.${v}`)}
            </option>`,
        )}
      </select>
    </div>
    ${draft.websites.map((site, index) => {
      const problem = issue('websites', index);
      const id = `pf-website-${index}`;
      return html`<div class="form-field">
        <label for=${id}>${t('numberDetails.website', { n: index + 1 })}</label>
        <input
          id=${id}
          type="url"
          .value=${site}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby="${id}-error"
          @input=${(e: Event) => {
            const websites = [...draft.websites];
            websites[index] = (e.target as HTMLInputElement).value;
            onEditDraft({ websites });
          }}
        />
        <span class="error-text" id="${id}-error">${issueText(problem)}</span>
      </div>`;
    })}
    <div class="form-field">
      <span>${t('numberDetails.photo')}</span>
      <span class="mono">${profile?.profilePictureUrl ?? t('numberDetails.notSet')}</span>
      <span class="hint">${t('numberDetails.photoHint')}</span>
    </div>
    ${options.error ? html`<p class="error-text" role="alert">${options.error}</p>` : nothing}
    <div class="form-actions">
      <button type="button" class="btn" @click=${options.onCancel}>${t('common.cancel')}</button>
      <button type="submit" class="btn btn-primary" ?disabled=${options.saving}>
        ${options.saving ? t('common.updating') : t('common.save')}
      </button>
    </div>
  </form>`;
}
