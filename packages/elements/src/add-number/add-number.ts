import { html, type nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  addNumberGate,
  canLaunchOnboarding,
  nextAddNumberStep,
  previousAddNumberStep,
  type AddNumberMode,
  type AddNumberStep,
  type Gate,
  type ImportChecklistItem,
} from '@hub/core';
import { HubElement } from '../base/hub-element.js';
import { HubQueryController } from '../base/query-controller.js';
import { allNumbersQuery, clientAccountQuery, forProviderClient } from '../base/queries.js';
import { ConfirmationController } from '../base/confirmations.js';
import { confirmationStyles } from '../base/confirmations.styles.js';
import { deepActiveElement } from '../base/focus-trap.js';
import { OnboardingPopup, type OnboardingOutcome } from '../base/onboarding-popup.js';
import type { MessageKey } from '../base/messages.js';
import { numberMessages } from '../number-list/number-messages.js';
import { styles } from './add-number.styles.js';
import { explainContent, panel, startStep, waitingStep } from './steps.js';
import { addNumberMessages } from './messages.js';

declare global {
  interface HubEventMap {
    /**
     * The Hub's onboarding page finished and its result was accepted: `channels` are the numbers
     * the client shared in that session (a new or imported number among them), `revoked` the ones
     * it stopped sharing. The client's numbers are already being read again.
     */
    'hub-number-onboarded': {
      clientId: string;
      mode: AddNumberMode;
      channels: string[];
      revoked: string[];
    };
  }
}

/** The gate keys of the shared number vocabulary that the disabled button's reason uses. */
const gateMessages = Object.fromEntries(
  Object.entries(numberMessages).filter(([key]) => key.startsWith('numbers.gate.')),
);

/**
 * "Add number" as in the Client Hub: a button, a short explanation (each additional number is
 * charged, and the business signs the number up itself), then "Continue with Facebook", which
 * opens the Hub's hosted onboarding (Integrated Onboarding with Meta's embedded signup) in a
 * popup. When the page hands its result back, the client's numbers are read again, so
 * `<hub-number-list>` shows the new number without a reload, and a confirmation says so.
 *
 * The button stays disabled, with the reason beside it, while the session lacks `waba:write` or
 * the client has reached the number cap its partner set. A blocked popup falls back to opening
 * the page in this tab; on return the element picks the result up from the address.
 *
 * @tagname hub-add-number
 * @summary Adds a phone number through the Hub's hosted signup.
 *
 * @fires hub-number-onboarded - The signup finished; `detail: { clientId, mode, channels, revoked }`.
 *
 * @csspart start-button - The "Add number" button.
 * @csspart reason - Why the button is disabled.
 * @csspart panel - The open step (explanation, or waiting for the signup window).
 * @csspart actions - The step's Back / Continue buttons.
 * @csspart continue-button - "Continue with Facebook".
 * @csspart confirmations - The messages saying how the signup ended.
 * @csspart confirmation - One such message (`data-tone` is `success`, `neutral` or `danger`).
 * @csspart confirmation-dismiss - The button that dismisses a message.
 *
 * @cssprop [--hub-add-number-max-width=40rem] - The widest the open step grows.
 */
export class HubAddNumber extends HubElement {
  static override styles = [...HubElement.styles, confirmationStyles, styles];
  static override messages = { ...gateMessages, ...addNumberMessages };

  /**
   * The partner's redirect page (it loads `@hub/elements/onboarding-redirect.js`); the partner's
   * Redirect URL setting in the Hub when omitted. Results are accepted only from its origin.
   */
  @property({ attribute: 'redirect-url' }) redirectUrl: string | undefined;

  /** The only origin a result is accepted from; the origin of `redirect-url` by default. */
  @property({ attribute: 'redirect-origin' }) redirectOrigin: string | undefined;

  /** Where the onboarding page is hosted: the Hub by default, the emulator's origin in development. */
  @property({ attribute: 'hub-origin' }) hubOrigin: string | undefined;

  /**
   * Leaves out the start button, for a host that offers its own (as `<hub-number-list>` does):
   * call {@link HubAddNumber.start} from it. Confirmations still show here.
   */
  @property({ type: Boolean, reflect: true, attribute: 'no-button' }) noButton = false;

  /**
   * Whether the flow may start, and if not, why (`permission`, `limit`, or `unknown` while the
   * client and its numbers load).
   */
  get gate(): Gate {
    return addNumberGate(this.hub?.permissions, this.account.data, this.numbers.data?.total);
  }

  /** Which flow this element runs; `<hub-import-number>` runs `import`. */
  protected readonly mode: AddNumberMode = 'add';

  /** The checklist items ticked so far (import only). */
  @state() protected ticked: ReadonlySet<ImportChecklistItem> = new Set();
  @state() private step: AddNumberStep = 'start';

