import { expect, html, waitUntil } from '@open-wc/testing';
import '../define/hub-provider.js';
import '../define/hub-number-list.js';
import type { HubNumberList } from './number-list.js';
import {
  FULL_ACCESS_CLIENT,
  emulatedHub,
  type EmulatedHubOptions,
} from '../test-support/emulated-hub.js';
import { $, $$, mountInProvider, press } from '../test-support/dom.js';
import { PHONE_WIDTH, sidewaysOverflow, untappable } from '../test-support/narrow.js';
// A direct-payment client: every row has Signals, and the menu Activate Inbox.
import { DIRECT, DIRECT_CLIENT, rows } from '../test-support/number-list.js';

/**
 * Mounts the list in a page `width` px wide with the demo portal's 16 px margins (the container
 * query follows the element's width, so this is a phone's layout whatever the test window is).
 */
async function mountAt(
  width: number,
  clientId = FULL_ACCESS_CLIENT,
  options: EmulatedHubOptions = {},
) {
  const { client } = emulatedHub({ rateLimits: false, ...options });
  const list = await mountInProvider<HubNumberList>(
    client,
    clientId,
    'hub-number-list',
    html`<hub-number-list></hub-number-list>`,
  );
  const page = list.closest('hub-provider')!.parentElement!;
  setWidth(page, width);
  await waitUntil(() => rows(list).length > 0, 'no rows rendered', { timeout: 8000 });
  await waitUntil(() => !$(list, '[part=loading-more]'), 'the list never completed', {
    timeout: 8000,
  });
  await waitUntil(() => list.addNumber.allowed || list.addNumber.reason !== 'unknown');
  await list.updateComplete;
  return { list, page };
}

function setWidth(page: HTMLElement, width: number) {
  page.style.boxSizing = 'border-box';
  page.style.inlineSize = `${width}px`;
  page.style.paddingInline = '16px';
}

const size = (e: Element) => e.getBoundingClientRect();

/** Nothing scrolls sideways, and no control pokes out of the element (to be clipped by the page). */
function expectNoSidewaysScroll(list: HubNumberList) {
  expect(sidewaysOverflow(list)).to.deep.equal([]);
  for (const part of $$(list, '.toolbar, .head, .body, [role=row]')) {
    expect(part.scrollWidth, part.className).to.be.at.most(part.clientWidth);
  }
  const host = size(list);
  for (const control of $$(list, 'button, input, select')) {
    const box = size(control);
    if (box.width === 0) continue; // visually hidden
    expect(box.left, control.outerHTML.slice(0, 80)).to.be.at.least(host.left - 0.5);
    expect(box.right, control.outerHTML.slice(0, 80)).to.be.at.most(host.right + 0.5);
  }
}

