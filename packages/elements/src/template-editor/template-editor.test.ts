import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import {
  createHubClient,
  type Capability,
  type MessageTemplate,
  type TemplateEditorMode,
} from '@hub/core';
import { DEMO_API_KEY, DEMO_PARTNER_ID, type EmulatorOptions } from '@hub/emulator';
import '../define/hub-provider.js';
import '../define/hub-template-editor.js';
import type { HubProvider } from '../provider/provider.js';
import type { HubTemplateEditor } from './template-editor.js';
import {
  EMULATOR_BASE_URL,
  FULL_ACCESS_CLIENT,
  READ_ONLY_CAPABILITIES,
  READ_ONLY_CLIENT,
  emulatedHub,
} from '../test-support/emulated-hub.js';

const WABA = 'bNapoWA';

interface MountOptions {
  emulator?: EmulatorOptions;
  clientId?: string;
  waba?: string;
  mode?: TemplateEditorMode;
  template?: MessageTemplate;
  fetch?: (hub: ReturnType<typeof emulatedHub>) => typeof fetch;
  /** What the session may do; every capability when left out (the demo API key). */
  capabilities?: readonly Capability[];
}

async function mount(options: MountOptions = {}) {
  const hub = emulatedHub({
    templateReviewDelayMs: 40,
    ...options.emulator,
    capabilities: options.capabilities,
  });
  const client = options.fetch
    ? createHubClient({
        partnerId: DEMO_PARTNER_ID,
        baseUrl: EMULATOR_BASE_URL,
        auth: { apiKey: DEMO_API_KEY },
        fetch: options.fetch(hub),
        capabilities: options.capabilities,
      })
    : hub.client;
  const provider = await fixture<HubProvider>(html`
    <hub-provider .client=${client} client-id=${options.clientId ?? FULL_ACCESS_CLIENT}>
      <hub-template-editor
        waba-account-id=${options.waba ?? WABA}
        mode=${options.mode ?? 'create'}
        review-poll-ms="60"
        .template=${options.template}
      ></hub-template-editor>
    </hub-provider>
  `);
  const el = provider.querySelector('hub-template-editor')!;
  await waitUntil(() => el.shadowRoot!.querySelector('form'), 'form never shown');
  return { ...hub, client, provider, el, root: el.shadowRoot! };
}

const $ = <T extends Element = HTMLInputElement>(root: ShadowRoot, selector: string) =>
  root.querySelector<T>(selector)!;

