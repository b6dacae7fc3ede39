import { safeHandOffUrl } from '@hub/core';
import type { ConfirmationController } from './confirmations.js';

/** What {@link openHandOff} opens, and how the element words it. */
export interface HandOffSpec {
  /** The configured address as set (attribute, property, or a partner function's answer). */
  address: string | undefined;
  /**
   * Emits the element's cancelable `hub-*` event; `url` is the absolute address about to be
   * opened, or `null` when none is set or it is not safe to open. Returns `false` when a listener
   * called `preventDefault()`, e.g. `(url) => this.emit('hub-x-open', { url }, { cancelable: true })`.
   */
  emit: (url: string | null) => boolean;
  /** The console error that tells the developer why nothing opened, in the element's words. */
  refusal: () => string;
  /** Where the element confirms that the page opened. */
  confirmations: ConfirmationController;
  /** That confirmation; its `subject` replaces the one an earlier hand-off left. */
  opened: { text: string; subject: string };
}

/** How a hand-off ended: a listener took it over, the address was refused, or the page opened. */
export type HandOffOutcome = 'canceled' | 'refused' | 'opened';

/**
 * Hands the user off to a page of the partner's or the Hub's (a payment page, a billing portal):
 * emits the element's cancelable event and, unless a listener cancels it, opens the address in a
 * new tab with `noopener` and confirms it.
 *
 * Only `https:` addresses and addresses on the page's own origin are opened, so a misconfigured or
 * injected one (`javascript:`, plain `http:` elsewhere) never is: it is refused with a console
 * error, and the element shows the user its own words for it on `refused`.
 */
export function openHandOff(spec: HandOffSpec): HandOffOutcome {
  const safe = safeHandOffUrl(spec.address || undefined, location.origin);
  if (!spec.emit(safe?.href ?? null)) return 'canceled';
  if (!safe) {
    console.error(spec.refusal());
    return 'refused';
  }
  window.open(safe.href, '_blank', 'noopener');
  spec.confirmations.show({ tone: 'neutral', ...spec.opened });
  return 'opened';
}
