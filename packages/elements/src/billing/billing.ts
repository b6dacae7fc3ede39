import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  isoDay,
  monthlyCharges,
  monthlyChargesCsv,
  type HubNumber,
  type MonthCharges,
  type Page,
  type UsageParams,
  type UsageReport,
} from '@hub/core';
import { HubElement } from '../base/hub-element.js';
import { ConfirmationController } from '../base/confirmations.js';
import { confirmationStyles } from '../base/confirmations.styles.js';
import { emptyView, errorView, loadingView, stateView } from '../base/status-views.js';
import { downloadCsv, fileNamePart } from '../base/csv-download.js';
import { openHandOff } from '../base/hand-off.js';
import { allNumbersQuery } from '../base/queries.js';
import { historyTable } from './history-table.js';
import { plansView } from './plans-view.js';
import { DirectPaymentController } from './direct-payment.js';
import { styles } from './billing.styles.js';
import { billingMessages } from './messages.js';
import { dateFormat } from '../base/formatters.js';

declare global {
  interface HubEventMap {
    /**
     * "Manage payment method and billing address" was chosen. Cancelable: without
     * `preventDefault()` the element opens `url` in a new tab. `url` is the billing portal's
     * address, or `null` when none is set or it is not safe to open.
     */
    'hub-billing-portal-open': { clientId: string; url: string | null };
  }
}

/** The first day of the month `back` months before the month of `today`, `YYYY-MM-01`. */
function monthStart(today: string, back: number): string {
  const [year = 1970, month = 1] = today.split('-').map(Number);
  return isoDay(Date.UTC(year, month - 1 - back, 1));
}

/**
 * Direct billing of the provider's client: the subscription plan of each of its numbers, the
 * approximate charges month by month (with a CSV download), and the way to the billing portal
 * where the client reviews its plan and invoices, adds or changes its card and updates its
 * billing address.
 *
 * The Hub has no API for the billing portal, so the partner's backend supplies its address:
 * `portal-url` for a fixed one, or `portalUrl` set to a function that returns a fresh link (such
 * as a billing-portal session). Choosing the button emits the cancelable `hub-billing-portal-open`
 * and, unless a listener cancels it, opens the address in a new tab with `noopener`. Only
 * `https:` addresses and addresses on the portal's own origin are opened; anything else is
 * refused with a console error. A link from a function must arrive within the browser's
 * user-activation window (about five seconds) or the browser may block the new tab.
 *
 * The charges are the sum over the client's numbers of their usage per month, and always carry
 * the notice that they are approximate. A client on partner payment gets a short note that the
 * partner bills it (and no billing request is made). The payment type is per partner account: set
 * it with `<hub-provider payment-type>`. Everything here needs the `billing:read` capability.
 *
 * @tagname hub-billing
 * @summary A direct-payment client's plans, monthly charges and billing-portal link.
 *
 * @fires hub-billing-portal-open - "Manage payment method and billing address"; `detail: { clientId, url }`. Cancelable: call `preventDefault()` to route yourself instead of opening the portal.
 * @fires hub-csv-downloaded - The monthly charges were saved as a CSV file; `detail: { fileName }`.
 *
 * @csspart confirmations - The list of messages confirming completed actions.
 * @csspart confirmation - One such message (`data-tone` is `success`, `neutral` or `danger`).
 * @csspart confirmation-dismiss - The button that dismisses a message.
 * @csspart panel - The frame around everything shown for a direct-payment client.
 * @csspart title - The element's heading.
 * @csspart portal - The billing-portal section.
 * @csspart portal-button - The button that opens the billing portal.
 * @csspart portal-error - Why the billing portal could not be opened.
 * @csspart plans - The plans section.
 * @csspart plans-table - The table of numbers and their plans.
 * @csspart history - The monthly charges section.
 * @csspart notice - The notice that the charges are approximate.
 * @csspart history-table - The table of charges per month.
 * @csspart download-button - The "Download CSV" button.
 * @csspart partner-note - The note for clients on partner payment.
 * @csspart permission-denied - Shown without the `billing:read` capability.
 * @csspart loading - A loading skeleton.
 * @csspart empty - Shown without a client, without a known payment type, or without charges yet.
 * @csspart error - An error, with Retry.
 *
 * @cssprop [--hub-billing-gap=1.5rem] - Space between the sections.
 */
export class HubBilling extends HubElement {
  /** Shadow styles: the `--hub-*` tokens and this element's rules (theme with `--hub-*` and `::part()`). */
  static override styles = [...HubElement.styles, confirmationStyles, styles];
  static override messages = billingMessages;

