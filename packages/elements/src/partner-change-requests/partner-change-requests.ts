import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  can,
  isHubError,
  isKnownPartnerChangeStatus,
  type Page,
  type PartnerChangeRequest,
} from '@hub/core';
import { HubElement } from '../base/hub-element.js';
import { openHandOff } from '../base/hand-off.js';
import { ConfirmationController } from '../base/confirmations.js';
import { confirmationStyles } from '../base/confirmations.styles.js';
import { HubQueryController } from '../base/query-controller.js';
import { emptyView, errorView, loadingView, stateView } from '../base/status-views.js';
import { HUB_WEB_URL } from '../partner-change/hub-web.js';
import { styles } from './partner-change-requests.styles.js';
import { partnerChangeRequestsMessages } from './messages.js';
import { formatIsoDate } from '../base/formatters.js';

declare global {
  interface HubEventMap {
    /**
     * "Approve or decline" was chosen for a request. Cancelable: without `preventDefault()` the
     * element opens `partner-hub-url` in a new tab, where the Hub's own approval runs (the Partner
     * API documents no approve path that can be read, and no decline).
     */
    'hub-partner-change-review': { requestId: string; clientId: string | null; url: string | null };
    /** The Hub confirmed a new auto-approve setting. */
    'hub-partner-change-auto-approve-changed': { autoApprove: boolean };
  }
}

/** Requests read at once; a partner gets few, and the list has no paging of its own. */
const PAGE_SIZE = 100;

const STATUS_TONE = {
  created: 'neutral',
  pending: 'warning',
  completed: 'success',
  failed: 'danger',
} as const;

/**
 * The partner-change requests of clients of other partners asking to move to this partner, for
 * the partner's own staff: who asks, whether the whole account or selected numbers move, how many
 * numbers, the status and when it was asked. Approving and declining happen in the Partner Hub
 * (a hand-off); the auto-approve setting is changed here.
 *
 * A partner-level element: in a browser it needs a partner-staff session from `@hub/server`
 * (`sessions.mintPartnerStaff`), which a client's session never is. Without one it shows why.
 * Place it inside a `<hub-provider>` (no `client-id` needed).
 *
 * @tagname hub-partner-change-requests
 * @summary Incoming partner-change requests and the auto-approve setting, for partner staff.
 *
 * @fires hub-partner-change-review - "Approve or decline"; `detail: { requestId, clientId, url }`. Cancelable: call `preventDefault()` to route yourself instead of opening `partner-hub-url`.
 * @fires hub-partner-change-auto-approve-changed - The Hub confirmed the auto-approve setting; `detail: { autoApprove }`.
 *
 * @csspart confirmations - The list of messages confirming completed actions.
 * @csspart confirmation - One such message (`data-tone` is `success`, `neutral` or `danger`).
 * @csspart confirmation-dismiss - The button that dismisses a message.
 * @csspart auto-approve - The auto-approve section (`data-state` is `on`, `off` or `unknown`).
 * @csspart auto-approve-button - A button that sets auto-approve.
 * @csspart table - The table of requests.
 * @csspart row - One request (`data-status` is its status).
 * @csspart status-badge - A request's status.
 * @csspart review-button - The "Approve or decline" button of a request.
 * @csspart hand-off-error - Shown when the Partner Hub could not be opened.
 * @csspart permission-denied - Shown to a session that may not read the requests.
 * @csspart loading - The loading skeleton.
 * @csspart empty - Shown when there are no requests.
 * @csspart error - The error state, with Retry.
 *
 * @cssprop [--hub-partner-change-requests-gap=1rem] - Space between the sections.
 */
export class HubPartnerChangeRequests extends HubElement {
  /** Shadow styles: the `--hub-*` tokens and this element's rules (theme with `--hub-*` and `::part()`). */
  static override styles = [...HubElement.styles, confirmationStyles, styles];
  static override messages = partnerChangeRequestsMessages;

  /**
   * The Partner Hub page "Approve or decline" opens in a new tab when no listener cancels
   * `hub-partner-change-review`: an `https:` URL, or a path on the portal's own origin.
   */
  @property({ attribute: 'partner-hub-url' }) partnerHubUrl = HUB_WEB_URL;

