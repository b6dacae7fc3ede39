import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  businessProfileForSave,
  capabilityGate,
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
import { HubQueryController } from '../base/query-controller.js';
import { clientAccountQuery, type HubQuerySpec } from '../base/queries.js';
import { HubInFlightController } from '../base/in-flight-controller.js';
import { ConfirmationController } from '../base/confirmations.js';
import { confirmationStyles } from '../base/confirmations.styles.js';
import { errorView, loadingView, emptyView } from '../base/status-views.js';
import { statusBadgeStyles } from '../base/badges.js';
import { DialogController } from '../base/dialog.js';
import { dialogStyles } from '../base/dialog.styles.js';
import { commerceSection, wabaSection } from './account.js';
import { channelSection } from './channel.js';
import { nameField } from './name-field.js';
import { overviewSection } from './overview.js';
import { profileSection } from './profile.js';
import { styles } from './number-details.styles.js';
import { numberMessages } from '../number-list/number-messages.js';
import { numberDetailsMessages } from './messages.js';
import { helpLinkUrl } from '../help-links/links.js';
import { formatIsoDate } from '../base/formatters.js';

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

/**
 * The WABA manager for one number: its plan and billing, display name (with the review flow),
 * WhatsApp Business Account, commerce settings and business profile. Actions follow the
 * session's permissions: without a capability a control is hidden or disabled with the reason.
 * What an action did is confirmed in a message at the top, which stays in view while the page
 * scrolls through the element (a save at the bottom is confirmed where the user is).
 *
 * @tagname hub-number-details
 * @summary One number's details and settings (the WABA manager).
 *
 * @fires hub-display-name-requested - A display-name change was sent for review; `detail: { numberId, displayName }`.
 * @fires hub-profile-saved - The business profile was saved; `detail: { numberId, profile }`.
 * @fires hub-commerce-saved - Commerce settings were saved; `detail: { numberId, settings }`.
 *
 * @csspart confirmations - The messages confirming what an action did (or why it failed).
 * @csspart confirmation - One such message (`data-tone` is `success`, `neutral` or `danger`).
 * @csspart confirmation-action - A message's action (none of this element's messages has one yet).
 * @csspart confirmation-dismiss - The button that dismisses a message.
 * @csspart section - Each section (number, channel, account, commerce, profile).
 * @csspart status-badge - The number's status badge, a button that shows its explanation.
 * @csspart saving - The note that a change to the number is still on its way (`data-in-flight` names it).
 * @csspart quality-badge - The number's quality rating.
 * @csspart copy-button - A Copy button next to an ID; it reads "Copied" for a moment after copying.
 * @csspart edit-name-button - The display name's Edit button.
 * @csspart name-dialog - The display-name change dialog.
 * @csspart dialog-title - The dialog's title.
 * @csspart dialog-body - What Meta's review means, and the new name.
 * @csspart dialog-error - Why the Hub refused the new name, shown in the dialog.
 * @csspart dialog-actions - The dialog's Cancel and Send for review buttons.
 * @csspart profile-form - The business profile form.
 * @csspart read-only-note - The note that other details need a support ticket.
 * @csspart support-link - Its "create a support ticket" link (see `support-url`).
 * @csspart loading - The loading skeleton.
 * @csspart empty - Shown without a `number-id`.
 * @csspart error - The error state.
 *
 * @cssprop [--hub-number-details-gap=1rem] - Space between sections.
 * @cssprop [--hub-number-details-confirmations-top=0] - Where the messages stay while the page scrolls: below a fixed header of the portal, set its height.
 */
export class HubNumberDetails extends HubElement {
  /** Shadow styles: the `--hub-*` tokens and this element's rules (theme with `--hub-*` and `::part()`). */
  static override styles = [
    ...HubElement.styles,
    statusBadgeStyles,
    dialogStyles,
    confirmationStyles,
    styles,
  ];
  static override messages = { ...numberMessages, ...numberDetailsMessages };

