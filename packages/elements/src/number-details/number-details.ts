import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  BUSINESS_PROFILE_LIMITS,
  BUSINESS_VERTICALS,
  businessProfileForSave,
  capabilityGate,
  displayNameState,
  formatPhoneNumber,
  isHubError,
  numberActionGates,
  validateBusinessProfile,
  validateDisplayName,
  websiteSlots,
  type BusinessProfile,
  type BusinessProfileDraft,
  type CommerceSettings,
  type HubClient,
  type HubClientAccount,
  type HubNumber,
  type ProfileIssue,
  type WabaAccount,
} from '@hub/core';
import { HubElement } from '../base/hub-element.js';
import { HubQueryController, type HubQuerySpec } from '../base/query-controller.js';
import { Announcer } from '../base/announcer.js';
import { errorView, loadingView, emptyView } from '../base/status-views.js';
import type { MessageKey } from '../base/messages.js';
import { qualityBadge, statusBadge, statusBadgeStyles, tierText } from '../number-list/badges.js';
import { trapTab } from '../base/focus-trap.js';
import { copyValue } from './copy-value.js';
import { styles } from './number-details.styles.js';

declare global {
  interface HubEventMap {
    /** A new display name was sent to Meta for review. */
    'hub-display-name-requested': { numberId: string; displayName: string };
    /** The business profile was saved; `profile` is what the Hub now has. */
    'hub-profile-saved': { numberId: string; profile: BusinessProfile };
    /** Commerce settings were saved. */
    'hub-commerce-saved': { numberId: string; settings: CommerceSettings };
  }
}

type TextField = 'about' | 'address' | 'description' | 'email';
const TEXT_FIELDS: readonly TextField[] = ['about', 'address', 'description', 'email'];

type Vertical = (typeof BUSINESS_VERTICALS)[number];
const knownVertical = (value: string): value is Vertical =>
  (BUSINESS_VERTICALS as readonly string[]).includes(value);

/**
 * The WABA manager for one number: its plan and billing, display name (with the review flow),
 * WhatsApp Business Account, commerce settings and business profile. Actions follow the
 * session's permissions: without a capability a control is hidden or disabled with the reason.
 *
 * @tagname hub-number-details
 * @summary One number's details and settings (the WABA manager).
 *
 * @fires hub-display-name-requested - A display-name change was sent for review; `detail: { numberId, displayName }`.
 * @fires hub-profile-saved - The business profile was saved; `detail: { numberId, profile }`.
 * @fires hub-commerce-saved - Commerce settings were saved; `detail: { numberId, settings }`.
 *
 * @csspart section - Each section (number, channel, account, commerce, profile).
 * @csspart status-badge - The number's status badge, a button that shows its explanation.
 * @csspart quality-badge - The number's quality rating.
 * @csspart copy-button - A Copy button next to an ID.
 * @csspart edit-name-button - The display name's Edit button.
 * @csspart name-dialog - The display-name change dialog.
 * @csspart profile-form - The business profile form.
 * @csspart read-only-note - The note that other details need a support ticket.
 * @csspart loading - The loading skeleton.
 * @csspart empty - Shown without a `number-id`.
 * @csspart error - The error state.
 *
 * @cssprop [--hub-number-details-gap=1rem] - Space between sections.
 */
export class HubNumberDetails extends HubElement {
  /** Shadow styles: the `--hub-*` tokens and this element's rules (theme with `--hub-*` and `::part()`). */
  static override styles = [...HubElement.styles, statusBadgeStyles, styles];

  /** The number (channel ID, ending in `CH`) to show. */
  @property({ attribute: 'number-id', reflect: true }) numberId = '';

  @state() private editingProfile = false;
  @state() private draft: BusinessProfileDraft | undefined;
  @state() private profileIssues: ProfileIssue[] = [];
  @state() private profileError = '';
  @state() private savingProfile = false;
  @state() private nameDraft = '';
  @state() private nameIssue: string | undefined;
  @state() private nameError = '';
  @state() private sendingName = false;
  @state() private commerceError = '';

  @query('dialog') private nameDialog!: HTMLDialogElement | null;

  private readonly announcer = new Announcer(this);
  private nameTrigger: HTMLElement | null = null;

  /** A read that waits for a client and a number ID. */
  private read<T>(spec: (client: HubClient) => HubQuerySpec<T> | undefined) {
    return new HubQueryController<T>(this, () => {
      const client = this.hub?.client;
      return client && this.numberId ? spec(client) : undefined;
    });
  }

