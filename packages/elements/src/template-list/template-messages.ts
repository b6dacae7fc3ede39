import type { Message } from '../base/messages.js';

/**
 * English strings of the template vocabulary the template elements share: statuses, what each
 * status means, and categories. `<hub-template-editor>` ships these without the list's own strings.
 */
export const templateMessages = {
  'templateList.category': 'Category',
  'templateList.category.MARKETING': 'Marketing',
  'templateList.category.UTILITY': 'Utility',
  'templateList.category.AUTHENTICATION': 'Authentication',
  'templateList.status.CREATED': 'Draft',
  'templateList.status.SUBMITTED': 'Submitted',
  'templateList.status.PENDING': 'In review',
  'templateList.status.APPROVED': 'Active',
  'templateList.status.REJECTED': 'Rejected',
  'templateList.status.PAUSED': 'Paused',
  'templateList.status.DISABLED': 'Disabled',
  'templateList.status.IN_APPEAL': 'Appeal requested',
  'templateList.status.PENDING_DELETION': 'Being deleted',
  'templateList.status.DELETED': 'Deleted',
  'templateList.status.ARCHIVED': 'Archived',
  'templateList.status.UNARCHIVED': 'Unarchived',
  'templateList.status.FLAGGED': 'Flagged',
  'templateList.status.LIMIT_EXCEEDED': 'Limit reached',
  'templateList.status.LOCKED': 'Locked',
  'templateList.status.REINSTATED': 'Reinstated',
  'templateList.statusHelp.CREATED':
    'Saved in the Hub but not yet submitted to WhatsApp for review; it cannot be edited here.',
  'templateList.statusHelp.SUBMITTED':
    'Sent to WhatsApp; it cannot be edited until the review is over.',
  'templateList.statusHelp.PENDING':
    'WhatsApp is reviewing it (up to 24 hours); it can be edited once the review is over.',
  'templateList.statusHelp.APPROVED':
    'It can be sent. Edits are limited to 10 per 30 days and one per 24 hours, the category cannot change, and each edit is reviewed again. Deleting it blocks its name for 30 days.',
  'templateList.statusHelp.REJECTED':
    'It did not pass review. Edit and resubmit it as often as needed, or appeal the decision with a sample (answered within 24 hours).',
  'templateList.statusHelp.PAUSED':
    'Paused after low quality ratings; it cannot be sent until the pause ends. Editing it sends it for review again.',
  'templateList.statusHelp.DISABLED':
    'Disabled after repeated low quality. It cannot be sent or deleted; edit it and resubmit it for review.',
  'templateList.statusHelp.IN_APPEAL':
    'An appeal is being decided (within 24 hours); wait for the result before editing.',
  'templateList.statusHelp.PENDING_DELETION':
    'Deleted while messages were still being delivered; WhatsApp keeps delivering them for up to 30 days.',
  'templateList.statusHelp.DELETED': 'Deleted. An approved template’s name is blocked for 30 days.',
  'templateList.statusHelp.ARCHIVED':
    'Archived after 12 months without activity and deleted 28 days later unless it is unarchived in WhatsApp Manager.',
  'templateList.statusHelp.UNARCHIVED':
    'Taken out of the archive; it returns to the status it had before.',
  'templateList.statusHelp.FLAGGED':
    'Users gave negative feedback and it may be disabled; improve the content to avoid that.',
  'templateList.statusHelp.LIMIT_EXCEEDED':
    'The account has reached its template limit; delete templates to make room.',
  'templateList.statusHelp.LOCKED': 'Locked by WhatsApp; it cannot be edited.',
  'templateList.statusHelp.REINSTATED': 'No longer flagged or disabled; it is active again.',
  'templateList.statusHelp.unknown':
    'This version does not know this status; the Hub decides what can be done with the template.',
} as const;

declare module '../base/messages.js' {
  // Adds this catalog's keys to the typed message keys (see HubMessageCatalog).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HubMessageCatalog extends Record<keyof typeof templateMessages, Message> {}
}
