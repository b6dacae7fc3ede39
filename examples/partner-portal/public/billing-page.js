import { notify } from '/portal.js';

// A live portal gives <hub-billing> the address of the client's billing portal (billing.stripe.com),
// made by its backend. The demo has none: it keeps the same-origin placeholder from opening and
// says what would happen instead.
document.getElementById('billing')?.addEventListener('hub-billing-portal-open', (event) => {
  event.preventDefault();
  notify(
    'Here the billing portal would open in a new tab: the client reviews its plan and invoices, ' +
      'adds or changes its card and updates its billing address there. The demo has no billing portal.',
  );
});
