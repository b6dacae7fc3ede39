import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createSeedState, DEMO_PARTNER_ID } from '@hub/emulator';
import '../define/hub-provider.js';
import '../define/hub-number-details.js';
import type { HubNumberDetails } from './number-details.js';
import {
  FULL_ACCESS_CLIENT,
  READ_ONLY_CAPABILITIES,
  READ_ONLY_CLIENT,
  emulatedHub,
  emulatedSession,
  storeMessagingKey,
  type EmulatedHubOptions,
} from '../test-support/emulated-hub.js';
import { $, $$, buttonNamed, mountInProvider, textOf, typeInto } from '../test-support/dom.js';

/**
 * Seeded numbers: shared (Embedded Signup) partner-paid, on-behalf-of direct (mounted with
 * `paymentType: 'direct'`), under review, declined.
 */
const SHARED = { id: '001bNaCH', clientId: FULL_ACCESS_CLIENT };
const OBO_DIRECT = { id: '002nRdCH', clientId: 'nRdL1cCL' };
const UNDER_REVIEW = { id: '005kTeCH', clientId: 'kTeCo5CL' };
const DECLINED_READ_ONLY = { id: '006sHaCH', clientId: READ_ONLY_CLIENT };
const PENDING_DELETION = { id: '004cVeCH', clientId: 'cVerd3CL' };
/** Profile updates go to the number's Messaging API. */
const PROFILE_ROUTE = 'POST /whatsapp_business_profile';
const NAME_ROUTE =
  'POST /partners/:partner_id/clients/:client_id/channels/:channel_id/display_name';

async function mount(
  number: { id: string; clientId: string },
  options: EmulatedHubOptions = {},
  hub: Pick<ReturnType<typeof emulatedHub>, 'client' | 'emulator'> = emulatedHub({
    rateLimits: false,
    ...options,
  }),
) {
  const { client, emulator } = hub;
  const el = await mountInProvider<HubNumberDetails>(
    client,
    number.clientId,
    'hub-number-details',
    html`<hub-number-details number-id=${number.id}></hub-number-details>`,
  );
  await waitUntil(() => textOf(el).includes('WABA ID') && !$(el, '[part=loading]'), 'not loaded', {
    timeout: 8000,
  });
  return { el, emulator };
}

const field = (el: HubNumberDetails, id: string, value: string) => typeInto(el, `#${id}`, value);

/** The texts of the confirmations a user sees now: rendered, and inside the viewport. */
function seenConfirmations(el: HubNumberDetails): string[] {
  return $$(el, '[part=confirmation]')
    .filter((c) => {
      const box = c.getBoundingClientRect();
      return box.height > 0 && box.top >= 0 && box.bottom <= innerHeight;
    })
    .map((c) => c.querySelector('p')!.textContent!.trim());
}
const editProfile = (el: HubNumberDetails) => buttonNamed(el, /^Edit profile$/)!;