  private readonly number = this.read<HubNumber>((client) => ({
    client,
    key: client.numbers.keys.get(this.numberId),
    fetch: (options) => client.numbers.get(this.numberId, options),
  }));

  private readonly account = this.read<HubClientAccount>((client) => {
    const clientId = this.number.data?.clientId ?? this.hub?.clientId;
    if (!clientId) return undefined;
    return {
      client,
      key: client.clients.keys.get(clientId),
      fetch: (options) => client.clients.get(clientId, options),
    };
  });

  private readonly waba = this.read<WabaAccount>((client) => {
    const wabaId = this.number.data?.waba?.id;
    if (!wabaId) return undefined;
    return {
      client,
      key: client.waba.keys.get(wabaId),
      fetch: (options) => client.waba.get(wabaId, options),
    };
  });

  private readonly profile = this.read<BusinessProfile>((client) => ({
    client,
    key: client.profile.keys.get(this.numberId),
    fetch: (options) => client.profile.get(this.numberId, options),
  }));

  private readonly commerce = this.read<CommerceSettings>((client) => ({
    client,
    key: client.waba.keys.commerceSettings(this.numberId),
    fetch: (options) => client.waba.commerceSettings(this.numberId, options),
  }));

  override render() {
    if (!this.hub?.client) return emptyView(this.t('common.noProvider'));
    if (!this.numberId) return emptyView(this.t('numberDetails.missingId'));
    const number = this.number.data;
    if (!number) {
      return this.number.status === 'error'
        ? errorView(this.errorMessage(this.number.error), this.t('common.retry'), () =>
            this.number.refresh(),
          )
        : loadingView(this.t('numberDetails.loading'), 8);
    }
    return html`${this.announcer.region()}
      <div class="sections">
        ${this.renderOverview(number)} ${this.renderChannel(number)} ${this.renderWaba(number)}
        ${this.renderCommerce(number)} ${this.renderProfile()}
        <p class="note" part="read-only-note">${this.t('numberDetails.readOnly')}</p>
      </div>
      ${this.renderNameDialog(number)}`;
  }

  private renderOverview(number: HubNumber): TemplateResult {
    const direct = this.account.data?.paymentType === 'direct';
    return html`<section part="section" aria-labelledby="overview">
      <div class="section-head">
        <h2 id="overview" class="mono">${formatPhoneNumber(number.phoneNumber)}</h2>
        ${statusBadge(this.t.bind(this), number, 'status-help')}
      </div>
      <dl>
        ${
          number.status === 'pending_deletion' && number.terminatedAt
            ? html`<dt>${this.t('numberDetails.deletionDate')}</dt>
                <dd>${this.formatDate(number.terminatedAt)}</dd>`
            : nothing
        }
        <dt>${this.t('numberDetails.accountMode')}</dt>
        <dd>${this.t(`numberDetails.mode.${number.accountMode}`)}</dd>
        <dt>${this.t('numberDetails.quality')}</dt>
        <dd>${qualityBadge(this.t.bind(this), number)}</dd>
        <dt>${this.t('numberDetails.tier')}</dt>
        <dd>${tierText(this.t.bind(this), this.resolvedLocale, number)}</dd>
        ${
          direct
            ? html`<dt>${this.t('numberDetails.billingStarted')}</dt>
                <dd>
                  ${
                    number.billingStartedAt
                      ? this.formatDate(number.billingStartedAt)
                      : this.t('numberDetails.billingNotStarted')
                  }
                </dd>
                <dt>${this.t('numberDetails.plan')}</dt>
                <dd>
                  ${
                    number.plan
                      ? this.t(`numberDetails.plan.${number.plan}`)
                      : this.t('numberDetails.notSet')
                  }
                </dd>`
            : nothing
        }
      </dl>
    </section>`;
  }

