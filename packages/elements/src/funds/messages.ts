import type { Message } from '../base/messages.js';

/** English strings of `<hub-funds>`, the Funds page of a direct-payment client. */
export const fundsMessages = {
  'funds.loading': 'Loading funds…',
  'funds.missingClient': 'Set client-id on <hub-provider> to the client whose funds to show.',
  'funds.denied': 'No access to funds',
  'funds.deniedBody': 'Your access to this client does not include its funds (billing:read).',
  'funds.partnerTitle': 'Your partner manages the funds',
  'funds.partnerBody':
    'This client is on partner payment: the partner pays for its messages and numbers, so there are no funds to add or renew here.',
  'funds.unknownTitle': 'The payment type is not set',
  'funds.unknownBody':
    'Funds exist only for clients on direct payment. Set payment-type="direct" or payment-type="partner" on <hub-provider>, as the partner account is configured in the Hub.',
  'funds.title': 'Funds',
  'funds.balance': 'Balance',
  'funds.lowBadge': 'Low balance',
  'funds.lastRenewal': 'Last renewed',
  'funds.lastRenewalValue': '{date}, {amount} added',
  'funds.outlook': 'Lasts',
  'funds.daysLeft': { one: 'About {count} day', other: 'About {count} days' },
  'funds.lessThanADay': 'Less than a day',
  'funds.noneLeft': 'Used up',
  'funds.dailySpend': 'At {amount} a day, the average of the last 7 days.',
  'funds.noRecentSpend': 'No charges in the last 7 days, so there is no rate to go by.',
  'funds.outlookFailed': 'Could not estimate how long the funds last. {reason}',
  'funds.outlookLoading': 'Estimating how long the funds last…',
  'funds.lowEmpty': 'No funds left. Add funds so that paid messages keep going out.',
  'funds.lowRenewing':
    'The balance is at or below the auto-renewal threshold of {threshold}; auto-renewal tops it up by {amount}.',
  'funds.lowDays':
    'Funds are running low: at the recent rate they last less than a week. Add funds or turn on auto-renewal.',
  'funds.addFunds': 'Add funds',
  'funds.autoRenewal': 'Auto-renewal',
  'funds.autoRenewalOn': 'On',
  'funds.autoRenewalOff': 'Off',
  'funds.autoRenewalOnBody': 'When the balance falls to {threshold}, {amount} is added.',
  'funds.autoRenewalOffBody': 'Funds are added only when someone adds them.',
  'funds.autoRenewalUnknown': 'Not reported by the Hub.',
  'funds.manage': 'Change auto-renewal',
  'funds.addOpened': 'The payment page opened in a new tab.',
  'funds.manageOpened': 'The Funds page opened in a new tab.',
  'funds.addUnavailable': 'The payment page cannot be opened from here. Contact your partner.',
  'funds.manageUnavailable': 'The Funds page cannot be opened from here. Contact your partner.',
} as const;

declare module '../base/messages.js' {
  // Adds this catalog's keys to the typed message keys (see HubMessageCatalog).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HubMessageCatalog extends Record<keyof typeof fundsMessages, Message> {}
}
