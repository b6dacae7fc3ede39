import type { Message } from '../base/messages.js';
import { numberMessages } from './number-messages.js';

/** English strings of `<hub-number-list>`, with the number vocabulary it shares. */
export const numberListMessages = {
  ...numberMessages,
  'numberList.label': 'Phone numbers',
  'numberList.loading': 'Loading phone numbers…',
  'numberList.search': 'Search numbers',
  'numberList.searchPlaceholder': 'Number or display name',
  'numberList.filterStatus': 'Status',
  'numberList.filterQuality': 'Quality',
  'numberList.allStatuses': 'All statuses',
  'numberList.allQualities': 'All ratings',
  'numberList.results': { one: '{count} number', other: '{count} numbers' },
  'numberList.resultsOf': '{count} of {total} numbers',
  // A long list arrives page by page; search and filters cover what has arrived.
  'numberList.loadingMore': 'Loading more numbers… {loaded} of {total} so far.',
  'numberList.skipped': {
    one: '{count} number could not be shown: the Hub sent it in a form this version cannot read.',
    other:
      '{count} numbers could not be shown: the Hub sent them in a form this version cannot read.',
  },
  'numberList.col.phoneNumber': 'Phone number',
  'numberList.col.status': 'Status',
  'numberList.col.displayName': 'Display name',
  'numberList.col.qualityRating': 'Quality',
  'numberList.col.messagingTier': 'Messaging limit',
  'numberList.col.actions': 'Actions',
  'numberList.sortBy': 'Sort by',
  'numberList.sorted': 'Sorted by {column}, {direction}',
  'numberList.ascending': 'ascending',
  'numberList.descending': 'descending',
  'numberList.manage': 'Manage',
  'numberList.manageLabel': 'Manage {number}',
  'numberList.signals': 'Signals',
  'numberList.signalsLabel': 'Signals for {number}',
  'numberList.signalsDenied':
    'Signals cannot be changed: your access to this client does not include turning it on or off.',
  'numberList.signalsTitle': 'Signals for {number}',
  'numberList.signalsBody':
    'Signals measures which click-to-WhatsApp ads lead to conversations on this number. The Hub does not report whether it is on, so choose what to send.',
  'numberList.signalsChoice': 'Send to the Hub',
  'numberList.signalsOn': 'Turn Signals on',
  'numberList.signalsOff': 'Turn Signals off',
  'numberList.signalsPick': 'Choose whether to turn Signals on or off.',
  'numberList.signalsSend': 'Send',
  'numberList.signalsSending': 'Sending…',
  'numberList.signalsClose': 'Close',
  'numberList.signalsSentOn': 'Sent to the Hub: turn Signals on for {number}.',
  'numberList.signalsSentOff': 'Sent to the Hub: turn Signals off for {number}.',
  'numberList.signalsFailed': 'Could not change Signals. {reason}',
  'numberList.inboxOpened': 'The Inbox activation opened in a new tab.',
  'numberList.inboxUnavailable':
    'Inbox activation cannot be started from here. Contact your partner.',
  'numberList.more': 'More actions for {number}',
  'numberList.activateInbox': 'Activate Inbox',
  'numberList.cancelSubscription': 'Cancel subscription',
  'numberList.revokeCancellation': 'Undo cancellation',
  'numberList.addNumber': 'Add number',
  'numberList.importNumber': 'Import from another BSP',
  'numberList.addBlocked': 'Adding numbers is not available. {reason}',
  'numberList.emptyTitle': 'No phone numbers yet',
  'numberList.emptyBody': 'Add a WhatsApp number to start messaging.',
  'numberList.noMatchTitle': 'No numbers match',
  'numberList.noMatchBody': 'Try another search or clear the filters.',
  'numberList.clearFilters': 'Clear filters',
  'numberList.back': 'Back to numbers',
  'numberList.cancelTitle': 'Cancel the subscription for {number}?',
  'numberList.cancelBody':
    'The number changes to Pending deletion. It keeps sending and receiving messages until {date}, the end of the month; then it is deleted and billing stops.',
  'numberList.cancelUndoHint': 'You can undo the cancellation until then.',
  'numberList.cancelKeep': 'Keep number',
  'numberList.cancelConfirm': 'Cancel subscription',
  'numberList.cancelling': 'Cancelling the subscription for {number}…',
  'numberList.cancelled': 'Subscription cancelled for {number}. It will be deleted on {date}.',
  'numberList.cancelFailed':
    'Could not cancel the subscription for {number}; it is unchanged. {reason}',
  'numberList.revoked': 'Cancellation undone for {number}.',
  'numberList.revokeFailed': 'Could not undo the cancellation for {number}. {reason}',
  'numberList.undo': 'Undo',
  // Announced when a live update changes a row (`<hub-provider live>`).
  'numberList.liveStatus': '{number} is now {status}.',
  'numberList.liveUpdated': '{number} was updated.',
} as const;

declare module '../base/messages.js' {
  // Adds this catalog's keys to the typed message keys (see HubMessageCatalog).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HubMessageCatalog extends Record<keyof typeof numberListMessages, Message> {}
}
