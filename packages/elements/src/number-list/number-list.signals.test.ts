import { expect, waitUntil } from '@open-wc/testing';
import type { HubNumberList } from './number-list.js';
import { FULL_ACCESS_CLIENT, READ_ONLY_CAPABILITIES } from '../test-support/emulated-hub.js';
import { $, textOf } from '../test-support/dom.js';
import { DIRECT, DIRECT_CLIENT, mount, openMenu, row } from '../test-support/number-list.js';

const REGULAR_PLAN = '001bNaCH';

async function openSignals(list: HubNumberList, id: string) {
  row(list, id)!.querySelector<HTMLButtonElement>('[part=signals-button]')!.click();
  await list.updateComplete;
}

const radio = (list: HubNumberList, value: 'on' | 'off') =>
  $<HTMLInputElement>(list, `dialog input[value=${value}]`)!;
const send = (list: HubNumberList) =>
  $<HTMLButtonElement>(list, 'dialog button[type=submit]')!.click();

describe('<hub-number-list> Signals', () => {
  it('sends exactly enable_ctwa for "Turn Signals on" and confirms what was sent', async () => {
    const { list, emulator } = await mount(FULL_ACCESS_CLIENT);
    const before = emulator.requests.length;
    await openSignals(list, REGULAR_PLAN);
    const dialog = $<HTMLDialogElement>(list, 'dialog')!;
    await waitUntil(() => dialog.open, 'no dialog');
    expect(textOf(dialog)).to.contain('does not report whether it is on');
    // Nothing is pre-selected: the list does not know the current setting.
    expect([radio(list, 'on').checked, radio(list, 'off').checked]).to.deep.equal([false, false]);

    send(list);
    await waitUntil(() => textOf(dialog).includes('Choose whether to turn Signals on or off.'));
    expect(emulator.requests.slice(before).filter((r) => r.method === 'POST')).to.deep.equal([]);

    radio(list, 'on').click();
    await list.updateComplete;
    send(list);
    await waitUntil(() => $(list, '[part=confirmation]'), 'no confirmation');
    expect($(list, '[part=confirmation] p')!.textContent).to.equal(
      'Sent to the Hub: turn Signals on for +39 347 148 6446.',
    );
    expect(
      emulator.requests
        .slice(before)
        .filter((r) => r.method === 'POST')
        .map((r) => `${r.method} ${r.path}`),
    ).to.deep.equal([
      `POST /partners/${emulator.state.partnerId}/clients/${FULL_ACCESS_CLIENT}/channels/${REGULAR_PLAN}/enable_ctwa`,
    ]);
    expect(dialog.open).to.equal(false);
  });
  it('sends disable_ctwa for "Turn Signals off"', async () => {
    const { list, emulator } = await mount(FULL_ACCESS_CLIENT);
    await openSignals(list, REGULAR_PLAN);
    await waitUntil(() => $<HTMLDialogElement>(list, 'dialog')?.open);
    radio(list, 'off').click();
    await list.updateComplete;
    send(list);
    await waitUntil(() => $(list, '[part=confirmation]'), 'no confirmation');
    expect($(list, '[part=confirmation] p')!.textContent).to.equal(
      'Sent to the Hub: turn Signals off for +39 347 148 6446.',
    );
    expect(
      emulator.requests.filter((r) => r.path.endsWith('_ctwa')).map((r) => r.path.split('/').pop()),
    ).to.deep.equal(['disable_ctwa']);
  });
  it('leaves Signals to a listener that cancels hub-signals-manage', async () => {
    const { list, emulator } = await mount(FULL_ACCESS_CLIENT);
    let detail: unknown;
    list.addEventListener('hub-signals-manage', (e) => {
      detail = e.detail.numberId;
      e.preventDefault();
    });
    await openSignals(list, REGULAR_PLAN);
    expect(detail).to.equal(REGULAR_PLAN);
    expect($(list, 'dialog')).to.equal(null);
    expect(emulator.requests.filter((r) => r.path.endsWith('_ctwa'))).to.deep.equal([]);
  });
  it('hides Signals where the plan lacks it and says why a session may not change it', async () => {
    const { list } = await mount(FULL_ACCESS_CLIENT, { capabilities: READ_ONLY_CAPABILITIES });
    // The Basic plan number.
    expect(row(list, '00fbNaCH')!.querySelector('[part=signals-button]')).to.equal(null);
    await openSignals(list, REGULAR_PLAN);
    expect($(list, 'dialog')).to.equal(null);
    expect($(list, '[part=confirmation] p')!.textContent).to.equal(
      'Signals cannot be changed: your access to this client does not include turning it on or off.',
    );
  });
});

describe('<hub-number-list> Activate Inbox', () => {
  const opened: unknown[][] = [];
  const errors: unknown[][] = [];
  const realOpen = window.open;
  const realError = console.error;
  beforeEach(() => {
    opened.length = 0;
    errors.length = 0;
    window.open = (...args: unknown[]) => (opened.push(args), null);
    console.error = (...args: unknown[]) => errors.push(args);
  });
  afterEach(() => {
    window.open = realOpen;
    console.error = realError;
  });

  async function chooseInbox(list: HubNumberList) {
    const id = list.visibleNumbers.find((n) => n.status !== 'pending_deletion')!.id;
    const menu = await openMenu(list, id);
    menu.querySelector<HTMLButtonElement>('[data-action=activate-inbox]')!.click();
    await list.updateComplete;
    return id;
  }

  it('opens the inbox-url with the number in a new tab', async () => {
    const { list } = await mount(DIRECT_CLIENT, DIRECT);
    list.inboxUrl = 'https://inbox.example/activate';
    let url: unknown;
    list.addEventListener('hub-inbox-activate', (e) => (url = e.detail.url));
    const id = await chooseInbox(list);
    const expected = `https://inbox.example/activate?client_id=${DIRECT_CLIENT}&channel_id=${id}`;
    expect(url).to.equal(expected);
    expect(opened).to.deep.equal([[expected, '_blank', 'noopener']]);
    expect($(list, '[part=confirmation] p')!.textContent).to.equal(
      'The Inbox activation opened in a new tab.',
    );
  });
  it('opens nothing when a listener cancels it', async () => {
    const { list } = await mount(DIRECT_CLIENT, DIRECT);
    list.inboxUrl = 'https://inbox.example/activate';
    list.addEventListener('hub-inbox-activate', (e) => e.preventDefault());
    await chooseInbox(list);
    expect(opened).to.deep.equal([]);
    expect($(list, '[part=confirmation]')).to.equal(null);
  });
  it('without an inbox-url only emits, and the console says how to set one', async () => {
    const { list } = await mount(DIRECT_CLIENT, DIRECT);
    let url: unknown = 'unset';
    list.addEventListener('hub-inbox-activate', (e) => (url = e.detail.url));
    await chooseInbox(list);
    expect(url).to.equal(null);
    expect(opened).to.deep.equal([]);
    expect(String(errors[0]?.[0])).to.contain('no inbox-url is set');
    expect($(list, '[part=confirmation] p')!.textContent).to.equal(
      'Inbox activation cannot be started from here. Contact your partner.',
    );
  });
});
