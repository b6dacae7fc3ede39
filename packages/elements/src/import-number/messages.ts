import type { Message } from '../base/messages.js';

/** English strings of `<hub-import-number>` (its shared steps are in `addNumberMessages`). */
export const importNumberMessages = {
  'importNumber.import': 'Import from another BSP',
  'importNumber.title': 'Import a number from another BSP',
  'importNumber.intro':
    'Move a number that already uses the WhatsApp Business API with another provider. Confirm each point before you start:',
  'importNumber.checklist': 'Before you import',
  'importNumber.item.registered':
    'The number is registered for the WhatsApp Business API with its current provider.',
  'importNumber.item.twoStepOff':
    'Two-step verification is turned off for the number at that provider. It can be turned on again after the move.',
  'importNumber.item.templates':
    'Only approved, high-quality message templates are copied. Other templates must be created and approved again.',
  'importNumber.item.displayName':
    'The display name, quality rating and messaging limit stay with the number; chat history does not move.',
  'importNumber.signup':
    '“Continue with Facebook” opens the same signup as adding a number: enter the number you are moving. The number is charged like any additional number.',
  'importNumber.tickAll': 'Confirm every point to continue.',
  'importNumber.help': '360dialog’s migration guide',
  'importNumber.helpNewTab': '(opens in a new tab)',
  'importNumber.done':
    'Import started. The numbers list is up to date; the number shows its status while the move completes.',
} as const;

declare module '../base/messages.js' {
  // Adds this catalog's keys to the typed message keys (see HubMessageCatalog).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HubMessageCatalog extends Record<keyof typeof importNumberMessages, Message> {}
}
