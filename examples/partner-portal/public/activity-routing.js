// The portal decides where "open" goes: a summary card of <hub-activity-chart> asks for its
// metric, and the Activity page shows it (for the signed-in client).
document.addEventListener('hub-activity-open', (event) => {
  const url = new URL('/activity.html', location.href);
  url.searchParams.set('metric', event.detail.metric);
  location.assign(url);
});
