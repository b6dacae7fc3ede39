import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define/hub-provider.js';
import '../define/hub-number-list.js';
import type { HubNumberList } from './number-list.js';
import type { HubProvider } from '../provider/provider.js';
import { FULL_ACCESS_CLIENT } from '../test-support/emulated-hub.js';
import { emulatedLiveHub } from '../test-support/live-stream.js';
import { $, $$, textOf } from '../test-support/dom.js';

async function mountLive(live: boolean) {
  const hub = emulatedLiveHub();
  const provider = await fixture<HubProvider>(html`
    <hub-provider ?live=${live} .client=${hub.client} client-id=${FULL_ACCESS_CLIENT}>
      <hub-number-list></hub-number-list>
    </hub-provider>
  `);
  const list = provider.querySelector('hub-number-list') as HubNumberList;
  await waitUntil(() => $$(list, '[part~=row]').length > 0, 'no rows', { timeout: 5000 });
  return Object.assign(hub, { provider, list });
}

const announced = (list: HubNumberList) => textOf($(list, '[role=status]')!);

describe('<hub-number-list> with <hub-provider live>', () => {
  it('updates, highlights and announces a number the Hub reports as changed', async () => {
    const { list, emulator, push } = await mountLive(true);
    const row = $$(list, '[part~=row]')[0]!;
    const id = row.dataset.numberId!;
    const channel = emulator.state.channels.find((c) => c.id === id)!;
    const to = channel.status === 'running' ? 'ready' : 'running';
    const phone = textOf($(row, '.phone')!);
    channel.status = to;

    push({ type: `channel_${to}`, clientId: FULL_ACCESS_CLIENT, numberId: id });

    const current = () => $(list, `[data-number-id="${id}"]`)!;
    await waitUntil(
      () => current().getAttribute('part') === 'row row-changed',
      'row not highlighted',
      { timeout: 5000 },
    );
    expect($(current(), '[part~=status-badge]')!.dataset.status).to.equal(to);
    const label = to === 'running' ? 'Running' : 'Ready';
    await waitUntil(() => announced(list) === `${phone} is now ${label}.`, 'not announced');
    await waitUntil(() => current().getAttribute('part') === 'row', 'highlight never ends', {
      timeout: 5000,
    });
    expect($$(list, '[part~=row-changed]')).to.have.length(0);
  });

  it('leaves rows the event does not name alone', async () => {
    const { list, emulator, push } = await mountLive(true);
    const [first, second] = $$(list, '[part~=row]');
    const channel = emulator.state.channels.find((c) => c.id === second!.dataset.numberId)!;
    channel.status = channel.status === 'running' ? 'ready' : 'running';
    push({
      type: 'channel_running',
      clientId: FULL_ACCESS_CLIENT,
      numberId: second!.dataset.numberId,
    });
    await waitUntil(() => $$(list, '[part~=row-changed]').length === 1, 'no highlight', {
      timeout: 5000,
    });
    expect($(list, '[part~=row-changed]')!.dataset.numberId).to.equal(second!.dataset.numberId);
    expect(first!.getAttribute('part')).to.equal('row');
  });

  it('holds the stream only with live and while connected', async () => {
    const off = await mountLive(false);
    expect(off.requests).to.equal(0);

    const hub = await mountLive(true);
    const { provider } = hub;
    await waitUntil(() => hub.openStreams === 1, 'stream not opened');
    const parent = provider.parentElement!;
    provider.remove();
    await waitUntil(() => hub.openStreams === 0, 'stream kept after removal');
    parent.append(provider);
    await waitUntil(() => hub.openStreams === 1, 'stream not reopened');
    expect(hub.requests).to.equal(2);
    provider.live = false;
    await waitUntil(() => hub.openStreams === 0, 'stream kept without live');
  });
});
