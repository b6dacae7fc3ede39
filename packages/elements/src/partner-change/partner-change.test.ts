import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../define/hub-provider.js';
import '../define/hub-partner-change.js';
import type { HubPartnerChange } from './partner-change.js';
import { emulatedHub, FULL_ACCESS_CLIENT } from '../test-support/emulated-hub.js';
import { $, buttonNamed, textOf } from '../test-support/dom.js';

async function mount(attributes: { name?: string; url?: string } = {}) {
  const { client, emulator } = emulatedHub({ rateLimits: false });
  const provider = await fixture(html`
    <hub-provider .client=${client} client-id=${FULL_ACCESS_CLIENT}>
      <hub-partner-change
        partner-name=${attributes.name ?? ''}
        request-url=${attributes.url ?? 'https://hub.360dialog.com/'}
      ></hub-partner-change>
    </hub-provider>
  `);
  const el = provider.querySelector('hub-partner-change') as HubPartnerChange;
  await waitUntil(() => $(el, '[data-partner-id]'), 'no partner shown');
  return { el, emulator };
}

let opened: Parameters<typeof window.open>[];
const realOpen = window.open;
beforeEach(() => {
  opened = [];
  window.open = (...args: Parameters<typeof window.open>) => {
    opened.push(args);
    return null;
  };
});
afterEach(() => {
  window.open = realOpen;
});

describe('<hub-partner-change>', () => {
  it('shows the current partner by name and ID', async () => {
    const { el } = await mount({ name: 'Acme Messaging' });
    expect($(el, '[data-partner-name]')!.textContent!.trim()).to.equal('Acme Messaging');
    expect($(el, '[data-partner-id]')!.textContent!.trim()).to.equal('hubDemoPA');
    await expect(el).to.be.accessible();
  });

  it('says the name is not known without partner-name', async () => {
    const { el } = await mount();
    expect($(el, '[data-partner-name]')!.textContent!.trim()).to.equal('Not known here');
  });

  it('hands off to the Client Hub with a cancelable event, and sends nothing to the Hub', async () => {
    const { el, emulator } = await mount();
    const before = emulator.requests.length;
    setTimeout(() => buttonNamed(el, /Request a partner change/)!.click());
    const event = await oneEvent(el, 'hub-partner-change-request');
    expect(event.detail).to.deep.equal({
      clientId: FULL_ACCESS_CLIENT,
      partnerId: 'hubDemoPA',
      url: 'https://hub.360dialog.com/',
    });
    expect(opened).to.deep.equal([['https://hub.360dialog.com/', '_blank', 'noopener']]);
    await waitUntil(() => textOf(el).includes('The Client Hub opened in a new tab.'));
    el.addEventListener('hub-partner-change-request', (e) => e.preventDefault(), { once: true });
    buttonNamed(el, /Request a partner change/)!.click();
    expect(opened).to.have.length(1);
    expect(emulator.requests.length).to.equal(before);
  });

  it('refuses an unsafe address and says so', async () => {
    const { el } = await mount({ url: 'javascript:alert(1)' });
    const real = console.error;
    const logged: string[] = [];
    console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    try {
      buttonNamed(el, /Request a partner change/)!.click();
      await el.updateComplete;
    } finally {
      console.error = real;
    }
    expect(opened).to.deep.equal([]);
    expect(logged[0]).to.contain('refused to open request-url');
    expect($(el, '[part=hand-off-error]')!.textContent).to.contain('Client Hub cannot be opened');
  });
});