  /**
   * The current auto-approve setting, if the portal knows it: the Hub documents a way to set it
   * but none to read it. `undefined` shows it as unknown until it is set here.
   */
  @property({ attribute: false }) autoApprove: boolean | undefined;

  @state() private saving = false;
  @state() private handOffFailed: string | undefined;

  private readonly confirmations = new ConfirmationController(this);

  private readonly requests = new HubQueryController<Page<PartnerChangeRequest>>(this, () => {
    const client = this.hub?.client;
    if (!client) return undefined;
    const params = { sort: '-createdAt', limit: PAGE_SIZE } as const;
    return {
      client,
      key: client.partnerChanges.keys.list(params),
      fetch: (options) => client.partnerChanges.list(params, options),
    };
  });

  override render() {
    if (!this.hub?.client) return loadingView(this.t('partnerChanges.loading'));
    const page = this.requests.data;
    if (!page) {
      if (this.requests.status !== 'error') return loadingView(this.t('partnerChanges.loading'));
      if (isHubError(this.requests.error, 'forbidden', 'unauthorized')) {
        return stateView(
          'permission-denied',
          this.t('partnerChanges.denied'),
          this.t('partnerChanges.deniedBody'),
        );
      }
      return errorView(this.errorMessage(this.requests.error), this.t('common.retry'), () =>
        this.requests.refresh(),
      );
    }
    return html`${this.confirmations.render(this.t('common.dismiss'))}
      <div class="sections">
        ${this.renderAutoApprove()}
        <section aria-labelledby="pcr-title">
          <h2 id="pcr-title">${this.t('partnerChanges.title')}</h2>
          <p class="hint">${this.t('partnerChanges.intro')}</p>
          ${
            page.items.length === 0
              ? emptyView(this.t('partnerChanges.emptyTitle'), this.t('partnerChanges.emptyBody'))
              : this.renderTable(page.items)
          }
        </section>
      </div>`;
  }

  /** Writing needs `partnerChanges:write`; unknown permissions leave the Hub to decide. */
  private get mayWrite(): boolean {
    const permissions = this.hub?.permissions;
    return permissions === undefined || can(permissions, 'partnerChanges:write');
  }

  private renderAutoApprove(): TemplateResult {
    const value = this.autoApprove;
    const stateName = value === undefined ? 'unknown' : value ? 'on' : 'off';
    const choices = value === undefined ? [true, false] : [!value];
    return html`<section part="auto-approve" data-state=${stateName} aria-labelledby="aa-title">
      <h3 id="aa-title">${this.t('partnerChanges.autoApprove')}</h3>
      <p class="hint">${this.t('partnerChanges.autoApproveHint')}</p>
      <p data-auto-approve=${stateName}>
        ${
          value === undefined
            ? this.t('partnerChanges.autoApproveUnknown')
            : this.t(value ? 'partnerChanges.autoApproveOn' : 'partnerChanges.autoApproveOff')
        }
      </p>
      ${
        this.mayWrite
          ? html`<div class="actions">
              ${choices.map(
                (on) =>
                  html`<button
                    type="button"
                    class="btn"
                    part="auto-approve-button"
                    ?disabled=${this.saving}
                    aria-busy=${this.saving ? 'true' : 'false'}
                    @click=${() => void this.setAutoApprove(on)}
                  >
                    ${this.t(on ? 'partnerChanges.turnOn' : 'partnerChanges.turnOff')}
                  </button>`,
              )}
            </div>`
          : html`<p class="hint">${this.t('partnerChanges.writeDenied')}</p>`
      }
    </section>`;
  }

  private renderTable(items: readonly PartnerChangeRequest[]): TemplateResult {
    return html`<table part="table">
      <thead>
        <tr>
          <th scope="col">${this.t('partnerChanges.client')}</th>
          <th scope="col">${this.t('partnerChanges.scope')}</th>
          <th scope="col">${this.t('partnerChanges.numbers')}</th>
          <th scope="col">${this.t('partnerChanges.status')}</th>
          <th scope="col">${this.t('partnerChanges.created')}</th>
          <th scope="col">
            <span class="visually-hidden">${this.t('partnerChanges.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        ${items.map((request) => this.renderRow(request))}
      </tbody>
    </table>`;
  }

