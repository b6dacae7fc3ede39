import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  fundsOutlook,
  isoDay,
  lastWeekRanges,
  moneyFormatter,
  type ClientBalance,
  type FundsOutlook,
  type Money,
  type UsageParams,
  type UsageReport,
} from '@hub/core';
import { HubElement } from '../base/hub-element.js';
import { openHandOff } from '../base/hand-off.js';
import { ConfirmationController } from '../base/confirmations.js';
import { confirmationStyles } from '../base/confirmations.styles.js';
import { errorView, loadingView } from '../base/status-views.js';
import { DirectPaymentController } from '../billing/direct-payment.js';
import { styles } from './funds.styles.js';
import { fundsMessages } from './messages.js';
import { formatIsoDate } from '../base/formatters.js';

declare global {
  interface HubEventMap {
    /**
     * "Add funds" was chosen. Cancelable: without `preventDefault()` the element opens
     * `add-funds-url` in a new tab. `url` is that page, or `null` when none is set or it is unsafe.
     */
    'hub-funds-add': { clientId: string; balance: Money; url: string | null };
    /**
     * "Change auto-renewal" was chosen. Cancelable: without `preventDefault()` the element opens
     * `manage-url` (the Hub's Funds page) in a new tab. `autoRenewal` is what the Hub reported.
     */
    'hub-funds-manage': {
      clientId: string;
      autoRenewal: ClientBalance['autoRenewal'];
      url: string | null;
    };
  }
}

/** The two hand-offs: to the payment page, and to the Hub's own Funds page. */
type HandOff = 'add' | 'manage';

/** Each hand-off's event, the attribute of its page, and its words. */
const HAND_OFF = {
  add: {
    event: 'hub-funds-add',
    attribute: 'add-funds-url',
    opened: 'funds.addOpened',
    unavailable: 'funds.addUnavailable',
  },
  manage: {
    event: 'hub-funds-manage',
    attribute: 'manage-url',
    opened: 'funds.manageOpened',
    unavailable: 'funds.manageUnavailable',
  },
} as const;

/**
 * The funds of a client on direct payment with pre-payment: the balance in the client's currency,
 * the last top-up, a clear low-balance state, the auto-renewal settings where the Hub reports them
 * and, beyond the Hub, about how many days the balance lasts at the last 7 days' spending rate.
 *
 * Adding funds and changing auto-renewal are hand-offs, never forms of the element's own: it emits
 * a cancelable event and, unless a listener cancels it, opens the configured page in a new tab.
 * Only `https:` pages and pages of the portal's own origin are opened; anything else is refused
 * with a console error. A client on partner payment gets a short note that the partner manages
 * its funds (and no balance request is made).
 *
 * The payment type is per partner account: set it with `<hub-provider payment-type>`. Reading the
 * funds needs the `billing:read` capability.
 *
 * @tagname hub-funds
 * @summary A direct-payment client's funds, how long they last, and the way to add more.
 *
 * @fires hub-funds-add - "Add funds"; `detail: { clientId, balance, url }`. Cancelable: call `preventDefault()` to run your own payment flow instead of opening `add-funds-url`.
 * @fires hub-funds-manage - "Change auto-renewal"; `detail: { clientId, autoRenewal, url }`. Cancelable: call `preventDefault()` to route yourself instead of opening `manage-url`.
 *
 * @csspart confirmations - The list of messages confirming completed actions.
 * @csspart confirmation - One such message (`data-tone` is `success`, `neutral` or `danger`).
 * @csspart confirmation-dismiss - The button that dismisses a message.
 * @csspart balance - The balance section (with `data-low` while funds are low).
 * @csspart amount - The balance figure.
 * @csspart low-badge - The "Low balance" badge.
 * @csspart low-note - The explanation of a low balance.
 * @csspart outlook - How many days the balance lasts.
 * @csspart outlook-error - Shown when the recent spending could not be read, with Retry.
 * @csspart add-funds-button - The "Add funds" button.
 * @csspart auto-renewal - The auto-renewal section.
 * @csspart manage-button - The "Change auto-renewal" button.
 * @csspart hand-off-error - Shown when a hand-off page could not be opened.
 * @csspart partner-note - The note for clients on partner payment.
 * @csspart permission-denied - Shown without the `billing:read` capability.
 * @csspart loading - The loading skeleton.
 * @csspart empty - Shown without a client ID, or without a known payment type.
 * @csspart error - The error state, with Retry.
 *
 * @cssprop [--hub-funds-gap=1rem] - Space between the sections.
 * @cssprop [--hub-funds-amount-size=2em] - Font size of the balance figure.
 */
export class HubFunds extends HubElement {
  /** Shadow styles: the `--hub-*` tokens and this element's rules (theme with `--hub-*` and `::part()`). */
  static override styles = [...HubElement.styles, confirmationStyles, styles];
  static override messages = fundsMessages;

