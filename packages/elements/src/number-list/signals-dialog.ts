import { css, html, type TemplateResult } from 'lit';
import { formatPhoneNumber, type Gate, type HubClient, type HubNumber } from '@hub/core';
import type { Translate } from '../base/badges.js';
import type { ConfirmationController } from '../base/confirmations.js';
import type { DialogController } from '../base/dialog.js';

/** What {@link SignalsFlow} needs from the element that offers it. */
export interface SignalsHost {
  client: () => HubClient | undefined;
  t: Translate;
  errorMessage: (error: unknown) => string;
  dialog: DialogController;
  confirmations: ConfirmationController;
  /** Re-renders the host, so the dialog shows the choice and its error. */
  update: () => void;
}

type Choice = 'on' | 'off';

/** The choice inside the dialog; the element adds these to its styles. */
export const signalsDialogStyles = css`
  .signals-choice {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .signals-option {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  .dialog-body .signals-option input {
    inline-size: auto;
  }
  .signals-issue {
    margin: var(--_space) 0 0;
    color: var(--_danger);
  }
`;

/**
 * Turning Signals on or off for a number. The Hub has no way to read whether Signals is on, so
 * the dialog never shows a current state: the user picks "Turn Signals on" or "Turn Signals off",
 * exactly that request is sent, and the confirmation says what was sent.
 */
export class SignalsFlow {
  private choice: Choice | undefined;
  private issue = '';

  constructor(private readonly host: SignalsHost) {}

  /**
   * "Signals" was pressed: says why it is unavailable, or emits through `proceed` and, unless a
   * listener cancelled it (`false`), opens the dialog.
   */
  press(number: HubNumber, gate: Gate, proceed: () => boolean): void {
    if (!gate.allowed) {
      const text = this.host.t('numberList.signalsDenied');
      this.host.confirmations.show({ tone: 'neutral', text, subject: 'signals' });
    } else if (proceed()) {
      void this.open(number);
    }
  }

  /** Asks what to send for `number`, or says why the session may not change Signals. */
  private async open(number: HubNumber): Promise<void> {
    const { t, confirmations } = this.host;
    const subject = `signals-${number.id}`;
    this.choice = undefined;
    this.issue = '';
    const phone = formatPhoneNumber(number.phoneNumber);
    let sent: Choice | undefined;
    const choice = await this.host.dialog.open({
      title: t('numberList.signalsTitle', { number: phone }),
      body: () => this.body(),
      confirmLabel: t('numberList.signalsSend'),
      cancelLabel: t('numberList.signalsClose'),
      tone: 'primary',
      busyLabel: t('numberList.signalsSending'),
      failure: (error) => t('numberList.signalsFailed', { reason: this.host.errorMessage(error) }),
      action: async () => {
        const client = this.host.client();
        if (!this.choice) {
          this.issue = t('numberList.signalsPick');
          return false;
        }
        if (!client) return false;
        const wanted = this.choice;
        await client.numbers.setSignals(number, wanted === 'on');
        sent = wanted;
      },
    });
    if (choice !== 'confirm' || !sent) return;
    const key = sent === 'on' ? 'numberList.signalsSentOn' : 'numberList.signalsSentOff';
    confirmations.show({ tone: 'success', text: t(key, { number: phone }), subject });
  }

  private body(): TemplateResult {
    const { t } = this.host;
    const option = (value: Choice, label: string) =>
      html`<label class="signals-option">
        <input
          type="radio"
          name="signals"
          value=${value}
          .checked=${this.choice === value}
          aria-describedby=${this.issue ? 'signals-issue' : ''}
          @change=${() => this.pick(value)}
        />
        ${label}
      </label>`;
    return html`<p>${t('numberList.signalsBody')}</p>
      <fieldset class="signals-choice">
        <legend>${t('numberList.signalsChoice')}</legend>
        ${option('on', t('numberList.signalsOn'))} ${option('off', t('numberList.signalsOff'))}
      </fieldset>
      ${this.issue ? html`<p class="signals-issue" id="signals-issue">${this.issue}</p>` : ''}`;
  }

  private pick(value: Choice): void {
    this.choice = value;
    this.issue = '';
    this.host.update();
  }
}