  private renderRow(request: PartnerChangeRequest): TemplateResult {
    const client = request.clientId ?? request.id;
    const open = request.status === 'created' || request.status === 'pending';
    return html`<tr part="row" data-status=${request.status} data-request=${request.id}>
      <th scope="row" class="mono">${client}</th>
      <td>
        ${this.t(
          request.fullMigration === null
            ? 'partnerChanges.scopeUnknown'
            : request.fullMigration
              ? 'partnerChanges.full'
              : 'partnerChanges.selective',
        )}
      </td>
      <td>${this.t('partnerChanges.numberCount', { count: request.channelIds.length })}</td>
      <td>${this.renderStatus(request.status)}</td>
      <td>${request.createdAt ? this.formatDate(request.createdAt) : '—'}</td>
      <td>
        ${
          open
            ? html`<button
                  type="button"
                  class="btn"
                  part="review-button"
                  aria-label=${this.t('partnerChanges.reviewLabel', { client })}
                  @click=${() => this.review(request)}
                >
                  ${this.t('partnerChanges.review')}
                </button>
                ${
                  this.handOffFailed === request.id
                    ? html`<p class="error-text" part="hand-off-error" role="alert">
                        ${this.t('partnerChanges.reviewUnavailable')}
                      </p>`
                    : nothing
                }`
            : nothing
        }
      </td>
    </tr>`;
  }

  private renderStatus(status: string): TemplateResult {
    const known = isKnownPartnerChangeStatus(status);
    return html`<span
      class="badge"
      part="status-badge"
      data-tone=${known ? STATUS_TONE[status] : 'neutral'}
      >${known ? this.t(`partnerChanges.status.${status}`) : status}</span
    >`;
  }

  /** Shows the new setting at once and takes it back if the Hub refuses it. */
  private async setAutoApprove(on: boolean): Promise<void> {
    const client = this.hub?.client;
    if (!client || this.saving) return;
    const before = this.autoApprove;
    this.autoApprove = on;
    this.saving = true;
    try {
      const confirmed = await client.partnerChanges.setAutoApprove(on);
      this.autoApprove = confirmed;
      this.confirmations.show({
        tone: 'success',
        subject: 'auto-approve',
        text: this.t(confirmed ? 'partnerChanges.autoApproveOn' : 'partnerChanges.autoApproveOff'),
      });
      this.emit('hub-partner-change-auto-approve-changed', { autoApprove: confirmed });
    } catch (error) {
      this.autoApprove = before;
      this.confirmations.show({
        tone: 'danger',
        subject: 'auto-approve',
        text: this.t('partnerChanges.autoApproveFailed', { reason: this.errorMessage(error) }),
      });
    } finally {
      this.saving = false;
    }
  }

  private review(request: PartnerChangeRequest): void {
    const configured = this.partnerHubUrl;
    this.handOffFailed = undefined;
    const outcome = openHandOff({
      address: configured,
      emit: (url) =>
        this.emit(
          'hub-partner-change-review',
          { requestId: request.id, clientId: request.clientId, url },
          { cancelable: true },
        ),
      refusal: () =>
        configured
          ? `<hub-partner-change-requests>: refused to open partner-hub-url="${configured}": a hand-off page must be https: or on this page's origin (${location.origin}).`
          : `<hub-partner-change-requests>: partner-hub-url is not set and no listener canceled hub-partner-change-review, so there is no page to open.`,
      confirmations: this.confirmations,
      opened: { text: this.t('partnerChanges.reviewOpened'), subject: 'hand-off' },
    });
    if (outcome === 'refused') this.handOffFailed = request.id;
  }

  private formatDate(iso: string): string {
    return formatIsoDate(this.resolvedLocale, iso, { dateStyle: 'medium', timeZone: 'UTC' });
  }
}
