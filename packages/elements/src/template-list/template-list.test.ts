import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../define/hub-provider.js';
import '../define/hub-template-list.js';
import type { HubProvider } from '../provider/provider.js';
import type { HubTemplateList } from './template-list.js';
import {
  FULL_ACCESS_CLIENT,
  READ_ONLY_CAPABILITIES,
  READ_ONLY_CLIENT,
  emulatedHub,
  type EmulatedHubOptions,
} from '../test-support/emulated-hub.js';
import type { TemplateRecord } from '@hub/emulator';

const WABA = 'bNapoWA';
const READ_ONLY_WABA = 'sHaRaWA';

async function mount(options: EmulatedHubOptions = {}, clientId = FULL_ACCESS_CLIENT, waba = WABA) {
  const hub = emulatedHub({ templateReviewDelayMs: 50, ...options });
  const provider = await fixture<HubProvider>(html`
    <hub-provider .client=${hub.client} client-id=${clientId}>
      <hub-template-list waba-account-id=${waba}></hub-template-list>
    </hub-provider>
  `);
  const el = provider.querySelector('hub-template-list')!;
  const root = el.shadowRoot!;
  return { ...hub, el, root };
}

const rows = (root: ShadowRoot) => [...root.querySelectorAll('tr[part=row]')];
const button = (root: ShadowRoot, label: RegExp) =>
  [...root.querySelectorAll('button')].find((b) =>
    label.test((b.getAttribute('aria-label') ?? b.textContent ?? '').trim()),
  );

async function loaded(el: HubTemplateList, root: ShadowRoot, withActions = true) {
  await waitUntil(() => rows(root).length > 0, 'templates never loaded');
  if (withActions) await waitUntil(() => button(root, /^Delete /), 'permissions never loaded');
  await el.updateComplete;
}