  protected readonly confirmations = new ConfirmationController(this);
  private readonly popup = new OnboardingPopup();
  private trigger: HTMLElement | null = null;
  private focusOnUpdate = false;

  private readonly numbers = new HubQueryController(this, () =>
    forProviderClient(this.hub, allNumbersQuery),
  );

  private readonly account = new HubQueryController(this, () =>
    forProviderClient(this.hub, clientAccountQuery),
  );

  /**
   * Opens the first step, as the start button does; does nothing while the gate denies it or a
   * flow is already open. Returns whether it opened.
   */
  start(): boolean {
    if (this.step !== 'start' || !this.gate.allowed) return false;
    this.trigger = deepActiveElement();
    this.ticked = new Set();
    this.goTo(nextAddNumberStep(this.mode, 'start'));
    return true;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.popup.cancel();
  }

  protected override firstUpdated(): void {
    // After the same-tab fallback, the result is in this page's address.
    const clientId = this.hub?.clientId;
    const outcome = clientId ? this.popup.resume(clientId) : undefined;
    if (outcome) this.finish(outcome);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.focusOnUpdate) return;
    this.focusOnUpdate = false;
    if (this.step !== 'start') {
      this.renderRoot.querySelector<HTMLElement>('#panel-title')?.focus();
    } else if (this.trigger?.isConnected && this.trigger !== document.body) {
      this.trigger.focus();
    } else {
      this.renderRoot.querySelector<HTMLElement>('[part=start-button]')?.focus();
    }
  }

  override render(): TemplateResult {
    return html`${this.confirmations.render(this.t('common.dismiss'))}${this.renderStep()}`;
  }

  private renderStep(): TemplateResult | typeof nothing {
    const t = this.t.bind(this);
    switch (this.step) {
      case 'start':
        return startStep({
          label: this.t(this.startLabel),
          gate: this.gate,
          t,
          onStart: () => this.start(),
        });
      case 'onboarding':
        return waitingStep(this.t(this.flowTitle), t, () => this.popup.cancel());
      default:
        return panel({
          title: this.t(this.flowTitle),
          content: this.renderContent(),
          canContinue: canLaunchOnboarding(this.mode, this.gate, this.ticked),
          ...this.continueHint(),
          t,
          onBack: () => this.goTo(previousAddNumberStep(this.mode, this.step)),
          onContinue: () => void this.launch(),
        });
    }
  }

  /** The words of the start button. */
  protected get startLabel(): MessageKey {
    return 'addNumber.add';
  }

  /** The heading of the open steps. */
  protected get flowTitle(): MessageKey {
    return 'addNumber.title';
  }

  /** The sentence confirming a finished signup. */
  protected get doneMessage(): MessageKey {
    return 'addNumber.added';
  }

  /** The body of the step before "Continue with Facebook". */
  protected renderContent(): TemplateResult {
    return explainContent(this.t.bind(this));
  }

  /** What "Continue with Facebook" still waits for, when the step has conditions. */
  protected continueHint(): { hint?: string } {
    return {};
  }

  private goTo(step: AddNumberStep): void {
    this.step = step;
    this.focusOnUpdate = true;
  }

  // Runs from the click, so the browser lets the popup open.
  private async launch(): Promise<void> {
    const client = this.hub?.client;
    const clientId = this.hub?.clientId;
    if (!client || !clientId || !canLaunchOnboarding(this.mode, this.gate, this.ticked)) return;
    this.goTo('onboarding');
    const outcome = await this.popup.open({
      partnerId: client.partnerId,
      clientId,
      ...(this.redirectUrl ? { redirectUrl: this.redirectUrl } : {}),
      ...(this.hubOrigin ? { hubOrigin: this.hubOrigin } : {}),
      ...(this.redirectOrigin ? { redirectOrigin: this.redirectOrigin } : {}),
    });
    this.finish(outcome);
  }

  private finish(outcome: OnboardingOutcome): void {
    if (outcome.status === 'redirected') return;
    this.goTo('start');
    const subject = 'onboarding';
    if (outcome.status === 'closed') {
      this.confirmations.show({ tone: 'neutral', text: this.t('addNumber.closed'), subject });
      return;
    }
    if (outcome.status === 'refused') {
      this.confirmations.show({ tone: 'danger', text: this.t('addNumber.refused'), subject });
      return;
    }
    const client = this.hub?.client;
    const clientId = this.hub?.clientId;
    if (!client || !clientId) return;
    client.cache.invalidate(client.numbers.keys.all(clientId));
    this.confirmations.show({ tone: 'success', text: this.t(this.doneMessage), subject });
    const { channels, revoked } = outcome;
    this.emit('hub-number-onboarded', { clientId, mode: this.mode, channels, revoked });
  }
}
