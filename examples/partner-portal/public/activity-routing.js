// The portal decides where "open" goes: a summary card of <hub-activity-chart> asks for its
// metric over the card's period (the last 7 days), and the Activity page shows it (for the
// signed-in client) — activity-page.js reads `metric`, `range`, `from` and `to` from the address.
document.addEventListener('hub-activity-open', (event) => {
  const { metric, range, from, to } = event.detail;
  const url = new URL('/activity.html', location.href);
  url.searchParams.set('metric', metric);
  if (range) url.searchParams.set('range', range);
  // A preset names its days relative to today; only a custom period needs them spelled out.
  if (range === 'custom' && from && to) {
    url.searchParams.set('from', from);
    url.searchParams.set('to', to);
  }
  location.assign(url);
});