  /**
   * The billing portal (e.g. `https://billing.stripe.com/p/login/…`) the button opens in a new tab
   * when no listener cancels `hub-billing-portal-open`: a fixed address as the `portal-url`
   * attribute, or, as the property, a function that asks the partner's backend for a fresh link.
   * Only `https:` addresses and addresses on the portal's own origin are opened.
   */
  @property({ attribute: 'portal-url' }) portalUrl: string | (() => Promise<string>) | undefined;

  /** How many months of charges to show, the current one included. */
  @property({ type: Number }) months = 12;

  /** Why the billing portal did not open, shown under its button until the next attempt. */
  @state() private portalError = '';

  /** A link is being asked for. */
  @state() private opening = false;

  private readonly confirmations = new ConfirmationController(this);

  /** The client's account and the reads gated by `billing:read`. */
  private readonly payment = new DirectPaymentController(this, () => this.hub);

  /** Every number of the client, for its plan; direct payment only. */
  private readonly numbers = this.payment.read<Page<HubNumber>>((client, clientId) =>
    this.payment.direct ? allNumbersQuery(client, clientId) : undefined,
  );

  /** Usage per month over the months shown; direct payment only. */
  private readonly usage = this.payment.read<UsageReport>((client, clientId) => {
    if (!this.payment.direct) return undefined;
    const params = this.usageParams;
    return {
      client,
      key: client.billing.keys.usage(clientId, params),
      fetch: (options) => client.billing.usage(clientId, params, options),
    };
  });

  /** The months shown: from the first day of the oldest to today. */
  private get usageParams(): UsageParams {
    const today = isoDay(Date.now());
    const months = Math.min(120, Math.max(1, Math.floor(this.months) || 12));
    return { from: monthStart(today, months - 1), to: today, granularity: 'month' };
  }

  override render() {
    if (this.prerendering) return loadingView(this.t('billing.loading'), 4);
    const gate = this.payment.renderGate({
      t: (key) => this.t(key),
      errorMessage: (error) => this.errorMessage(error),
      missingClient: 'billing.missingClient',
      loading: 'billing.loading',
      denied: ['billing.denied', 'billing.deniedHint'],
      unknown: ['billing.paymentUnknown', 'billing.paymentUnknownHint'],
      partner: () =>
        stateView(
          'partner-note',
          this.t('billing.partnerBilled'),
          this.t('billing.partnerBilledHint'),
        ),
    });
    if (gate) return gate;
    // The gate lets through only a read account of a direct-payment client.
    const account = this.payment.account.data!;
    return html`<section class="panel" part="panel" aria-labelledby="title">
      <header>
        <h2 id="title" class="title" part="title">${this.t('billing.title')}</h2>
        <p class="lead">${this.t('billing.lead')}</p>
      </header>
      ${this.confirmations.render(this.t('common.dismiss'))} ${this.renderPortal(account.id)}
      ${this.renderHistory()} ${this.renderPlans()}
    </section>`;
  }

  // ── billing portal ───────────────────────────────────────────────────────────────────────────

  private renderPortal(clientId: string): TemplateResult {
    return html`<section class="portal" part="portal" aria-labelledby="portal-title">
      <h3 id="portal-title">${this.t('billing.portal')}</h3>
      <p id="portal-info">${this.t('billing.portalInfo')}</p>
      <div class="portal-actions">
        <button
          type="button"
          class="btn btn-primary"
          part="portal-button"
          aria-describedby="portal-info"
          aria-busy=${this.opening ? 'true' : 'false'}
          @click=${() => void this.openPortal(clientId)}
        >
          ${this.t('billing.portalButton')}
          <span class="visually-hidden">${this.t('billing.portalNewTab')}</span>
          <span aria-hidden="true">↗</span>
        </button>
        ${this.opening ? html`<span class="hint">${this.t('billing.portalOpening')}</span>` : nothing}
      </div>
      ${
        this.portalError
          ? html`<p class="error-text" part="portal-error" role="alert">${this.portalError}</p>`
          : nothing
      }
    </section>`;
  }

  /**
   * Gets the portal's address (asking the partner's function if it is one), emits the cancelable
   * `hub-billing-portal-open` and, unless a listener cancels it, opens the address in a new tab
   * if it is safe (`https:`, or the page's own origin).
   */
  private async openPortal(clientId: string): Promise<void> {
    if (this.opening) return;
    this.portalError = '';
    let address: string | undefined;
    const source = this.portalUrl;
    if (typeof source === 'function') {
      this.opening = true;
      try {
        address = await source();
      } catch (error) {
        this.portalError = this.t('billing.portalFailed', { reason: this.errorMessage(error) });
        return;
      } finally {
        this.opening = false;
      }
    } else {
      address = source;
    }
    const outcome = openHandOff({
      address,
      emit: (url) => this.emit('hub-billing-portal-open', { clientId, url }, { cancelable: true }),
      refusal: () =>
        `<hub-billing>: not opening the billing portal: ${this.refusal(address)} Set portal-url ` +
        '(or portalUrl) to an https: address or one on this page’s origin, or handle ' +
        'hub-billing-portal-open and call preventDefault().',
      confirmations: this.confirmations,
      opened: { text: this.t('billing.portalOpened'), subject: 'portal' },
    });
    if (outcome === 'refused') this.portalError = this.t('billing.portalUnavailable');
  }