  /** The number (channel ID, ending in `CH`) to show. */
  @property({ attribute: 'number-id', reflect: true }) numberId = '';

  /** Where "create a support ticket" leads; 360dialog's Support page by default (`https:` or same origin). */
  @property({ attribute: 'support-url' }) supportUrl: string | undefined;

  @state() private draft: BusinessProfileDraft | undefined;
  @state() private profileIssues: ProfileIssue[] = [];
  @state() private profileError = '';
  @state() private savingProfile = false;
  @state() private nameDraft = '';
  @state() private nameIssue: string | undefined;
  @state() private commerceError = '';
  /** The label of the value just copied: its Copy button says "Copied" for a moment. */
  @state() private copied: string | undefined;

  private readonly confirmations = new ConfirmationController(this);
  private copiedTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly nameDialog = new DialogController(this, 'name-dialog');
  /** A change to the number on its way, from here or from a list showing it. */
  private readonly changes = new HubInFlightController(this, () => this.hub?.client);

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
    return clientId ? clientAccountQuery(client, clientId) : undefined;
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

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.copiedTimer);
  }

  override render() {
    if (this.prerendering) return loadingView(this.t('numberDetails.loading'), 8);
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
    const t = this.t.bind(this);
    const texts = { t, errorMessage: (error: unknown) => this.errorMessage(error) };
    const inFlight = this.changes.get(number.id);
    const gates = numberActionGates(number, this.account.data?.paymentType, this.hub.permissions, {
      busy: inFlight !== undefined,
    });
    return html`${this.confirmations.render(t('common.dismiss'))}
      <div class="sections">
        ${overviewSection({
          number,
          direct: this.account.data?.paymentType === 'direct',
          inFlight,
          t,
          locale: this.resolvedLocale,
          formatDate: (iso) => this.formatDate(iso),
        })}
        ${channelSection({ number, gate: gates.editDisplayName, t, onEdit: this.openNameDialog })}
        ${wabaSection({
          ...texts,
          number,
          waba: this.waba,
          copied: this.copied,
          onCopy: (value, label) => void this.copy(value, label),
        })}
        ${commerceSection({
          ...texts,
          number,
          commerce: this.commerce,
          gate: capabilityGate(this.hub.permissions, 'waba:write'),
          error: this.commerceError,
          onChange: (change) => void this.saveCommerce(change),
        })}
        ${profileSection({
          ...texts,
          profile: this.profile,
          gate: capabilityGate(this.hub.permissions, 'profile:write'),
          draft: this.draft,
          issues: this.profileIssues,
          error: this.profileError,
          saving: this.savingProfile,
          onStartEdit: (profile) => this.startProfileEdit(profile),
          onEditDraft: (change) => this.editDraft(change),
          onSave: this.saveProfile,
          onCancel: this.cancelProfileEdit,
        })}
        ${this.renderReadOnlyNote()}
      </div>
      ${this.nameDialog.render()}`;
  }

  /** "Create a support ticket" links to the Support page, as `<hub-help-links>` does. */
  private renderReadOnlyNote() {
    const [before, after] = this.t('numberDetails.readOnly', { ticket: '\u0000' }).split('\u0000');
    const url = helpLinkUrl('support', this.supportUrl, 'hub-number-details');
    const ticket = this.t('numberDetails.supportTicket');
    return html`<p class="note" part="read-only-note">
      ${before}${
        url
          ? html`<a part="support-link" href=${url} target="_blank" rel="noopener">${ticket}</a>`
          : ticket
      }${after}
    </p>`;
  }

  private openNameDialog = (event: Event): void => {
    const number = this.number.data;
    if (!number) return;
    this.nameDraft = '';
    this.nameIssue = undefined;
    void this.askName(number, event.currentTarget as HTMLElement);
  };

  /** Asks for the new name; the request runs in the dialog, which shows a refusal there. */
  private async askName(number: HubNumber, trigger: HTMLElement): Promise<void> {
    const t = this.t.bind(this);
    const choice = await this.nameDialog.open({
      title: t('numberDetails.nameDialogTitle'),
      body: () =>
        nameField({
          draft: this.nameDraft,
          issue: this.nameIssue,
          t,
          onInput: (value) => {
            this.nameDraft = value;
            this.nameIssue = undefined;
          },
        }),
      confirmLabel: t('numberDetails.sendForReview'),
      cancelLabel: t('common.cancel'),
      tone: 'primary',
      trigger,
      action: () => this.requestName(number),
      busyLabel: t('numberDetails.sendingForReview'),
      failure: (error) => t('numberDetails.nameFailed', { reason: this.errorMessage(error) }),
    });
    if (choice !== 'confirm') return;
    const displayName = this.nameDraft.trim();
    this.confirmations.show({
      tone: 'success',
      text: t('numberDetails.nameRequested'),
      subject: 'display-name',
    });
    this.emit('hub-display-name-requested', { numberId: number.id, displayName });
    // Edit is not offered while Meta reviews the name: the focus goes to the name, not the page.
    await this.updateComplete;
    const name = this.renderRoot.querySelector<HTMLElement>('[data-display-name]');
    if (trigger.isConnected || !name) return;
    name.tabIndex = -1;
    name.focus();
  }

  /** Sends the new name; `false` keeps the dialog open for a correction first. */
  private async requestName(number: HubNumber): Promise<boolean> {
    const client = this.hub?.client;
    const issue = validateDisplayName(this.nameDraft, number.displayName);
    // Another change to the number may have started since the dialog opened (from a list).
    const busy = this.changes.has(number.id);
    if (!client || issue || busy) {
      this.nameIssue = issue
        ? this.t(`numberDetails.nameIssue.${issue}`)
        : this.t('numbers.gate.busy');
      this.renderRoot.querySelector<HTMLInputElement>('#new-name')?.focus();
      return false;
    }
    await client.numbers.requestDisplayNameChange(number, this.nameDraft.trim());
    return true;
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
    this.draft = undefined;
  };

  private saveProfile = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const draft = this.draft;
    const client = this.hub?.client;
    if (!draft || !client) return;
    this.profileIssues = validateBusinessProfile(draft);
    if (this.profileIssues.length) {
      this.confirmations.announce(
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
      this.draft = undefined;
      this.confirmations.show({
        tone: 'success',
        text: this.t('numberDetails.profileSaved'),
        subject: 'profile',
      });
      this.emit('hub-profile-saved', { numberId: this.numberId, profile });
      // The form, and its Save button with the focus, are gone: Edit profile takes the focus.
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[data-edit-profile]')?.focus();
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
      this.confirmations.show({
        tone: 'success',
        text: this.t('numberDetails.commerceSaved'),
        subject: 'commerce',
      });
      this.emit('hub-commerce-saved', { numberId: this.numberId, settings });
    } catch (error) {
      this.confirmations.dismiss('commerce');
      this.commerceError = this.t('numberDetails.commerceFailed', {
        reason: this.errorMessage(error),
      });
      // Puts the checkbox back to what the Hub has.
      this.requestUpdate();
    }
  }

  /** Copies `value`: its button says so in place; a failure says what to do instead. */
  private async copy(value: string, label: string): Promise<void> {
    clearTimeout(this.copiedTimer);
    try {
      await navigator.clipboard.writeText(value);
      this.copied = label;
      this.confirmations.announce(this.t('numberDetails.copied', { label }));
      this.copiedTimer = setTimeout(() => (this.copied = undefined), 2000);
    } catch {
      this.copied = undefined;
      this.confirmations.show({
        tone: 'danger',
        text: this.t('numberDetails.copyFailed'),
        subject: 'copy',
      });
    }
  }

  /** A date in the locale; a value that is no date, as sent (formatting it would throw). */
  private formatDate(iso: string): string {
    return formatIsoDate(this.resolvedLocale, iso, { dateStyle: 'medium' });
  }
}
