import type { Message } from '../base/messages.js';

/** English strings of `<hub-partner-change>`, the client's current partner. */
export const partnerChangeMessages = {
  'partnerChange.title': 'Your partner',
  'partnerChange.current': 'Current partner',
  'partnerChange.partnerId': 'Partner ID',
  'partnerChange.unknown': 'Not known here',
  'partnerChange.body':
    'To move to another partner, request a partner change in the 360dialog Client Hub (Profile, Organization settings). All your numbers move together, and the new partner must accept.',
  'partnerChange.request': 'Request a partner change',
  'partnerChange.opened': 'The Client Hub opened in a new tab.',
  'partnerChange.unavailable':
    'The Client Hub cannot be opened from here. Sign in to the 360dialog Client Hub yourself.',
} as const;

declare module '../base/messages.js' {
  // Adds this catalog's keys to the typed message keys (see HubMessageCatalog).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HubMessageCatalog extends Record<keyof typeof partnerChangeMessages, Message> {}
}
