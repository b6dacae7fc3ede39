// The portal answers what the number elements ask for: "Manage" opens the number on the Numbers
// page, "Add number" would start the embedded signup, and the plan features would open the
// partner's own screens. The demo shows those as notices, naming numbers as the elements do.
import { formatPhoneNumber } from '/hub-elements.js';
import { notify } from '/portal.js';

/** The number an event is about, written as the number list writes it. */
const numberOf = (event) => formatPhoneNumber(event.detail.number.phoneNumber);

function numbersPage(numberId) {
  const url = new URL('/numbers.html', location.href);
  if (numberId) url.searchParams.set('number', numberId);
  return url;
}

document.addEventListener('hub-number-manage', (event) => {
  location.assign(numbersPage(event.detail.numberId));
});
document.addEventListener('hub-number-add', () =>
  notify('Add number: a real portal starts the embedded signup here.'),
);
document.addEventListener('hub-number-import', () =>
  notify('Import from another BSP: a real portal starts the migration flow here.'),
);
document.addEventListener('hub-signals-manage', (event) =>
  notify(`Signals for ${numberOf(event)}: a real portal opens Signals here.`),
);
document.addEventListener('hub-inbox-activate', (event) =>
  notify(`Activate Inbox for ${numberOf(event)}: a real portal opens it here.`),
);
document.addEventListener('hub-number-cancelled', (event) =>
  notify(`Cancellation requested for ${numberOf(event)}.`),
);

// On the Numbers page, `?number=` shows that number's WABA manager instead of the list.
const numberId = new URLSearchParams(location.search).get('number');
const list = document.querySelector('main hub-number-list[data-page-list]');
if (numberId && list) {
  const details = document.createElement('hub-number-details');
  details.setAttribute('number-id', numberId);
  const back = document.createElement('a');
  back.href = numbersPage().href;
  back.textContent = '← All numbers';
  back.className = 'back-link';
  list.replaceWith(back, details);
  document.title = `Number ${numberId} · Acme Partner Portal`;
}