  private renderChannel(number: HubNumber): TemplateResult {
    const name = displayNameState(number);
    const gate = numberActionGates(
      number,
      this.account.data?.paymentType,
      this.hub?.permissions,
    ).editDisplayName;
    // While Meta reviews a name, Edit is not offered at all (the pending name is shown instead);
    // every other denial leaves it disabled, with the reason.
    const showEdit = name.kind !== 'under_review';
    return html`<section part="section" aria-labelledby="channel">
      <div class="section-head"><h3 id="channel">${this.t('numberDetails.channel')}</h3></div>
      <dl>
        <dt>${this.t('numberDetails.displayName')}</dt>
        <dd>
          <span data-display-name>${number.displayName}</span>
          ${
            name.kind === 'approved'
              ? html`<span class="badge" data-tone="success"
                  >${this.t('numberDetails.nameApproved')}</span
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
                  @click=${this.openNameDialog}
                >
                  ${this.t('numberDetails.editName')}
                </button>`
              : nothing
          }
          ${
            !gate.allowed && showEdit
              ? html`<span class="hint" id="name-gate"
                  >${
                    // Outside a review, only a pending deletion stops a name change.
                    gate.reason === 'state'
                      ? this.t('numberDetails.nameGatePending')
                      : this.t(`numbers.gate.${gate.reason}`)
                  }</span
                >`
              : nothing
          }
          ${
            name.kind === 'under_review'
              ? html`<p class="name-state" data-name-state="under_review">
                  <span class="badge" data-tone="accent"
                    >${this.t('numberDetails.nameUnderReview', { name: name.requested })}</span
                  >
                  <span class="hint">${this.t('numberDetails.nameUnderReviewHelp')}</span>
                </p>`
              : nothing
          }
          ${
            name.kind === 'rejected'
              ? html`<p class="name-state error-text" data-name-state="rejected">
                  ${
                    name.requested
                      ? this.t('numberDetails.nameRejected', { name: name.requested })
                      : this.t('numberDetails.nameRejectedNoName')
                  }
                </p>`
              : nothing
          }
        </dd>
      </dl>
    </section>`;
  }

  private renderWaba(number: HubNumber): TemplateResult {
    const body = this.sectionState(this.waba, (waba) => {
      const row = (key: MessageKey, value: string | null) => {
        const label = this.t(key);
        return html`<dt>${label}</dt>
          <dd>
            ${copyValue(
              value,
              {
                notSet: this.t('numberDetails.notSet'),
                button: this.t('common.copy'),
                label: this.t('numberDetails.copy', { label }),
              },
              (v) => void this.copy(v, label),
            )}
          </dd>`;
      };
      return html`<dl>
        ${row('numberDetails.wabaName', waba.name ?? number.waba?.name ?? null)}
        ${row('numberDetails.wabaType', this.t(`numberDetails.type.${number.accountType}`))}
        ${
          number.accountType === 'on_behalf_of'
            ? row('numberDetails.oboStatus', this.oboStatus(number.waba?.onBehalfOfStatus ?? null))
            : nothing
        }
        ${row('numberDetails.timezone', waba.timezoneId)}
        ${row('numberDetails.businessManagerId', waba.businessManagerId)}
        ${row('numberDetails.wabaId', waba.externalId ?? waba.id)}
        ${row('numberDetails.namespace', waba.namespace)}
      </dl>`;
    });
    return html`<section part="section" aria-labelledby="waba">
      <div class="section-head"><h3 id="waba">${this.t('numberDetails.waba')}</h3></div>
      ${body}
    </section>`;
  }

  private renderCommerce(number: HubNumber): TemplateResult {
    const obo = number.accountType === 'on_behalf_of';
    const gate = capabilityGate(this.hub?.permissions, 'waba:write');
    const body = obo
      ? html`<p class="note">${this.t('numberDetails.commerceOboNote')}</p>`
      : this.sectionState(
          this.commerce,
          (settings) => html`
            ${(['catalogVisible', 'cartEnabled'] as const).map(
              (key) =>
                html`<label class="toggle">
                  <input
                    type="checkbox"
                    name=${key}
                    .checked=${live(settings[key])}
                    ?disabled=${!gate.allowed}
                    aria-describedby=${gate.allowed ? nothing : 'commerce-gate'}
                    @change=${(e: Event) =>
                      void this.saveCommerce({ [key]: (e.target as HTMLInputElement).checked })}
                  />
                  ${this.t(`numberDetails.${key}`)}
                </label>`,
            )}
            ${
              gate.allowed
                ? nothing
                : html`<p class="hint" id="commerce-gate">
                    ${this.t(`numbers.gate.${gate.reason}`)}
                  </p>`
            }
            ${
              this.commerceError
                ? html`<p class="error-text" role="alert">${this.commerceError}</p>`
                : nothing
            }
          `,
          this.t('numberDetails.noMessagingApi'),
        );
    return html`<section part="section" aria-labelledby="commerce">
      <div class="section-head"><h3 id="commerce">${this.t('numberDetails.commerce')}</h3></div>
      ${body}
    </section>`;
  }