describe('<hub-number-list> in a narrow container', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('stacks rows into cards at a 375 px page, with nothing scrolling sideways', async () => {
    const { list } = await mountAt(375, DIRECT_CLIENT, DIRECT);
    expect(list.clientWidth).to.equal(PHONE_WIDTH);
    expectNoSidewaysScroll(list);
    const [first, second] = rows(list);
    // One card per number, each taller than a table row, laid out one under the other.
    expect(first!.offsetHeight).to.be.greaterThan(120);
    expect(second!.offsetTop).to.equal(first!.offsetHeight);
    // Still a table to screen readers: the same roles, six cells a row, the header's sort buttons.
    expect($(list, '[role=table]')!.getAttribute('aria-rowcount')).to.equal(
      String(list.visibleNumbers.length + 1),
    );
    expect(first!.querySelectorAll('[role=cell]')).to.have.length(6);
    expect($$(list, '[role=columnheader]')).to.have.length(6);
    await expect(list).to.be.accessible();
  });

  it('keeps every control of a card visible, touch-sized and reachable by a tap', async () => {
    const { list } = await mountAt(375, DIRECT_CLIENT, DIRECT);
    for (const row of rows(list).slice(0, 3)) {
      const actions = [
        ...row.querySelectorAll<HTMLElement>(
          '[part=manage-button], [part=signals-button], [part=menu-button]',
        ),
      ];
      expect(actions.map((a) => a.getAttribute('part'))).to.deep.equal([
        'manage-button',
        'signals-button',
        'menu-button',
      ]);
      for (const action of actions) {
        expect(size(action).height, action.getAttribute('part')!).to.be.at.least(44);
        expect(size(action).width, action.getAttribute('part')!).to.be.at.least(44);
        expect(untappable(action)).to.equal(undefined);
      }
      expect(untappable(row.querySelector('[part=status-badge]')!)).to.equal(undefined);
    }
    const toolbar = $$(list, '[part=search], select, [part=add-button], [part=import-button]');
    const sorts = $$(list, 'button.sort');
    expect(sorts).to.have.length(5);
    for (const control of [...toolbar, ...sorts]) {
      expect(size(control).height, control.outerHTML.slice(0, 60)).to.be.at.least(44);
      expect(untappable(control)).to.equal(undefined);
    }
  });

  it('sorts from the sort buttons of the narrow header', async () => {
    const { list } = await mountAt(375);
    const button = $<HTMLButtonElement>(list, 'button[data-column=displayName]')!;
    button.click();
    await list.updateComplete;
    expect(button.closest('[role=columnheader]')!.getAttribute('aria-sort')).to.equal('ascending');
    expect(list.visibleNumbers[0]!.displayName).to.equal('Bella Napoli Ristoranti');
  });

  it('reaches Manage and the actions menu from the keyboard, and the menu fits the screen', async () => {
    const { list } = await mountAt(375, DIRECT_CLIENT, DIRECT);
    const first = rows(list)[0]!;
    const manage = first.querySelector<HTMLButtonElement>('[part=manage-button]')!;
    const more = first.querySelector<HTMLButtonElement>('[part=menu-button]')!;
    $<HTMLInputElement>(list, '[part=search]')!.focus();
    const tabTo = async (target: HTMLElement) => {
      for (let i = 0; i < 20 && list.shadowRoot!.activeElement !== target; i++) await press('Tab');
      expect(list.shadowRoot!.activeElement).to.equal(target);
    };
    await tabTo(manage);
    await tabTo(more);
    await press('Enter');
    const menu = $(list, '[role=menu]')!;
    await waitUntil(() => menu.matches(':popover-open'), 'menu not open');
    const box = size(menu);
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(document.documentElement.clientWidth);
    for (const item of menu.querySelectorAll('[role=menuitem]')) {
      expect(size(item).height).to.be.at.least(44);
    }
    await press('Escape');
    await waitUntil(() => list.shadowRoot!.activeElement === more, 'focus not returned');
  });

  it('keeps the table of the wide layout at 1280 px', async () => {
    const { list, page } = await mountAt(1280);
    const [first, second] = rows(list);
    // 3.25rem rows, the six cells side by side, the header sticky above them.
    expect(first!.offsetHeight).to.equal(52);
    expect(second!.offsetTop).to.equal(52);
    const middle = (e: Element) => size(e).top + size(e).height / 2;
    for (const cell of first!.querySelectorAll('[role=cell]')) {
      expect(middle(cell)).to.be.closeTo(middle(first!), 1);
    }
    expect(getComputedStyle($(list, '.head')!).position).to.equal('sticky');
    expect(getComputedStyle(first!.querySelector('.labelled')!, '::before').display).to.equal(
      'none',
    );
    expect(page.scrollWidth).to.be.at.most(page.clientWidth);
  });

  it('keeps the actions in view where the table scrolls sideways (a 760 px page)', async () => {
    const { list } = await mountAt(760, DIRECT_CLIENT, DIRECT);
    const table = $(list, '[role=table]')!;
    expect(table.scrollWidth).to.be.greaterThan(table.clientWidth);
    expect(table.scrollLeft).to.equal(0);
    for (const part of ['manage-button', 'signals-button', 'menu-button']) {
      const action = rows(list)[0]!.querySelector<HTMLElement>(`[part=${part}]`)!;
      const box = size(action);
      expect(box.right, part).to.be.at.most(size(table).right);
      const hit = list.shadowRoot!.elementFromPoint(
        box.left + box.width / 2,
        box.top + box.height / 2,
      );
      expect(hit && action.contains(hit), part).to.equal(true);
    }
  });

  it('follows the card height when the element narrows, so scrolled-to rows are rendered', async () => {
    const { list, page } = await mountAt(1280, FULL_ACCESS_CLIENT, { numbers: 70_000 });
    expect(list.visibleNumbers).to.have.length(10_000);
    setWidth(page, 375);
    await waitUntil(() => rows(list)[0]!.offsetHeight > 120, 'rows did not become cards');
    const cardHeight = rows(list)[0]!.offsetHeight;
    // Without a height set by the portal, the page scrolls: jump to the middle of the list.
    const body = $(list, '.body')!;
    const middle = 5_000;
    window.scrollTo(0, body.getBoundingClientRect().top + scrollY + middle * cardHeight);
    await waitUntil(
      () => $(list, `.body [aria-rowindex="${middle + 2}"]`),
      `row ${middle + 1} not rendered`,
      { timeout: 5000 },
    );
    expect(rows(list).length).to.be.within(1, 40);
    // What is in view is a row, not an empty stretch of the body.
    const hit = list.shadowRoot!.elementFromPoint(size(body).left + 20, innerHeight / 2);
    expect(hit?.closest('[role=row]'), 'nothing rendered in view').not.to.equal(null);
  });
});