  /** Why an address is not opened, without repeating it (a portal link can carry a session). */
  private refusal(address: string | undefined): string {
    if (!address) return 'no address is set.';
    try {
      return `its address uses ${new URL(address, location.origin).protocol} on another origin, which is not safe to open.`;
    } catch {
      return 'its address is not a URL.';
    }
  }

  // ── monthly charges ──────────────────────────────────────────────────────────────────────────

  private renderHistory(): TemplateResult {
    return html`<section part="history" aria-labelledby="history-title">
      <div class="section-head">
        <h3 id="history-title">${this.t('billing.history')}</h3>
        ${
          this.historyMonths()?.some((m) => m.cost.amountMinor !== 0 || m.messages !== 0)
            ? html`<button
                type="button"
                class="btn"
                part="download-button"
                aria-label=${this.t('billing.downloadLabel')}
                @click=${this.download}
              >
                ${this.t('billing.download')}
              </button>`
            : nothing
        }
      </div>
      <p id="notice" class="notice" part="notice">${this.t('billing.notice')}</p>
      ${this.renderHistoryBody()}
    </section>`;
  }

  /** The months of the report, newest first; `undefined` while there is no report. */
  private historyMonths(): MonthCharges[] | undefined {
    const report = this.usage.data;
    return report ? this.monthsOf(report) : undefined;
  }

  private monthsCache: { report: UsageReport; months: MonthCharges[] } | undefined;

  private monthsOf(report: UsageReport): MonthCharges[] {
    if (this.monthsCache?.report !== report) {
      this.monthsCache = { report, months: monthlyCharges(report.periods, report.currency) };
    }
    return this.monthsCache.months;
  }

  private renderHistoryBody(): TemplateResult {
    const report = this.usage.data;
    if (!report) {
      return this.usage.status === 'error'
        ? errorView(
            this.t('billing.sectionFailed', { reason: this.errorMessage(this.usage.error) }),
            this.t('common.retry'),
            () => this.usage.refresh(),
          )
        : loadingView(this.t('common.loading'), 4);
    }
    const months = this.monthsOf(report);
    if (months.every((m) => m.cost.amountMinor === 0 && m.messages === 0)) {
      return emptyView(this.t('billing.empty'), this.t('billing.emptyHint'));
    }
    return historyTable({
      months,
      currency: report.currency,
      locale: this.resolvedLocale,
      period: this.periodLabel(),
      t: (key, params) => this.t(key, params),
    });
  }

  /** The months asked for, `Apr 2025 – Mar 2026`. */
  private periodLabel(): string {
    const { from, to } = this.usageParams;
    const format = dateFormat(this.resolvedLocale, {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const start = new Date(`${from}T00:00:00Z`);
    const end = new Date(`${to}T00:00:00Z`);
    return from.slice(0, 7) === to.slice(0, 7)
      ? format.format(end)
      : format.formatRange(start, end);
  }

  /** Saves the monthly charges on screen as `billing-<client>.csv`. */
  private download = (): void => {
    const months = this.historyMonths();
    const clientId = this.hub?.clientId;
    if (!months || !clientId) return;
    const fileName = `billing-${fileNamePart(clientId)}.csv`;
    downloadCsv(this.renderRoot, monthlyChargesCsv(months), fileName);
    this.confirmations.show({
      tone: 'success',
      text: this.t('billing.downloaded', { fileName }),
      subject: 'download',
    });
    this.emit('hub-csv-downloaded', { fileName });
  };

  // ── plans ────────────────────────────────────────────────────────────────────────────────────

  private renderPlans(): TemplateResult {
    return html`<section part="plans" aria-labelledby="plans-title">
      <h3 id="plans-title">${this.t('billing.plans')}</h3>
      ${this.renderPlansBody()}
    </section>`;
  }

  private renderPlansBody(): TemplateResult {
    const page = this.numbers.data;
    // A long list arrives page by page; the plans count every number, so they wait for all.
    if (!page || this.numbers.partial) {
      return this.numbers.status === 'error'
        ? errorView(
            this.t('billing.sectionFailed', { reason: this.errorMessage(this.numbers.error) }),
            this.t('common.retry'),
            () => this.numbers.refresh(),
          )
        : loadingView(this.t('common.loading'), 3);
    }
    return plansView(page.items, (key, params) => this.t(key, params));
  }
}
