// The demo's stand-in for the pages <hub-funds> and <hub-billing> open in a new tab: the
// partner's payment page, the Hub's Funds page and the client's billing portal. `?to=` says
// which one; the words are fixed here and written as text, never as markup.
const pages = {
  payment: {
    title: 'Add funds',
    lead: 'Here a live portal shows its payment page: the client adds money to its balance, which pays for its WhatsApp messages.',
  },
  'hub-funds': {
    title: 'Funds in the Client Hub',
    lead: 'Here the Client Hub’s Funds page opens: the client turns auto-renewal on or off and sets its amount and threshold.',
  },
  'billing-portal': {
    title: 'Billing portal',
    lead: 'Here the billing portal opens: the client reviews its plan and invoices, adds or changes its card and updates its billing address.',
  },
};
const page = pages[new URLSearchParams(location.search).get('to') ?? ''];
if (page) {
  document.title = `${page.title} · Acme Partner Portal`;
  for (const [field, text] of Object.entries(page)) {
    const node = document.querySelector(`[data-field="${field}"]`);
    if (node) node.textContent = text;
  }
}
