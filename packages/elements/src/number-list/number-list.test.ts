import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { displayNameUnderReview, formatPhoneNumber, messagingTierLimit } from '@hub/core';
import type { ChannelRecord } from '@hub/emulator';
import '../define/hub-provider.js';
import '../define/hub-number-list.js';
import type { HubNumberList } from './number-list.js';
import {
  FULL_ACCESS_CLIENT,
  READ_ONLY_CAPABILITIES,
  READ_ONLY_CLIENT,
  emulatedHub,
  type EmulatedHubOptions,
} from '../test-support/emulated-hub.js';

/** A client of the demo's direct payment, with every capability; mounted with {@link DIRECT}. */
const DIRECT_CLIENT = 'nRdL1cCL';
/** A partner account that lets its clients pay directly (the payment type is the partner's). */
const DIRECT = { paymentType: 'direct' } as const;
/** A seeded number whose new display name Meta is reviewing. */
const UNDER_REVIEW = { id: '005kTeCH', clientId: 'kTeCo5CL' };
const CANCEL_ROUTE =
  'POST /partners/:partner_id/clients/:client_id/channels/:channel_id/control/cancellation_request';

/** The session of a user who may look but not change anything (of a direct-payment partner). */
const READ_ONLY = { capabilities: READ_ONLY_CAPABILITIES, ...DIRECT };

async function mount(clientId = FULL_ACCESS_CLIENT, options: EmulatedHubOptions = {}) {
  const { client, emulator } = emulatedHub({ rateLimits: false, ...options });
  const provider = await fixture(html`
    <hub-provider .client=${client} client-id=${clientId}>
      <hub-number-list></hub-number-list>
    </hub-provider>
  `);
  const list = provider.querySelector('hub-number-list') as HubNumberList;
  await waitUntil(() => rows(list).length > 0, 'no rows rendered', { timeout: 8000 });
  // Permissions come from the provider's own read; wait for them before checking gates.
  await waitUntil(() => list.addNumber.allowed || list.addNumber.reason !== 'unknown');
  return { list, emulator, client };
}

/**
 * A real key press (through the test runner's browser driver), so buttons activate and dialogs
 * close as they do for a user; a synthetic KeyboardEvent does neither.
 */
async function press(key: string): Promise<void> {
  const socketUrl = '/__web-dev-server__web-socket.js';
  const socket = (await import(socketUrl)) as {
    sendMessageWaitForResponse(message: object): Promise<{ executed: boolean }>;
  };
  const sessionId = new URL(location.href).searchParams.get('wtr-session-id');
  const answer = await socket.sendMessageWaitForResponse({
    type: 'wtr-command',
    sessionId,
    command: 'send-keys',
    payload: { press: key },
  });
  if (!answer.executed) throw new Error(`the test runner did not press ${key}`);
}

/** A client without numbers: the list shows its empty state. */
async function mountEmpty(clientId: string, options: EmulatedHubOptions = {}) {
  const { client, emulator } = emulatedHub({ rateLimits: false, ...options });
  emulator.state.channels = emulator.state.channels.filter((c) => c.client_id !== clientId);
  const provider = await fixture(html`
    <hub-provider .client=${client} client-id=${clientId}>
      <hub-number-list></hub-number-list>
    </hub-provider>
  `);
  const list = provider.querySelector('hub-number-list') as HubNumberList;
  await waitUntil(() => $(list, '[part=empty]'), 'no empty state', { timeout: 8000 });
  await waitUntil(() => list.addNumber.allowed || list.addNumber.reason !== 'unknown');
  await list.updateComplete;
  return list;
}

const $ = <T extends Element = HTMLElement>(el: HubNumberList, selector: string) =>
  el.shadowRoot!.querySelector<T & HTMLElement>(selector);
