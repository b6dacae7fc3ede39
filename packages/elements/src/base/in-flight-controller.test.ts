import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { customElement, property } from 'lit/decorators.js';
import type { HubNumber } from '@hub/core';
import { HubElement } from './hub-element.js';
import { HubInFlightController } from './in-flight-controller.js';
import '../define/hub-provider.js';
import type { HubProvider } from '../provider/provider.js';
import { FULL_ACCESS_CLIENT, emulatedHub } from '../test-support/emulated-hub.js';
import { textOf } from '../test-support/dom.js';

const CANCEL_ROUTE =
  'POST /partners/:partner_id/clients/:client_id/channels/:channel_id/control/cancellation_request';

@customElement('test-number-busy')
class TestNumberBusy extends HubElement {
  @property({ attribute: 'number-id' }) numberId = '';
  readonly changes = new HubInFlightController(this, () => this.hub?.client);
  renders = 0;

  get client() {
    return this.hub?.client;
  }

  override render() {
    this.renders++;
    return html`<p>${this.changes.get(this.numberId) ?? 'idle'}</p>`;
  }
}

async function mount() {
  const hub = emulatedHub({ rateLimits: false, faults: [{ route: CANCEL_ROUTE, latencyMs: 200 }] });
  const provider = await fixture<HubProvider>(html`
    <hub-provider .client=${hub.client} client-id=${FULL_ACCESS_CLIENT}>
      <test-number-busy number-id="001bNaCH"></test-number-busy>
    </hub-provider>
  `);
  const el = provider.querySelector('test-number-busy') as TestNumberBusy;
  const number: HubNumber = await hub.client.numbers.get('001bNaCH');
  await el.updateComplete;
  return { ...hub, provider, el, number };
}

describe('HubInFlightController', () => {
  it('re-renders when a change to a number starts and ends, wherever it started', async () => {
    const { client, el, number } = await mount();
    expect(textOf(el)).to.equal('idle');
    const cancelling = client.numbers.cancelSubscription(number);
    await waitUntil(() => textOf(el) === 'cancel', 'change not shown');
    expect(el.changes.has('001bNaCH')).to.equal(true);
    await cancelling;
    await waitUntil(() => textOf(el) === 'idle', 'end not shown');
    expect(el.changes.has('001bNaCH')).to.equal(false);
  });

  it('follows a new client and lets go of the old one when disconnected', async () => {
    const { provider, el, client: first, number } = await mount();
    const second = emulatedHub({ rateLimits: false }).client;
    provider.client = second;
    await waitUntil(() => el.client === second, 'new client not used');
    await el.updateComplete;
    const before = el.renders;
    // A change through the client the element no longer uses does not concern it.
    await first.numbers.cancelSubscription(number);
    await el.updateComplete;
    expect(el.renders).to.equal(before);

    el.remove();
    await second.numbers.cancelSubscription(number);
    expect(el.renders).to.equal(before);
  });
});
