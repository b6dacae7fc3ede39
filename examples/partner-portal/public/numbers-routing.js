// The portal answers what the number elements ask for: "Manage" opens the number on the Numbers
// page. Add number, Import, Signals and Activate Inbox are handled by <hub-number-list> itself
// (Activate Inbox opens the page its `inbox-url` names), and the elements confirm what they did.

function numbersPage(numberId) {
  const url = new URL('/numbers.html', location.href);
  if (numberId) url.searchParams.set('number', numberId);
  return url;
}

document.addEventListener('hub-number-manage', (event) => {
  location.assign(numbersPage(event.detail.numberId));
});

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
