import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { DEMO_PARTNER_ID, type Emulator } from '@hub/emulator';
import '../define/hub-provider.js';
import '../define/hub-add-number.js';
import '../define/hub-number-list.js';
import type { HubAddNumber } from './add-number.js';
import {
  FULL_ACCESS_CLIENT,
  READ_ONLY_CAPABILITIES,
  emulatedHub,
} from '../test-support/emulated-hub.js';
import { $, buttonNamed, mountInProvider, textOf } from '../test-support/dom.js';
import { fakeHubWindow, type FakeHubWindow } from '../test-support/fake-hub-window.js';
import { mount as mountList, rows } from '../test-support/number-list.js';

const NEW_NUMBER = '00zbNaCH';

async function mount(options: Parameters<typeof emulatedHub>[0] = {}) {
  const { client, emulator } = emulatedHub({ rateLimits: false, ...options });
  const element = await mountInProvider<HubAddNumber>(
    client,
    FULL_ACCESS_CLIENT,
    'hub-add-number',
    html`<hub-add-number></hub-add-number>`,
  );
  await waitUntil(() => element.gate.allowed || element.gate.reason !== 'unknown');
  await element.updateComplete;
  return { element, emulator };
}

/** Submits the emulator's hosted signup form and returns where it sends the browser back to. */
async function submitHostedSignup(emulator: Emulator): Promise<URL> {
  const response = await emulator.fetch(
    `https://hub-emulator.test/dashboard/app/${DEMO_PARTNER_ID}/permissions`,
    {
      method: 'POST',
      body: new URLSearchParams({
        client_id: FULL_ACCESS_CLIENT,
        action: 'signup',
        phone_number: '+393470000001',
        display_name: 'Bella Napoli Delivery',
        redirect_url: `${location.origin}/back`,
      }),
      redirect: 'manual',
    },
  );
  expect(response.status).to.equal(303);
  return new URL(response.headers.get('location')!);
}

// Chai prints a failing element in full, which can stall the browser: compare plain values.
const has = (el: Element, selector: string) => $(el, selector) !== null;
const focused = (el: Element) => {
  const active = el.shadowRoot!.activeElement;
  return active?.getAttribute('part') ?? active?.localName;
};
const startButton = (el: Element) => $<HTMLButtonElement>(el, '[part=start-button]')!;
const continueButton = (el: Element) => $<HTMLButtonElement>(el, '[part=continue-button]')!;

