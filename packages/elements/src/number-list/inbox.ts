import type { HubNumber } from '@hub/core';
import type { Translate } from '../base/badges.js';
import type { ConfirmationController } from '../base/confirmations.js';
import { openHandOff } from '../base/hand-off.js';

/** What {@link activateInbox} needs from the element that offers it. */
export interface InboxHandOff {
  /** The `inbox-url` as set. */
  address: string | undefined;
  /** Emits the cancelable `hub-inbox-activate`; `false` when a listener cancelled it. */
  emit: (url: string | null) => boolean;
  t: Translate;
  confirmations: ConfirmationController;
}

/**
 * "Activate Inbox" hands the user off to the inbox product at the partner's `inbox-url`, with the
 * number's IDs in the query so the page knows what to activate. The Hub has no endpoint for it,
 * so without an address (or with an unsafe one) only the event goes out, and the console says how
 * to set it up.
 */
export function activateInbox(number: HubNumber, spec: InboxHandOff): void {
  const subject = `inbox-${number.id}`;
  const outcome = openHandOff({
    address: spec.address && withNumber(spec.address, number),
    emit: spec.emit,
    refusal: () =>
      '<hub-number-list>: not opening the Inbox activation: ' +
      (spec.address
        ? 'its inbox-url is neither https: nor on this page’s origin.'
        : 'no inbox-url is set.') +
      ' Set inbox-url (or inboxUrl) to the page that activates the Inbox, or handle ' +
      'hub-inbox-activate and call preventDefault().',
    confirmations: spec.confirmations,
    opened: { text: spec.t('numberList.inboxOpened'), subject },
  });
  if (outcome === 'refused') {
    spec.confirmations.show({
      tone: 'neutral',
      text: spec.t('numberList.inboxUnavailable'),
      subject,
    });
  }
}

/** `address` with `client_id` and `channel_id` added; an unparsable one is passed on to be refused. */
function withNumber(address: string, number: HubNumber): string {
  let url: URL;
  try {
    url = new URL(address, location.href);
  } catch {
    return address;
  }
  url.searchParams.set('client_id', number.clientId);
  url.searchParams.set('channel_id', number.id);
  return url.href;
}
