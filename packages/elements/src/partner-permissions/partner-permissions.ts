import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { can, formatPhoneNumber, type NumberSharing } from '@hub/core';
import { HubElement } from '../base/hub-element.js';
import { ConfirmationController } from '../base/confirmations.js';
import { confirmationStyles } from '../base/confirmations.styles.js';
import { OnboardingPopup, type OnboardingOutcome } from '../base/onboarding-popup.js';
import { HubQueryController } from '../base/query-controller.js';
import { emptyView, errorView, loadingView, stateView } from '../base/status-views.js';
import { styles } from './partner-permissions.styles.js';
import { partnerPermissionsMessages } from './messages.js';

declare global {
  interface HubEventMap {
    /**
     * The client finished the Hub's permission page and the result was verified: `channels` it
     * shared in that session (including a number it just added), `revoked` the ones it stopped
     * sharing.
     */
    'hub-permissions-change': { clientId: string; channels: string[]; revoked: string[] };
  }
}

/**
 * Which of the client's numbers its partner may manage — the Hub's per-number "Shared" /
 * "Missing" — and "Grant or change access", which opens the Hub's Integrated Onboarding
 * permission page in a popup. The page sends the browser to the partner's redirect page, which
 * hands the result back (load `@hub/elements/onboarding-redirect.js` there; see
 * `docs/onboarding.md`). The result counts only when it comes from that page's origin, carries
 * the nonce this element sent and names the signed-in client; the list then refreshes and a
 * confirmation says what changed. A blocked popup falls back to the same tab, and the element
 * picks the result up when the portal page loads again.
 *
 * Reading needs `numbers:read`; changing access needs `permissions:manage`.
 *
 * @tagname hub-partner-permissions
 * @summary The numbers the client shares with its partner, and the way to change that.
 *
 * @fires hub-permissions-change - The client changed its partner's access; `detail: { clientId, channels, revoked }`.
 *
 * @csspart confirmations - The list of messages confirming completed actions.
 * @csspart confirmation - One such message (`data-tone` is `success`, `neutral` or `danger`).
 * @csspart confirmation-dismiss - The button that dismisses a message.
 * @csspart summary - How many numbers are shared.
 * @csspart list - The list of numbers.
 * @csspart row - One number (`data-access` is `shared` or `missing`).
 * @csspart access-badge - The "Shared" / "Missing" badge.
 * @csspart grant-button - The "Grant or change access" button.
 * @csspart manage-denied - Shown instead of the button without `permissions:manage`.
 * @csspart permission-denied - Shown without `numbers:read`.
 * @csspart loading - The loading skeleton.
 * @csspart empty - Shown without a client ID, or when the client has no numbers.
 * @csspart error - The error state, with Retry.
 *
 * @cssprop [--hub-partner-permissions-gap=0.5rem] - Space between the numbers.
 */
export class HubPartnerPermissions extends HubElement {
  /** Shadow styles: the `--hub-*` tokens and this element's rules (theme with `--hub-*` and `::part()`). */
  static override styles = [...HubElement.styles, confirmationStyles, styles];
  static override messages = partnerPermissionsMessages;

  /**
   * The partner's redirect page that loads `@hub/elements/onboarding-redirect.js`: an absolute
   * URL or a path on this origin. Without it the Hub uses the Redirect URL set in the Partner Hub.
   */
  @property({ attribute: 'redirect-url' }) redirectUrl = '';

  /**
   * The only origin a result is accepted from. Default: the origin of `redirect-url`, else this
   * page's.
   */
  @property({ attribute: 'redirect-origin' }) redirectOrigin = '';

  /** The origin hosting the permission page; the Hub's by default, the emulator's in development. */
  @property({ attribute: 'hub-origin' }) hubOrigin = '';

  /** True while the popup is open. */
  @state() private waiting = false;

  private readonly confirmations = new ConfirmationController(this);
  private readonly onboarding = new OnboardingPopup();
  private resumed = false;