describe('<hub-add-number>', () => {
  let hubWindow: FakeHubWindow | undefined;
  afterEach(() => {
    hubWindow?.restore();
    hubWindow = undefined;
  });

  it('explains the charge and the self-signup, then goes back to the button', async () => {
    const { element } = await mount();
    expect(startButton(element).textContent!.trim()).to.equal('Add number');
    startButton(element).click();
    await element.updateComplete;
    expect($(element, 'h2')!.textContent).to.equal('Add a phone number');
    expect(focused(element)).to.equal('h2');
    expect(textOf(element)).to.contain(
      'Every number added here is an additional number on this account and is billed as one.',
    );
    expect(textOf(element)).to.contain('A partner cannot submit numbers on your behalf.');
    expect(continueButton(element).textContent!.trim()).to.equal('Continue with Facebook');
    buttonNamed(element, /^Back$/)!.click();
    await element.updateComplete;
    expect(has(element, '[part=panel]')).to.equal(false);
    expect(focused(element)).to.equal('start-button');
  });

  it('keeps the button disabled, saying why, when the number cap is reached', async () => {
    const { client, emulator } = emulatedHub({ rateLimits: false });
    emulator.state.clients.find((c) => c.id === FULL_ACCESS_CLIENT)!.max_channels = 1;
    const element = await mountInProvider<HubAddNumber>(
      client,
      FULL_ACCESS_CLIENT,
      'hub-add-number',
      html`<hub-add-number></hub-add-number>`,
    );
    await waitUntil(() => element.gate.allowed || element.gate.reason !== 'unknown');
    await element.updateComplete;
    expect(startButton(element).disabled).to.equal(true);
    expect($(element, '[part=reason]')!.textContent!.trim()).to.equal(
      'Adding numbers is not available. This client has reached its number limit.',
    );
    expect(startButton(element).getAttribute('aria-describedby')).to.equal('start-reason');
    expect(element.start()).to.equal(false);
  });

  it('says why a session without waba:write cannot add numbers', async () => {
    const { element } = await mount({ capabilities: READ_ONLY_CAPABILITIES });
    expect(startButton(element).disabled).to.equal(true);
    expect($(element, '[part=reason]')!.textContent!.trim()).to.equal(
      'Adding numbers is not available. Your access to this client does not include this action.',
    );
  });

  it('opens the Hub’s permission page and returns to the start with a message when it is closed', async () => {
    const { element } = await mount();
    const opened: string[] = [];
    const original = window.open;
    window.open = ((url: string) => {
      opened.push(url);
      return { closed: true, close() {} };
    }) as unknown as typeof window.open;
    try {
      startButton(element).click();
      await element.updateComplete;
      continueButton(element).click();
      await element.updateComplete;
      expect(textOf(element)).to.contain('Finish the signup in the Facebook window.');
      await waitUntil(() => $(element, '[part=start-button]'), 'never back at the start', {
        timeout: 4000,
      });
    } finally {
      window.open = original;
    }
    const url = new URL(opened[0]!);
    expect(url.origin + url.pathname).to.equal(
      'https://hub.360dialog.com/dashboard/app/hubDemoPA/permissions',
    );
    expect(url.searchParams.get('state')).to.match(/^[0-9a-f]{32}$/);
    expect($(element, '[part=confirmation]')!.textContent).to.contain(
      'The Facebook window was closed before the signup finished. No number was added.',
    );
  });

  it('opens in place from the number list and shows the new number there without a reload', async () => {
    const { list, emulator } = await mountList();
    hubWindow = await fakeHubWindow();
    $<HTMLButtonElement>(list, '[part=add-button]')!.click();
    // The flow's module may arrive after the list's: it opens once its element is defined.
    await waitUntil(() => $(list, 'hub-add-number') && $($(list, 'hub-add-number')!, 'h2'));
    const flow = $<HubAddNumber>(list, 'hub-add-number')!;
    expect($(flow, 'h2')!.textContent).to.equal('Add a phone number');
    expect(rows(list)).to.have.length(4);
    continueButton(flow).click();
    await flow.updateComplete;
    // The signup runs on the emulator's hosted page, as the Hub's runs on its own: submitted as
    // the user does, it creates the number and redirects back with it.
    const redirect = await submitHostedSignup(emulator);
    const added = /^\[(\w+)\]$/.exec(redirect.searchParams.get('channels') ?? '')![1]!;
    expect(redirect.searchParams.get('client')).to.equal(FULL_ACCESS_CLIENT);
    const onboarded = oneEvent(list, 'hub-number-onboarded');
    hubWindow.finish(`client=${FULL_ACCESS_CLIENT}&channels=[${added}]`);
    expect((await onboarded).detail).to.deep.equal({
      clientId: FULL_ACCESS_CLIENT,
      mode: 'add',
      channels: [added],
      revoked: [],
    });
    await waitUntil(() => rows(list).some((r) => r.dataset['numberId'] === added));
    expect(textOf(list)).to.contain('+39 347 000 0001');
    expect($(flow, '[part=confirmation]')!.dataset['tone']).to.equal('success');
    expect($(flow, '[part=confirmation]')!.textContent).to.contain(
      'Signup complete. The numbers list is up to date; a new number shows its status while Meta finishes setting it up.',
    );
    expect(has(flow, '[part=panel]')).to.equal(false);
  });

  it('ignores a result for another client and says so', async () => {
    const { element } = await mount();
    hubWindow = await fakeHubWindow();
    startButton(element).click();
    await element.updateComplete;
    continueButton(element).click();
    hubWindow.finish(`client=sHaRa6CL&channels=[${NEW_NUMBER}]`);
    await waitUntil(() => $(element, '[part=confirmation]'));
    expect($(element, '[part=confirmation]')!.dataset['tone']).to.equal('danger');
    expect(textOf(element)).to.contain(
      'The signup window sent a result that could not be verified, so it was ignored. Try again.',
    );
  });

  it('leaves the list alone when a listener cancels hub-number-add', async () => {
    const { list } = await mountList();
    list.addEventListener('hub-number-add', (e) => e.preventDefault(), { once: true });
    $<HTMLButtonElement>(list, '[part=add-button]')!.click();
    await list.updateComplete;
    const flow = $<HubAddNumber>(list, 'hub-add-number')!;
    await flow.updateComplete;
    expect(has(flow, '[part=panel]')).to.equal(false);
  });

  it('passes axe while the explanation is open', async () => {
    const { element } = await mount();
    startButton(element).click();
    await element.updateComplete;
    await expect(element).to.be.accessible();
  });
});