  private renderProfile(): TemplateResult {
    const gate = capabilityGate(this.hub?.permissions, 'profile:write');
    const profile = this.profile.data;
    return html`<section part="section" aria-labelledby="profile">
      <div class="section-head">
        <h3 id="profile">${this.t('numberDetails.profile')}</h3>
        ${
          profile && !this.editingProfile
            ? html`<button
                type="button"
                class="btn"
                ?disabled=${!gate.allowed}
                aria-describedby=${gate.allowed ? nothing : 'profile-gate'}
                @click=${() => this.startProfileEdit(profile)}
              >
                ${this.t('numberDetails.editProfile')}
              </button>`
            : nothing
        }
      </div>
      ${
        gate.allowed || !profile
          ? nothing
          : html`<p class="hint" id="profile-gate">${this.t(`numbers.gate.${gate.reason}`)}</p>`
      }
      ${
        this.editingProfile && this.draft
          ? this.renderProfileForm(this.draft, profile)
          : this.sectionState(
              this.profile,
              (p) => this.renderProfileView(p),
              this.t('numberDetails.noMessagingApi'),
            )
      }
    </section>`;
  }

  private renderProfileView(p: BusinessProfile): TemplateResult {
    const text = (value: string) =>
      value ? value : html`<span class="muted">${this.t('numberDetails.notSet')}</span>`;
    return html`<dl>
      ${TEXT_FIELDS.map(
        (f) =>
          html`<dt>${this.t(`numberDetails.${f}`)}</dt>
            <dd>${text(p[f])}</dd>`,
      )}
      <dt>${this.t('numberDetails.vertical')}</dt>
      <dd>${text(this.industry(p.vertical))}</dd>
      <dt>${this.t('numberDetails.websites')}</dt>
      <dd>${p.websites.length ? p.websites.join(', ') : text('')}</dd>
      <dt>${this.t('numberDetails.photo')}</dt>
      <dd>
        ${
          p.profilePictureUrl
            ? html`<img
                  class="photo"
                  src=${p.profilePictureUrl}
                  alt=""
                  @error=${(e: Event) => ((e.target as HTMLImageElement).hidden = true)}
                /><span class="mono">${p.profilePictureUrl}</span>`
            : text('')
        }
      </dd>
    </dl>`;
  }

  private renderProfileForm(draft: BusinessProfileDraft, profile: BusinessProfile | undefined) {
    const issue = (field: ProfileIssue['field'], index?: number) =>
      this.profileIssues.find((i) => i.field === field && i.index === index);
    const issueText = (i: ProfileIssue | undefined) =>
      i ? this.t(`numberDetails.issue.${i.code}`, { limit: i.limit ?? 0 }) : '';
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
              @input=${(e: Event) => this.editDraft({ [field]: (e.target as HTMLTextAreaElement).value })}
            ></textarea>`
          : html`<input
              id=${id}
              name=${field}
              type=${field === 'email' ? 'email' : 'text'}
              .value=${draft[field]}
              aria-invalid=${problem ? 'true' : 'false'}
              aria-describedby="${id}-count ${id}-error"
              @input=${(e: Event) => this.editDraft({ [field]: (e.target as HTMLInputElement).value })}
            />`;
      return html`<div class="form-field">
        <label for=${id}>${this.t(`numberDetails.${field}`)}</label>
        ${control}
        <div class="form-row">
          <span class="error-text" id="${id}-error">${issueText(problem)}</span>
          <span class="hint" id="${id}-count"
            >${this.t('numberDetails.counter', { count: draft[field].length, limit })}</span
          >
        </div>
      </div>`;
    };
    return html`<form class="profile" part="profile-form" novalidate @submit=${this.saveProfile}>
      ${TEXT_FIELDS.map(textField)}
      <div class="form-field">
        <label for="pf-vertical">${this.t('numberDetails.vertical')}</label>
        <select
          id="pf-vertical"
          name="vertical"
          @change=${(e: Event) => this.editDraft({ vertical: (e.target as HTMLSelectElement).value })}
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
                ${this.t(`numberDetails.industry.${v}`)}
              </option>`,
          )}
        </select>
      </div>
      ${draft.websites.map((site, index) => {
        const problem = issue('websites', index);
        const id = `pf-website-${index}`;
        return html`<div class="form-field">
          <label for=${id}>${this.t('numberDetails.website', { n: index + 1 })}</label>
          <input
            id=${id}
            type="url"
            .value=${site}
            aria-invalid=${problem ? 'true' : 'false'}
            aria-describedby="${id}-error"
            @input=${(e: Event) => {
              const websites = [...draft.websites];
              websites[index] = (e.target as HTMLInputElement).value;
              this.editDraft({ websites });
            }}
          />
          <span class="error-text" id="${id}-error">${issueText(problem)}</span>
        </div>`;
      })}
      <div class="form-field">
        <span>${this.t('numberDetails.photo')}</span>
        <span class="mono">${profile?.profilePictureUrl ?? this.t('numberDetails.notSet')}</span>
        <span class="hint">${this.t('numberDetails.photoHint')}</span>
      </div>
      ${this.profileError ? html`<p class="error-text" role="alert">${this.profileError}</p>` : nothing}
      <div class="form-actions">
        <button type="button" class="btn" @click=${this.cancelProfileEdit}>
          ${this.t('common.cancel')}
        </button>
        <button type="submit" class="btn btn-primary" ?disabled=${this.savingProfile}>
          ${this.savingProfile ? this.t('common.updating') : this.t('common.save')}
        </button>
      </div>
    </form>`;
  }