describe('<hub-number-details>', () => {
  it('shows a shared account: copyable IDs, commerce toggles, no direct-payment billing', async () => {
    const { el, emulator } = await mount(SHARED);
    const waba = emulator.state.wabas.find((w) => w.client_id === SHARED.clientId)!;
    expect(textOf(el)).to.contain('Shared (Embedded Signup)');
    expect(textOf(el)).to.contain(waba.namespace);
    expect(textOf(el)).not.to.contain('Billing started');
    const copyLabels = $$(el, '[part=copy-button]').map((b) => b.getAttribute('aria-label'));
    expect(copyLabels).to.include.members([
      'Copy Type',
      'Copy WABA ID',
      'Copy Namespace',
      'Copy Business Manager ID',
    ]);
    expect($$(el, 'input[type=checkbox]')).to.have.length(2);
    expect(textOf(el)).to.contain('Read-only. To change other details, create a support ticket.');
    const ticket = $<HTMLAnchorElement>(el, '[part=support-link]')!;
    expect([ticket.textContent, ticket.href, ticket.target, ticket.rel]).to.deep.equal([
      'create a support ticket',
      'https://docs.360dialog.com/docs/support/get-support',
      '_blank',
      'noopener',
    ]);
    expect(textOf(el)).not.to.contain('undefined');
  });

  it('says profile and commerce are not available for a number without Messaging API access', async () => {
    // Nordlicht's number ready for migration has no API key yet, so its server has none to use.
    const migrating = { id: '00gnRdCH', clientId: 'nRdL1cCL' };
    const hub = emulatedHub({ rateLimits: false, paymentType: 'direct' });
    const state = hub.emulator.state.channels.find((c) => c.id === migrating.id)!;
    expect(state.status).to.equal('ready_for_migration');
    const { el } = await mount(migrating, {}, hub);
    await waitUntil(() => textOf(el).includes('Not available for this number yet'), 'no note', {
      timeout: 8000,
    });
    expect($$(el, '[part=error]')).to.have.length(0);
    expect(textOf(el)).not.to.contain('Retry');
  });

  it('shows a date the Hub sent in no date form as sent, instead of failing to render', async () => {
    const state = createSeedState({ seed: 42, partnerId: DEMO_PARTNER_ID });
    state.channels.find((channel) => channel.id === OBO_DIRECT.id)!.billing_started_at = 'soon';
    const { el } = await mount(OBO_DIRECT, { paymentType: 'direct', state });
    expect(textOf(el)).to.match(/Billing started\s*soon/);
  });

  it('shows billing and plan for direct payment, and a support note for on-behalf-of commerce', async () => {
    const { el } = await mount(OBO_DIRECT, { paymentType: 'direct' });
    expect(textOf(el)).to.contain('Billing started');
    expect(textOf(el)).to.contain('Premium');
    const copyLabels = $$(el, '[part=copy-button]').map((b) => b.getAttribute('aria-label'));
    expect(copyLabels).to.include.members(['Copy Type', 'Copy Message on behalf']);
    expect(textOf(el)).to.contain('On behalf of');
    expect(textOf(el)).to.contain('contact support');
    expect($$(el, 'input[type=checkbox]')).to.have.length(0);
  });

  it('requests a display name: validates, then shows it under review without Edit', async () => {
    const { el, emulator } = await mount(SHARED);
    $<HTMLButtonElement>(el, '[part=edit-name-button]')!.click();
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.textContent).to.contain('up to 24 hours');
    await field(el, 'new-name', 'ab');
    dialog.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await el.updateComplete;
    expect($(el, '#new-name-error')!.textContent).to.contain('at least 3');
    expect(emulator.requests.some((r) => r.path.endsWith('/display_name'))).to.equal(false);

    await field(el, 'new-name', 'Bella Napoli Centro');
    const requested = oneEvent(el, 'hub-display-name-requested');
    dialog.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    expect((await requested).detail.displayName).to.equal('Bella Napoli Centro');
    await waitUntil(() => $(el, '[data-name-state=under_review]'), 'not under review');
    expect(dialog.open).to.equal(false);
    expect(textOf(el)).to.contain('Under review: “Bella Napoli Centro”');
    expect(seenConfirmations(el)).to.deep.equal(['New display name sent to Meta for review.']);
    expect($(el, '[part=confirmation]')!.dataset['tone']).to.equal('success');
    expect($(el, '[part=edit-name-button]')).to.equal(null);
    // Edit is gone: the focus is on the name rather than lost.
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '[data-display-name]'));
    const channel = emulator.state.channels.find((c) => c.id === SHARED.id)!;
    expect(channel.setup_info.new_phone_name).to.equal('Bella Napoli Centro');
  });

  it('shows the name under review at once, and takes it back when the Hub refuses', async () => {
    const { el } = await mount(SHARED, {
      faults: [{ route: NAME_ROUTE, latencyMs: 300, errorRate: 1, errorStatus: 500 }],
    });
    $<HTMLButtonElement>(el, '[part=edit-name-button]')!.click();
    await el.updateComplete;
    await field(el, 'new-name', 'Bella Napoli Est');
    $<HTMLButtonElement>(el, 'dialog button[type=submit]')!.click();
    await waitUntil(() => $(el, '[part=saving]'), 'the request is not shown as on its way');
    expect($(el, '[data-name-state=under_review]')!.textContent).to.contain('Bella Napoli Est');
    await waitUntil(() => $(el, '[part=dialog-error]'), 'no refusal shown', { timeout: 8000 });
    expect($(el, '[part=dialog-error]')!.textContent).to.contain(
      'Could not request the new display name',
    );
    expect($(el, '[data-name-state=under_review]')).to.equal(null);
    expect($(el, '[part=saving]')).to.equal(null);
    expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(true);
  });

  it('returns focus to Edit when the display-name dialog closes, and is accessible open', async () => {
    const { el } = await mount(SHARED);
    const edit = $<HTMLButtonElement>(el, '[part=edit-name-button]')!;
    edit.focus();
    edit.click();
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.contains(el.shadowRoot!.activeElement)).to.equal(true);
    await expect(el).to.be.accessible();
    // Tab from the last control wraps to the first instead of leaving the dialog.
    const controls = [...dialog.querySelectorAll<HTMLElement>('input, button')];
    controls.at(-1)!.focus();
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    controls.at(-1)!.dispatchEvent(tab);
    expect(tab.defaultPrevented).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(controls[0]);
    buttonNamed(dialog, /^Cancel$/)!.click();
    await waitUntil(() => !dialog.open);
    await waitUntil(() => el.shadowRoot!.activeElement === edit, 'focus not returned to Edit');
  });

  it('does not offer Edit while a name is under review', async () => {
    const { el } = await mount(UNDER_REVIEW);
    expect($(el, '[part=edit-name-button]')).to.equal(null);
    expect($(el, '[data-name-state=under_review]')!.textContent).to.contain('Official');
  });

  it('disables Edit with the reason for a number pending deletion', async () => {
    const { el } = await mount(PENDING_DELETION);
    expect($(el, '[part=status-badge]')!.dataset['status']).to.equal('pending_deletion');
    // The reason settles once the permissions are in; before that it says "checking".
    await waitUntil(
      () => $(el, '#name-gate')?.textContent?.includes('pending deletion'),
      'no pending-deletion reason',
    );
    const edit = $<HTMLButtonElement>(el, '[part=edit-name-button]')!;
    expect(edit.disabled).to.equal(true);
    expect(edit.getAttribute('aria-describedby')).to.equal('name-gate');
  });

  it('shows a declined name and disables edits without permission, with the reason', async () => {
    const hub = emulatedHub({ rateLimits: false, capabilities: READ_ONLY_CAPABILITIES });
    // The number was live before Meta declined its new name, so it keeps its Messaging API key.
    storeMessagingKey(hub.emulator, DECLINED_READ_ONLY.id);
    const { el } = await mount(DECLINED_READ_ONLY, {}, hub);
    const edit = $<HTMLButtonElement>(el, '[part=edit-name-button]')!;
    expect(edit.disabled).to.equal(true);
    expect($(el, '#name-gate')!.textContent).to.contain('does not include');
    // The sentence agrees with the disabled Edit: it does not offer what this session cannot do.
    expect(textOf($(el, '[data-name-state=rejected]')!)).to.equal(
      'Meta declined “Sahara Logistics Official”. Another name can be requested by someone whose access includes changing display names.',
    );
    await waitUntil(() => $(el, '#profile-gate'));
    expect(editProfile(el).disabled).to.equal(true);
  });

  it('offers another name after a decline, and sends it for review', async () => {
    const hub = emulatedHub({ rateLimits: false });
    storeMessagingKey(hub.emulator, DECLINED_READ_ONLY.id);
    const { el } = await mount(DECLINED_READ_ONLY, {}, hub);
    await waitUntil(() => $(el, '[part=edit-name-button]:not([disabled])'), 'Edit not enabled');
    expect(textOf($(el, '[data-name-state=rejected]')!)).to.equal(
      'Meta declined “Sahara Logistics Official”. Check Meta’s display name guidelines, then request another name with Edit display name.',
    );
    expect($(el, '#name-gate')).to.equal(null);
    $<HTMLButtonElement>(el, '[part=edit-name-button]')!.click();
    await el.updateComplete;
    await field(el, 'new-name', 'Sahara Freight');
    $<HTMLButtonElement>(el, 'dialog button[type=submit]')!.click();
    await waitUntil(() => $(el, '[data-name-state=under_review]'), 'not under review');
    expect(seenConfirmations(el)).to.deep.equal(['New display name sent to Meta for review.']);
  });

  it('says "checking", not "denied", while the permissions are still loading', async () => {
    // A session whose description (`GET …/session`, from the partner's server) never arrives.
    const { el } = await mount(
      SHARED,
      {},
      emulatedSession(() => new Promise<Response>(() => {}), { rateLimits: false }),
    );
    await waitUntil(() => $(el, '#profile-gate') && $(el, '#commerce-gate'), 'no gates shown');
    for (const id of ['#profile-gate', '#commerce-gate', '#name-gate']) {
      expect($(el, id)!.textContent, id).to.contain('Checking whether this is available');
    }
    expect(textOf(el)).not.to.contain('does not include');
    expect($<HTMLButtonElement>(el, '[part=edit-name-button]')!.disabled).to.equal(true);
  });

  it('checks profile limits before saving and saves a valid profile', async () => {
    const { el, emulator } = await mount(SHARED);
    await waitUntil(() => textOf(el).includes('Edit profile'));
    editProfile(el).click();
    await el.updateComplete;
    await field(el, 'pf-about', 'a'.repeat(140));
    await field(el, 'pf-website-0', 'not a url');
    $<HTMLButtonElement>(el, 'form.profile button[type=submit]')!.click();
    await el.updateComplete;
    expect($(el, '#pf-about-error')!.textContent).to.contain('At most 139');
    expect($(el, '#pf-website-0-error')!.textContent).to.contain('https://');
    expect($(el, '#pf-about')!.getAttribute('aria-invalid')).to.equal('true');
    expect(emulator.requests.some((r) => r.method === 'POST')).to.equal(false);

    await field(el, 'pf-about', 'Pizza every day');
    await field(el, 'pf-website-0', 'https://bellanapoli.example/menu');
    const saved = oneEvent(el, 'hub-profile-saved');
    $<HTMLButtonElement>(el, 'form.profile button[type=submit]')!.click();
    expect((await saved).detail.profile.about).to.equal('Pizza every day');
    expect(emulator.state.profiles[SHARED.id]!.about).to.equal('Pizza every day');
    await waitUntil(() => !$(el, 'form.profile'));
  });

  it('confirms a profile save where the user is, and gives the focus back to Edit profile', async () => {
    const { el } = await mount(SHARED);
    await waitUntil(() => textOf(el).includes('Edit profile'));
    editProfile(el).click();
    await el.updateComplete;
    await field(el, 'pf-about', 'Pizza every day');
    // The form is at the bottom: the page is scrolled down to it, far from the element's top.
    const save = $<HTMLButtonElement>(el, 'form.profile button[type=submit]')!;
    save.scrollIntoView({ block: 'end' });
    expect(el.getBoundingClientRect().top).to.be.lessThan(0);
    save.click();
    await waitUntil(() => seenConfirmations(el).length > 0, 'no confirmation in view');
    expect(seenConfirmations(el)).to.deep.equal(['Business profile saved.']);
    await waitUntil(() => el.shadowRoot!.activeElement === editProfile(el), 'focus lost');
    window.scrollTo(0, 0);
  });

  it('confirms a commerce setting as saved', async () => {
    const { el, emulator } = await mount(SHARED);
    await waitUntil(() => $(el, 'input[name=cartEnabled]:not([disabled])'), 'no cart toggle');
    const cart = $<HTMLInputElement>(el, 'input[name=cartEnabled]')!;
    const before = cart.checked;
    cart.click();
    await waitUntil(() => seenConfirmations(el).length > 0, 'no confirmation');
    expect(seenConfirmations(el)).to.deep.equal(['Commerce settings saved.']);
    expect(emulator.requests.filter((r) => r.method === 'POST').length).to.equal(1);
    expect(cart.checked).to.equal(!before);
    // A second change replaces the message rather than stacking another under it.
    cart.click();
    await waitUntil(() => emulator.requests.filter((r) => r.method === 'POST').length === 2);
    await waitUntil(() => $$(el, '[part=confirmation]').length === 1 && cart.checked === before);
    expect(seenConfirmations(el)).to.deep.equal(['Commerce settings saved.']);
  });

  it('says "Copied" on the Copy button, and shows why when copying fails', async () => {
    const { el } = await mount(SHARED);
    const clipboard = navigator.clipboard;
    const written: string[] = [];
    let fail = false;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: (text: string) =>
          fail ? Promise.reject(new Error('denied')) : (written.push(text), Promise.resolve()),
      },
    });
    try {
      const copy = $$<HTMLButtonElement>(el, '[part=copy-button]').find(
        (b) => b.getAttribute('aria-label') === 'Copy Namespace',
      )!;
      copy.click();
      await waitUntil(() => copy.textContent!.trim() === 'Copied', 'no "Copied"');
      expect(written).to.have.length(1);
      expect(copy.getAttribute('aria-label')).to.equal('Copy Namespace');
      expect($(el, '[part=confirmation]')).to.equal(null);

      fail = true;
      copy.click();
      await waitUntil(() => seenConfirmations(el).length > 0, 'no failure shown');
      expect(seenConfirmations(el)).to.deep.equal(['Could not copy; select the text instead.']);
      expect($(el, '[part=confirmation]')!.dataset['tone']).to.equal('danger');
      expect(copy.textContent!.trim()).to.equal('Copy');
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
  });

  it('keeps a website in its own field while the first is empty, and saves it alone', async () => {
    const { el, emulator } = await mount(SHARED);
    await waitUntil(() => textOf(el).includes('Edit profile'));
    editProfile(el).click();
    await el.updateComplete;
    await field(el, 'pf-website-0', '');
    await field(el, 'pf-website-1', 'h');
    await field(el, 'pf-website-1', 'https://second.example');
    expect($<HTMLInputElement>(el, '#pf-website-0')!.value).to.equal('');
    expect($<HTMLInputElement>(el, '#pf-website-1')!.value).to.equal('https://second.example');
    const saved = oneEvent(el, 'hub-profile-saved');
    $<HTMLButtonElement>(el, 'form.profile button[type=submit]')!.click();
    expect((await saved).detail.profile.websites).to.deep.equal(['https://second.example']);
    expect(emulator.state.profiles[SHARED.id]!.websites).to.deep.equal(['https://second.example']);
  });

  it('names industries in words and keeps an unknown one selectable', async () => {
    const { client, emulator } = emulatedHub({ rateLimits: false });
    emulator.state.profiles[SHARED.id]!.vertical = 'SPACE_TRAVEL';
    const el = await mountInProvider<HubNumberDetails>(
      client,
      SHARED.clientId,
      'hub-number-details',
      html`<hub-number-details number-id=${SHARED.id}></hub-number-details>`,
    );
    await waitUntil(() => textOf(el).includes('Edit profile'), 'no profile', { timeout: 8000 });
    expect(textOf(el)).to.contain('SPACE_TRAVEL');
    editProfile(el).click();
    await el.updateComplete;
    const select = $<HTMLSelectElement>(el, '#pf-vertical')!;
    expect(select.value).to.equal('SPACE_TRAVEL');
    const restaurant = [...select.options].find((o) => o.value === 'RESTAURANT')!;
    expect(restaurant.textContent!.trim()).to.equal('Restaurant');
    select.value = 'PROF_SERVICES';
    select.dispatchEvent(new Event('change'));
    const saved = oneEvent(el, 'hub-profile-saved');
    $<HTMLButtonElement>(el, 'form.profile button[type=submit]')!.click();
    expect((await saved).detail.profile.vertical).to.equal('PROF_SERVICES');
    await waitUntil(() => textOf(el).includes('Professional services'), 'label not shown');
  });

  it('keeps the typed profile when saving fails', async () => {
    const { el } = await mount(SHARED, {
      faults: [{ route: PROFILE_ROUTE, errorRate: 1, errorStatus: 500 }],
    });
    await waitUntil(() => textOf(el).includes('Edit profile'));
    editProfile(el).click();
    await el.updateComplete;
    await field(el, 'pf-address', 'Via Toledo 1');
    $<HTMLButtonElement>(el, 'form.profile button[type=submit]')!.click();
    await waitUntil(() => $(el, 'form.profile [role=alert]'), 'no error', { timeout: 8000 });
    expect($(el, 'form.profile [role=alert]')!.textContent).to.contain('your changes are kept');
    expect($<HTMLInputElement>(el, '#pf-address')!.value).to.equal('Via Toledo 1');
  });

  it('is accessible', async () => {
    const { el } = await mount(OBO_DIRECT, { paymentType: 'direct' });
    await expect(el).to.be.accessible();
  });
});