async function type(el: HubTemplateEditor, selector: string, value: string) {
  const input = $<HTMLInputElement>(el.shadowRoot!, selector);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

async function choose(el: HubTemplateEditor, selector: string, value: string) {
  const select = $<HTMLSelectElement>(el.shadowRoot!, selector);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

async function click(el: HubTemplateEditor, label: RegExp) {
  const button = [...el.shadowRoot!.querySelectorAll('button')].find((b) =>
    label.test((b.getAttribute('aria-label') ?? b.textContent ?? '').trim()),
  );
  if (!button) throw new Error(`no button ${label}`);
  button.click();
  await el.updateComplete;
}

const offerToggle = (root: ShadowRoot) =>
  [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find((c) =>
    c.parentElement!.textContent!.includes('limited-time offer'),
  )!;

const preview = (el: HubTemplateEditor) =>
  el.shadowRoot!.querySelector('hub-template-preview')!.shadowRoot!;
const submit = (el: HubTemplateEditor) => $<HTMLButtonElement>(el.shadowRoot!, '[part=submit]');
const posts = (emulator: ReturnType<typeof emulatedHub>['emulator']) =>
  emulator.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/waba_templates'));

/** An editor that loads its template by the `template-name` and `language` attributes. */
async function mountByName(
  hub: ReturnType<typeof emulatedHub>,
  mode: TemplateEditorMode,
  name: string,
  language: string,
) {
  const provider = await fixture<HubProvider>(html`
    <hub-provider .client=${hub.client} client-id=${FULL_ACCESS_CLIENT}>
      <hub-template-editor
        waba-account-id=${WABA}
        mode=${mode}
        template-name=${name}
        language=${language}
        review-poll-ms="60"
      ></hub-template-editor>
    </hub-provider>
  `);
  const el = provider.querySelector('hub-template-editor')!;
  await waitUntil(() => el.shadowRoot!.querySelector('[part=submit]'), 'never loaded');
  return el;
}

async function permissionsLoaded(el: HubTemplateEditor) {
  await waitUntil(() => el.shadowRoot!.querySelector('[part=submit]'), 'no write permission');
}

async function submitted(el: HubTemplateEditor): Promise<MessageTemplate> {
  expect(submit(el).disabled, 'submit disabled').to.equal(false);
  const event = oneEvent(el, 'hub-template-submitted');
  submit(el).click();
  return (await event).detail.template;
}

beforeEach(() => localStorage.clear());

describe('<hub-template-editor>', () => {
  it('validates and previews as you type, then submits and shows the review outcome', async () => {
    const { el, root, emulator } = await mount();
    await permissionsLoaded(el);
    expect(submit(el).disabled).to.equal(true);
    expect($(root, '[part=summary]').textContent).to.contain('problem');

    await type(el, '#field-name', 'Bad Name');
    expect($(root, '#field-name').getAttribute('aria-invalid')).to.equal('true');
    const describedBy = $(root, '#field-name').getAttribute('aria-describedby')!;
    expect($(root, `#${describedBy.split(' ').at(-1)}`).textContent).to.contain('lowercase');

    await type(el, '#field-name', 'spring_sale_ui');
    expect($(root, '#field-name').getAttribute('aria-invalid')).to.equal('false');
    await type(el, '#field-body', 'Hi {{1}}, our *sale* starts now!');
    expect(preview(el).querySelector('.body strong')!.textContent).to.equal('sale');
    await type(el, '#field-samples', 'Ana');
    expect(preview(el).querySelector('.body')!.textContent).to.contain('Hi Ana');
    await expect(el).to.be.accessible();

    const template = await submitted(el);
    expect(template.status).to.equal('PENDING');
    expect(posts(emulator)).to.have.length(1);
    await waitUntil(() => $(root, '[part=result]').textContent!.includes('Active'), 'no outcome', {
      timeout: 3000,
    });
    expect(localStorage.length).to.equal(0);
    expect(root.activeElement).to.equal($(root, '[part=result]'));
    await click(el, /^Create another$/);
    expect(root.activeElement).to.equal($(root, '#field-name'));
    expect($(root, '#field-name').value).to.equal('');
  });

  it('is read-only when the status rules out editing, with the reason', async () => {
    const hub = emulatedHub();
    const page = await hub.client.templates.list(WABA, { filters: { status: 'PENDING' } });
    const { root } = await mount({ mode: 'edit', template: page.items[0]! });
    await waitUntil(() => root.textContent!.includes('WhatsApp is reviewing it'), 'no reason');
    expect(root.querySelector('[part=submit]')).to.equal(null);
    // Read-only, not disabled: keyboard users can still reach and read every text.
    const body = $<HTMLTextAreaElement>(root, '#field-body');
    expect(body.readOnly).to.equal(true);
    body.focus();
    expect(root.activeElement).to.equal(body);
  });

  it('builds every template kind through the UI', async () => {
    const { el, root, emulator } = await mount();
    await permissionsLoaded(el);

    // Marketing: text header with a sample, footer, quick replies and a URL button.
    await type(el, '#field-name', 'kind_marketing');
    await choose(el, '#field-header', 'TEXT');
    await type(el, '#header-text', 'Hello {{1}}');
    await type(el, '#field-body', 'Our spring sale is on, {{1}}. Enjoy the new season with us!');
    await type(el, '#field-samples', 'Ana');
    await type(el, '#sample-body-1', 'Ben');
    await type(el, '#field-footer', 'Reply STOP to opt out');
    await click(el, /^Add button$/);
    await type(el, '#field-button-0', 'Yes please');
    await choose(el, '#button-new-type', 'URL');
    await click(el, /^Add button$/);
    await type(el, '#button-1-url', 'https://shop.test/{{1}}');
    await type(el, '#field-button-1', 'Shop now');
    await type(el, '#button-1-urlExample', 'spring');
    await choose(el, '#button-new-type', 'QUICK_REPLY');
    await click(el, /^Add button$/);
    // The new quick reply joins its group instead of breaking it.
    expect($(root, '#field-button-1').value).to.equal('');
    await type(el, '#field-button-1', 'No thanks');
    expect(preview(el).querySelectorAll('[part=button]')).to.have.length(3);
    await click(el, /^Move Button 3: Visit website up$/);
    expect(root.querySelector('#issues-buttons')!.textContent).to.match(
      /quick-reply buttons together/,
    );
    expect(submit(el).disabled).to.equal(true);
    await click(el, /^Move Button 2: Visit website up$/);
    await click(el, /^Move Button 1: Visit website down$/);
    await click(el, /^Move Button 2: Visit website down$/);
    let created = await submitted(el);
    expect(created.components.map((c) => c.type)).to.deep.equal([
      'HEADER',
      'BODY',
      'FOOTER',
      'BUTTONS',
    ]);

    // Authentication: WhatsApp's text, an OTP button and an expiry.
    await click(el, /^Create another$/);
    await type(el, '#field-name', 'kind_auth');
    await choose(el, '#field-category', 'AUTHENTICATION');
    await choose(el, '#field-button-0', 'ONE_TAP');
    await type(el, '#otp-autofill', 'Autofill');
    await type(el, '#otp-package', 'com.example.app');
    await type(el, '#otp-hash', 'K8a/AINcGX7');
    await type(el, '#field-footer', '5');
    expect(preview(el).textContent).to.contain('expires in 5 minutes');
    await expect(el).to.be.accessible();
    created = await submitted(el);
    expect(created.category).to.equal('AUTHENTICATION');

    // Media header, carousel and a location header.
    await click(el, /^Create another$/);
    await type(el, '#field-name', 'kind_carousel');
    await type(el, '#field-body', 'Pick your favourite from our new collection today.');
    const carouselToggle = [
      ...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]'),
    ].find((c) => c.parentElement!.textContent!.includes('carousel'))!;
    carouselToggle.click();
    await el.updateComplete;
    for (const index of [0, 1]) {
      await type(el, `#field-card-${index}`, `handle-${index}`);
      await type(el, `#card-${index}-body`, `Card ${index} for {{1}}`);
      await type(el, `#card-${index}-sample-1`, `Guest ${index}`);
      await type(el, `#card-${index}-button-0-text`, 'More');
    }
    expect(preview(el).querySelectorAll('[part=cards] > li')).to.have.length(2);
    expect(preview(el).querySelector('[part=cards]')!.textContent).to.contain('Card 1 for Guest 1');
    await expect(el).to.be.accessible();
    created = await submitted(el);
    expect(created.components.some((c) => c.type === 'CAROUSEL')).to.equal(true);

    // Limited-time offer: the offer strip, a copy-code button and the URL button it needs.
    await click(el, /^Create another$/);
    await type(el, '#field-name', 'kind_offer');
    await choose(el, '#field-header', 'IMAGE');
    await type(el, '#header-handle', '4::aW1hZ2U=');
    offerToggle(root).click();
    await el.updateComplete;
    await type(el, '#field-offer', 'Flash deal');
    await type(el, '#field-body', 'Everything is 20% off until midnight, do not miss it.');
    await choose(el, '#button-new-type', 'COPY_CODE');
    await click(el, /^Add button$/);
    await type(el, '#field-button-0', 'FLASH20');
    expect(submit(el).disabled, 'an offer needs a URL button').to.equal(true);
    await choose(el, '#button-new-type', 'URL');
    await click(el, /^Add button$/);
    await type(el, '#field-button-1', 'Shop');
    await type(el, '#button-1-url', 'https://shop.test/deals');
    expect(preview(el).querySelector('.offer')!.textContent).to.contain('Flash deal');
    created = await submitted(el);
    expect(created.components.some((c) => c.type === 'LIMITED_TIME_OFFER')).to.equal(true);

    await click(el, /^Create another$/);
    await type(el, '#field-name', 'kind_location');
    await choose(el, '#field-category', 'UTILITY');
    await choose(el, '#field-header', 'LOCATION');
    await type(el, '#field-body', 'Your parcel {{1}} waits for you at this pickup point.');
    await type(el, '#field-samples', 'AB12');
    expect(preview(el).querySelector('[part=header]')!.textContent).to.contain('Location');
    await choose(el, '#field-header', 'IMAGE');
    await type(el, '#header-handle', '4::aW1hZ2U=');
    created = await submitted(el);
    expect(created.components[0]).to.include({ type: 'HEADER', format: 'IMAGE' });
    expect(posts(emulator)).to.have.length(5);
  });

  it('puts a server rejection on its fields and keeps the form exactly as it was', async () => {
    const { el, root } = await mount({
      fetch: (hub) => async (input, init) => {
        const request = new Request(input, init);
        if (request.method === 'POST' && request.url.endsWith('/waba_templates')) {
          return Response.json(
            {
              meta: {
                success: false,
                http_code: 400,
                developer_message: 'Wrong payload',
                details: ['components.0.text: This text is not allowed by the platform.'],
              },
            },
            { status: 400 },
          );
        }
        return hub.emulator.fetch(request);
      },
    });
    await permissionsLoaded(el);
    await type(el, '#field-name', 'server_says_no');
    await type(el, '#field-body', 'A perfectly fine body text for our customers.');
    const before = $<HTMLTextAreaElement>(root, '#field-body').value;
    submit(el).click();
    await waitUntil(() => root.querySelector('[role=alert]'), 'no error shown');
    expect($(root, '[role=alert]').textContent).to.contain('Your changes are kept');
    expect($(root, '#field-body').getAttribute('aria-invalid')).to.equal('true');
    expect(root.querySelector('#issues-body')!.textContent).to.contain(
      'not allowed by the platform',
    );
    expect($<HTMLTextAreaElement>(root, '#field-body').value).to.equal(before);
    expect($(root, '#field-name').value).to.equal('server_says_no');
  });

  it('puts a duplicate name (409) on the name field', async () => {
    const { el, root, emulator } = await mount();
    await permissionsLoaded(el);
    const existing = emulator.state.templates.find(
      (t) => t.waba_account_id === WABA && t.category === 'UTILITY',
    )!;
    await type(el, '#field-name', existing.name);
    await choose(el, '#field-category', 'UTILITY');
    await type(el, '#field-language', existing.language);
    await type(el, '#field-body', 'A perfectly fine body text for our customers.');
    submit(el).click();
    await waitUntil(() => root.querySelector('#issues-name'), 'conflict not on the name');
    expect($(root, '#issues-name').textContent).to.contain('already exists');
  });

  it('keeps an unsaved draft across a reload and offers it back', async () => {
    const first = await mount();
    await permissionsLoaded(first.el);
    await type(first.el, '#field-name', 'draft_survives');
    await type(first.el, '#field-body', 'Half-written text');
    expect(first.el.hasUnsavedChanges).to.equal(true);
    first.provider.remove();

    const { el, root } = await mount();
    await permissionsLoaded(el);
    expect($(root, '#field-name').value).to.equal('');
    expect(root.textContent).to.contain('Unsaved changes found');
    await click(el, /^Restore them$/);
    expect($(root, '#field-name').value).to.equal('draft_survives');
    expect($<HTMLTextAreaElement>(root, '#field-body').value).to.equal('Half-written text');
  });

  it('prefills copies and new languages from the template', async () => {
    const hub = emulatedHub();
    const page = await hub.client.templates.list(WABA, { filters: { status: 'APPROVED' } });
    const source = page.items.find((t) => t.category !== 'AUTHENTICATION')!;
    const body = source.components.find((c) => c.type === 'BODY')!.text as string;

    const copy = await mount({ mode: 'copy', template: source });
    expect($(copy.root, '#field-name').value).to.equal(`${source.name}_copy`);
    expect($(copy.root, '#field-language').value).to.equal(source.language);
    expect($<HTMLTextAreaElement>(copy.root, '#field-body').value).to.equal(body);
    expect(copy.el.hasUnsavedChanges).to.equal(false);

    const translation = await mount({ mode: 'add-language', template: source });
    const name = $(translation.root, '#field-name');
    expect(name.value).to.equal(source.name);
    expect(name.readOnly).to.equal(true);
    expect($<HTMLSelectElement>(translation.root, '#field-category').disabled).to.equal(true);
    expect($(translation.root, '#field-language').value).to.equal('');
    expect($<HTMLTextAreaElement>(translation.root, '#field-body').value).to.equal(body);
  });

  it('loads a template by name, saves the edit with templates.update and shows the review', async () => {
    // Long enough that the edit is read back before its review ends, even on a loaded machine.
    const hub = emulatedHub({ templateReviewDelayMs: 400 });
    const source = hub.emulator.state.templates.find(
      (t) => t.waba_account_id === WABA && t.status === 'approved' && t.category === 'UTILITY',
    )!;
    const loading = mountByName(hub, 'edit', source.name, source.language);
    await waitUntil(() => document.querySelector('hub-template-editor'));
    const shown = document.querySelector('hub-template-editor')!.shadowRoot!;
    expect(shown.querySelector('[part=loading]')).to.not.equal(null);
    const el = await loading;
    const root = el.shadowRoot!;
    expect($(root, '#field-name').value).to.equal(source.name);
    expect($(root, '#field-name').readOnly).to.equal(true);
    expect($(root, '#field-language').readOnly).to.equal(true);
    const text = 'Your order {{1}} is confirmed and will ship {{2}} as planned.';
    await type(el, '#field-body', text);
    expect(el.hasUnsavedChanges).to.equal(true);
    expect(localStorage.length).to.equal(1);

    const saved = await submitted(el);
    expect(saved).to.include({ id: source.id, status: 'PENDING' });
    const patches = hub.emulator.requests.filter((r) => r.method === 'PATCH');
    expect(patches).to.have.length(1);
    expect(patches[0]!.path).to.match(new RegExp(`/waba_templates/${source.id}$`));
    expect(posts(hub.emulator)).to.have.length(0);
    expect(source.components.find((c) => c.type === 'BODY')!.text).to.equal(text);
    expect($(root, '[part=result]').textContent).to.contain('WhatsApp reviews the changes again');
    // Saved: nothing left to lose, so leaving does not ask and the draft is gone.
    expect(el.hasUnsavedChanges).to.equal(false);
    expect(localStorage.length).to.equal(0);
    await waitUntil(() => $(root, '[part=result]').textContent!.includes('Active'), 'no outcome', {
      timeout: 3000,
    });
    let cancelled = 0;
    el.addEventListener('hub-template-cancel', () => cancelled++);
    await click(el, /^Done$/);
    expect(root.querySelector('dialog')).to.equal(null);
    expect(cancelled).to.equal(1);
  });

  it('keeps the category in every edit and sends the content only', async () => {
    const hub = emulatedHub();
    const find = (status: string) =>
      hub.emulator.state.templates.find((t) => t.waba_account_id === WABA && t.status === status)!;
    const approved = await mountByName(
      hub,
      'edit',
      find('approved').name,
      find('approved').language,
    );
    expect($<HTMLSelectElement>(approved.shadowRoot!, '#field-category').disabled).to.equal(true);
    approved.remove();

    const rejected = find('rejected');
    const category = rejected.category;
    const el = await mountByName(hub, 'edit', rejected.name, rejected.language);
    expect($<HTMLSelectElement>(el.shadowRoot!, '#field-category').disabled).to.equal(true);
    await type(el, '#field-body', 'Your table is booked. Reply STOP to opt out.');
    const sent = await submitted(el);
    expect(sent.status).to.equal('PENDING');
    expect(rejected.category).to.equal(category);
    const edit = hub.emulator.requests.filter((r) => r.method === 'PATCH').at(-1)!;
    expect(edit.path.startsWith('/v1/partners/'), edit.path).to.equal(true);
  });

  it('shows the platform refusing an edit and keeps the changes', async () => {
    const hub = emulatedHub();
    const source = hub.emulator.state.templates.find(
      (t) => t.waba_account_id === WABA && t.status === 'approved' && t.category === 'UTILITY',
    )!;
    // Meta allows one edit of an approved template per 24 hours.
    source.approved_edits_at = [Date.now()];
    const el = await mountByName(hub, 'edit', source.name, source.language);
    const root = el.shadowRoot!;
    // The rules of the status are shown before saving.
    expect($(root, '[role=note]').textContent).to.contain('one per 24 hours');
    await type(el, '#field-body', 'A second edit the same day, which WhatsApp does not allow.');
    submit(el).click();
    await waitUntil(() => root.querySelector('[role=alert]'), 'no error shown');
    expect($(root, '[role=alert]').textContent).to.contain('Your changes are kept');
    expect($<HTMLTextAreaElement>(root, '#field-body').value).to.contain('A second edit');
    expect(el.hasUnsavedChanges).to.equal(true);
  });

  it('adds two URL buttons in a row: the chosen type survives the re-render', async () => {
    const { el, root } = await mount();
    await permissionsLoaded(el);
    await choose(el, '#button-new-type', 'URL');
    await click(el, /^Add button$/);
    expect($<HTMLSelectElement>(root, '#button-new-type').value).to.equal('URL');
    await click(el, /^Add button$/);
    const legends = [...root.querySelectorAll('.button-row legend')].map((l) => l.textContent);
    expect(legends).to.deep.equal(['Button 1: Visit website', 'Button 2: Visit website']);
  });

  it('keeps a typed language name until the field is left, then shows its code', async () => {
    const { el, root } = await mount();
    await permissionsLoaded(el);
    const language = $(root, '#field-language');
    await type(el, '#field-language', 'English');
    expect(language.value).to.equal('English');
    await type(el, '#field-language', 'English (US');
    expect(language.value).to.equal('English (US');
    await type(el, '#field-language', 'English (US)');
    expect(language.value).to.equal('English (US)');
    expect($(root, '#language-hint').textContent).to.contain('English (US)');
    language.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(language.value).to.equal('en_US');
    // A code picked from the list shows as it is.
    await type(el, '#field-language', 'de');
    expect(language.value).to.equal('de');
    expect($(root, '#language-hint').textContent).to.contain('German');
  });

  it('links group issues with aria-describedby and gives every summary link a target', async () => {
    const { el, root } = await mount();
    await permissionsLoaded(el);
    await type(el, '#field-name', 'grouped_issues');
    await type(el, '#field-body', 'Hello there, this is a perfectly fine body text.');
    await choose(el, '#button-new-type', 'URL');
    await click(el, /^Add button$/);
    await choose(el, '#button-new-type', 'QUICK_REPLY');
    await click(el, /^Add button$/);
    await click(el, /^Add button$/);
    await click(el, /^Move Button 2: Quick reply up$/);
    const group = $(root, '#field-buttons');
    expect(group.getAttribute('aria-describedby')).to.contain('issues-buttons');
    expect($(root, '#issues-buttons').textContent).to.match(/quick-reply buttons together/);
    for (const link of root.querySelectorAll<HTMLAnchorElement>('[part=summary] a')) {
      const target = root.querySelector<HTMLElement>(link.getAttribute('href')!);
      expect(target, link.getAttribute('href')!).to.not.equal(null);
      link.click();
      expect(root.activeElement).to.equal(target);
    }
    await expect(el).to.be.accessible();

    // Authentication: the body's issues sit at the security checkbox, the OTP fields are linked.
    await choose(el, '#field-category', 'AUTHENTICATION');
    await choose(el, '#field-button-0', 'ONE_TAP');
    submit(el).click();
    await el.updateComplete;
    expect(root.querySelector('#field-body')).to.not.equal(null);
    for (const id of ['otp-autofill', 'otp-package', 'otp-hash']) {
      expect($(root, `#${id}`).getAttribute('aria-describedby'), id).to.equal('issues-button-0');
    }
    for (const link of root.querySelectorAll<HTMLAnchorElement>('[part=summary] a')) {
      expect(root.querySelector(link.getAttribute('href')!), link.href).to.not.equal(null);
    }

    // Carousel: the group and each card's text, samples and buttons point at their issues.
    await choose(el, '#field-category', 'MARKETING');
    const carouselToggle = [
      ...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]'),
    ].find((c) => c.parentElement!.textContent!.includes('carousel'))!;
    carouselToggle.click();
    await el.updateComplete;
    await type(el, '#card-0-body', 'Card for {{1}}');
    expect(root.querySelector('#issues-card-0')).to.not.equal(null);
    for (const id of ['card-0-body', 'card-0-sample-1', 'card-0-button-0-text']) {
      expect($(root, `#${id}`).getAttribute('aria-describedby'), id).to.equal('issues-card-0');
    }
    expect(root.querySelector('#field-carousel')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('reset() starts over: the same template copied twice shows the form, not the last result', async () => {
    const hub = emulatedHub();
    const page = await hub.client.templates.list(WABA, { filters: { status: 'APPROVED' } });
    const source = page.items.find((t) => t.category === 'UTILITY')!;
    const { el, root } = await mount({ mode: 'copy', template: source });
    await permissionsLoaded(el);
    await type(el, '#field-name', 'copied_once');
    await submitted(el);
    expect(root.querySelector('[part=result]')).to.not.equal(null);
    el.reset();
    await el.updateComplete;
    expect(root.querySelector('[part=result]')).to.equal(null);
    expect($(root, '#field-name').value).to.equal(`${source.name}_copy`);

    // Leaving resets too: "New template" after a submit starts empty.
    el.mode = 'create';
    await el.updateComplete;
    await type(el, '#field-name', 'created_then_left');
    await type(el, '#field-body', 'A perfectly fine body text for our customers.');
    await submitted(el);
    await click(el, /^Done$/);
    expect(root.querySelector('[part=result]')).to.equal(null);
    expect($(root, '#field-name').value).to.equal('');
  });

  it('puts a language that already exists (409) on the language field when adding a language', async () => {
    const hub = emulatedHub();
    const page = await hub.client.templates.list(WABA, { filters: { status: 'APPROVED' } });
    const source = page.items.find((t) => t.category === 'UTILITY')!;
    const { el, root } = await mount({ mode: 'add-language', template: source });
    await permissionsLoaded(el);
    await type(el, '#field-language', source.language);
    submit(el).click();
    await waitUntil(() => root.querySelector('#issues-language'), 'conflict not on the language');
    expect($(root, '#issues-language').textContent).to.contain('already exists');
    expect(root.querySelector('#issues-name')).to.equal(null);
  });

  it('builds media headers, a phone button and named variables through the UI', async () => {
    const { el, root } = await mount();
    await permissionsLoaded(el);
    await type(el, '#field-name', 'kind_video_phone');
    await choose(el, '#field-category', 'UTILITY');
    await choose(el, '#field-header', 'VIDEO');
    await type(el, '#header-handle', '4::dmlkZW8=');
    await type(el, '#field-body', 'Watch how to set up your new router before our visit.');
    await choose(el, '#button-new-type', 'PHONE_NUMBER');
    await click(el, /^Add button$/);
    await type(el, '#field-button-0', 'Call us');
    await type(el, '#button-0-phoneNumber', '+4930123456789');
    expect(preview(el).querySelector('[part=header]')!.textContent).to.contain('Video');
    let created = await submitted(el);
    expect(created.components[0]).to.include({ type: 'HEADER', format: 'VIDEO' });
    const buttons = created.components.find((c) => c.type === 'BUTTONS')!.buttons as object[];
    expect(buttons[0]).to.include({ type: 'PHONE_NUMBER', phone_number: '+4930123456789' });

    await click(el, /^Create another$/);
    await type(el, '#field-name', 'kind_document_named');
    await choose(el, '#field-category', 'UTILITY');
    await choose(el, '#parameter-format', 'NAMED');
    await choose(el, '#field-header', 'DOCUMENT');
    await type(el, '#header-handle', '4::ZG9j');
    await click(el, /^Add variable$/);
    const body = $<HTMLTextAreaElement>(root, '#field-body');
    expect(body.value).to.match(/^\{\{\w+\}\}$/);
    await type(el, '#field-body', 'Hi {{first_name}}, your invoice {{invoice_id}} is attached.');
    await type(el, '#field-samples', 'Ana');
    await type(el, '#sample-body-invoice_id', 'INV-7');
    expect(preview(el).querySelector('.body')!.textContent).to.contain(
      'Hi Ana, your invoice INV-7',
    );
    created = await submitted(el);
    expect(created.components[0]).to.include({ type: 'HEADER', format: 'DOCUMENT' });
    expect(JSON.stringify(created.components)).to.contain('body_text_named_params');
  });

  it('submits a location-header template', async () => {
    const { el, root } = await mount();
    await permissionsLoaded(el);
    await type(el, '#field-name', 'kind_location_only');
    await choose(el, '#field-category', 'UTILITY');
    await choose(el, '#field-header', 'LOCATION');
    await type(el, '#field-body', 'Your parcel {{1}} waits for you at this pickup point.');
    await type(el, '#field-samples', 'AB12');
    expect(root.querySelector('#header-handle')).to.equal(null);
    const created = await submitted(el);
    expect(created.components[0]).to.include({ type: 'HEADER', format: 'LOCATION' });
  });

  it('offers the draft back after a failed submit and a reload', async () => {
    const failing =
      (hub: ReturnType<typeof emulatedHub>) =>
      async (input: RequestInfo | URL, init?: RequestInit) => {
        const request = new Request(input, init);
        if (request.method === 'POST' && request.url.endsWith('/waba_templates')) {
          return Response.json({ meta: { success: false, http_code: 503 } }, { status: 503 });
        }
        return hub.emulator.fetch(request);
      };
    const first = await mount({ fetch: failing });
    await permissionsLoaded(first.el);
    await type(first.el, '#field-name', 'failed_then_back');
    await type(first.el, '#field-body', 'A perfectly fine body text for our customers.');
    submit(first.el).click();
    await waitUntil(() => first.root.querySelector('[role=alert]'), 'no error shown');
    first.provider.remove();

    const { el, root } = await mount();
    await permissionsLoaded(el);
    expect(root.textContent).to.contain('Unsaved changes found');
    await click(el, /^Restore them$/);
    expect($(root, '#field-name').value).to.equal('failed_then_back');
    await submitted(el);
  });

  it('prefills copy and add-language from the template-name and language attributes', async () => {
    const hub = emulatedHub();
    const source = hub.emulator.state.templates.find(
      (t) => t.waba_account_id === WABA && t.status === 'approved' && t.category === 'UTILITY',
    )!;
    const body = source.components.find((c) => c.type === 'BODY')!.text as string;
    const copy = await mountByName(hub, 'copy', source.name, source.language);
    expect($(copy.shadowRoot!, '#field-name').value).to.equal(`${source.name}_copy`);
    expect($(copy.shadowRoot!, '#field-language').value).to.equal(source.language);
    expect($<HTMLTextAreaElement>(copy.shadowRoot!, '#field-body').value).to.equal(body);

    const translation = await mountByName(hub, 'add-language', source.name, source.language);
    expect($(translation.shadowRoot!, '#field-name').value).to.equal(source.name);
    expect($(translation.shadowRoot!, '#field-language').value).to.equal('');
    expect($<HTMLTextAreaElement>(translation.shadowRoot!, '#field-body').value).to.equal(body);
  });

  it('moves focus from the error summary to the field', async () => {
    const { el, root } = await mount();
    await permissionsLoaded(el);
    const link = [...root.querySelectorAll<HTMLAnchorElement>('[part=summary] a')].find(
      (a) => a.getAttribute('href') === '#field-body',
    )!;
    link.click();
    expect(root.activeElement).to.equal($(root, '#field-body'));
  });

  it('asks before leaving with unsaved changes', async () => {
    const { el, root } = await mount();
    await permissionsLoaded(el);
    let cancelled = 0;
    el.addEventListener('hub-template-cancel', () => cancelled++);
    await type(el, '#field-name', 'unsaved');
    await click(el, /^Cancel$/);
    expect($<HTMLDialogElement>(root, 'dialog').open).to.equal(true);
    await click(el, /^Keep editing$/);
    await waitUntil(() => !root.querySelector('dialog'));
    expect(cancelled).to.equal(0);
    expect($(root, '#field-name').value).to.equal('unsaved');

    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).to.equal(true);

    await click(el, /^Cancel$/);
    await click(el, /^Discard changes$/);
    expect(cancelled).to.equal(1);
    expect(el.hasUnsavedChanges).to.equal(false);
  });

  it('is read-only without templates:write, with the reason', async () => {
    const hub = emulatedHub();
    const page = await hub.client.templates.list('sHaRaWA', {});
    const { el, root } = await mount({
      clientId: READ_ONLY_CLIENT,
      capabilities: READ_ONLY_CAPABILITIES,
      waba: 'sHaRaWA',
      mode: 'edit',
      template: page.items[0]!,
    });
    await waitUntil(() => root.textContent!.includes('templates:write'));
    expect(root.querySelector('[part=submit]')).to.equal(null);
    expect($(root, '#field-name').readOnly).to.equal(true);
    expect(
      [...root.querySelectorAll<HTMLInputElement>('input:not([type=checkbox]), textarea')].every(
        (input) => input.readOnly,
      ),
    ).to.equal(true);
    expect(root.querySelector('fieldset:disabled')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('formats with the toolbar and shows markup typed into the text as text', async () => {
    const { el, root } = await mount();
    await permissionsLoaded(el);
    await type(el, '#field-body', 'Hello world <b>x</b>');
    const body = $<HTMLTextAreaElement>(root, '#field-body');
    body.setSelectionRange(6, 11);
    await click(el, /^Bold$/);
    expect(body.value).to.equal('Hello *world* <b>x</b>');
    body.setSelectionRange(body.value.length, body.value.length);
    await click(el, /^Add variable$/);
    expect(body.value).to.equal('Hello *world* <b>x</b>{{1}}');
    const bubble = preview(el);
    expect(bubble.querySelector('b')).to.equal(null);
    expect(bubble.querySelector('.body')!.textContent).to.contain('<b>x</b>');
  });
});
