import type { Message } from '../base/messages.js';

/** English strings of `<hub-add-number>`, and the steps `<hub-import-number>` shares with it. */
export const addNumberMessages = {
  'addNumber.add': 'Add number',
  'addNumber.blocked': 'Adding numbers is not available. {reason}',
  'addNumber.checking': 'Checking whether numbers can be added…',
  'addNumber.title': 'Add a phone number',
  'addNumber.charge':
    'Every number added here is an additional number on this account and is billed as one.',
  'addNumber.selfSignup':
    'The business signs the number up itself: “Continue with Facebook” opens Meta’s signup in a new window, where you connect the number to your WhatsApp Business account. A partner cannot submit numbers on your behalf.',
  'addNumber.continue': 'Continue with Facebook',
  'addNumber.back': 'Back',
  'addNumber.waiting':
    'Finish the signup in the Facebook window. This page updates as soon as you are done.',
  'addNumber.stopWaiting': 'Stop waiting',
  'addNumber.added':
    'Signup complete. The numbers list is up to date; a new number shows its status while Meta finishes setting it up.',
  'addNumber.closed':
    'The Facebook window was closed before the signup finished. No number was added.',
  'addNumber.refused':
    'The signup window sent a result that could not be verified, so it was ignored. Try again.',
} as const;

declare module '../base/messages.js' {
  // Adds this catalog's keys to the typed message keys (see HubMessageCatalog).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HubMessageCatalog extends Record<keyof typeof addNumberMessages, Message> {}
}
