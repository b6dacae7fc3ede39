import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { HubElement } from '../base/hub-element.js';
import { openHandOff } from '../base/hand-off.js';
import { ConfirmationController } from '../base/confirmations.js';
import { confirmationStyles } from '../base/confirmations.styles.js';
import { HUB_WEB_URL } from './hub-web.js';
import { styles } from './partner-change.styles.js';
import { partnerChangeMessages } from './messages.js';

declare global {
  interface HubEventMap {
    /**
     * "Request a partner change" was chosen. Cancelable: without `preventDefault()` the element
     * opens `request-url` (the Client Hub, where the Hub's own request flow runs) in a new tab.
     */
    'hub-partner-change-request': {
      clientId: string | undefined;
      partnerId: string | undefined;
      url: string | null;
    };
  }
}

/**
 * The client's current partner, and the way to move to another one. A partner change is the
 * Hub's own flow in the Client Hub (the new partner ID, terms, the new partner's approval): the
 * element hands off to it and never runs one of its own. The Hub offers no client-readable
 * partner endpoint, so the name comes from `partner-name`; the partner ID from the provider's
 * client. Place it inside a `<hub-provider>`.
 *
 * @tagname hub-partner-change
 * @summary The client's current partner and a hand-off to request a partner change.
 *
 * @fires hub-partner-change-request - "Request a partner change"; `detail: { clientId, partnerId, url }`. Cancelable: call `preventDefault()` to route yourself instead of opening `request-url`.
 *
 * @csspart confirmations - The list of messages confirming completed actions.
 * @csspart confirmation - One such message (`data-tone` is `success`, `neutral` or `danger`).
 * @csspart confirmation-dismiss - The button that dismisses a message.
 * @csspart partner - The current partner's name and ID.
 * @csspart request-button - The "Request a partner change" button.
 * @csspart hand-off-error - Shown when the Client Hub could not be opened.
 */
export class HubPartnerChange extends HubElement {
  /** Shadow styles: the `--hub-*` tokens and this element's rules (theme with `--hub-*` and `::part()`). */
  static override styles = [...HubElement.styles, confirmationStyles, styles];
  static override messages = partnerChangeMessages;

  /** The partner's name as the client knows it; the Hub gives a client no way to read it. */
  @property({ attribute: 'partner-name' }) partnerName = '';

  /**
   * The page "Request a partner change" opens in a new tab when no listener cancels
   * `hub-partner-change-request`: an `https:` URL, or a path on the portal's own origin.
   */
  @property({ attribute: 'request-url' }) requestUrl = HUB_WEB_URL;

  @state() private handOffFailed = false;

  private readonly confirmations = new ConfirmationController(this);

  override render() {
    const partnerId = this.hub?.client?.partnerId;
    return html`${this.confirmations.render(this.t('common.dismiss'))}
      <dl part="partner">
        <dt>${this.t('partnerChange.current')}</dt>
        <dd data-partner-name>${this.partnerName || this.t('partnerChange.unknown')}</dd>
        ${
          partnerId
            ? html`<dt>${this.t('partnerChange.partnerId')}</dt>
                <dd data-partner-id>${partnerId}</dd>`
            : nothing
        }
      </dl>
      <p>${this.t('partnerChange.body')}</p>
      <button type="button" class="btn" part="request-button" @click=${this.request}>
        ${this.t('partnerChange.request')}
      </button>
      ${
        this.handOffFailed
          ? html`<p class="error-text" part="hand-off-error" role="alert">
              ${this.t('partnerChange.unavailable')}
            </p>`
          : nothing
      }`;
  }

  private request = (): void => {
    const configured = this.requestUrl;
    this.handOffFailed = false;
    const outcome = openHandOff({
      address: configured,
      emit: (url) =>
        this.emit(
          'hub-partner-change-request',
          { clientId: this.hub?.clientId, partnerId: this.hub?.client?.partnerId, url },
          { cancelable: true },
        ),
      refusal: () =>
        configured
          ? `<hub-partner-change>: refused to open request-url="${configured}": a hand-off page must be https: or on this page's origin (${location.origin}).`
          : `<hub-partner-change>: request-url is not set and no listener canceled hub-partner-change-request, so there is no page to open.`,
      confirmations: this.confirmations,
      opened: { text: this.t('partnerChange.opened'), subject: 'hand-off' },
    });
    this.handOffFailed = outcome === 'refused';
  };
}
