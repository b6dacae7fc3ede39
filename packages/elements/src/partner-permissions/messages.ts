import type { Message } from '../base/messages.js';

/** English strings of `<hub-partner-permissions>`, the client's per-number access of its partner. */
export const partnerPermissionsMessages = {
  'partnerPermissions.loading': 'Loading partner access…',
  'partnerPermissions.missingClient':
    'Set client-id on <hub-provider> to the client whose partner access to show.',
  'partnerPermissions.denied': 'No access to numbers',
  'partnerPermissions.deniedBody':
    'Your access to this client does not include its numbers (numbers:read).',
  'partnerPermissions.title': 'Partner access',
  'partnerPermissions.intro':
    'Your partner can manage only the numbers you share with it. You choose them on 360dialog’s permission page.',
  'partnerPermissions.summary': '{shared} of {total} shared with your partner',
  'partnerPermissions.empty': 'No numbers yet',
  'partnerPermissions.emptyBody': 'Numbers you add appear here with the access your partner has.',
  'partnerPermissions.shared': 'Shared',
  'partnerPermissions.missing': 'Missing',
  'partnerPermissions.sharedHelp': 'Your partner can manage this number.',
  'partnerPermissions.missingHelp': 'Not shared: your partner cannot manage this number.',
  'partnerPermissions.grant': 'Grant or change access',
  'partnerPermissions.waiting': 'Waiting for the permission page…',
  'partnerPermissions.manageDenied':
    'Your access to this client does not include changing its partner access (permissions:manage).',
  'partnerPermissions.numbers': { one: '{count} number', other: '{count} numbers' },
  'partnerPermissions.updated': 'Access updated: {shared} shared, {revoked} revoked.',
  'partnerPermissions.updatedShared': 'Access updated: {shared} shared.',
  'partnerPermissions.closed': 'The permission page was closed; nothing changed.',
  'partnerPermissions.refused':
    'The answer of the permission page could not be verified, so nothing changed. Try again.',
  'partnerPermissions.redirecting': 'Opening the permission page in this tab…',
} as const;

declare module '../base/messages.js' {
  // Adds this catalog's keys to the typed message keys (see HubMessageCatalog).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HubMessageCatalog extends Record<keyof typeof partnerPermissionsMessages, Message> {}
}
