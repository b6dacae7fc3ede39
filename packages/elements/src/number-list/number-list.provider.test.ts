import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define/hub-provider.js';
import '../define/hub-number-list.js';
import type { HubNumberList } from './number-list.js';
import { emulatedHub } from '../test-support/emulated-hub.js';
import { textOf } from '../test-support/dom.js';

// The message names what the page left out, so a partner fixes the right attribute.
describe('<hub-number-list> with an incomplete provider', () => {
  it('asks for client-id when the provider has a client but no client ID', async () => {
    const { client } = emulatedHub({ rateLimits: false });
    const provider = await fixture(html`
      <hub-provider .client=${client}><hub-number-list></hub-number-list></hub-provider>
    `);
    const list = provider.querySelector('hub-number-list') as HubNumberList;
    const empty = () => list.shadowRoot!.querySelector<HTMLElement>('[part~=empty]');
    await waitUntil(() => empty(), 'no empty state', { timeout: 5000 });
    expect(textOf(empty()!)).to.equal(
      'Set client-id on <hub-provider> to the 360dialog client (ID ending in CL) whose data to show.',
    );
  });

  it('asks for a provider when there is none', async () => {
    const list = await fixture<HubNumberList>(html`<hub-number-list></hub-number-list>`);
    const empty = () => list.shadowRoot!.querySelector<HTMLElement>('[part~=empty]');
    await waitUntil(() => empty(), 'no empty state', { timeout: 5000 });
    expect(textOf(empty()!)).to.equal(
      'This element needs a <hub-provider> around it (or a client set on the provider).',
    );
  });
});
