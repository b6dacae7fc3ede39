import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { DEMO_PARTNER_ID, type Emulator } from '@hub/emulator';
import '../define/hub-provider.js';
import '../define/hub-partner-permissions.js';
import type { HubPartnerPermissions } from './partner-permissions.js';
import {
  FULL_ACCESS_CLIENT,
  READ_ONLY_CAPABILITIES,
  emulatedHub,
  type EmulatedHubOptions,
} from '../test-support/emulated-hub.js';
import { $, $$, buttonNamed, mountInProvider, textOf } from '../test-support/dom.js';

const HUB = 'https://hub-emulator.test';

/** A stand-in popup: a same-origin frame, so messages can really come from its window. */
function fakePopup() {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const popup = frame.contentWindow!;
  const opened: string[] = [];
  const original = window.open;
  window.open = ((url: string) => {
    opened.push(url);
    return popup;
  }) as typeof window.open;
  return {
    popup,
    opened,
    /** The `state` nonce the element sent to the Hub. */
    state: () => new URL(opened[0]!).searchParams.get('state')!,
    /** Posts `search` to this page from inside the popup's own window, as the redirect page does. */
    post(search: string, origin = location.origin) {
      const inPopup = new (popup as unknown as typeof globalThis).Function(
        'search',
        'origin',
        'parent.postMessage(search, origin)',
      ) as (search: string, origin: string) => void;
      inPopup(search, origin);
    },
    close: () => frame.remove(),
    restore: () => {
      window.open = original;
      frame.remove();
    },
  };
}

/** Submits the emulator's hosted permission page and returns where it redirects. */
async function submitHostedPage(emulator: Emulator, fields: [string, string][]): Promise<URL> {
  const response = await emulator.fetch(`${HUB}/dashboard/app/${DEMO_PARTNER_ID}/permissions`, {
    method: 'POST',
    body: new URLSearchParams(fields),
    redirect: 'manual',
  });
  expect(response.status).to.equal(303);
  return new URL(response.headers.get('location')!);
}

async function mount(options: EmulatedHubOptions = {}) {
  const { client, emulator } = emulatedHub({ rateLimits: false, ...options });
  const el = await mountInProvider<HubPartnerPermissions>(
    client,
    FULL_ACCESS_CLIENT,
    'hub-partner-permissions',
    html`<hub-partner-permissions
      redirect-url="/hub-onboarding-done"
      hub-origin=${HUB}
    ></hub-partner-permissions>`,
  );
  await waitUntil(
    () => $(el, '[part~="list"], [part~="permission-denied"], [part~="error"]'),
    'never loaded',
    { timeout: 8000 },
  );
  return { el, emulator };
}

const accessOf = (el: HTMLElement) =>
  $$(el, '[part~="row"]').map((row) => [
    row.dataset.numberId,
    textOf($(row, '[part~="access-badge"]')!).split(':')[0],
  ]);

