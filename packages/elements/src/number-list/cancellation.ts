import { html } from 'lit';
import { endOfMonth, formatPhoneNumber, type HubClient, type HubNumber } from '@hub/core';
import type { Translate } from '../base/badges.js';
import type { ConfirmationController } from '../base/confirmations.js';
import type { DialogController } from '../base/dialog.js';
import { dateFormat } from '../base/formatters.js';

/** What {@link CancellationFlow} needs from the element that offers it. */
export interface CancellationHost {
  client: () => HubClient | undefined;
  /** Whether a change to the number is still on its way (a second one would race it). */
  busy: (numberId: string) => boolean;
  t: Translate;
  errorMessage: (error: unknown) => string;
  locale: () => string;
  dialog: DialogController;
  confirmations: ConfirmationController;
  onCancelled: (number: HubNumber) => void;
  onRevoked: (number: HubNumber) => void;
}

/**
 * Cancelling a number's subscription and undoing it: the question first (what happens, and that
 * it can be undone), then the outcome as a confirmation about that number, with Undo after a
 * cancellation. A newer outcome for the same number replaces the older one.
 */
export class CancellationFlow {
  constructor(private readonly host: CancellationHost) {}

  /** Asks before cancelling: deleted at the end of the month, billing stops, undo is possible. */
  async ask(number: HubNumber): Promise<void> {
    const { t } = this.host;
    const date = this.formatDate(endOfMonth(new Date()));
    const choice = await this.host.dialog.open({
      title: t('numberList.cancelTitle', { number: formatPhoneNumber(number.phoneNumber) }),
      body: html`<p>${t('numberList.cancelBody', { date })}</p>
        <p>${t('numberList.cancelUndoHint')}</p>`,
      confirmLabel: t('numberList.cancelConfirm'),
      cancelLabel: t('numberList.cancelKeep'),
    });
    if (choice === 'confirm') await this.cancel(number);
  }

  private async cancel(number: HubNumber): Promise<void> {
    const { confirmations, t } = this.host;
    const client = this.host.client();
    // The menu already withholds a second change to a number; core would refuse it too.
    if (!client || this.host.busy(number.id)) return;
    const phone = formatPhoneNumber(number.phoneNumber);
    confirmations.dismiss(number.id);
    confirmations.announce(t('numberList.cancelling', { number: phone }));
    try {
      const updated = await client.numbers.cancelSubscription(number);
      const date = this.formatDate(new Date(updated.terminatedAt ?? endOfMonth(new Date())));
      confirmations.show({
        tone: 'success',
        text: t('numberList.cancelled', { number: phone, date }),
        action: { label: t('numberList.undo'), run: () => void this.revoke(updated) },
        subject: number.id,
      });
      this.host.onCancelled(updated);
    } catch (error) {
      this.failed(
        number,
        t('numberList.cancelFailed', { number: phone, reason: this.host.errorMessage(error) }),
      );
    }
  }

  /** Withdraws the cancellation of `number` (from its menu or the confirmation's Undo). */
  async revoke(number: HubNumber): Promise<void> {
    const { confirmations, t } = this.host;
    const client = this.host.client();
    // Undo pressed twice before its message goes away must not send two requests.
    if (!client || this.host.busy(number.id)) return;
    const phone = formatPhoneNumber(number.phoneNumber);
    confirmations.dismiss(number.id);
    try {
      const updated = await client.numbers.revokeCancellation(number);
      confirmations.show({
        tone: 'success',
        text: t('numberList.revoked', { number: phone }),
        subject: number.id,
      });
      this.host.onRevoked(updated);
    } catch (error) {
      this.failed(
        number,
        t('numberList.revokeFailed', { number: phone, reason: this.host.errorMessage(error) }),
      );
    }
  }

  private failed(number: HubNumber, text: string): void {
    this.host.confirmations.show({ tone: 'danger', text, subject: number.id });
  }

  private formatDate(date: Date): string {
    return dateFormat(this.host.locale(), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  }
}
