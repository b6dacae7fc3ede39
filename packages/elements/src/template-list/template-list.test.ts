import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import '../define/hub-provider.js';
import '../define/hub-template-list.js';
import type { HubTemplateList } from './template-list.js';
import {
  FULL_ACCESS_CLIENT,
  READ_ONLY_CAPABILITIES,
  READ_ONLY_CLIENT,
  emulatedHub,
  type EmulatedHubOptions,
} from '../test-support/emulated-hub.js';
import { $, $$, buttonNamed, mountInProvider, press, textOf } from '../test-support/dom.js';
import { mountNarrow, setViewport, sidewaysOverflow, untappable } from '../test-support/narrow.js';
import type { TemplateRecord } from '@hub/emulator';

const WABA = 'bNapoWA';
const READ_ONLY_WABA = 'sHaRaWA';

async function mount(options: EmulatedHubOptions = {}, clientId = FULL_ACCESS_CLIENT, waba = WABA) {
  const hub = emulatedHub({ templateReviewDelayMs: 50, ...options });
  const el = await mountInProvider<HubTemplateList>(
    hub.client,
    clientId,
    'hub-template-list',
    html`<hub-template-list waba-account-id=${waba}></hub-template-list>`,
  );
  return { ...hub, el };
}

const rows = (el: HubTemplateList) => $$(el, 'tr[part=row]');

async function loaded(el: HubTemplateList, withActions = true) {
  await waitUntil(() => rows(el).length > 0, 'templates never loaded');
  if (withActions) await waitUntil(() => $(el, '[part=menu-button]'), 'permissions never loaded');
  await el.updateComplete;
}

/** Opens a row's actions menu with a click on its button. */
async function openMenu(el: HubTemplateList, menuButton: HTMLElement) {
  menuButton.click();
  await waitUntil(() => $(el, '[role=menu]')?.matches(':popover-open'), 'menu not open');
}

/** The texts of the visible confirmations, oldest first. */
const confirmations = (el: HubTemplateList) =>
  $$(el, '[part=confirmation] p').map((p) => p.textContent!.trim());

async function dialogOpen(el: HubTemplateList) {
  await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')?.open, 'dialog not open');
  return $<HTMLDialogElement>(el, 'dialog')!;
}