  /**
   * The payment page "Add funds" opens in a new tab when no listener cancels `hub-funds-add`:
   * an `https:` URL, or a path on the portal's own origin. Anything else is never opened.
   */
  @property({ attribute: 'add-funds-url' }) addFundsUrl = '';

  /**
   * The Hub's Funds page (auto-renewal settings) "Change auto-renewal" opens in a new tab when no
   * listener cancels `hub-funds-manage`: an `https:` URL, or a path on the portal's own origin.
   */
  @property({ attribute: 'manage-url' }) manageUrl = '';

  /** The hand-off that could not be opened, shown under its button until the next attempt. */
  @state() private handOffFailed: HandOff | undefined;

  private readonly confirmations = new ConfirmationController(this);

  /** The client's account and the reads gated by `billing:read`. */
  private readonly payment = new DirectPaymentController(this, () => this.hub);

  /** The balance; asked for direct payment only. */
  private readonly balance = this.payment.read<ClientBalance>((client, clientId) =>
    this.payment.direct
      ? {
          client,
          key: client.billing.keys.balance(clientId),
          fetch: (options) => client.billing.balance(clientId, options),
        }
      : undefined,
  );

  /** The last 7 full days of daily usage, for the spending rate; direct payment only. */
  private readonly recent = this.payment.read<UsageReport>((client, clientId) => {
    if (!this.payment.direct) return undefined;
    const params: UsageParams = {
      ...lastWeekRanges(isoDay(Date.now())).current,
      granularity: 'day',
    };
    return {
      client,
      key: client.billing.keys.usage(clientId, params),
      fetch: (options) => client.billing.usage(clientId, params, options),
    };
  });

  override render() {
    if (this.prerendering) return loadingView(this.t('funds.loading'), 4);
    const gate = this.payment.renderGate({
      t: (key) => this.t(key),
      errorMessage: (error) => this.errorMessage(error),
      missingClient: 'funds.missingClient',
      loading: 'funds.loading',
      denied: ['funds.denied', 'funds.deniedBody'],
      unknown: ['funds.unknownTitle', 'funds.unknownBody'],
      partner: () => this.renderPartner(),
    });
    if (gate) return gate;
    const balance = this.balance.data;
    if (!balance) {
      return this.balance.status === 'error'
        ? errorView(this.errorMessage(this.balance.error), this.t('common.retry'), () =>
            this.balance.refresh(),
          )
        : loadingView(this.t('funds.loading'), 4);
    }
    const outlook = fundsOutlook(balance, this.recent.data?.periods ?? []);
    const format = moneyFormatter(balance.balance.currency, this.resolvedLocale);
    return html`${this.confirmations.render(this.t('common.dismiss'))}
      <div class="sections">
        ${this.renderBalance(balance, outlook, format)} ${this.renderAutoRenewal(balance, format)}
      </div>`;
  }

  private renderPartner(): TemplateResult {
    return html`<section class="note partner-note" part="partner-note">
      <p class="note-title">${this.t('funds.partnerTitle')}</p>
      <p>${this.t('funds.partnerBody')}</p>
    </section>`;
  }

  private renderBalance(
    balance: ClientBalance,
    outlook: FundsOutlook,
    format: (amountMinor: number) => string,
  ): TemplateResult {
    const renewal = balance.lastRenewal;
    return html`<section part="balance" aria-labelledby="funds-title" ?data-low=${outlook.low}>
      <div class="section-head">
        <h2 id="funds-title">${this.t('funds.title')}</h2>
        ${
          outlook.low
            ? html`<span
                class="badge"
                part="low-badge"
                data-tone=${balance.balance.amountMinor <= 0 ? 'danger' : 'warning'}
                >${this.t('funds.lowBadge')}</span
              >`
            : nothing
        }
      </div>
      <p class="amount" part="amount">
        <span class="amount-label">${this.t('funds.balance')}</span>
        <span data-balance>${format(balance.balance.amountMinor)}</span>
      </p>
      <dl>
        ${
          renewal
            ? html`<dt>${this.t('funds.lastRenewal')}</dt>
                <dd data-last-renewal>
                  ${this.t('funds.lastRenewalValue', {
                    date: this.formatDate(renewal.date),
                    amount: format(renewal.amount.amountMinor),
                  })}
                </dd>`
            : nothing
        }
        <dt>${this.t('funds.outlook')}</dt>
        <dd part="outlook">${this.renderOutlook(balance, outlook, format)}</dd>
      </dl>
      ${outlook.low ? this.renderLowNote(balance, format) : nothing}
      <div class="actions">
        <button
          type="button"
          class="btn btn-primary"
          part="add-funds-button"
          @click=${() => this.handOff('add', balance)}
        >
          ${this.t('funds.addFunds')}
        </button>
      </div>
      ${this.renderHandOffError('add')}
    </section>`;
  }

