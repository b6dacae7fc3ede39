// The portal decides where "open" goes: a summary card of <hub-activity-chart> asks for its
// metric, and the Activity page shows it, on the same client.
document.addEventListener('hub-activity-open', (event) => {
  const url = new URL('/activity.html', location.href);
  const client = new URLSearchParams(location.search).get('client');
  if (client) url.searchParams.set('client', client);
  url.searchParams.set('metric', event.detail.metric);
  location.assign(url);
});
