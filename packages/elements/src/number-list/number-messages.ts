import type { Message } from '../base/messages.js';

/**
 * English strings of the number vocabulary the number elements share: statuses, quality
 * ratings, messaging limits and the reasons an action is not available. `<hub-number-details>`
 * ships these without the list's own strings.
 */
export const numberMessages = {
  'numbers.status.running': 'Running',
  'numbers.status.live': 'Live',
  'numbers.status.ready': 'Ready',
  'numbers.status.pending_deletion': 'Pending deletion',
  'numbers.status.new_name_requested': 'Name under review',
  'numbers.status.certificate_declined': 'Name declined',
  'numbers.status.created': 'Created',
  'numbers.status.submitted': 'Submitted',
  'numbers.status.unverified': 'Unverified',
  'numbers.status.verified': 'Verified',
  'numbers.status.consents_signed': 'Consents signed',
  'numbers.status.modified': 'Modified',
  'numbers.status.imported': 'Imported',
  'numbers.status.error': 'Error',
  'numbers.status.porting_ready': 'Ready to port',
  'numbers.status.ready_for_migration': 'Ready for migration',
  'numbers.status.waiting_for_migration_code': 'Waiting for code',
  'numbers.status.migration_code_requested': 'Code requested',
  'numbers.statusHelp.running': 'Connected and sending and receiving messages.',
  'numbers.statusHelp.live': 'Connected to WhatsApp and ready for messaging.',
  'numbers.statusHelp.ready': 'Set up and verified; it starts running once its API key is in use.',
  'numbers.statusHelp.pending_deletion':
    'Cancellation requested: it still sends and receives until the end of the month, then it is deleted and billing stops.',
  'numbers.statusHelp.new_name_requested':
    'Meta is reviewing a new display name; the number keeps working meanwhile.',
  'numbers.statusHelp.certificate_declined':
    'Meta declined the requested display name; the current name stays, and another can be requested.',
  'numbers.statusHelp.created': 'Onboarding has started and is not finished yet.',
  'numbers.statusHelp.submitted': 'Submitted to Meta; waiting for its answer.',
  'numbers.statusHelp.unverified': 'The display name is waiting for verification by Meta.',
  'numbers.statusHelp.verified': 'The display name is verified; setup continues.',
  'numbers.statusHelp.consents_signed': 'The required consents are signed; setup continues.',
  'numbers.statusHelp.modified': 'Its settings changed recently and are being applied.',
  'numbers.statusHelp.imported': 'Moved here from another provider (BSP).',
  'numbers.statusHelp.error': 'Setup failed; open it for details or contact support.',
  'numbers.statusHelp.porting_ready': 'Ready to be moved from its previous provider.',
  'numbers.statusHelp.ready_for_migration': 'Ready to be migrated from another provider.',
  'numbers.statusHelp.waiting_for_migration_code':
    'Migration needs the verification code sent to the number.',
  'numbers.statusHelp.migration_code_requested':
    'A verification code was sent to the number to finish the migration.',
  'numbers.statusHelp.unknown':
    'The Hub reports a status this version of Hub Elements does not know yet.',
  'numbers.quality.GREEN': 'High',
  'numbers.quality.YELLOW': 'Medium',
  'numbers.quality.RED': 'Low',
  'numbers.quality.UNKNOWN': 'Unknown',
  'numbers.tier.none': 'Not assigned',
  'numbers.tier.unlimited': 'Unlimited',
  'numbers.tier.limit': '{limit} / 24 h',
  'numbers.underReview': 'Under review',
  'numbers.underReviewHelp':
    'Requested: “{name}”. Meta is reviewing it; the current name stays until approved.',
  'numbers.gate.permission': 'Your access to this client does not include this action.',
  'numbers.gate.plan': 'Not included in this client’s plan.',
  'numbers.gate.state': 'Not available in the number’s current state.',
  'numbers.gate.limit': 'This client has reached its number limit.',
  'numbers.gate.busy': 'A change to this number is still being saved.',
  'numbers.gate.unknown': 'Checking whether this is available…',
} as const;

declare module '../base/messages.js' {
  // Adds this catalog's keys to the typed message keys (see HubMessageCatalog).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HubMessageCatalog extends Record<keyof typeof numberMessages, Message> {}
}