  private renderNameDialog(number: HubNumber): TemplateResult {
    return html`<dialog
      part="name-dialog"
      aria-labelledby="name-title"
      aria-describedby="name-body"
      @keydown=${trapTab}
      @close=${this.onNameDialogClose}
    >
      <h3 id="name-title">${this.t('numberDetails.nameDialogTitle')}</h3>
      <p id="name-body">${this.t('numberDetails.nameDialogBody')}</p>
      <form method="dialog" @submit=${(e: SubmitEvent) => this.submitName(e, number)}>
        <div class="form-field">
          <label for="new-name">${this.t('numberDetails.newName')}</label>
          <input
            id="new-name"
            name="displayName"
            .value=${this.nameDraft}
            maxlength="75"
            aria-invalid=${this.nameIssue ? 'true' : 'false'}
            aria-describedby="new-name-hint new-name-error"
            @input=${(e: Event) => {
              this.nameDraft = (e.target as HTMLInputElement).value;
              this.nameIssue = undefined;
            }}
          />
          <span class="hint" id="new-name-hint">${this.t('numberDetails.nameHint')}</span>
          <span class="error-text" id="new-name-error">${this.nameIssue ?? ''}</span>
        </div>
        ${this.nameError ? html`<p class="error-text" role="alert">${this.nameError}</p>` : nothing}
        <div class="form-actions dialog-actions">
          <button type="button" class="btn" @click=${() => this.nameDialog?.close()}>
            ${this.t('common.cancel')}
          </button>
          <button type="submit" class="btn btn-primary" ?disabled=${this.sendingName}>
            ${this.t('numberDetails.sendForReview')}
          </button>
        </div>
      </form>
    </dialog>`;
  }

  /** Renders a secondary read's loading and error states, or its content. */
  private sectionState<T>(
    query: HubQueryController<T>,
    content: (data: T) => TemplateResult,
    notFound?: string,
  ): TemplateResult {
    if (query.data !== undefined) return content(query.data);
    // A number without Messaging API access (not running yet, being migrated) has no profile or
    // commerce settings to show: that is a state of the number, not a failure to retry.
    if (query.status === 'error' && notFound && isHubError(query.error, 'not_found')) {
      return html`<p class="note">${notFound}</p>`;
    }
    if (query.status === 'error') {
      return errorView(
        this.t('numberDetails.sectionFailed', { reason: this.errorMessage(query.error) }),
        this.t('common.retry'),
        () => query.refresh(),
      );
    }
    return loadingView(this.t('common.loading'), 3);
  }

  private openNameDialog = (event: Event): void => {
    this.nameTrigger = event.currentTarget as HTMLElement;
    this.nameDraft = '';
    this.nameIssue = undefined;
    this.nameError = '';
    this.nameDialog?.showModal();
  };

  private onNameDialogClose = (): void => {
    // The trigger may be gone (Edit is hidden during review): focus the name's section instead.
    const target = this.nameTrigger?.isConnected
      ? this.nameTrigger
      : this.renderRoot.querySelector<HTMLElement>('[data-display-name]');
    if (target && !target.isConnected) return;
    if (target === this.nameTrigger) target?.focus();
    else if (target) {
      target.tabIndex = -1;
      target.focus();
    }
  };

