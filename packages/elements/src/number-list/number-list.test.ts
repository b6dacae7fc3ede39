import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createHubClient } from '@hub/core';
import { DEMO_API_KEY, DEMO_PARTNER_ID, type ChannelRecord } from '@hub/emulator';
import '../define/hub-provider.js';
import '../define/hub-number-list.js';
import '../define/hub-number-details.js';
import type { HubNumberList } from './number-list.js';
import {
  EMULATOR_BASE_URL,
  FULL_ACCESS_CLIENT,
  READ_ONLY_CLIENT,
  emulatedHub,
} from '../test-support/emulated-hub.js';
import { $, mountInProvider, press, textOf, typeInto } from '../test-support/dom.js';
import {
  DIRECT,
  DIRECT_CLIENT,
  OWN_NUMBERS,
  READ_ONLY,
  UNDER_REVIEW,
  cellTexts,
  choose,
  ids,
  mount,
  mountEmpty,
  openMenu,
  row,
  rows,
} from '../test-support/number-list.js';

describe('<hub-number-list>', () => {
  it('renders one row per number with formatted phone, status, quality as text, and tier', async () => {
    const { list } = await mount();
    expect(rows(list).map((r) => r.dataset['numberId'])).to.deep.equal(OWN_NUMBERS);
    const cells = cellTexts(row(list, '001bNaCH')!);
    expect(cells[0]).to.equal('+39 347 148 6446');
    expect(cells[1]).to.match(/^Running/);
    expect(cells[2]).to.equal('Bella Napoli Ristoranti');
    expect(cells[3]).to.equal('High');
    expect(cells[4]).to.equal('1K / 24 h');
    expect(cellTexts(row(list, '00mbNaCH')!)[4]).to.equal('Unlimited');
    expect(cellTexts(row(list, '008bNaCH')!)[4]).to.equal('Not assigned');
    expect(textOf(list)).not.to.contain('undefined');
    expect($(list, '[role=table]')!.getAttribute('aria-rowcount')).to.equal('5');
  });
  it('marks a display name under review', async () => {
    const { list } = await mount(UNDER_REVIEW.clientId);
    const cell = row(list, UNDER_REVIEW.id)!.querySelectorAll('[role=cell]')[2]!;
    const marker = cell.querySelector<HTMLElement>('.pending-name')!;
    expect(marker.textContent!.trim()).to.equal('Under review');
    const help = list.shadowRoot!.getElementById(marker.getAttribute('aria-describedby')!)!;
    expect(help.textContent).to.contain('“Kite & Co. Outdoor Official”');
    marker.focus();
    expect(help.matches(':popover-open')).to.equal(true);
    for (const id of ['00jkTeCH', '00ckTeCH']) {
      expect(row(list, id)!.querySelector('.pending-name')).to.equal(null);
    }
  });
  it('searches by digits and name, filters by status and quality, and sorts by a column', async () => {
    const { list } = await mount();
    await typeInto(list, 'input[type=search]', '+39 347 646');
    expect(ids(list)).to.deep.equal(['00fbNaCH']);
    await typeInto(list, 'input[type=search]', '3476461983');
    expect(ids(list)).to.deep.equal(['00fbNaCH']);
    await typeInto(list, 'input[type=search]', 'concierge');
    expect(ids(list)).to.deep.equal(['00fbNaCH']);
    await typeInto(list, 'input[type=search]', 'no such number zzz');
    expect($(list, '[part=empty]')!.textContent).to.contain('No numbers match');
    $<HTMLButtonElement>(list, '[part=empty] button')!.click();
    await waitUntil(() => rows(list).length === 4);

    await choose(list, 'status', 'live');
    expect(ids(list)).to.deep.equal(['00mbNaCH']);
    await choose(list, 'status', '');
    await choose(list, 'quality', 'GREEN');
    await waitUntil(() => rows(list).length === 2);
    expect(ids(list)).to.deep.equal(['001bNaCH', '00mbNaCH']);
    await choose(list, 'quality', '');

    const sortButton = $(list, 'button[data-column=phoneNumber]')!;
    sortButton.click();
    sortButton.click();
    await list.updateComplete;
    expect(sortButton.closest('[role=columnheader]')!.getAttribute('aria-sort')).to.equal(
      'descending',
    );
    expect(ids(list)).to.deep.equal([...OWN_NUMBERS].reverse());
    await waitUntil(
      () => cellTexts($(list, '.body [aria-rowindex="2"]')!)[0] === '+39 347 717 5984',
      'first row is not the highest number',
    );
  });
  it('gates Signals and Activate Inbox by plan and payment type', async () => {
    const partner = await mount(FULL_ACCESS_CLIENT);
    // Regular, Premium, Basic and Regular plans: Signals on all but the Basic one.
    const withSignals = rows(partner.list)
      .filter((r) => r.querySelector('[part=signals-button]'))
      .map((r) => r.dataset['numberId']);
    expect(withSignals).to.deep.equal(['001bNaCH', '008bNaCH', '00mbNaCH']);
    const menu = await openMenu(partner.list, partner.list.visibleNumbers[0]!.id);
    expect(menu.querySelector('[data-action=activate-inbox]')).to.equal(null);

    const direct = await mount(DIRECT_CLIENT, DIRECT);
    expect(rows(direct.list).every((r) => r.querySelector('[part=signals-button]'))).to.equal(true);
    const first = direct.list.visibleNumbers.find((n) => n.status !== 'pending_deletion')!;
    const directMenu = await openMenu(direct.list, first.id);
    const inbox = oneEvent(direct.list, 'hub-inbox-activate');
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
  it('disables Activate Inbox without waba:write and Signals without numbers:signals', async () => {
    // The read-only client pays directly, so its plan includes both.
    const { list } = await mount(READ_ONLY_CLIENT, READ_ONLY);
    const first = list.visibleNumbers[0]!;
    // The plan comes with the client's account, which may arrive after the permissions.
    await waitUntil(
      () => row(list, first.id)!.querySelector('[part=signals-button]'),
      'no Signals',
    );
    const signals = row(list, first.id)!.querySelector<HTMLButtonElement>('[part=signals-button]')!;
    expect(signals.getAttribute('aria-disabled')).to.equal('true');
    const menu = await openMenu(list, first.id);
    const inbox = menu.querySelector<HTMLElement>('[data-action=activate-inbox]')!;
    expect(inbox.getAttribute('aria-disabled')).to.equal('true');
    expect(inbox.textContent).to.contain('does not include this action');
    let fired = false;
    list.addEventListener('hub-inbox-activate', () => (fired = true));
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
    list.addEventListener('hub-signals-manage', () => (fired = true));
    signals().click();
    await list.updateComplete;
    expect(fired).to.equal(false);
    expect($(list, '[part=confirmation] p')!.textContent).to.equal(
      'Signals cannot be changed: your access to this client does not include turning it on or off.',
    );
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
    const add = oneEvent(list, 'hub-number-add');
    $<HTMLButtonElement>(list, '[part=add-button]')!.click();
    expect((await add).detail).to.deep.equal({ clientId: FULL_ACCESS_CLIENT });
    const imp = oneEvent(list, 'hub-number-import');
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
    expect(list.visibleNumbers.map((n) => n.displayName)).to.deep.equal([
      'Bella Napoli Ristoranti',
      'Bella Napoli Ristoranti Concierge',
      'Bella Napoli Ristoranti Sales',
      'Bella Napoli Ristoranti Team',
    ]);
    await press('Space');
    await list.updateComplete;
    expect(header.getAttribute('aria-sort')).to.equal('descending');
    expect(list.visibleNumbers[0]!.displayName).to.equal('Bella Napoli Ristoranti Team');
    expect(list.shadowRoot!.activeElement).to.equal(button);
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
      const list = await mountInProvider<HubNumberList>(
        client,
        FULL_ACCESS_CLIENT,
        'hub-number-list',
        html`<hub-number-list></hub-number-list>`,
      );
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
    const list = await mountInProvider<HubNumberList>(
      client,
      FULL_ACCESS_CLIENT,
      'hub-number-list',
      html`<hub-number-list></hub-number-list>`,
    );
    await waitUntil(() => $(list, '[part=error]'), 'no error state', { timeout: 8000 });
    await expect(list).to.be.accessible();
    $<HTMLButtonElement>(list, '[part=error] button')!.click();
    await waitUntil(() => rows(list).length > 0, 'retry did not recover', { timeout: 8000 });
  });
  it('shows its skeleton only for a first load that takes a while', async () => {
    // The numbers are answered when the test says so.
    const mount = () => {
      const { emulator } = emulatedHub();
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      const fetch: typeof emulator.fetch = async (input, init) => {
        if (String(input instanceof Request ? input.url : input).includes('/channels')) {
          await released;
        }
        return emulator.fetch(input, init);
      };
      const provider = document.createElement('hub-provider');
      provider.client = createHubClient({
        partnerId: DEMO_PARTNER_ID,
        baseUrl: EMULATOR_BASE_URL,
        auth: { apiKey: DEMO_API_KEY },
        fetch,
      });
      provider.clientId = FULL_ACCESS_CLIENT;
      const list = document.createElement('hub-number-list');
      provider.append(list);
      let skeleton = false;
      const watch = new MutationObserver(() => (skeleton ||= !!$(list, '[part=loading]')));
      document.body.append(provider);
      watch.observe(list.shadowRoot!, { childList: true, subtree: true });
      const loaded = async () => {
        await waitUntil(() => rows(list).length > 0, 'the list never loaded', { timeout: 8000 });
        watch.disconnect();
        provider.remove();
        return skeleton;
      };
      return { list, release, loaded };
    };
    // Answered at once: the rows appear with no skeleton before them.
    const fast = mount();
    fast.release();
    expect(await fast.loaded()).to.equal(false);
    // Answered only once the skeleton shows.
    const slow = mount();
    await waitUntil(() => $(slow.list, '[part=loading]'), 'no skeleton for a slow load');
    expect($(slow.list, '[part=loading]')!.getAttribute('role')).to.equal('status');
    slow.release();
    expect(await slow.loaded()).to.equal(true);
  });

  it('shows the first page of a long list at once and says how much more is coming', async () => {
    // 9,800 seeded numbers give the client 1,400: a first page of 100, then pages of 1,000, each
    // answered after 300 ms.
    const { client } = emulatedHub({
      rateLimits: false,
      numbers: 9_800,
      faults: [{ route: /\/channels/, latencyMs: 300 }],
    });
    const list = await mountInProvider<HubNumberList>(
      client,
      FULL_ACCESS_CLIENT,
      'hub-number-list',
      html`<hub-number-list></hub-number-list>`,
    );
    await waitUntil(() => $(list, '[part=loading-more]'), 'no first page', { interval: 5 });
    expect(textOf($(list, '[part=loading-more]')!)).to.equal(
      'Loading more numbers… 100 of 1,400 so far.',
    );
    expect($(list, '[part=loading-more]')!.getAttribute('role')).to.equal('status');
    expect(rows(list).length).to.be.greaterThan(0);
    await waitUntil(() => !$(list, '[part=loading-more]'), 'never complete', { timeout: 8000 });
    expect(list.visibleNumbers).to.have.length(1_400);
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
    await typeInto(list, 'input[type=search]', 'Support');
    await waitUntil(() => rows(list).length > 0, 'no rows after search');
    expect(rows(list).length).to.be.within(1, 40);
  });
  it('adds rows just beyond the view once the first ones are shown, for the keyboard and fast scrolls', async () => {
    const { list } = await mount(FULL_ACCESS_CLIENT, { numbers: 70_000 });
    const table = $(list, '[role=table]')!;
    const below = () =>
      rows(list).filter(
        (r) => r.getBoundingClientRect().top >= table.getBoundingClientRect().bottom,
      );
    await waitUntil(() => below().length > 0, 'no rows beyond the view');
    expect($(list, '.body [aria-rowindex="2"]')).not.to.equal(null);
  });
  it('leaves the task after its first paint free: the flows and the rows beyond the view come when idle', async () => {
    const { client } = emulatedHub({ rateLimits: false, numbers: 2_000 });
    // The answer is there before the list, as on a portal's second page: the first render shows rows.
    await client.numbers.all(FULL_ACCESS_CLIENT);
    const list = await mountInProvider<HubNumberList>(
      client,
      FULL_ACCESS_CLIENT,
      'hub-number-list',
      html`<hub-number-list></hub-number-list>`,
    );
    await list.updateComplete;
    const inView = rows(list).length;
    expect(inView).to.be.greaterThan(0);
    // A task queued from the next frame callback runs right after that frame's paint.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    // Booleans and counts: chai would spend minutes describing an element that failed the test.
    expect(!!$(list, 'hub-add-number'), 'flows built right after the paint').to.equal(false);
    expect(rows(list).length, 'rows added right after the paint').to.equal(inView);
    await waitUntil(
      () => $(list, 'hub-add-number') && rows(list).length > inView,
      'no flows or rows beyond the view once idle',
    );
  });
  it('builds the add and import flows after the first frame, ready for the toolbar', async () => {
    const { list } = await mount();
    await waitUntil(() => $(list, 'hub-add-number') && $(list, 'hub-import-number'), 'no flows');
    $<HTMLButtonElement>(list, '[part=import-button]')!.click();
    const flow = $(list, 'hub-import-number')!;
    await waitUntil(() => $(flow, '[part=panel]'), 'import flow not opened');
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
      await typeInto(list, 'input[type=search]', 'Bella Napoli Ristoranti Team');
      expect(ids(list)).to.deep.equal(['008bNaCH']);
    } finally {
      window.requestIdleCallback = idle;
    }
  });
  it('is accessible', async () => {
    const { list } = await mount();
    await expect(list).to.be.accessible();
  });
});
