import type { Message } from '../base/messages.js';

/** English strings of `<hub-billing>`. */
export const billingMessages = {
  'billing.title': 'Billing',
  'billing.lead': 'This client pays for its WhatsApp numbers directly.',
  'billing.loading': 'Loading billing…',
  'billing.missingClient': 'Set client-id on <hub-provider> to the client whose billing to show.',
  'billing.denied': 'No access to billing',
  'billing.deniedHint': 'Your access to this client does not include its billing (billing:read).',
  'billing.partnerBilled': 'Billed by your partner',
  'billing.partnerBilledHint':
    'Your partner pays for this client’s WhatsApp messaging and invoices you for it, so there is no payment method or billing address to manage here. For invoices and prices, contact your partner.',
  'billing.paymentUnknown': 'The payment type is not set',
  'billing.paymentUnknownHint':
    'Billing is shown for clients on direct payment. Set payment-type="direct" or payment-type="partner" on <hub-provider>, as the partner account is configured in the Hub.',
  'billing.portal': 'Payment method and billing address',
  'billing.portalInfo':
    'The billing portal, which opens in a new tab, shows your current plan and your invoices, and lets you add or change your card and update your billing address.',
  'billing.portalButton': 'Manage payment method and billing address',
  'billing.portalNewTab': '(opens in a new tab)',
  'billing.portalOpening': 'Opening the billing portal…',
  'billing.portalOpened': 'The billing portal opened in a new tab.',
  'billing.portalUnavailable':
    'The billing portal cannot be opened from here. Contact your partner.',
  'billing.portalFailed': 'Could not open the billing portal. {reason}',
  'billing.plans': 'Plans',
  'billing.plansCaption': 'Subscription plan of each number',
  'billing.plansCount': {
    one: '{plan}: {count} number',
    other: '{plan}: {count} numbers',
  },
  'billing.plansTooMany':
    'This client has {count} numbers; the number list shows the plan of each one.',
  'billing.noNumbers': 'This client has no numbers yet.',
  'billing.number': 'Number',
  'billing.displayName': 'Display name',
  'billing.plan': 'Plan',
  'billing.plan.basic': 'Basic',
  'billing.plan.regular': 'Regular',
  'billing.plan.premium': 'Premium',
  'billing.plan.none': 'Not reported',
  'billing.history': 'Charges by month',
  'billing.historyCaption': 'Approximate charges per month, {period}',
  'billing.month': 'Month',
  'billing.messages': 'Messages',
  'billing.charges': 'Approximate charges',
  'billing.total': 'Total',
  'billing.monthToDate': '{month} (so far)',
  'billing.notice':
    'These charges are approximate, yet their total is financially binding. Meta’s invoice at the end of the month is the authoritative record of the exact amount.',
  'billing.empty': 'No charges yet',
  'billing.emptyHint':
    'Charges appear here month by month once this client’s numbers send paid messages.',
  'billing.download': 'Download CSV',
  'billing.downloadLabel': 'Download CSV of the charges by month',
  'billing.downloaded': 'Downloaded {fileName}.',
  'billing.sectionFailed': 'Could not load this section. {reason}',
} as const;

/** A key of `<hub-billing>`'s strings. */
export type BillingMessageKey = keyof typeof billingMessages;

declare module '../base/messages.js' {
  // Adds this catalog's keys to the typed message keys (see HubMessageCatalog).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HubMessageCatalog extends Record<keyof typeof billingMessages, Message> {}
}