  private async submitName(event: SubmitEvent, number: HubNumber): Promise<void> {
    event.preventDefault();
    const issue = validateDisplayName(this.nameDraft, number.displayName);
    if (issue) {
      this.nameIssue = this.t(`numberDetails.nameIssue.${issue}`);
      this.renderRoot.querySelector<HTMLInputElement>('#new-name')?.focus();
      return;
    }
    const client = this.hub?.client;
    if (!client) return;
    this.sendingName = true;
    this.nameError = '';
    try {
      const displayName = this.nameDraft.trim();
      await client.numbers.requestDisplayNameChange(number, displayName);
      this.nameDialog?.close();
      this.announcer.announce(this.t('numberDetails.nameRequested'));
      this.emit('hub-display-name-requested', { numberId: number.id, displayName });
    } catch (error) {
      this.nameError = this.t('numberDetails.nameFailed', { reason: this.errorMessage(error) });
    } finally {
      this.sendingName = false;
    }
  }

  private startProfileEdit(profile: BusinessProfile): void {
    const { about, address, description, email, vertical, websites } = profile;
    this.draft = {
      about,
      address,
      description,
      email,
      vertical: vertical || 'OTHER',
      websites: websiteSlots(websites),
    };
    this.profileIssues = [];
    this.profileError = '';
    this.editingProfile = true;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('#pf-about')?.focus(),
    );
  }

  private editDraft(change: Partial<BusinessProfileDraft>): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, ...change };
    // Re-check as the user types only once a save attempt showed problems.
    if (this.profileIssues.length) this.profileIssues = validateBusinessProfile(this.draft);
  }

  private cancelProfileEdit = (): void => {
    this.editingProfile = false;
    this.draft = undefined;
  };

  private saveProfile = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const draft = this.draft;
    const client = this.hub?.client;
    if (!draft || !client) return;
    this.profileIssues = validateBusinessProfile(draft);
    if (this.profileIssues.length) {
      this.announcer.announce(
        this.t('numberDetails.profileInvalid', { count: this.profileIssues.length }),
      );
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid=true]')?.focus();
      return;
    }
    this.savingProfile = true;
    this.profileError = '';
    try {
      const profile = await client.profile.update(this.numberId, businessProfileForSave(draft));
      this.editingProfile = false;
      this.draft = undefined;
      this.announcer.announce(this.t('numberDetails.profileSaved'));
      this.emit('hub-profile-saved', { numberId: this.numberId, profile });
    } catch (error) {
      // The draft stays in the form so nothing the user typed is lost.
      this.profileError = this.t('numberDetails.profileFailed', {
        reason: this.errorMessage(error),
      });
    } finally {
      this.savingProfile = false;
    }
  };

  private async saveCommerce(change: Partial<CommerceSettings>): Promise<void> {
    const client = this.hub?.client;
    if (!client) return;
    this.commerceError = '';
    try {
      const settings = await client.waba.updateCommerceSettings(this.numberId, change);
      this.announcer.announce(this.t('numberDetails.commerceSaved'));
      this.emit('hub-commerce-saved', { numberId: this.numberId, settings });
    } catch (error) {
      this.commerceError = this.t('numberDetails.commerceFailed', {
        reason: this.errorMessage(error),
      });
      // Puts the checkbox back to what the Hub has.
      this.requestUpdate();
    }
  }

  private async copy(value: string, label: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(value);
      this.announcer.announce(this.t('numberDetails.copied', { label }));
    } catch {
      this.announcer.announce(this.t('numberDetails.copyFailed'));
    }
  }

  /** An industry (`vertical`) in words; a code this version does not know, as the Hub sent it. */
  private industry(vertical: string): string {
    return knownVertical(vertical) ? this.t(`numberDetails.industry.${vertical}`) : vertical;
  }

  /** The message-on-behalf status in words; an unknown value as the Hub sent it. */
  private oboStatus(status: string | null): string | null {
    const known = ['approved', 'submitted', 'denied', 'rejected'] as const;
    const value = known.find((k) => k === status?.toLowerCase());
    return value ? this.t(`numberDetails.obo.${value}`) : status;
  }

  private formatDate(iso: string): string {
    return new Intl.DateTimeFormat(this.resolvedLocale, { dateStyle: 'medium' }).format(
      new Date(iso),
    );
  }
}