describe('<hub-template-list>', () => {
  it('groups languages under each name with status, category and actions; axe clean', async () => {
    const { el, root, emulator } = await mount();
    expect(root.querySelector('[role=status][part=loading]')).to.not.equal(null);
    await loaded(el, root);
    const expected = emulator.state.templates.filter((t) => t.waba_account_id === WABA);
    expect(rows(root)).to.have.length(expected.length);
    const groups = root.querySelectorAll('tbody');
    expect(groups.length).to.equal(new Set(expected.map((t) => t.name)).size);
    const rejected = expected.find((t) => t.status === 'rejected');
    if (rejected) expect(root.textContent).to.contain(`Reason: ${rejected.rejected_reason}`);
    expect(root.querySelector('[part=status-badge]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('searches and filters, with an empty result that can be cleared', async () => {
    const { el, root } = await mount();
    await loaded(el, root);
    const all = rows(root).length;
    const status = root.querySelector<HTMLSelectElement>('#status')!;
    status.value = 'APPROVED';
    status.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(rows(root).length).to.be.within(1, all - 1);
    expect(
      [...root.querySelectorAll('[part=status-badge]')].every((b) => b.textContent === 'Active'),
    ).to.equal(true);

    const search = root.querySelector<HTMLInputElement>('#search')!;
    search.value = 'zzz-no-such-template';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(root.textContent).to.contain('No templates match');
    button(root, /Clear filters/)!.click();
    await el.updateComplete;
    expect(rows(root)).to.have.length(all);
  });

  it('asks before deleting, explains the 30-day name block, then deletes every language', async () => {
    const { el, root, emulator } = await mount();
    await loaded(el, root);
    const approved = emulator.state.templates.find(
      (t) => t.waba_account_id === WABA && t.status === 'approved',
    )!;
    const opener = button(root, new RegExp(`^Delete ${approved.name} `))!;
    opener.focus();
    opener.click();
    await el.updateComplete;
    const dialog = root.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.textContent).to.contain('30 days');
    await expect(el).to.be.accessible();

    const deletes = () => emulator.requests.filter((r) => r.method === 'DELETE').length;
    button(root, /^Cancel$/)!.click();
    await waitUntil(() => !root.querySelector('dialog'));
    expect(root.querySelector('dialog')).to.equal(null);
    expect(deletes()).to.equal(0);
    expect(el.shadowRoot!.activeElement).to.equal(opener);

    opener.click();
    await el.updateComplete;
    const deleted = oneEvent(el, 'hub-template-deleted');
    button(root, /^Delete template$/)!.click();
    const event = await deleted;
    expect(event.detail).to.include({ wabaId: WABA, name: approved.name });
    expect(deletes()).to.equal(1);
    const names = () => [...root.querySelectorAll('.name')].map((n) => n.textContent);
    await waitUntil(() => !names().includes(approved.name), 'row not removed');
    expect(root.activeElement).to.equal(root.querySelector('#search'));
  });

  it("deletes by the id of the row clicked, not the group's first language", async () => {
    const { el, root, emulator } = await mount();
    await loaded(el, root);
    const group = [...root.querySelectorAll('tbody')].find(
      (g) => g.querySelectorAll('tr[part=row]').length > 1,
    )!;
    const second = group.querySelectorAll('tr[part=row]')[1]!;
    const rowButton = (label: RegExp) =>
      [...second.querySelectorAll('button')].find((b) =>
        label.test(b.getAttribute('aria-label')!),
      )!;
    // The row's own template, as its View/Edit action reports it.
    setTimeout(() => rowButton(/^(View|Edit) /).click());
    const { template } = (await oneEvent(el, 'hub-template-select')).detail;
    rowButton(/^Delete /).click();
    await el.updateComplete;
    const deleted = oneEvent(el, 'hub-template-deleted');
    button(root, /^Delete template$/)!.click();
    expect((await deleted).detail.templateId).to.equal(template.id);
    const request = emulator.requests.find((r) => r.method === 'DELETE')!;
    expect(request.path.endsWith(`/${template.id}`)).to.equal(true);
  });

  it('emits hub-template-select and hub-template-create for the portal', async () => {
    const { el, root } = await mount();
    await loaded(el, root);
    const copy = button(root, /^Copy /)!;
    setTimeout(() => copy.click());
    const selected = await oneEvent(el, 'hub-template-select');
    expect(selected.detail.action).to.equal('copy');
    expect(selected.detail.template.id).to.be.a('string');
    expect(selected.bubbles && selected.composed).to.equal(true);
    setTimeout(() => button(root, /^New template$/)!.click());
    expect((await oneEvent(el, 'hub-template-create')).detail).to.deep.equal({ wabaId: WABA });
  });

  it('offers only viewing without templates:write', async () => {
    const { el, root } = await mount(
      { capabilities: READ_ONLY_CAPABILITIES },
      READ_ONLY_CLIENT,
      READ_ONLY_WABA,
    );
    await loaded(el, root, false);
    await waitUntil(() => root.textContent!.includes('needs the templates:write permission'));
    expect(button(root, /^(Edit|Delete|Copy) /)).to.equal(undefined);
    expect(button(root, /^New template$/)).to.equal(undefined);
    expect(button(root, /^View /)).to.not.equal(undefined);
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
      const provider = await fixture<HubProvider>(html`
        <hub-provider .client=${hub.client} client-id=${FULL_ACCESS_CLIENT}>
          <hub-template-list waba-account-id=${WABA}></hub-template-list>
        </hub-provider>
      `);
      const el = provider.querySelector('hub-template-list')!;
      const root = el.shadowRoot!;
      await loaded(el, root);
      expect(rows(root)).to.have.length(mine.length + 1);
      expect(root.querySelector('[part=error]')).to.equal(null);
      expect(root.querySelector('[part=skipped]')!.textContent).to.contain(
        '1 template could not be shown',
      );

      const oddRow = [...root.querySelectorAll('tbody')].find((g) =>
        g.textContent!.includes('odd_one'),
      )!;
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
    const { root, emulator } = await mount({
      faults: [{ route, errorRate: 1, errorStatus: 503, times: 3 }],
    });
    await waitUntil(() => root.querySelector('[part=error]'), 'no error', { timeout: 8000 });
    emulator.state.templates = [];
    root.querySelector<HTMLButtonElement>('[part=error] button')!.click();
    await waitUntil(() => root.textContent!.includes('No templates yet'));

    const before = emulator.requests.filter((r) => r.path.endsWith('/sync')).length;
    button(root, /^Sync$/)!.click();
    await waitUntil(
      () => emulator.requests.filter((r) => r.path.endsWith('/sync')).length === before + 1,
    );
    emulator.faults.set([{ route: /\/sync$/, errorRate: 1, errorStatus: 503, times: 5 }]);
    button(root, /^Sync$/)!.click();
    await waitUntil(() => root.querySelector('[role=alert]'), 'sync failure not shown', {
      timeout: 8000,
    });
    expect(root.querySelector('[role=alert]')!.textContent).to.contain('Sync failed');
  });
});
