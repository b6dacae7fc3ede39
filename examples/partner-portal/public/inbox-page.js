// The demo inbox page shows which number <hub-number-list> asked it to activate (the list adds
// `client_id` and `channel_id` to `inbox-url`). Written as text, never as markup.
const query = new URLSearchParams(location.search);
const details = document.querySelector('.inbox-number');
let known = false;
for (const field of details?.querySelectorAll('[data-field]') ?? []) {
  const value = query.get(field.dataset.field);
  if (value) known = true;
  field.textContent = value ?? '—';
}
if (details && known) details.hidden = false;
