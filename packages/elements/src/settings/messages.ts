import type { Message } from '../base/messages.js';

/** English strings of `<hub-settings>`. */
export const settingsMessages = {
  'settings.permissions': 'Partner permissions',
  'settings.partnerChange': 'Partner',
  'settings.help': 'Help',
  'settings.user': 'Your account',
} as const;

declare module '../base/messages.js' {
  // Adds this catalog's keys to the typed message keys (see HubMessageCatalog).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HubMessageCatalog extends Record<keyof typeof settingsMessages, Message> {}
}