describe('<hub-template-list>', () => {
  it('groups languages under each name with status, category and actions; axe clean', async () => {
    const { el, emulator } = await mount();
    expect($(el, '[role=status][part=loading]')).to.not.equal(null);
    await loaded(el);
    const expected = emulator.state.templates.filter((t) => t.waba_account_id === WABA);
    expect(rows(el)).to.have.length(expected.length);
    expect($$(el, 'tbody').length).to.equal(new Set(expected.map((t) => t.name)).size);
    const rejected = expected.find((t) => t.status === 'rejected');
    if (rejected) expect(textOf(el)).to.contain(`Reason: ${rejected.rejected_reason}`);
    expect($(el, '[part=status-badge]')).to.not.equal(null);
    // The category is said once per name, across its languages' rows.
    const group = $$(el, 'tbody').find((g) => g.querySelectorAll('tr[part=row]').length === 2)!;
    expect(group.querySelector<HTMLTableCellElement>('td[data-label=Category]')!.rowSpan).to.equal(
      2,
    );
    await expect(el).to.be.accessible();
  });

  it('searches and filters, with an empty result that can be cleared', async () => {
    const { el } = await mount();
    await loaded(el);
    const all = rows(el).length;
    const status = $<HTMLSelectElement>(el, '#status')!;
    status.value = 'APPROVED';
    status.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(rows(el).length).to.be.within(1, all - 1);
    expect($$(el, '[part=status-badge]').every((b) => b.textContent === 'Active')).to.equal(true);

    const search = $<HTMLInputElement>(el, '#search')!;
    search.value = 'zzz-no-such-template';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(textOf(el)).to.contain('No templates match');
    buttonNamed(el, /Clear filters/)!.click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(all);
  });

  it('keeps View and Edit on the row and the other actions in a menu, by keyboard', async () => {
    const { el, emulator } = await mount();
    await loaded(el);
    const approved = emulator.state.templates.find(
      (t) => t.waba_account_id === WABA && t.status === 'approved',
    )!;
    const row = rows(el).find((r) => r.textContent!.includes(approved.name))!;
    const onRow = [...row.querySelectorAll('.row-actions > button')].map((b) =>
      b.textContent!.trim(),
    );
    expect(onRow).to.deep.equal(['View', 'Edit', '']);
    const menuButton = row.querySelector<HTMLButtonElement>('[part=menu-button]')!;
    expect(menuButton.getAttribute('aria-label')).to.match(
      new RegExp(`^Actions ${approved.name} \\(`),
    );

    menuButton.focus();
    await press('Enter');
    await waitUntil(() => $(el, '[role=menu]')?.matches(':popover-open'), 'menu not open');
    expect(menuButton.getAttribute('aria-expanded')).to.equal('true');
    const items = $$(el, '[role=menuitem]').map((item) => item.textContent!.trim());
    expect(items).to.deep.equal(['Copy', 'Add language', 'Delete']);
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Copy');
    await expect(el).to.be.accessible();

    const selected = oneEvent(el, 'hub-template-select');
    await press('ArrowDown');
    await press('Enter');
    const { detail } = await selected;
    expect([detail.action, detail.template.name]).to.deep.equal(['add-language', approved.name]);
    await waitUntil(() => !$(el, '[role=menu]'), 'menu not closed');
    expect(el.shadowRoot!.activeElement).to.equal(menuButton);
  });

  it('asks before deleting, explains the 30-day name block, then deletes every language', async () => {
    const { el, emulator } = await mount();
    await loaded(el);
    const approved = emulator.state.templates.find(
      (t) => t.waba_account_id === WABA && t.status === 'approved',
    )!;
    const menuButton = buttonNamed(el, new RegExp(`^Actions ${approved.name} `))!;
    menuButton.focus();
    await press('Enter');
    await waitUntil(() => $(el, '[role=menu]')?.matches(':popover-open'), 'menu not open');
    await press('End');
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.equal(
      `Delete ${approved.name} (all languages)`,
    );
    await press('Enter');
    const dialog = await dialogOpen(el);
    expect(dialog.querySelector('[part=dialog-title]')!.textContent).to.equal(
      `Delete “${approved.name}”?`,
    );
    expect(dialog.textContent).to.contain('30 days');
    expect(el.shadowRoot!.activeElement, 'the safe button has the focus').to.equal(
      buttonNamed(el, /^Cancel$/),
    );
    await expect(el).to.be.accessible();

    const deletes = () => emulator.requests.filter((r) => r.method === 'DELETE').length;
    await press('Escape');
    await waitUntil(() => !$(el, 'dialog'), 'dialog not closed');
    expect(deletes()).to.equal(0);
    expect(el.shadowRoot!.activeElement).to.equal(menuButton);

    await openMenu(el, menuButton);
    buttonNamed(el, /^Delete .* \(all languages\)$/)!.click();
    await dialogOpen(el);
    const deleted = oneEvent(el, 'hub-template-deleted');
    buttonNamed(el, /^Delete template$/)!.click();
    const event = await deleted;
    expect(event.detail).to.include({ wabaId: WABA, name: approved.name });
    expect(deletes()).to.equal(1);
    const names = () => $$(el, '.name').map((n) => n.textContent);
    await waitUntil(() => !names().includes(approved.name), 'row not removed');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#search'));
    expect(confirmations(el)).to.deep.equal([`Template “${approved.name}” deleted.`]);
    await expect(el).to.be.accessible();
  });

  it('shows a failed deletion in the dialog, busy while it runs, and deletes on retry', async () => {
    const { el, emulator } = await mount({
      faults: [{ route: /^DELETE /, latencyMs: 300, errorRate: 1, errorStatus: 409, times: 1 }],
    });
    await loaded(el);
    await openMenu(el, $(el, '[part=menu-button]')!);
    buttonNamed(el, /^Delete .* \(all languages\)$/)!.click();
    const dialog = await dialogOpen(el);
    buttonNamed(el, /^Delete template$/)!.click();
    await waitUntil(() => buttonNamed(el, /^Deleting…$/), 'no busy state');
    expect(dialog.getAttribute('aria-busy')).to.equal('true');
    await waitUntil(() => $(el, '[part=dialog-error]'), 'failure not shown in the dialog');
    expect($(el, '[part=dialog-error]')!.textContent).to.contain('The template was not deleted:');
    expect(dialog.open).to.equal(true);
    expect(confirmations(el), 'the dialog says it; nothing behind it').to.deep.equal([]);

    const deleted = oneEvent(el, 'hub-template-deleted');
    buttonNamed(el, /^Delete template$/)!.click();
    await deleted;
    expect(emulator.requests.filter((r) => r.method === 'DELETE')).to.have.length(2);
    await waitUntil(() => !$(el, 'dialog'), 'dialog not closed');
  });

  it('keeps saying a deletion failed once its dialog is closed', async () => {
    const { el, emulator } = await mount({
      faults: [{ route: /^DELETE /, errorRate: 1, errorStatus: 409 }],
    });
    await loaded(el);
    const name = $(el, '.name')!.textContent;
    await openMenu(el, $(el, '[part=menu-button]')!);
    buttonNamed(el, /^Delete .* \(all languages\)$/)!.click();
    await dialogOpen(el);
    buttonNamed(el, /^Delete template$/)!.click();
    await waitUntil(() => $(el, '[part=dialog-error]'), 'failure not shown in the dialog');
    buttonNamed(el, /^Cancel$/)!.click();
    await waitUntil(() => !$(el, 'dialog'), 'dialog not closed');
    expect(confirmations(el)).to.deep.equal([
      'The template was not deleted: This change conflicts with the current state. Refresh and try again.',
    ]);
    expect($(el, '[part=confirmation]')!.dataset['tone']).to.equal('danger');
    expect($$(el, '.name').map((n) => n.textContent)).to.include(name);
    expect(emulator.requests.filter((r) => r.method === 'DELETE')).to.have.length(1);
  });

  it('speaks the provider’s language, naming the template languages in it', async () => {
    const { client } = emulatedHub({ templateReviewDelayMs: 50 });
    const provider = await fixture(html`
      <hub-provider .client=${client} client-id=${FULL_ACCESS_CLIENT} locale="de">
        <hub-template-list waba-account-id=${WABA}></hub-template-list>
      </hub-provider>
    `);
    const el = provider.querySelector<HubTemplateList>('hub-template-list')!;
    await loaded(el);
    // The German strings arrive with their own module, after the first render.
    await waitUntil(() => $(el, 'td[data-label=Sprache]'), 'German never arrived');
    const languages = new Set(
      rows(el).map((r) => r.querySelector('td[data-label=Sprache]')!.textContent!.trim()),
    );
    expect([...languages].sort()).to.deep.equal(['Englisch (Vereinigte Staaten)', 'Italienisch']);
    const options = $$(el, '#language option').map((o) => o.textContent!.trim());
    expect(options).to.deep.equal(['Alle', 'Englisch (Vereinigte Staaten)', 'Italienisch']);
    const view = buttonNamed(el, /^Ansehen: /)!.getAttribute('aria-label')!;
    expect(view).to.match(/^Ansehen: \w+ \((Italienisch|Englisch \(Vereinigte Staaten\))\)$/);
  });

  it("deletes by the id of the row clicked, not the group's first language", async () => {
    const { el, emulator } = await mount();
    await loaded(el);
    const group = $$(el, 'tbody').find((g) => g.querySelectorAll('tr[part=row]').length > 1)!;
    const second = group.querySelectorAll('tr[part=row]')[1]!;
    // The row's own template, as its View/Edit action reports it.
    const viewed = oneEvent(el, 'hub-template-select');
    second.querySelector<HTMLButtonElement>('.row-actions > button')!.click();
    const { template } = (await viewed).detail;
    await openMenu(el, second.querySelector<HTMLElement>('[part=menu-button]')!);
    buttonNamed(el, /^Delete .* \(all languages\)$/)!.click();
    await dialogOpen(el);
    const deleted = oneEvent(el, 'hub-template-deleted');
    buttonNamed(el, /^Delete template$/)!.click();
    expect((await deleted).detail.templateId).to.equal(template.id);
    const request = emulator.requests.find((r) => r.method === 'DELETE')!;
    expect(request.path.endsWith(`/${template.id}`)).to.equal(true);
  });

  it('emits hub-template-select and hub-template-create for the portal', async () => {
    const { el } = await mount();
    await loaded(el);
    await openMenu(el, $(el, '[part=menu-button]')!);
    const selected = oneEvent(el, 'hub-template-select');
    buttonNamed(el, /^Copy /)!.click();
    const { detail, bubbles, composed } = await selected;
    expect(detail.action).to.equal('copy');
    expect(detail.template.id).to.be.a('string');
    expect(bubbles && composed).to.equal(true);
    const created = oneEvent(el, 'hub-template-create');
    buttonNamed(el, /^New template$/)!.click();
    expect((await created).detail).to.deep.equal({ wabaId: WABA });
  });

  it('offers only viewing without templates:write', async () => {
    const { el } = await mount(
      { capabilities: READ_ONLY_CAPABILITIES },
      READ_ONLY_CLIENT,
      READ_ONLY_WABA,
    );
    await loaded(el, false);
    await waitUntil(() => textOf(el).includes('needs the templates:write permission'));
    expect(buttonNamed(el, /^(Edit|Delete|Copy) /)).to.equal(undefined);
    expect(buttonNamed(el, /^New template$/)).to.equal(undefined);
    expect($(el, '[part=menu-button]'), 'no menu for viewing alone').to.equal(null);
    expect(buttonNamed(el, /^View /)).to.not.equal(undefined);
  });

  it('shows the templates it can read and says how many it cannot, without failing', async () => {
    const hub = emulatedHub({ templateReviewDelayMs: 50 });
    const mine = hub.emulator.state.templates.filter((t) => t.waba_account_id === WABA);
    const model = mine[0]!;
    // A template the Hub sends without its required `name`, and one in a status and a category
    // Meta added later.
    const broken = { ...model, id: '9000001' } as Partial<TemplateRecord>;
    delete broken.name;
    hub.emulator.state.templates.push(broken as TemplateRecord);
    const odd = { ...model, id: '9000002', name: 'odd_one', status: 'under_audit' };
    hub.emulator.state.templates.push({ ...odd, category: 'SERVICE' });
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await mountInProvider<HubTemplateList>(
        hub.client,
        FULL_ACCESS_CLIENT,
        'hub-template-list',
        html`<hub-template-list waba-account-id=${WABA}></hub-template-list>`,
      );
      await loaded(el);
      expect(rows(el)).to.have.length(mine.length + 1);
      expect($(el, '[part=error]')).to.equal(null);
      expect($(el, '[part=skipped]')!.textContent).to.contain('1 template could not be shown');

      const oddRow = $$(el, 'tbody').find((g) => g.textContent!.includes('odd_one'))!;
      expect(oddRow.querySelector('[part=status-badge]')!.textContent!.trim()).to.equal(
        'Unknown (UNDER_AUDIT)',
      );
      expect(oddRow.textContent).to.contain('Unknown (SERVICE)');

      const skipped = warnings.filter((args) => String(args[0]).includes('<hub-template-list>'));
      expect(skipped).to.have.length(1);
      const [item] = skipped[0]![1] as { index: number; id: string; issues: string[] }[];
      expect(item!.id).to.equal('9000001');
      expect(item!.issues.join(' ')).to.contain('name');
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('shows an error with retry, an empty state, and syncs', async () => {
    const route = /waba_templates$/;
    const { el, emulator } = await mount({
      faults: [{ route, errorRate: 1, errorStatus: 503, times: 3 }],
    });
    await waitUntil(() => $(el, '[part=error]'), 'no error', { timeout: 8000 });
    emulator.state.templates = [];
    $<HTMLButtonElement>(el, '[part=error] button')!.click();
    await waitUntil(() => textOf(el).includes('No templates yet'));

    const syncs = () => emulator.requests.filter((r) => r.path.endsWith('/sync')).length;
    const before = syncs();
    buttonNamed(el, /^Sync$/)!.click();
    await waitUntil(() => syncs() === before + 1);
    await waitUntil(() => confirmations(el).length === 1, 'sync not confirmed');
    expect(confirmations(el)).to.deep.equal(['Templates synced with WhatsApp.']);
    expect($(el, '[part=confirmation]')!.dataset['tone']).to.equal('success');
    await waitUntil(() => textOf($(el, '[role=status]')!) === 'Templates synced with WhatsApp.');

    emulator.faults.set([{ route: /\/sync$/, errorRate: 1, errorStatus: 503, times: 5 }]);
    buttonNamed(el, /^Sync$/)!.click();
    await waitUntil(() => confirmations(el)[0]?.startsWith('Sync failed'), 'failure not shown', {
      timeout: 8000,
    });
    // The failure replaces the earlier success instead of stacking under it.
    expect(confirmations(el)).to.have.length(1);
    expect($(el, '[part=confirmation]')!.dataset['tone']).to.equal('danger');
    buttonNamed(el, /^Dismiss$/)!.click();
    await el.updateComplete;
    expect($(el, '[part=confirmation]')).to.equal(null);
  });
});

describe('<hub-template-list> on a phone, or narrow on a wide page', () => {
  before(() => setViewport(1280, 800));
  after(() => setViewport(800, 600));

  it('fits 343 px without sideways scrolling, every action tappable', async () => {
    const { client } = emulatedHub({ templateReviewDelayMs: 50 });
    const el = await mountNarrow<HubTemplateList>(
      client,
      FULL_ACCESS_CLIENT,
      'hub-template-list',
      html`<hub-template-list waba-account-id=${WABA}></hub-template-list>`,
    );
    await loaded(el);
    expect(sidewaysOverflow(el)).to.deep.equal([]);
    const targets = [
      $(el, '#search')!,
      ...$$(el, '.toolbar select'),
      buttonNamed(el, /^Sync$/)!,
      buttonNamed(el, /^New template$/)!,
      ...$$(el, '.row-actions > button'),
    ];
    expect(targets.map(untappable).filter(Boolean)).to.deep.equal([]);
    // Each value carries its column's name, seen; screen readers keep the column headers.
    const first = rows(el)[0]!;
    expect(
      [...first.querySelectorAll('td[data-label]')].map((td) => td.getAttribute('data-label')),
    ).to.deep.equal(['Category', 'Language', 'Status', 'Last update']);
    expect(getComputedStyle(first.querySelector('td[data-label]')!, '::before').content).to.equal(
      '"Category" / ""',
    );
    await expect(el).to.be.accessible();

    // A user opens the menu from a button on screen; the checks above scrolled the page away.
    // (A popover in the top layer is not scrolled into view with its items: it follows its anchor.)
    $(el, '[part=menu-button]')!.scrollIntoView({ block: 'center' });
    await openMenu(el, $(el, '[part=menu-button]')!);
    expect($$(el, '[role=menuitem]').map(untappable).filter(Boolean)).to.deep.equal([]);
  });
});