describe('<hub-partner-permissions>', () => {
  let popup: ReturnType<typeof fakePopup> | undefined;
  afterEach(() => {
    popup?.restore();
    popup = undefined;
  });

  it('lists the client’s numbers with Shared and Missing', async () => {
    const { el } = await mount();
    expect(accessOf(el)).to.deep.equal([
      ['001bNaCH', 'Shared'],
      ['008bNaCH', 'Shared'],
      ['00fbNaCH', 'Shared'],
      ['00mbNaCH', 'Missing'],
    ]);
    expect(textOf($(el, '[part~="summary"]')!)).to.equal('3 of 4 numbers shared with your partner');
    expect(textOf($$(el, '[part~="row"]')[0]!)).to.contain('Bella Napoli Ristoranti');
    await expect(el).to.be.accessible();
  });

  it('runs the permission page in a popup end to end and refreshes the list', async () => {
    const { el, emulator } = await mount();
    popup = fakePopup();
    buttonNamed(el, /grant or change access/i)!.click();
    await waitUntil(() => popup!.opened.length === 1);
    const opened = new URL(popup.opened[0]!);
    expect(opened.origin + opened.pathname).to.equal(
      `${HUB}/dashboard/app/${DEMO_PARTNER_ID}/permissions`,
    );
    expect(opened.searchParams.get('redirect_url')).to.equal(
      `${location.origin}/hub-onboarding-done`,
    );
    expect(buttonNamed(el, /waiting for the permission page/i)?.disabled).to.equal(true);

    // The client keeps three numbers, adds the missing one, and drops 008bNaCH.
    const back = await submitHostedPage(emulator, [
      ['action', 'save'],
      ['client_id', FULL_ACCESS_CLIENT],
      ['state', popup.state()],
      ['redirect_url', opened.searchParams.get('redirect_url')!],
      ['channel', '001bNaCH'],
      ['channel', '00fbNaCH'],
      ['channel', '00mbNaCH'],
    ]);
    const changed = oneEvent(el, 'hub-permissions-change');
    popup.post(back.search);
    const { detail } = await changed;
    expect(detail).to.deep.equal({
      clientId: FULL_ACCESS_CLIENT,
      channels: ['001bNaCH', '00fbNaCH', '00mbNaCH'],
      revoked: ['008bNaCH'],
    });
    await waitUntil(() => accessOf(el)[1]?.[1] === 'Missing', 'list not refreshed');
    expect(accessOf(el)[3]).to.deep.equal(['00mbNaCH', 'Shared']);
    expect(textOf($(el, '[part~="confirmation"]')!)).to.contain(
      'Access updated: 3 numbers shared, 1 number revoked.',
    );
  });

  it('ignores results from another origin or window, and refuses a wrong nonce', async () => {
    const { el } = await mount();
    popup = fakePopup();
    let changes = 0;
    el.addEventListener('hub-permissions-change', () => changes++);
    buttonNamed(el, /grant or change access/i)!.click();
    await waitUntil(() => popup!.opened.length === 1);
    const good = `?client=${FULL_ACCESS_CLIENT}&channels=[00mbNaCH]&state=${popup.state()}`;
    // Another origin, and this page's origin but not the popup's window: both ignored.
    window.dispatchEvent(
      new MessageEvent('message', {
        data: good,
        origin: 'https://evil.example',
        source: popup.popup,
      }),
    );
    window.dispatchEvent(
      new MessageEvent('message', { data: good, origin: location.origin, source: window }),
    );
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(buttonNamed(el, /waiting for the permission page/i)?.disabled).to.equal(true);

    popup.post(`?client=${FULL_ACCESS_CLIENT}&channels=[00mbNaCH]&state=forged`);
    await waitUntil(() => $(el, '[part~="confirmation"]'), 'no refusal shown');
    expect(textOf($(el, '[part~="confirmation"]')!)).to.contain('could not be verified');
    // The real nonce, replayed after the flow ended, changes nothing either.
    popup.post(good);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(changes).to.equal(0);
    expect(accessOf(el)[3]).to.deep.equal(['00mbNaCH', 'Missing']);
  });

  it('says so when the popup is closed without an answer', async () => {
    const { el } = await mount();
    popup = fakePopup();
    buttonNamed(el, /grant or change access/i)!.click();
    await waitUntil(() => popup!.opened.length === 1);
    popup.close();
    await waitUntil(() => $(el, '[part~="confirmation"]'), 'closing not noticed', {
      timeout: 3000,
    });
    expect(textOf($(el, '[part~="confirmation"]')!)).to.contain(
      'The permission page was closed; nothing changed.',
    );
    expect(buttonNamed(el, /grant or change access/i)?.disabled).to.equal(false);
  });

  it('shows the denied states', async () => {
    const readOnly = await mount({ capabilities: READ_ONLY_CAPABILITIES });
    expect($(readOnly.el, '[part~="grant-button"]')).to.equal(null);
    expect(textOf($(readOnly.el, '[part~="manage-denied"]')!)).to.contain('permissions:manage');
    const none = await mount({ capabilities: ['templates:read'] });
    expect(textOf($(none.el, '[part~="permission-denied"]')!)).to.contain('numbers:read');
  });
});