  private readonly sharing = new HubQueryController<NumberSharing[]>(this, () => {
    const client = this.hub?.client;
    const clientId = this.hub?.clientId;
    if (!client || !clientId || !can(this.hub?.permissions, 'numbers:read')) return undefined;
    return {
      client,
      key: client.sharing.keys.list(clientId),
      fetch: (options) => client.sharing.list(clientId, options),
    };
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.onboarding.cancel();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // After the same-tab fallback the result is in this page's address: read it once.
    const clientId = this.hub?.clientId;
    if (!this.resumed && clientId && this.hub?.client) {
      this.resumed = true;
      const outcome = this.onboarding.resume(clientId);
      if (outcome) this.finish(clientId, outcome);
    }
  }

  override render() {
    if (this.prerendering) return loadingView(this.t('partnerPermissions.loading'));
    const clientId = this.hub?.clientId;
    if (!clientId) return stateView('empty', this.t('partnerPermissions.missingClient'));
    const permissions = this.hub?.permissions;
    if (!permissions) return loadingView(this.t('partnerPermissions.loading'));
    if (!can(permissions, 'numbers:read')) {
      return stateView(
        'permission-denied',
        this.t('partnerPermissions.denied'),
        this.t('partnerPermissions.deniedBody'),
      );
    }
    const rows = this.sharing.data;
    if (!rows) {
      return this.sharing.status === 'error'
        ? errorView(this.errorMessage(this.sharing.error), this.t('common.retry'), () =>
            this.sharing.refresh(),
          )
        : loadingView(this.t('partnerPermissions.loading'));
    }
    const shared = rows.filter((row) => row.access === 'shared').length;
    return html`${this.confirmations.render(this.t('common.dismiss'))}
      <section aria-labelledby="permissions-title">
        <div class="section-head">
          <h2 id="permissions-title">${this.t('partnerPermissions.title')}</h2>
        </div>
        <p class="intro hint">${this.t('partnerPermissions.intro')}</p>
        ${
          rows.length === 0
            ? emptyView(this.t('partnerPermissions.empty'), this.t('partnerPermissions.emptyBody'))
            : html`<p class="summary" part="summary">
                  ${this.t('partnerPermissions.summary', {
                    shared,
                    total: this.t('partnerPermissions.numbers', { count: rows.length }),
                  })}
                </p>
                <ul part="list">
                  ${rows.map((row) => this.renderRow(row))}
                </ul>`
        }
        <div class="actions">${this.renderGrant(clientId)}</div>
      </section>`;
  }

  private renderRow({ number, access }: NumberSharing): TemplateResult {
    const label =
      access === 'shared'
        ? this.t('partnerPermissions.shared')
        : this.t('partnerPermissions.missing');
    const help =
      access === 'shared'
        ? this.t('partnerPermissions.sharedHelp')
        : this.t('partnerPermissions.missingHelp');
    return html`<li part="row" data-access=${access} data-number-id=${number.id}>
      <span class="number">
        <span class="mono">${formatPhoneNumber(number.phoneNumber)}</span>
        <span class="hint">${number.displayName}</span>
      </span>
      <span
        class="badge"
        part="access-badge"
        data-tone=${access === 'shared' ? 'success' : 'warning'}
        title=${help}
        >${label}<span class="visually-hidden">: ${help}</span></span
      >
    </li>`;
  }

  private renderGrant(clientId: string): TemplateResult {
    if (!can(this.hub?.permissions, 'permissions:manage')) {
      return html`<p class="hint" part="manage-denied">
        ${this.t('partnerPermissions.manageDenied')}
      </p>`;
    }
    return html`<button
      type="button"
      class="btn btn-primary"
      part="grant-button"
      ?disabled=${this.waiting}
      @click=${() => void this.grant(clientId)}
    >
      ${this.waiting ? this.t('partnerPermissions.waiting') : this.t('partnerPermissions.grant')}
    </button>`;
  }

  private async grant(clientId: string): Promise<void> {
    const client = this.hub?.client;
    if (!client) return;
    this.waiting = true;
    const outcome = await this.onboarding.open({
      partnerId: client.partnerId,
      clientId,
      ...(this.redirectUrl ? { redirectUrl: this.redirectUrl } : {}),
      ...(this.redirectOrigin ? { redirectOrigin: this.redirectOrigin } : {}),
      ...(this.hubOrigin ? { hubOrigin: this.hubOrigin } : {}),
    });
    this.waiting = false;
    this.finish(clientId, outcome);
  }

  /** Refreshes and confirms a completed flow; says so when it was closed or refused. */
  private finish(clientId: string, outcome: OnboardingOutcome): void {
    const subject = 'permissions';
    switch (outcome.status) {
      case 'redirected':
        this.confirmations.show({
          tone: 'neutral',
          text: this.t('partnerPermissions.redirecting'),
          subject,
        });
        return;
      case 'closed':
        this.confirmations.show({
          tone: 'neutral',
          text: this.t('partnerPermissions.closed'),
          subject,
        });
        return;
      case 'refused':
        this.confirmations.show({
          tone: 'danger',
          text: this.t('partnerPermissions.refused'),
          subject,
        });
        return;
      case 'completed': {
        const client = this.hub?.client;
        // A newly added number shows up in every list of numbers, and access in this one.
        client?.cache.invalidate(client.sharing.keys.all);
        client?.cache.invalidate(['numbers']);
        const { channels, revoked } = outcome;
        const shared = this.t('partnerPermissions.numbers', { count: channels.length });
        this.confirmations.show({
          tone: 'success',
          text:
            revoked.length > 0
              ? this.t('partnerPermissions.updated', {
                  shared,
                  revoked: this.t('partnerPermissions.numbers', { count: revoked.length }),
                })
              : this.t('partnerPermissions.updatedShared', { shared }),
          subject,
        });
        this.emit('hub-permissions-change', { clientId, channels, revoked });
      }
    }
  }
}
