// The portal answers the Funds page's hand-offs. A real portal sets `add-funds-url` (its payment
// page) and `manage-url` (the Hub's Funds page) on <hub-funds>, which then opens them in a new
// tab, or handles the events itself as here: the demo has neither page, so it cancels the
// element's default and shows a notice instead.
import { notify } from '/portal.js';

document.addEventListener('hub-funds-add', (event) => {
  event.preventDefault();
  notify('Add funds: a real portal opens its payment page here.');
});
document.addEventListener('hub-funds-manage', (event) => {
  event.preventDefault();
  notify('Auto-renewal: a real portal opens the Hub’s Funds page here.');
});
