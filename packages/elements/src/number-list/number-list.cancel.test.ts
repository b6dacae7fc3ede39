import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../define/hub-provider.js';
import '../define/hub-number-list.js';
import '../define/hub-number-details.js';
import type { HubNumberList } from './number-list.js';
import { FULL_ACCESS_CLIENT, emulatedHub } from '../test-support/emulated-hub.js';
import { $, $$, mountInProvider, press, textOf, typeInto } from '../test-support/dom.js';
import {
  CANCEL_ROUTE,
  NAME_ROUTE,
  cancelViaDialog,
  mount,
  openMenu,
  row,
  rows,
} from '../test-support/number-list.js';

describe('<hub-number-list> cancelling a subscription', () => {
  it('cancels optimistically: the row turns Pending deletion at once and the Hub agrees', async () => {
    const { list, emulator } = await mount(FULL_ACCESS_CLIENT, {
      faults: [{ route: CANCEL_ROUTE, latencyMs: 300 }],
    });
    const id = '001bNaCH';
    const cancelled = oneEvent(list, 'hub-number-cancelled');
    await cancelViaDialog(list, id);
    await waitUntil(() => row(list, id)?.querySelector('[data-status=pending_deletion]'));
    expect(emulator.state.channels.find((c) => c.id === id)!.status).to.equal('running');
    const event = await cancelled;
    expect(event.detail.number.status).to.equal('pending_deletion');
    expect(emulator.state.channels.find((c) => c.id === id)!.status).to.equal('pending_deletion');
    await list.updateComplete;
    const confirmation = $(list, '[part=confirmation]')!;
    expect(confirmation.dataset['tone']).to.equal('success');
    expect(textOf(confirmation)).to.match(
      /^Subscription cancelled for \+39 347 148 6446\. It will be deleted on \w+ \d+, \d{4}\. Undo Dismiss$/,
    );

    // Undo in the confirmation restores the number, and its message replaces the cancellation's.
    $<HTMLButtonElement>(confirmation, '[part=confirmation-action]')!.click();
    await waitUntil(() => emulator.state.channels.find((c) => c.id === id)!.status === 'running');
    await waitUntil(() => row(list, id)?.querySelector('[data-status=running]'));
    await waitUntil(() => $(list, '[part=confirmation]'), 'no message after Undo');
    expect(
      $$(list, '[part=confirmation]').map((c) => c.querySelector('p')!.textContent),
    ).to.deep.equal(['Cancellation undone for +39 347 148 6446.']);
  });
  it('withholds Undo and Cancel for a number while its request is on its way', async () => {
    const { list, emulator } = await mount(FULL_ACCESS_CLIENT, {
      faults: [{ route: CANCEL_ROUTE, latencyMs: 400 }],
    });
    const id = '001bNaCH';
    const sent = () => emulator.requests.filter((r) => r.path.endsWith('/cancellation_request'));
    const cancelled = oneEvent(list, 'hub-number-cancelled');
    await cancelViaDialog(list, id);
    await waitUntil(() => row(list, id)?.querySelector('[data-status=pending_deletion]'));
    const menu = await openMenu(list, id);
    const revoke = menu.querySelector<HTMLElement>('[data-action=revoke]')!;
    expect(revoke.getAttribute('aria-disabled')).to.equal('true');
    expect(revoke.textContent).to.contain('still being saved');
    revoke.click();
    menu.hidePopover();
    await cancelled;
    await list.updateComplete;

    const undo = $<HTMLButtonElement>(list, '[part=confirmation-action]')!;
    expect(undo.textContent!.trim()).to.equal('Undo');
    // A double press sends one undo.
    undo.click();
    undo.click();
    await waitUntil(() => emulator.state.channels.find((c) => c.id === id)!.status === 'running');
    await waitUntil(() => row(list, id)?.querySelector('[data-status=running]'));
    expect(sent()).to.have.length(2);
  });
  it('rolls a failed cancellation back and says so', async () => {
    const { list, emulator } = await mount(FULL_ACCESS_CLIENT, {
      faults: [{ route: CANCEL_ROUTE, latencyMs: 400, errorRate: 1, errorStatus: 500 }],
    });
    const id = '001bNaCH';
    await cancelViaDialog(list, id);
    await waitUntil(() => row(list, id)?.querySelector('[data-status=pending_deletion]'));
    await waitUntil(() => $(list, '[part=confirmation][data-tone=danger]'), 'no failure message', {
      timeout: 8000,
    });
    expect($(list, '[part=confirmation] p')!.textContent).to.equal(
      'Could not cancel the subscription for +39 347 148 6446; it is unchanged. The Hub ran into a problem. Please try again in a moment.',
    );
    await waitUntil(() => row(list, id)?.querySelector('[data-status=running]'));
    expect(emulator.state.channels.find((c) => c.id === id)!.status).to.equal('running');
  });
  it('keeps focus in the cancel dialog, closes it on Escape and returns focus', async () => {
    const { list, emulator } = await mount();
    const id = list.visibleNumbers.find((n) => n.status !== 'pending_deletion')!.id;
    const trigger = row(list, id)!.querySelector<HTMLButtonElement>('[part=menu-button]')!;
    trigger.focus();
    await press('Enter');
    const menu = $(list, '[role=menu]')!;
    await waitUntil(() => menu.matches(':popover-open'), 'menu not open');
    await expect(list).to.be.accessible();
    const cancelItem = menu.querySelector<HTMLElement>('[data-action=cancel]')!;
    cancelItem.focus();
    await press('Enter');
    await list.updateComplete;
    const dialog = $<HTMLDialogElement>(list, 'dialog')!;
    await waitUntil(() => dialog.open, 'dialog not open');
    expect(dialog.contains(list.shadowRoot!.activeElement)).to.equal(true);
    await expect(list).to.be.accessible();
    for (let i = 0; i < 4; i++) {
      await press('Tab');
      expect(dialog.contains(list.shadowRoot!.activeElement), `Tab ${i + 1}`).to.equal(true);
    }
    await press('Escape');
    await waitUntil(() => !$(list, 'dialog'), 'dialog not closed');
    await waitUntil(() => list.shadowRoot!.activeElement === trigger, 'focus not returned');
    expect(emulator.requests.some((r) => r.path.endsWith('/cancellation_request'))).to.equal(false);
  });
  it('shows a change on its way the same in the list and in the details of that number', async () => {
    const { client } = emulatedHub({
      rateLimits: false,
      faults: [
        { route: CANCEL_ROUTE, latencyMs: 400 },
        { route: NAME_ROUTE, latencyMs: 400 },
      ],
    });
    const list = await mountInProvider<HubNumberList>(
      client,
      FULL_ACCESS_CLIENT,
      'hub-number-list',
      html`<hub-number-list></hub-number-list
        ><hub-number-details number-id="001bNaCH"></hub-number-details>`,
    );
    const details = list.parentElement!.querySelector('hub-number-details')!;
    await waitUntil(
      () => rows(list).length === 4 && $(details, '[part=status-badge]'),
      'not loaded',
      {
        timeout: 8000,
      },
    );
    await waitUntil(() => list.addNumber.allowed || list.addNumber.reason !== 'unknown');

    // A cancellation from the list: the details show it at once, as not yet confirmed.
    const cancelled = oneEvent(list, 'hub-number-cancelled');
    await cancelViaDialog(list, '001bNaCH');
    await waitUntil(() => $(details, '[part=saving]'), 'details do not show the change');
    expect($(details, '[part=saving]')!.dataset['inFlight']).to.equal('cancel');
    expect($(details, '[part=status-badge]')!.dataset['status']).to.equal('pending_deletion');
    expect($(details, '#name-gate')!.textContent).to.contain('still being saved');
    await cancelled;
    await waitUntil(() => !$(details, '[part=saving]'), 'the change stays on its way');
    expect($(details, '[part=status-badge]')!.dataset['status']).to.equal('pending_deletion');

    // A display-name request from details of another number: its row shows it at once.
    details.setAttribute('number-id', '00mbNaCH');
    await waitUntil(() => $(details, '[part=edit-name-button]:not([disabled])'), 'no Edit', {
      timeout: 8000,
    });
    $<HTMLButtonElement>(details, '[part=edit-name-button]')!.click();
    await details.updateComplete;
    await typeInto(details, '#new-name', 'Bella Napoli Nord');
    $<HTMLButtonElement>(details, 'dialog button[type=submit]')!.click();
    await waitUntil(() => row(list, '00mbNaCH')!.querySelector('.pending-name'), 'row unchanged');
    const menu = await openMenu(list, '00mbNaCH');
    const cancel = menu.querySelector<HTMLElement>('[data-action=cancel]')!;
    expect(cancel.getAttribute('aria-disabled')).to.equal('true');
    expect(cancel.textContent).to.contain('still being saved');
    menu.hidePopover();
    await waitUntil(() => !$(details, '[part=saving]'), 'the request stays on its way');
  });
  it('opens the details of a number whose cancellation is on its way as such (manage="inline")', async () => {
    const { list } = await mount(FULL_ACCESS_CLIENT, {
      faults: [{ route: CANCEL_ROUTE, latencyMs: 500 }],
    });
    list.manage = 'inline';
    const cancelled = oneEvent(list, 'hub-number-cancelled');
    await cancelViaDialog(list, '001bNaCH');
    await waitUntil(() => row(list, '001bNaCH')?.querySelector('[data-status=pending_deletion]'));
    row(list, '001bNaCH')!.querySelector<HTMLButtonElement>('[part=manage-button]')!.click();
    await list.updateComplete;
    const details = $(list, 'hub-number-details')!;
    await waitUntil(() => $(details, '[part=saving]'), 'details do not show the change');
    expect($(details, '[part=status-badge]')!.dataset['status']).to.equal('pending_deletion');
    await cancelled;
    await waitUntil(() => !$(details, '[part=saving]'), 'the change stays on its way');
    expect($(details, '[part=status-badge]')!.dataset['status']).to.equal('pending_deletion');
  });
});
