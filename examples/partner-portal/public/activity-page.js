// The Activity page keeps its state in the address: the metric (from the Dashboard's summary or
// the tabs) and the period the user picks, so reloading or sharing the link shows the same chart.
const params = new URLSearchParams(location.search);
const chart = document.getElementById('activity-chart');
const metric = params.get('metric') === 'expenses' ? 'expenses' : 'conversations';

chart.setAttribute('metric', metric);
for (const name of ['range', 'from', 'to']) {
  const value = params.get(name);
  if (value) chart.setAttribute(name, value);
}

for (const tab of document.querySelectorAll('.metric-tabs a')) {
  const target = new URLSearchParams(params);
  target.set('metric', tab.dataset.metric);
  tab.href = `?${target}`;
  if (tab.dataset.metric === metric) tab.setAttribute('aria-current', 'page');
}

chart.addEventListener('hub-activity-range-change', (event) => {
  const { range, from, to } = event.detail;
  params.set('range', range);
  if (range === 'custom') {
    params.set('from', from);
    params.set('to', to);
  } else {
    params.delete('from');
    params.delete('to');
  }
  history.replaceState(null, '', `?${params}`);
});
