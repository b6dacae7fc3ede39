import type { Message } from '../base/messages.js';

/** English strings of `<hub-help-links>`. */
export const helpLinksMessages = {
  'helpLinks.label': 'Help',
  'helpLinks.docs': 'Documentation',
  'helpLinks.roadmap': 'Roadmap',
  'helpLinks.status': 'Status',
  'helpLinks.support': 'Support',
  'helpLinks.newTab': '(opens in a new tab)',
} as const;

declare module '../base/messages.js' {
  // Adds this catalog's keys to the typed message keys (see HubMessageCatalog).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HubMessageCatalog extends Record<keyof typeof helpLinksMessages, Message> {}
}
