// The demo portal's shell: the header, the navigation between the client hub's areas, who is
// signed in (switching client means signing in again, which gives a new scoped session) and the
// appearance switch. Pages stay plain HTML; adding an area means adding its page
// and one line to `pages`.
const staff = document.body.dataset.role === 'staff';
const pages = staff
  ? [{ href: '/partner.html', label: 'Partner change requests' }]
  : [
      { href: '/', label: 'Dashboard' },
      { href: '/numbers.html', label: 'Numbers' },
      { href: '/templates.html', label: 'Templates' },
      { href: '/activity.html', label: 'Activity' },
      { href: '/billing.html', label: 'Billing' },
      { href: '/funds.html', label: 'Funds' },
      { href: '/settings.html', label: 'Settings' },
    ];

const provider = document.querySelector('hub-provider');

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function navigation() {
  const list = element('ul');
  for (const page of pages) {
    const link = element('a', { href: page.href }, page.label);
    if (new URL(page.href, location.href).pathname === location.pathname) {
      link.setAttribute('aria-current', 'page');
    }
    list.append(element('li', {}, link));
  }
  return element('nav', { 'aria-label': 'Client hub' }, list);
}

/** Who is signed in, from the page itself (the server wrote it), and the way to switch. */
function signedIn() {
  const { clientName, role } = document.body.dataset;
  const who = element('span', {}, staff ? 'Signed in as Acme staff' : `Signed in as ${clientName}`);
  if (role === 'viewer') who.append(' (read-only)');
  const form = element('form', { method: 'post', action: '/portal/signout' });
  form.append(
    element(
      'button',
      { type: 'submit', class: 'link-button' },
      staff ? 'Sign out' : 'Switch client',
    ),
  );
  return element('div', { class: 'signed-in' }, who, form);
}

function appearanceSwitcher() {
  const stored = localStorage.getItem('portal-appearance') ?? 'auto';
  const select = element('select', { id: 'portal-appearance' });
  for (const value of ['auto', 'light', 'dark']) {
    const option = element('option', { value }, value[0].toUpperCase() + value.slice(1));
    option.selected = value === stored;
    select.append(option);
  }
  const apply = (value) => {
    document.documentElement.dataset.appearance = value;
    provider?.setAttribute('appearance', value);
    localStorage.setItem('portal-appearance', value);
  };
  select.addEventListener('change', () => apply(select.value));
  apply(stored);
  return element('label', { for: 'portal-appearance' }, 'Theme ', select);
}

/**
 * The portal's language. It sets `<html lang>`, which every Hub Element follows live (German,
 * Spanish and Brazilian Portuguese ship with them); the portal's own chrome stays English in this
 * demo.
 */
function languagePicker() {
  const languages = [
    ['en', 'English'],
    ['de', 'Deutsch'],
    ['es', 'Español'],
    ['pt-BR', 'Português (Brasil)'],
  ];
  const stored = localStorage.getItem('portal-language') ?? 'en';
  const select = element('select', { id: 'portal-language' });
  for (const [value, name] of languages) {
    const option = element('option', { value, lang: value }, name);
    option.selected = value === stored;
    select.append(option);
  }
  const apply = (value) => {
    document.documentElement.lang = value;
    localStorage.setItem('portal-language', value);
  };
  select.addEventListener('change', () => apply(select.value));
  apply(stored);
  return element('label', { for: 'portal-language' }, 'Language ', select);
}

/** Shows what the elements report, as a partner's portal would (toast, analytics, routing…). */
export function notify(message, tone = 'info') {
  const region = document.getElementById('portal-notices');
  const notice = element('p', { class: `notice notice-${tone}` }, message);
  region?.append(notice);
  setTimeout(() => notice.remove(), 8000);
}

const header = element(
  'header',
  { class: 'portal-header' },
  element('a', { class: 'brand', href: '/' }, 'Acme Partner Portal'),
  navigation(),
  // Documentation, Roadmap, Status and Support, as in the Client Hub's menu.
  element('hub-help-links', { class: 'portal-help' }),
  element('div', { class: 'portal-controls' }, signedIn(), languagePicker(), appearanceSwitcher()),
);
document.body.prepend(header);
document.body.append(
  element('div', { id: 'portal-notices', role: 'status', 'aria-live': 'polite' }),
);

document.addEventListener('hub-session-error', (event) => notify(event.detail.message, 'error'));
