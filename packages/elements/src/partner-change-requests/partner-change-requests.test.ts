import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { HubClient } from '@hub/core';
import type { Emulator } from '@hub/emulator';
import '../define/hub-provider.js';
import '../define/hub-partner-change-requests.js';
import type { HubPartnerChangeRequests } from './partner-change-requests.js';
import {
  emulatedHub,
  FULL_ACCESS_CLIENT,
  type EmulatedHubOptions,
} from '../test-support/emulated-hub.js';
import { $, $$, buttonNamed, textOf } from '../test-support/dom.js';

const settled = (el: Element) =>
  !$(el, '[part=loading]') &&
  !!$(el, '[part=table], [part=empty], [part=error], [part=permission-denied]');

async function mount(
  options: EmulatedHubOptions & { before?: (emulator: Emulator) => void; clientId?: string } = {},
) {
  const { before, clientId, ...hubOptions } = options;
  const { client, emulator } = emulatedHub({ rateLimits: false, ...hubOptions });
  before?.(emulator);
  const provider = await fixture(html`
    <hub-provider .client=${client as HubClient} client-id=${clientId ?? ''}>
      <hub-partner-change-requests
        partner-hub-url="https://partner-hub.example/requests"
      ></hub-partner-change-requests>
    </hub-provider>
  `);
  const el = provider.querySelector('hub-partner-change-requests') as HubPartnerChangeRequests;
  await waitUntil(() => settled(el), 'never left loading', { timeout: 8000 });
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

describe('<hub-partner-change-requests>', () => {
  it('lists the incoming requests newest first with scope, numbers, status and date', async () => {
    const { el } = await mount();
    const rows = $$(el, '[part=row]').map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) =>
        cell.textContent!.replace(/\s+/g, ' ').trim(),
      ),
    );
    expect(rows).to.deep.equal([
      [
        'gAlTe1CL',
        'Whole account',
        '3 numbers',
        'Awaiting approval',
        'Nov 30, 2026',
        'Approve or decline',
      ],
      ['fIoRi2CL', 'Selected numbers', '2 numbers', 'New', 'Nov 24, 2026', 'Approve or decline'],
      ['pAsTa3CL', 'Whole account', '1 number', 'Completed', 'Oct 2, 2026', ''],
    ]);
    expect($$(el, '[part=status-badge]').map((b) => b.dataset.tone)).to.deep.equal([
      'warning',
      'neutral',
      'success',
    ]);
    await expect(el).to.be.accessible();
  });

  it('hands approve / decline off to the Partner Hub, cancelably', async () => {
    const { el } = await mount();
    const button = buttonNamed(el, /request of fIoRi2CL/)!;
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'hub-partner-change-review');
    expect(event.detail).to.deep.equal({
      requestId: 'pcrSel02',
      clientId: 'fIoRi2CL',
      url: 'https://partner-hub.example/requests',
    });
    expect(opened).to.deep.equal([['https://partner-hub.example/requests', '_blank', 'noopener']]);
    await waitUntil(() => textOf(el).includes('The Partner Hub opened in a new tab.'));

    el.addEventListener('hub-partner-change-review', (e) => e.preventDefault(), { once: true });
    buttonNamed(el, /request of gAlTe1CL/)!.click();
    expect(opened).to.have.length(1);
  });

  it('sets auto-approve, confirms it visibly and stores it in the Hub', async () => {
    const { el, emulator } = await mount();
    expect($(el, '[part=auto-approve]')!.dataset.state).to.equal('unknown');
    setTimeout(() => buttonNamed(el, /^Turn on$/)!.click());
    const event = await oneEvent(el, 'hub-partner-change-auto-approve-changed');
    expect(event.detail).to.deep.equal({ autoApprove: true });
    expect(emulator.state.partnerChangeAutoApprove).to.equal(true);
    await waitUntil(() => $(el, '[part=auto-approve]')!.dataset.state === 'on');
    expect($(el, '[part=confirmation]')!.textContent).to.contain('Auto-approve is on');
    expect(buttonNamed(el, /^Turn on$/)).to.equal(undefined);
    buttonNamed(el, /^Turn off$/)!.click();
    await waitUntil(() => emulator.state.partnerChangeAutoApprove === false);
    await waitUntil(() => $(el, '[part=auto-approve]')!.dataset.state === 'off');
  });

  it('rolls the switch back when the Hub refuses the change', async () => {
    const { el, emulator } = await mount();
    el.autoApprove = false;
    emulator.faults.add({
      route: /settings\/partner_change_request/,
      errorRate: 1,
      errorStatus: 500,
      times: 10,
    });
    buttonNamed(el, /^Turn on$/)!.click();
    await el.updateComplete;
    expect($(el, '[part=auto-approve]')!.dataset.state).to.equal('on');
    await waitUntil(() => $(el, '[part=confirmation][data-tone=danger]'), 'no failure shown', {
      timeout: 8000,
    });
    expect($(el, '[part=auto-approve]')!.dataset.state).to.equal('off');
    expect($(el, '[part=confirmation]')!.textContent).to.contain('Auto-approve was not changed.');
    expect(emulator.state.partnerChangeAutoApprove).to.equal(undefined);
  });

  it('offers no switch without partnerChanges:write', async () => {
    const { el } = await mount({
      capabilities: ['partnerChanges:read'],
      clientId: FULL_ACCESS_CLIENT,
    });
    await waitUntil(() => textOf(el).includes('needs partnerChanges:write'));
    expect($(el, '[part=auto-approve-button]')).to.equal(null);
  });

  it('shows the empty state', async () => {
    const { el } = await mount({ before: (e) => (e.state.partnerChangeRequests = []) });
    expect(textOf(el)).to.contain('No partner change requests');
  });

  it('says why a client session is denied', async () => {
    const { el } = await mount({
      faults: [{ route: /selective_partner_change_requests/, errorRate: 1, errorStatus: 403 }],
    });
    expect($(el, '[part=permission-denied]')!.textContent).to.contain('partner-staff session');
    await expect(el).to.be.accessible();
  });

  it('shows an error with Retry, and recovers', async () => {
    const { el } = await mount({
      faults: [
        { route: /selective_partner_change_requests/, errorRate: 1, errorStatus: 503, times: 3 },
      ],
    });
    expect($(el, '[part=error]')).not.to.equal(null);
    buttonNamed(el, /Retry/)!.click();
    await waitUntil(() => $(el, '[part=table]'), 'did not recover', { timeout: 8000 });
  });
});