  private renderOutlook(
    balance: ClientBalance,
    outlook: FundsOutlook,
    format: (amountMinor: number) => string,
  ): TemplateResult | string {
    if (!this.recent.data) {
      if (this.recent.status === 'error') {
        return html`<div part="outlook-error" role="alert">
          <p>${this.t('funds.outlookFailed', { reason: this.errorMessage(this.recent.error) })}</p>
          <button type="button" class="btn" @click=${() => this.recent.refresh()}>
            ${this.t('common.retry')}
          </button>
        </div>`;
      }
      return html`<span class="hint">${this.t('funds.outlookLoading')}</span>`;
    }
    if (balance.balance.amountMinor <= 0) return this.t('funds.noneLeft');
    if (outlook.dailySpend === null || outlook.daysLeft === null) {
      return html`<span class="hint">${this.t('funds.noRecentSpend')}</span>`;
    }
    const days =
      outlook.daysLeft === 0
        ? this.t('funds.lessThanADay')
        : this.t('funds.daysLeft', { count: outlook.daysLeft });
    return html`<span data-days-left=${outlook.daysLeft}>${days}</span>
      <span class="hint"
        >${this.t('funds.dailySpend', { amount: format(outlook.dailySpend.amountMinor) })}</span
      >`;
  }

  private renderLowNote(
    balance: ClientBalance,
    format: (amountMinor: number) => string,
  ): TemplateResult {
    const renewal = balance.autoRenewal;
    const empty = balance.balance.amountMinor <= 0;
    const text = empty
      ? this.t('funds.lowEmpty')
      : renewal?.enabled && balance.balance.amountMinor <= renewal.threshold.amountMinor
        ? this.t('funds.lowRenewing', {
            threshold: format(renewal.threshold.amountMinor),
            amount: format(renewal.amount.amountMinor),
          })
        : this.t('funds.lowDays');
    return html`<p class="note" part="low-note" data-tone=${empty ? 'danger' : 'warning'}>
      ${text}
    </p>`;
  }

  private renderAutoRenewal(
    balance: ClientBalance,
    format: (amountMinor: number) => string,
  ): TemplateResult {
    const renewal = balance.autoRenewal;
    let body: TemplateResult;
    if (!renewal) {
      body = html`<p class="renewal-state hint" data-auto-renewal="unknown">
        ${this.t('funds.autoRenewalUnknown')}
      </p>`;
    } else {
      const on = renewal.enabled;
      body = html`<p class="renewal-state" data-auto-renewal=${on ? 'on' : 'off'}>
        <span class="badge" data-tone=${on ? 'success' : nothing}
          >${on ? this.t('funds.autoRenewalOn') : this.t('funds.autoRenewalOff')}</span
        >
        ${
          on
            ? this.t('funds.autoRenewalOnBody', {
                threshold: format(renewal.threshold.amountMinor),
                amount: format(renewal.amount.amountMinor),
              })
            : this.t('funds.autoRenewalOffBody')
        }
      </p>`;
    }
    return html`<section part="auto-renewal" aria-labelledby="renewal-title">
      <div class="section-head">
        <h3 id="renewal-title">${this.t('funds.autoRenewal')}</h3>
      </div>
      ${body}
      <div class="actions">
        <button
          type="button"
          class="btn"
          part="manage-button"
          @click=${() => this.handOff('manage', balance)}
        >
          ${this.t('funds.manage')}
        </button>
      </div>
      ${this.renderHandOffError('manage')}
    </section>`;
  }

  private renderHandOffError(kind: HandOff): TemplateResult | typeof nothing {
    if (this.handOffFailed !== kind) return nothing;
    return html`<p class="error-text" part="hand-off-error" role="alert">
      ${this.t(HAND_OFF[kind].unavailable)}
    </p>`;
  }

  /** Emits the hand-off's cancelable event and, unless a listener cancels it, opens its page. */
  private handOff(kind: HandOff, balance: ClientBalance): void {
    const { event, attribute, opened } = HAND_OFF[kind];
    const configured = kind === 'add' ? this.addFundsUrl : this.manageUrl;
    const { clientId } = balance;
    this.handOffFailed = undefined;
    const outcome = openHandOff({
      address: configured,
      emit: (url) =>
        kind === 'add'
          ? this.emit(
              'hub-funds-add',
              { clientId, balance: balance.balance, url },
              { cancelable: true },
            )
          : this.emit(
              'hub-funds-manage',
              { clientId, autoRenewal: balance.autoRenewal, url },
              { cancelable: true },
            ),
      refusal: () =>
        configured
          ? `<hub-funds>: refused to open ${attribute}="${configured}": a hand-off page must be https: or on this page's origin (${location.origin}).`
          : `<hub-funds>: ${attribute} is not set and no listener canceled ${event}, so there is no page to open.`,
      confirmations: this.confirmations,
      opened: { text: this.t(opened), subject: 'hand-off' },
    });
    if (outcome === 'refused') this.handOffFailed = kind;
  }

  /** A day of the Hub's (UTC) calendar in the locale; a value that is no date, as sent. */
  private formatDate(iso: string): string {
    return formatIsoDate(this.resolvedLocale, iso, { dateStyle: 'medium', timeZone: 'UTC' });
  }
}
