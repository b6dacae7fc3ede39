import type { Message } from '../base/messages.js';

/** English strings of `<hub-partner-change-requests>`, for the partner's own staff. */
export const partnerChangeRequestsMessages = {
  'partnerChanges.title': 'Partner change requests',
  'partnerChanges.intro':
    'Clients of other partners who asked to move to you. Approve or decline each one in the Partner Hub.',
  'partnerChanges.loading': 'Loading partner change requests…',
  'partnerChanges.emptyTitle': 'No partner change requests',
  'partnerChanges.emptyBody': 'When a client asks to move to you, the request shows here.',
  'partnerChanges.denied': 'No access to partner change requests',
  'partnerChanges.deniedBody':
    'Partner change requests are for your own staff: sign in with a partner-staff session (partnerChanges:read).',
  'partnerChanges.client': 'Client',
  'partnerChanges.scope': 'Moves',
  'partnerChanges.full': 'Whole account',
  'partnerChanges.selective': 'Selected numbers',
  'partnerChanges.scopeUnknown': 'Not reported',
  'partnerChanges.numbers': 'Numbers',
  'partnerChanges.numberCount': { one: '{count} number', other: '{count} numbers' },
  'partnerChanges.status': 'Status',
  'partnerChanges.created': 'Requested',
  'partnerChanges.actions': 'Actions',
  'partnerChanges.status.created': 'New',
  'partnerChanges.status.pending': 'Awaiting approval',
  'partnerChanges.status.completed': 'Completed',
  'partnerChanges.status.failed': 'Failed',
  'partnerChanges.review': 'Approve or decline',
  'partnerChanges.reviewLabel': 'Approve or decline the request of {client} in the Partner Hub',
  'partnerChanges.reviewOpened': 'The Partner Hub opened in a new tab.',
  'partnerChanges.reviewUnavailable':
    'The Partner Hub cannot be opened from here. Open it yourself to approve or decline.',
  'partnerChanges.autoApprove': 'Approve every request automatically',
  'partnerChanges.autoApproveHint':
    'When on, the Hub approves each incoming request without waiting for you.',
  'partnerChanges.autoApproveUnknown':
    'The Hub does not tell the current setting; choosing one sets it.',
  'partnerChanges.turnOn': 'Turn on',
  'partnerChanges.turnOff': 'Turn off',
  'partnerChanges.autoApproveOn': 'Auto-approve is on: new requests are approved automatically.',
  'partnerChanges.autoApproveOff': 'Auto-approve is off: you approve each request.',
  'partnerChanges.autoApproveFailed': 'Auto-approve was not changed. {reason}',
  'partnerChanges.writeDenied': 'Changing auto-approve needs partnerChanges:write.',
} as const;

declare module '../base/messages.js' {
  // Adds this catalog's keys to the typed message keys (see HubMessageCatalog).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HubMessageCatalog extends Record<keyof typeof partnerChangeRequestsMessages, Message> {}
}
