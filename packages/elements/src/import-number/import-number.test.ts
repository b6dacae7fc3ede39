import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../define/hub-provider.js';
import '../define/hub-import-number.js';
import '../define/hub-number-list.js';
import type { HubImportNumber } from './import-number.js';
import { FULL_ACCESS_CLIENT, emulatedHub } from '../test-support/emulated-hub.js';
import { $, $$, buttonNamed, mountInProvider, textOf } from '../test-support/dom.js';
import { fakeHubWindow, type FakeHubWindow } from '../test-support/fake-hub-window.js';
import { mount as mountList } from '../test-support/number-list.js';

async function mount() {
  const { client } = emulatedHub({ rateLimits: false });
  const element = await mountInProvider<HubImportNumber>(
    client,
    FULL_ACCESS_CLIENT,
    'hub-import-number',
    html`<hub-import-number></hub-import-number>`,
  );
  await waitUntil(() => element.gate.allowed || element.gate.reason !== 'unknown');
  await element.updateComplete;
  return element;
}

const continueButton = (el: Element) => $<HTMLButtonElement>(el, '[part=continue-button]')!;

async function tick(el: HubImportNumber, item: string) {
  $<HTMLInputElement>(el, `input[name=${item}]`)!.click();
  await el.updateComplete;
}

describe('<hub-import-number>', () => {
  let hubWindow: FakeHubWindow | undefined;
  afterEach(() => {
    hubWindow?.restore();
    hubWindow = undefined;
  });

  it('lists what must be true first and links 360dialog’s migration guide', async () => {
    const element = await mount();
    const start = $<HTMLButtonElement>(element, '[part=start-button]')!;
    expect(start.textContent!.trim()).to.equal('Import from another BSP');
    start.click();
    await element.updateComplete;
    expect($(element, 'h2')!.textContent).to.equal('Import a number from another BSP');
    expect($$(element, '[part=checklist-item]').map((i) => i.textContent!.trim())).to.deep.equal([
      'The number is registered for the WhatsApp Business API with its current provider.',
      'Two-step verification is turned off for the number at that provider. It can be turned on again after the move.',
      'Only approved, high-quality message templates are copied. Other templates must be created and approved again.',
      'The display name, quality rating and messaging limit stay with the number; chat history does not move.',
    ]);
    const link = $<HTMLAnchorElement>(element, '[part=help-link]')!;
    expect(link.href).to.equal(
      'https://docs.360dialog.com/docs/waba-basics/migrating-phone-numbers/migrate-number-from-meta-or-alternate-bsp-to-360dialog-cloud-api',
    );
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '360dialog’s migration guide (opens in a new tab)',
    );
    await expect(element).to.be.accessible();
  });

  it('enables Continue with Facebook only once every point is confirmed', async () => {
    const element = await mount();
    $<HTMLButtonElement>(element, '[part=start-button]')!.click();
    await element.updateComplete;
    expect(continueButton(element).disabled).to.equal(true);
    expect(textOf(element)).to.contain('Confirm every point to continue.');
    for (const item of ['registered', 'twoStepOff', 'templates']) await tick(element, item);
    expect(continueButton(element).disabled).to.equal(true);
    await tick(element, 'displayName');
    expect(continueButton(element).disabled).to.equal(false);
    expect(textOf(element)).not.to.contain('Confirm every point to continue.');
    await tick(element, 'twoStepOff');
    expect(continueButton(element).disabled).to.equal(true);
  });

  it('starts unticked again after going back', async () => {
    const element = await mount();
    $<HTMLButtonElement>(element, '[part=start-button]')!.click();
    await element.updateComplete;
    await tick(element, 'registered');
    buttonNamed(element, /^Back$/)!.click();
    await element.updateComplete;
    $<HTMLButtonElement>(element, '[part=start-button]')!.click();
    await element.updateComplete;
    expect($<HTMLInputElement>(element, 'input[name=registered]')!.checked).to.equal(false);
  });

  it('opens from the number list and confirms the import started', async () => {
    const { list } = await mountList();
    hubWindow = await fakeHubWindow();
    $<HTMLButtonElement>(list, '[part=import-button]')!.click();
    // The flow's module may arrive after the list's: it opens once its element is defined.
    await waitUntil(() => $(list, 'hub-import-number') && $($(list, 'hub-import-number')!, 'h2'));
    const flow = $<HubImportNumber>(list, 'hub-import-number')!;
    for (const item of ['registered', 'twoStepOff', 'templates', 'displayName']) {
      await tick(flow, item);
    }
    continueButton(flow).click();
    expect(new URL(hubWindow.opened[0]!).pathname).to.equal('/dashboard/app/hubDemoPA/permissions');
    const onboarded = oneEvent(list, 'hub-number-onboarded');
    hubWindow.finish(`client=${FULL_ACCESS_CLIENT}&channels=[001bNaCH]`);
    expect((await onboarded).detail.mode).to.equal('import');
    await waitUntil(() => $(flow, '[part=confirmation]'));
    expect($(flow, '[part=confirmation]')!.textContent).to.contain(
      'Import started. The numbers list is up to date; the number shows its status while the move completes.',
    );
  });
});
