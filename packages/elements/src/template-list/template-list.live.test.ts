import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define/hub-provider.js';
import '../define/hub-template-list.js';
import type { HubTemplateList } from './template-list.js';
import { FULL_ACCESS_CLIENT } from '../test-support/emulated-hub.js';
import { emulatedLiveHub } from '../test-support/live-stream.js';
import { $, $$, textOf } from '../test-support/dom.js';

const WABA = 'bNapoWA';

/** A live template list of {@link WABA}, once its rows are in. */
async function mountLiveList(client: ReturnType<typeof emulatedLiveHub>['client']) {
  const provider = await fixture(html`
    <hub-provider live .client=${client} client-id=${FULL_ACCESS_CLIENT}>
      <hub-template-list waba-account-id=${WABA}></hub-template-list>
    </hub-provider>
  `);
  const list = provider.querySelector('hub-template-list') as HubTemplateList;
  await waitUntil(() => $$(list, 'tr[part~=row]').length > 0, 'templates never loaded', {
    timeout: 5000,
  });
  return list;
}

describe('<hub-template-list> with <hub-provider live>', () => {
  it('updates, highlights and announces a template whose review ended', async () => {
    const { client, emulator, push } = emulatedLiveHub();
    const list = await mountLiveList(client);
    const template = emulator.state.templates.find(
      (t) => t.waba_account_id === WABA && t.status !== 'approved',
    )!;
    const changed = () => $$(list, 'tr[part~=row-changed]');
    template.status = 'approved';

    push({
      type: 'waba_template_approved',
      clientId: FULL_ACCESS_CLIENT,
      wabaAccountId: WABA,
      templateName: template.name,
    });

    await waitUntil(() => changed().length > 0, 'not highlighted', { timeout: 5000 });
    expect(changed()).to.have.length(1);
    const row = changed()[0]!;
    expect($(row.closest('tbody')!, '.name')!.textContent).to.equal(template.name);
    expect($(row, '[part~=status-badge]')!.dataset.status).to.equal('APPROVED');
    const language = textOf($(row, 'td[data-label=Language]')!);
    await waitUntil(
      () => textOf($(list, '[role=status]')!) === `${template.name} (${language}) is now Active.`,
      'not announced',
    );
    await waitUntil(() => changed().length === 0, 'highlight never ends', { timeout: 5000 });
  });

  it('ignores template events of another WABA', async () => {
    const { client, push } = emulatedLiveHub();
    const seen: string[] = [];
    const off = client.onLiveEvent((event) => seen.push(event.wabaAccountId ?? ''));
    const list = await mountLiveList(client);
    await waitUntil(() => client.live().status === 'live', 'stream not open');
    push({
      type: 'waba_template_rejected',
      clientId: FULL_ACCESS_CLIENT,
      wabaAccountId: 'otherWA',
      templateName: 'anything',
    });
    await waitUntil(() => seen.length === 1, 'event not delivered');
    await list.updateComplete;
    expect(client.cache.get(client.templates.keys.list(WABA, { limit: 1000 }))?.stale).to.equal(
      false,
    );
    expect($$(list, 'tr[part~=row-changed]')).to.have.length(0);
    off();
  });
});