const rows = (el: HubNumberList) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('.body [role=row]'),
];
const row = (el: HubNumberList, id: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[data-number-id="${id}"]`);
const cellTexts = (r: HTMLElement) =>
  [...r.querySelectorAll('[role=cell]')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());

async function setSearch(el: HubNumberList, text: string) {
  const input = $<HTMLInputElement>(el, 'input[type=search]')!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

async function choose(el: HubNumberList, name: string, value: string) {
  const select = $<HTMLSelectElement>(el, `select[name=${name}]`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

async function openMenu(el: HubNumberList, id: string) {
  row(el, id)!.querySelector<HTMLButtonElement>('[part=menu-button]')!.click();
  await el.updateComplete;
  const menu = $(el, '[role=menu]')!;
  await waitUntil(() => menu.matches(':popover-open'));
  return menu;
}

async function cancelViaDialog(el: HubNumberList, id: string) {
  const menu = await openMenu(el, id);
  menu.querySelector<HTMLButtonElement>('[data-action=cancel]')!.click();
  await el.updateComplete;
  const dialog = $<HTMLDialogElement>(el, 'dialog')!;
  await waitUntil(() => dialog.open);
  expect(dialog.textContent).to.contain('end of the month');
  dialog.querySelector<HTMLButtonElement>('button[value=confirm]')!.click();
}

describe('<hub-number-list>', () => {
  it('renders one row per number with formatted phone, status, quality as text, and tier', async () => {
    const { list, client } = await mount();
    const numbers = (await client.numbers.list({ filters: { clientId: FULL_ACCESS_CLIENT } }))
      .items;
    expect(rows(list)).to.have.length(numbers.length);
    const first = numbers.find((n) => n.id === '001bNaCH')!;
    const cells = cellTexts(row(list, first.id)!);
    expect(cells[0]).to.equal(formatPhoneNumber(first.phoneNumber));
    expect(cells[1]).to.match(/^Running/);
    expect(cells[2]).to.equal(first.displayName);
    expect(
      row(list, first.id)!.querySelector('[part=quality-badge]')!.textContent!.trim(),
    ).to.match(/^(High|Medium|Low|Unknown)$/);
    const limit = messagingTierLimit(first.messagingTier);
    expect(cells[4]).to.equal(
      limit === null
        ? 'Not assigned'
        : limit === Infinity
          ? 'Unlimited'
          : `${new Intl.NumberFormat('en', { notation: 'compact' }).format(limit)} / 24 h`,
    );
    expect(list.shadowRoot!.textContent).not.to.contain('undefined');
    expect($(list, '[role=table]')!.getAttribute('aria-rowcount')).to.equal(
      String(numbers.length + 1),
    );
  });

  it('marks a display name under review', async () => {
    const { list } = await mount(UNDER_REVIEW.clientId);
    const cell = row(list, UNDER_REVIEW.id)!.querySelectorAll('[role=cell]')[2]!;
    const marker = cell.querySelector<HTMLElement>('.pending-name')!;
    expect(marker.textContent!.trim()).to.equal('Under review');
    const help = list.shadowRoot!.getElementById(marker.getAttribute('aria-describedby')!)!;
    expect(help.textContent).to.contain(
      `“${list.visibleNumbers.find((n) => n.id === UNDER_REVIEW.id)!.requestedDisplayName}”`,
    );
    marker.focus();
    expect(help.matches(':popover-open')).to.equal(true);
    const others = list.visibleNumbers.filter(
      (n) => n.id !== UNDER_REVIEW.id && !displayNameUnderReview(n),
    );
    for (const n of others) expect(row(list, n.id)!.querySelector('.pending-name')).to.equal(null);
  });

  it('searches by digits and name, filters by status and quality, and sorts by a column', async () => {
    const { list } = await mount();
    const all = list.visibleNumbers.length;
    const target = list.visibleNumbers[2]!;
    await setSearch(list, formatPhoneNumber(target.phoneNumber).slice(0, 12));
    expect(list.visibleNumbers.map((n) => n.id)).to.include(target.id);
    expect(list.visibleNumbers.length).to.be.lessThan(all);
    await setSearch(list, 'no such number zzz');
    expect($(list, '[part=empty]')!.textContent).to.contain('No numbers match');
    $<HTMLButtonElement>(list, '[part=empty] button')!.click();
    await waitUntil(() => rows(list).length === all);

    await choose(list, 'status', 'pending_deletion');
    expect(list.visibleNumbers.every((n) => n.status === 'pending_deletion')).to.equal(true);
    await choose(list, 'status', '');
    await choose(list, 'quality', 'GREEN');
    await waitUntil(() => rows(list).length === list.visibleNumbers.length);
    expect(
      rows(list).every((r) =>
        r.querySelector('[part=quality-badge]')!.textContent!.includes('High'),
      ),
    ).to.equal(true);
    await choose(list, 'quality', '');

    const sortButton = $(list, 'button[data-column=phoneNumber]')!;
    sortButton.click();
    sortButton.click();
    await list.updateComplete;
    expect(sortButton.closest('[role=columnheader]')!.getAttribute('aria-sort')).to.equal(
      'descending',
    );
    const phones = list.visibleNumbers.map((n) => n.phoneNumber);
    expect(phones).to.deep.equal([...phones].sort().reverse());
    await waitUntil(
      () => cellTexts($(list, '.body [aria-rowindex="2"]')!)[0] === formatPhoneNumber(phones[0]!),
      'first row is not the highest number',
    );
  });

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
    expect($(list, '[part=notice]')!.textContent).to.contain('will be deleted on');

    // Undo through the notice restores the number.
    $<HTMLButtonElement>(list, '[part=notice] button')!.click();
    await waitUntil(() => emulator.state.channels.find((c) => c.id === id)!.status === 'running');
    await waitUntil(() => row(list, id)?.querySelector('[data-status=running]'));
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

    const undo = [
      ...list.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=notice] button'),
    ].find((b) => b.textContent!.includes('Undo'))!;
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
    await waitUntil(() => $(list, '[part=notice][data-tone=danger]'), 'no failure notice', {
      timeout: 8000,
    });
    expect($(list, '[part=notice]')!.textContent).to.contain('it is unchanged');
    await waitUntil(() => row(list, id)?.querySelector('[data-status=running]'));
    expect(emulator.state.channels.find((c) => c.id === id)!.status).to.equal('running');
  });

  it('gates Signals and Activate Inbox by plan and payment type', async () => {
    const partner = await mount(FULL_ACCESS_CLIENT);
    for (const n of partner.list.visibleNumbers) {
      const hasSignals = row(partner.list, n.id)!.querySelector('[part=signals-button]') !== null;
      expect(hasSignals, `${n.id} ${n.plan}`).to.equal(
        n.plan === 'regular' || n.plan === 'premium',
      );
    }
    const menu = await openMenu(partner.list, partner.list.visibleNumbers[0]!.id);
    expect(menu.querySelector('[data-action=activate-inbox]')).to.equal(null);

    const direct = await mount(DIRECT_CLIENT, DIRECT);
    expect(rows(direct.list).every((r) => r.querySelector('[part=signals-button]'))).to.equal(true);
    const first = direct.list.visibleNumbers.find((n) => n.status !== 'pending_deletion')!;
    const directMenu = await openMenu(direct.list, first.id);
    const inbox = oneEvent(direct.list, 'hub-activate-inbox');
    directMenu.querySelector<HTMLButtonElement>('[data-action=activate-inbox]')!.click();
    expect((await inbox).detail.numberId).to.equal(first.id);
  });

  it('hides adding and disables cancelling without permission, with the reason', async () => {
    const { list } = await mount(READ_ONLY_CLIENT, READ_ONLY);
    expect($(list, '[part=add-button]')).to.equal(null);
    expect(list.addNumber).to.deep.equal({ allowed: false, reason: 'permission' });
    expect($(list, '.add-note')!.textContent).to.contain('does not include this action');
    const menu = await openMenu(list, list.visibleNumbers[0]!.id);
    const item = menu.querySelector<HTMLElement>('[data-action=cancel], [data-action=revoke]')!;
    expect(item.getAttribute('aria-disabled')).to.equal('true');
    // Disabled items stay focusable and arrow-navigable, with the reason as their description.
    const items = [...menu.querySelectorAll<HTMLElement>('[role=menuitem]')];
    expect(items.length).to.be.greaterThan(1);
    expect(list.shadowRoot!.activeElement).to.equal(items[0]);
    menu.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    expect(list.shadowRoot!.activeElement).to.equal(item);
    const reason = list.shadowRoot!.getElementById(item.getAttribute('aria-describedby')!)!;
    expect(reason.textContent).to.contain('does not include this action');
    expect($(list, `#${item.getAttribute('aria-labelledby')!}`)!.textContent).not.to.contain(
      'does not include',
    );
    item.click();
    await list.updateComplete;
    expect($(list, 'dialog')).to.equal(null);
  });

  it('disables Activate Inbox without waba:write and keeps Signals with numbers:read', async () => {
    // The read-only client pays directly, so its plan includes both.
    const { list } = await mount(READ_ONLY_CLIENT, READ_ONLY);
    const first = list.visibleNumbers[0]!;
    // The plan comes with the client's account, which may arrive after the permissions.
    await waitUntil(
      () => row(list, first.id)!.querySelector('[part=signals-button]'),
      'no Signals',
    );
    const signals = row(list, first.id)!.querySelector<HTMLButtonElement>('[part=signals-button]')!;
    expect(signals.getAttribute('aria-disabled')).to.equal('false');
    const menu = await openMenu(list, first.id);
    const inbox = menu.querySelector<HTMLElement>('[data-action=activate-inbox]')!;
    expect(inbox.getAttribute('aria-disabled')).to.equal('true');
    expect(inbox.textContent).to.contain('does not include this action');
    let fired = false;
    list.addEventListener('hub-activate-inbox', () => (fired = true));
    inbox.click();
    expect(fired).to.equal(false);
  });

  it('disables Signals with the reason when the session cannot read numbers', async () => {
    const { list } = await mount(DIRECT_CLIENT, DIRECT);
    const provider = list.closest('hub-provider') as HTMLElement & { permissions: unknown };
    provider.permissions = ['clients:read'];
    const signals = () => rows(list)[0]!.querySelector<HTMLButtonElement>('[part=signals-button]')!;
    await waitUntil(() => signals().getAttribute('aria-disabled') === 'true', 'not disabled');
    expect(signals().getAttribute('aria-describedby')).to.equal('gate-permission');
    expect($(list, '#gate-permission')!.textContent).to.contain('does not include this action');
    let fired = false;
    list.addEventListener('hub-number-signals', () => (fired = true));
    signals().click();
    await list.updateComplete;
    expect(fired).to.equal(false);
    expect($(list, '[part=notice]')!.textContent).to.contain('Signals is not available');
  });

  it('offers Add number in the empty state, or says why not; both accessible', async () => {
    const full = await mountEmpty(FULL_ACCESS_CLIENT);
    expect($(full, '[part=empty]')!.textContent).to.contain('No phone numbers yet');
    expect($(full, '[part=empty] [part=add-button]')).not.to.equal(null);
    await expect(full).to.be.accessible();

    const readOnly = await mountEmpty(READ_ONLY_CLIENT, READ_ONLY);
    expect($(readOnly, '[part=empty] [part=add-button]')).to.equal(null);
    expect($(readOnly, '[part=empty] .add-note')!.textContent).to.contain(
      'does not include this action',
    );
    await expect(readOnly).to.be.accessible();
  });

  it('emits manage, add and import events for the portal', async () => {
    const { list } = await mount();
    const manage = oneEvent(list, 'hub-number-manage');
    rows(list)[0]!.querySelector<HTMLButtonElement>('[part=manage-button]')!.click();
    expect((await manage).detail.numberId).to.be.a('string');
    const add = oneEvent(list, 'hub-add-number');
    $<HTMLButtonElement>(list, '[part=add-button]')!.click();
    expect((await add).detail).to.deep.equal({ clientId: FULL_ACCESS_CLIENT });
    const imp = oneEvent(list, 'hub-import-number');
    $<HTMLButtonElement>(list, '[part=import-button]')!.click();
    expect((await imp).detail.clientId).to.equal(FULL_ACCESS_CLIENT);
  });

  it('opens the details in place with manage="inline" and returns focus on Back', async () => {
    const { list } = await mount();
    list.manage = 'inline';
    const id = list.visibleNumbers[0]!.id;
    row(list, id)!.querySelector<HTMLButtonElement>('[part=manage-button]')!.click();
    await list.updateComplete;
    const details = $(list, 'hub-number-details')!;
    expect(details.getAttribute('number-id')).to.equal(id);
    const back = $<HTMLButtonElement>(list, 'button.back')!;
    await waitUntil(() => list.shadowRoot!.activeElement === back, 'focus not on Back');
    back.click();
    await waitUntil(() => row(list, id));
    await waitUntil(
      () => list.shadowRoot!.activeElement === row(list, id)!.querySelector('[part=manage-button]'),
    );
  });

  it('moves through the menu with arrow keys and returns focus when it closes', async () => {
    const { list } = await mount(DIRECT_CLIENT, DIRECT);
    const id = list.visibleNumbers.find((n) => n.status !== 'pending_deletion')!.id;
    const trigger = row(list, id)!.querySelector<HTMLButtonElement>('[part=menu-button]')!;
    const menu = await openMenu(list, id);
    expect(trigger.getAttribute('aria-expanded')).to.equal('true');
    const items = [...menu.querySelectorAll<HTMLElement>('[role=menuitem]')];
    expect(list.shadowRoot!.activeElement).to.equal(items[0]);
    const key = (k: string) =>
      menu.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
    key('ArrowDown');
    expect(list.shadowRoot!.activeElement).to.equal(items[1]);
    key('ArrowDown');
    expect(list.shadowRoot!.activeElement).to.equal(items[0]);
    key('End');
    expect(list.shadowRoot!.activeElement).to.equal(items.at(-1));
    // Escape: the keydown reaches the menu, then the browser closes the popover.
    key('Escape');
    menu.hidePopover();
    await waitUntil(() => list.shadowRoot!.activeElement === trigger, 'focus not returned');
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
  });

  it('sorts from the keyboard', async () => {
    const { list } = await mount();
    const button = $<HTMLButtonElement>(list, 'button[data-column=displayName]')!;
    const header = button.closest('[role=columnheader]')!;
    button.focus();
    await press('Enter');
    await list.updateComplete;
    expect(header.getAttribute('aria-sort')).to.equal('ascending');
    const names = list.visibleNumbers.map((n) => n.displayName);
    expect(names[0]! <= names.at(-1)!).to.equal(true);
    await press('Space');
    await list.updateComplete;
    expect(header.getAttribute('aria-sort')).to.equal('descending');
    expect(list.visibleNumbers[0]!.displayName).to.equal(names.at(-1));
    expect(list.shadowRoot!.activeElement).to.equal(button);
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

  it('shows the numbers it can read and says how many it cannot, without failing', async () => {
    const { client, emulator } = emulatedHub({ rateLimits: false });
    const model = emulator.state.channels.find((c) => c.client_id === FULL_ACCESS_CLIENT)!;
    // A number the Hub sends without its required `setup_info`, and one in a status it added later.
    const broken = { ...model, id: '999bNaCH' } as Partial<ChannelRecord>;
    delete broken.setup_info;
    emulator.state.channels.push(broken as ChannelRecord);
    model.status = 'awaiting_review';
    model.current_quality_rating = 'PURPLE';
    const valid = emulator.state.channels.filter(
      (c) => c.client_id === FULL_ACCESS_CLIENT && c.setup_info,
    );
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const provider = await fixture(html`
        <hub-provider .client=${client} client-id=${FULL_ACCESS_CLIENT}>
          <hub-number-list></hub-number-list>
        </hub-provider>
      `);
      const list = provider.querySelector('hub-number-list') as HubNumberList;
      await waitUntil(() => rows(list).length > 0, 'no rows rendered', { timeout: 8000 });
      await list.updateComplete;
      expect(list.visibleNumbers).to.have.length(valid.length);
      expect($(list, '[part=error]')).to.equal(null);
      expect($(list, '[part=skipped]')!.textContent).to.contain('1 number could not be shown');
      expect($(list, '[part=skipped]')!.getAttribute('role')).to.equal(null);

      const badge = row(list, model.id)!.querySelector<HTMLElement>('[part=status-badge]')!;
      expect(badge.textContent!.trim()).to.equal('Unknown (awaiting_review)');
      expect(badge.dataset['status']).to.equal('awaiting_review');
      const quality = row(list, model.id)!.querySelector<HTMLElement>('[part=quality-badge]')!;
      expect(quality.textContent!.trim()).to.equal('Unknown (PURPLE)');
      const tip = list.shadowRoot!.getElementById(badge.getAttribute('aria-describedby')!)!;
      expect(tip.textContent).to.contain('does not know yet');

      // Once per load, with which item and why, however often the list renders.
      list.search = 'x';
      await list.updateComplete;
      list.search = '';
      await list.updateComplete;
      const skipped = warnings.filter((args) => String(args[0]).includes('<hub-number-list>'));
      expect(skipped).to.have.length(1);
      const [item] = skipped[0]![1] as { index: number; id: string; issues: string[] }[];
      expect(item!.id).to.equal('999bNaCH');
      expect(item!.issues.join(' ')).to.contain('setup_info');
      await expect(list).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('shows a retryable error when the numbers cannot load', async () => {
    const { client } = emulatedHub({
      faults: [{ route: /\/channels/, errorRate: 1, errorStatus: 503, times: 3 }],
    });
    const provider = await fixture(
      html`<hub-provider .client=${client} client-id=${FULL_ACCESS_CLIENT}
        ><hub-number-list></hub-number-list
      ></hub-provider>`,
    );
    const list = provider.querySelector('hub-number-list')!;
    await waitUntil(() => $(list, '[part=error]'), 'no error state', { timeout: 8000 });
    await expect(list).to.be.accessible();
    $<HTMLButtonElement>(list, '[part=error] button')!.click();
    await waitUntil(() => rows(list).length > 0, 'retry did not recover', { timeout: 8000 });
  });

  it('keeps the DOM bounded with 10,000 numbers', async () => {
    const { list } = await mount(FULL_ACCESS_CLIENT, { numbers: 70_000 });
    expect(list.visibleNumbers).to.have.length(10_000);
    expect($(list, '[role=table]')!.getAttribute('aria-rowcount')).to.equal('10001');
    expect(rows(list).length).to.be.within(1, 40);
    const second = $(list, '.body [aria-rowindex="3"]')!;
    expect(second.offsetTop).to.equal($(list, '.body [aria-rowindex="2"]')!.offsetHeight);

    // Scrolling to the end brings the last numbers in, still with a bounded row count.
    const table = $(list, '[role=table]')!;
    table.scrollTop = table.scrollHeight;
    await waitUntil(() => $(list, '.body [aria-rowindex="10001"]'), 'last row not rendered', {
      timeout: 5000,
    });
    expect(rows(list).length).to.be.within(1, 40);
    const start = performance.now();
    await setSearch(list, 'Support');
    expect(performance.now() - start).to.be.lessThan(200);
    await waitUntil(() => rows(list).length > 0, 'no rows after search');
    expect(rows(list).length).to.be.within(1, 40);
  });

  it('shows a status explanation on focus, tap and hover, and hides it on Escape', async () => {
    const { list } = await mount();
    const badge = rows(list)[0]!.querySelector<HTMLButtonElement>('[part=status-badge]')!;
    const tip = list.shadowRoot!.getElementById(badge.getAttribute('aria-describedby')!)!;
    expect(tip.getAttribute('role')).to.equal('tooltip');
    expect(tip.textContent!.trim().length).to.be.greaterThan(10);
    expect(tip.matches(':popover-open')).to.equal(false);
    badge.focus();
    expect(tip.matches(':popover-open')).to.equal(true);
    expect(tip.getBoundingClientRect().top).to.be.greaterThan(badge.getBoundingClientRect().top);
    badge.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(tip.matches(':popover-open')).to.equal(false);
    badge.click();
    expect(tip.matches(':popover-open')).to.equal(true);
    badge.blur();
    expect(tip.matches(':popover-open')).to.equal(false);
    badge.dispatchEvent(new MouseEvent('mouseenter'));
    expect(tip.matches(':popover-open')).to.equal(true);
    badge.dispatchEvent(new MouseEvent('mouseleave'));
    expect(tip.matches(':popover-open')).to.equal(false);
  });

  it('renders and searches without requestIdleCallback (Safari)', async () => {
    const idle = window.requestIdleCallback;
    Reflect.deleteProperty(window, 'requestIdleCallback');
    try {
      const { list } = await mount();
      const target = list.visibleNumbers[1]!;
      await setSearch(list, target.displayName);
      expect(list.visibleNumbers.map((n) => n.id)).to.include(target.id);
    } finally {
      window.requestIdleCallback = idle;
    }
  });

  it('is accessible', async () => {
    const { list } = await mount();
    await expect(list).to.be.accessible();
  });
});
