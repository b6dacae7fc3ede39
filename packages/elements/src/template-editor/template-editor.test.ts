import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import {
  TEMPLATE_ISSUE_CODES,
  createHubClient,
  type Capability,
  type MessageTemplate,
  type TemplateEditorMode,
} from '@hub/core';
import { DEMO_API_KEY, DEMO_PARTNER_ID, type EmulatorOptions } from '@hub/emulator';
import '../define/hub-provider.js';
import '../define/hub-template-editor.js';
import { translate } from '../base/localize.js';
import type { HubTemplateEditor } from './template-editor.js';
import { issueText } from './issue-text.js';
import {
  EMULATOR_BASE_URL,
  FULL_ACCESS_CLIENT,
  READ_ONLY_CAPABILITIES,
  READ_ONLY_CLIENT,
  emulatedHub,
} from '../test-support/emulated-hub.js';
import { $, $$, buttonNamed, mountInProvider, textOf, typeInto } from '../test-support/dom.js';
import { mountNarrow, setViewport, sidewaysOverflow, untappable } from '../test-support/narrow.js';

const WABA = 'bNapoWA';

interface MountOptions {
  emulator?: EmulatorOptions;
  clientId?: string;
  waba?: string;
  mode?: TemplateEditorMode;
  template?: MessageTemplate;
  readonly?: boolean;
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
  const el = await mountInProvider<HubTemplateEditor>(
    client,
    options.clientId ?? FULL_ACCESS_CLIENT,
    'hub-template-editor',
    html`<hub-template-editor
      waba-account-id=${options.waba ?? WABA}
      mode=${options.mode ?? 'create'}
      review-poll-ms="60"
      ?readonly=${options.readonly ?? false}
      .template=${options.template}
    ></hub-template-editor>`,
  );
  await waitUntil(() => $(el, 'form'), 'form never shown');
  return { ...hub, client, provider: el.parentElement!, el, root: el.shadowRoot! };
}

/** The element matching `selector` in the editor, which the test expects to be there. */
function field<T extends Element = HTMLInputElement>(el: Element, selector: string): T {
  const found = $<T>(el, selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

async function choose(el: HubTemplateEditor, selector: string, value: string) {
  const select = field<HTMLSelectElement>(el, selector);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

async function click(el: HubTemplateEditor, label: RegExp) {
  const button = buttonNamed(el, label);
  if (!button) throw new Error(`no button ${label}`);
  button.click();
  await el.updateComplete;
}

const offerToggle = (el: HubTemplateEditor) =>
  $$<HTMLInputElement>(el, 'input[type=checkbox]').find((c) =>
    c.parentElement!.textContent!.includes('limited-time offer'),
  )!;

/** The texts of the visible confirmations, oldest first. */
const confirmations = (el: HubTemplateEditor) =>
  $$(el, '[part=confirmation] p').map((p) => p.textContent!.trim());

const preview = (el: HubTemplateEditor) => field(el, 'hub-template-preview').shadowRoot!;
const submit = (el: HubTemplateEditor) => field<HTMLButtonElement>(el, '[part=submit]');
const posts = (emulator: ReturnType<typeof emulatedHub>['emulator']) =>
  emulator.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/waba_templates'));

/** An editor that loads its template by the `template-name` and `language` attributes. */
async function mountByName(
  hub: ReturnType<typeof emulatedHub>,
  mode: TemplateEditorMode,
  name: string,
  language: string,
) {
  const el = await mountInProvider<HubTemplateEditor>(
    hub.client,
    FULL_ACCESS_CLIENT,
    'hub-template-editor',
    html`<hub-template-editor
      waba-account-id=${WABA}
      mode=${mode}
      template-name=${name}
      language=${language}
      review-poll-ms="60"
    ></hub-template-editor>`,
  );
  await waitUntil(() => $(el, '[part=submit]'), 'never loaded');
  return el;
}

async function permissionsLoaded(el: HubTemplateEditor) {
  await waitUntil(() => $(el, '[part=submit]'), 'no write permission');
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
    // A fresh form is no wall of errors: an issue shows once its field is touched, or on submit.
    expect(field(el, '.title').textContent).to.equal('New template');
    expect($(el, '[part=summary]')).to.equal(null);
    expect(field(el, '#field-name').getAttribute('aria-invalid')).to.equal('false');

    await typeInto(el, '#field-name', 'Bad Name');
    expect(field(el, '#field-name').getAttribute('aria-invalid')).to.equal('true');
    expect(field(el, '#issues-name').textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Error: The name may contain only lowercase letters a–z, digits and underscores.',
    );
    expect(field(el, '#summary-title').textContent!.trim()).to.equal(
      '1 problem to fix before submitting',
    );
    expect(submit(el).disabled).to.equal(true);
    const describedBy = field(el, '#field-name').getAttribute('aria-describedby')!;
    expect(field(el, `#${describedBy.split(' ').at(-1)}`).textContent).to.contain('lowercase');

    await typeInto(el, '#field-name', 'spring_sale_ui');
    expect(field(el, '#field-name').getAttribute('aria-invalid')).to.equal('false');
    await typeInto(el, '#field-body', 'Hi {{1}}, our *sale* starts now!');
    expect(preview(el).querySelector('.body strong')!.textContent).to.equal('sale');
    await typeInto(el, '#field-samples', 'Ana');
    expect(preview(el).querySelector('.body')!.textContent).to.contain('Hi Ana');
    await expect(el).to.be.accessible();

    const template = await submitted(el);
    expect(template.status).to.equal('PENDING');
    expect(posts(emulator)).to.have.length(1);
    await waitUntil(() => $(el, '[part=result]'), 'no result');
    expect(field(el, '[part=result] p').textContent).to.equal(
      'Submitted “spring_sale_ui” (English).',
    );
    await waitUntil(
      () => field(el, '[part=result]').textContent!.includes('Active'),
      'no outcome',
      {
        timeout: 3000,
      },
    );
    expect(localStorage.length).to.equal(0);
    expect(root.activeElement).to.equal(field(el, '[part=result]'));
    await click(el, /^Create another$/);
    expect(root.activeElement).to.equal(field(el, '#field-name'));
    expect(field(el, '#field-name').value).to.equal('');
  });

  it('is read-only when the status rules out editing, with the reason', async () => {
    const hub = emulatedHub();
    const page = await hub.client.templates.list(WABA, { filters: { status: 'PENDING' } });
    const { el, root } = await mount({ mode: 'edit', template: page.items[0]! });
    await waitUntil(() => textOf(el).includes('WhatsApp is reviewing it'), 'no reason');
    expect($(el, '[part=submit]')).to.equal(null);
    // Read-only, not disabled: keyboard users can still reach and read every text.
    const body = field<HTMLTextAreaElement>(el, '#field-body');
    expect(body.readOnly).to.equal(true);
    body.focus();
    expect(root.activeElement).to.equal(body);
  });

  it('builds every template kind through the UI', async () => {
    const { el, emulator } = await mount();
    await permissionsLoaded(el);

    // Marketing: text header with a sample, footer, quick replies and a URL button.
    await typeInto(el, '#field-name', 'kind_marketing');
    await choose(el, '#field-header', 'TEXT');
    await typeInto(el, '#header-text', 'Hello {{1}}');
    await typeInto(
      el,
      '#field-body',
      'Our spring sale is on, {{1}}. Enjoy the new season with us!',
    );
    await typeInto(el, '#field-samples', 'Ana');
    await typeInto(el, '#sample-body-1', 'Ben');
    await typeInto(el, '#field-footer', 'Reply STOP to opt out');
    await click(el, /^Add button$/);
    await typeInto(el, '#field-button-0', 'Yes please');
    await choose(el, '#button-new-type', 'URL');
    await click(el, /^Add button$/);
    await typeInto(el, '#button-1-url', 'https://shop.test/{{1}}');
    await typeInto(el, '#field-button-1', 'Shop now');
    await typeInto(el, '#button-1-urlExample', 'spring');
    await choose(el, '#button-new-type', 'QUICK_REPLY');
    await click(el, /^Add button$/);
    // The new quick reply joins its group instead of breaking it.
    expect(field(el, '#field-button-1').value).to.equal('');
    await typeInto(el, '#field-button-1', 'No thanks');
    expect(preview(el).querySelectorAll('[part=button]')).to.have.length(3);
    await click(el, /^Move Button 3: Visit website up$/);
    expect($(el, '#issues-buttons')!.textContent).to.match(/quick-reply buttons together/);
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
    await typeInto(el, '#field-name', 'kind_auth');
    await choose(el, '#field-category', 'AUTHENTICATION');
    await choose(el, '#field-button-0', 'ONE_TAP');
    await typeInto(el, '#otp-autofill', 'Autofill');
    await typeInto(el, '#otp-package', 'com.example.app');
    await typeInto(el, '#otp-hash', 'K8a/AINcGX7');
    await typeInto(el, '#field-footer', '5');
    expect(preview(el).textContent).to.contain('expires in 5 minutes');
    await expect(el).to.be.accessible();
    created = await submitted(el);
    expect(created.category).to.equal('AUTHENTICATION');

    // Media header, carousel and a location header.
    await click(el, /^Create another$/);
    await typeInto(el, '#field-name', 'kind_carousel');
    await typeInto(el, '#field-body', 'Pick your favourite from our new collection today.');
    const carouselToggle = $$<HTMLInputElement>(el, 'input[type=checkbox]').find((c) =>
      c.parentElement!.textContent!.includes('carousel'),
    )!;
    carouselToggle.click();
    await el.updateComplete;
    for (const index of [0, 1]) {
      await typeInto(el, `#field-card-${index}`, `handle-${index}`);
      await typeInto(el, `#card-${index}-body`, `Card ${index} for {{1}}`);
      await typeInto(el, `#card-${index}-sample-1`, `Guest ${index}`);
      await typeInto(el, `#card-${index}-button-0-text`, 'More');
    }
    expect(preview(el).querySelectorAll('[part=cards] > li')).to.have.length(2);
    expect(preview(el).querySelector('[part=cards]')!.textContent).to.contain('Card 1 for Guest 1');
    await expect(el).to.be.accessible();
    created = await submitted(el);
    expect(created.components.some((c) => c.type === 'CAROUSEL')).to.equal(true);

    // Limited-time offer: the offer strip, a copy-code button and the URL button it needs.
    await click(el, /^Create another$/);
    await typeInto(el, '#field-name', 'kind_offer');
    await choose(el, '#field-header', 'IMAGE');
    await typeInto(el, '#header-handle', '4::aW1hZ2U=');
    offerToggle(el).click();
    await el.updateComplete;
    await typeInto(el, '#field-offer', 'Flash deal');
    await typeInto(el, '#field-body', 'Everything is 20% off until midnight, do not miss it.');
    await choose(el, '#button-new-type', 'COPY_CODE');
    await click(el, /^Add button$/);
    await typeInto(el, '#field-button-0', 'FLASH20');
    expect(submit(el).disabled, 'an offer needs a URL button').to.equal(true);
    await choose(el, '#button-new-type', 'URL');
    await click(el, /^Add button$/);
    await typeInto(el, '#field-button-1', 'Shop');
    await typeInto(el, '#button-1-url', 'https://shop.test/deals');
    expect(preview(el).querySelector('.offer')!.textContent).to.contain('Flash deal');
    created = await submitted(el);
    expect(created.components.some((c) => c.type === 'LIMITED_TIME_OFFER')).to.equal(true);

    await click(el, /^Create another$/);
    await typeInto(el, '#field-name', 'kind_location');
    await choose(el, '#field-category', 'UTILITY');
    await choose(el, '#field-header', 'LOCATION');
    await typeInto(el, '#field-body', 'Your parcel {{1}} waits for you at this pickup point.');
    await typeInto(el, '#field-samples', 'AB12');
    expect(preview(el).querySelector('[part=header]')!.textContent).to.contain('Location');
    await choose(el, '#field-header', 'IMAGE');
    await typeInto(el, '#header-handle', '4::aW1hZ2U=');
    created = await submitted(el);
    expect(created.components[0]).to.include({ type: 'HEADER', format: 'IMAGE' });
    expect(posts(emulator)).to.have.length(5);
  });

  it('puts a server rejection on its fields and keeps the form exactly as it was', async () => {
    const { el } = await mount({
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
    await typeInto(el, '#field-name', 'server_says_no');
    await typeInto(el, '#field-body', 'A perfectly fine body text for our customers.');
    const before = field<HTMLTextAreaElement>(el, '#field-body').value;
    submit(el).click();
    await waitUntil(() => $(el, '[role=alert]'), 'no error shown');
    expect(field(el, '[role=alert]').textContent).to.contain('Your changes are kept');
    expect(field(el, '#field-body').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#issues-body')!.textContent).to.contain('not allowed by the platform');
    expect(field<HTMLTextAreaElement>(el, '#field-body').value).to.equal(before);
    expect(field(el, '#field-name').value).to.equal('server_says_no');
  });

  it('puts a duplicate name (409) on the name field', async () => {
    const { el, emulator } = await mount();
    await permissionsLoaded(el);
    const existing = emulator.state.templates.find(
      (t) => t.waba_account_id === WABA && t.category === 'UTILITY',
    )!;
    await typeInto(el, '#field-name', existing.name);
    await choose(el, '#field-category', 'UTILITY');
    await typeInto(el, '#field-language', existing.language);
    await typeInto(el, '#field-body', 'A perfectly fine body text for our customers.');
    submit(el).click();
    await waitUntil(() => $(el, '#issues-name'), 'conflict not on the name');
    expect(field(el, '#issues-name').textContent).to.contain('already exists');
  });

  it('keeps an unsaved draft across a reload and offers it back', async () => {
    const first = await mount();
    await permissionsLoaded(first.el);
    await typeInto(first.el, '#field-name', 'draft_survives');
    await typeInto(first.el, '#field-body', 'Half-written text');
    expect(first.el.hasUnsavedChanges).to.equal(true);
    first.provider.remove();

    const { el, root } = await mount();
    await permissionsLoaded(el);
    expect(field(el, '#field-name').value).to.equal('');
    expect(textOf(el)).to.contain('Unsaved changes found');
    await click(el, /^Restore them$/);
    expect(field(el, '#field-name').value).to.equal('draft_survives');
    expect(field<HTMLTextAreaElement>(el, '#field-body').value).to.equal('Half-written text');
    expect(confirmations(el)).to.deep.equal(['Your unsaved changes are back in the form.']);
    expect(field(el, '[part=confirmation]').dataset['tone']).to.equal('success');
    await waitUntil(
      () => textOf(field(el, '[role=status]')) === 'Your unsaved changes are back in the form.',
    );
    // The panel and its buttons are gone: the focus goes to the form, not the page.
    await waitUntil(() => root.activeElement === field(el, '#field-name'), 'focus lost');
    await expect(el).to.be.accessible();
  });

  it('confirms discarding a kept draft, and forgets it', async () => {
    const first = await mount();
    await permissionsLoaded(first.el);
    await typeInto(first.el, '#field-name', 'not_wanted');
    first.provider.remove();

    const { el, root } = await mount();
    await permissionsLoaded(el);
    await click(el, /^Discard them$/);
    expect(textOf(el)).to.not.contain('Unsaved changes found');
    expect(confirmations(el)).to.deep.equal([
      'The unsaved changes from your earlier visit were discarded.',
    ]);
    expect(field(el, '[part=confirmation]').dataset['tone']).to.equal('neutral');
    expect(localStorage.length).to.equal(0);
    await waitUntil(() => root.activeElement === field(el, '#field-name'), 'focus lost');
    await click(el, /^Dismiss$/);
    expect($(el, '[part=confirmation]')).to.equal(null);
  });

  it('prefills copies and new languages from the template', async () => {
    const hub = emulatedHub();
    const page = await hub.client.templates.list(WABA, { filters: { status: 'APPROVED' } });
    const source = page.items.find((t) => t.category !== 'AUTHENTICATION')!;
    const body = source.components.find((c) => c.type === 'BODY')!.text as string;

    const copy = await mount({ mode: 'copy', template: source });
    expect(field(copy.el, '#field-name').value).to.equal(`${source.name}_copy`);
    expect(field(copy.el, '#field-language').value).to.equal(source.language);
    expect(field<HTMLTextAreaElement>(copy.el, '#field-body').value).to.equal(body);
    expect(copy.el.hasUnsavedChanges).to.equal(false);

    const translation = await mount({ mode: 'add-language', template: source });
    const name = field(translation.el, '#field-name');
    expect(name.value).to.equal(source.name);
    expect(name.readOnly).to.equal(true);
    expect(field<HTMLSelectElement>(translation.el, '#field-category').disabled).to.equal(true);
    expect(field(translation.el, '#field-language').value).to.equal('');
    expect(field<HTMLTextAreaElement>(translation.el, '#field-body').value).to.equal(body);
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
    expect(field(el, '#field-name').value).to.equal(source.name);
    expect(field(el, '#field-name').readOnly).to.equal(true);
    expect(field(el, '#field-language').readOnly).to.equal(true);
    const text = 'Your order {{1}} is confirmed and will ship {{2}} as planned.';
    await typeInto(el, '#field-body', text);
    expect(el.hasUnsavedChanges).to.equal(true);
    expect(localStorage.length).to.equal(1);

    const saved = await submitted(el);
    expect(saved).to.include({ id: source.id, status: 'PENDING' });
    const patches = hub.emulator.requests.filter((r) => r.method === 'PATCH');
    expect(patches).to.have.length(1);
    expect(patches[0]!.path).to.match(new RegExp(`/waba_templates/${source.id}$`));
    expect(posts(hub.emulator)).to.have.length(0);
    expect(source.components.find((c) => c.type === 'BODY')!.text).to.equal(text);
    expect(field(el, '[part=result]').textContent).to.contain('WhatsApp reviews the changes again');
    // Saved: nothing left to lose, so leaving does not ask and the draft is gone.
    expect(el.hasUnsavedChanges).to.equal(false);
    expect(localStorage.length).to.equal(0);
    await waitUntil(
      () => field(el, '[part=result]').textContent!.includes('Active'),
      'no outcome',
      {
        timeout: 3000,
      },
    );
    let cancelled = 0;
    el.addEventListener('hub-template-cancel', () => cancelled++);
    await click(el, /^Done$/);
    expect($(el, 'dialog')).to.equal(null);
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
    expect(field<HTMLSelectElement>(approved, '#field-category').disabled).to.equal(true);
    expect(field(approved, '#category-note').textContent).to.contain(
      'The category of an approved template cannot change; create a new template for another category.',
    );
    approved.remove();

    const rejected = find('rejected');
    const category = rejected.category;
    const el = await mountByName(hub, 'edit', rejected.name, rejected.language);
    expect(field<HTMLSelectElement>(el, '#field-category').disabled).to.equal(true);
    expect(field(el, '#category-note').textContent).to.contain(
      'An edit changes the content only; create a new template to change this.',
    );
    await typeInto(el, '#field-body', 'Your table is booked. Reply STOP to opt out.');
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
    // The rules of the status are shown before saving.
    expect(field(el, '[role=note]').textContent).to.contain('one per 24 hours');
    await typeInto(el, '#field-body', 'A second edit the same day, which WhatsApp does not allow.');
    submit(el).click();
    await waitUntil(() => $(el, '[role=alert]'), 'no error shown');
    expect(field(el, '[role=alert]').textContent).to.contain('Your changes are kept');
    expect(field<HTMLTextAreaElement>(el, '#field-body').value).to.contain('A second edit');
    expect(el.hasUnsavedChanges).to.equal(true);
  });

  it('adds two URL buttons in a row: the chosen type survives the re-render', async () => {
    const { el } = await mount();
    await permissionsLoaded(el);
    await choose(el, '#button-new-type', 'URL');
    await click(el, /^Add button$/);
    expect(field<HTMLSelectElement>(el, '#button-new-type').value).to.equal('URL');
    await click(el, /^Add button$/);
    const legends = $$(el, '.button-row legend').map((l) => l.textContent);
    expect(legends).to.deep.equal(['Button 1: Visit website', 'Button 2: Visit website']);
  });

  it('keeps a typed language name until the field is left, then shows its code', async () => {
    const { el } = await mount();
    await permissionsLoaded(el);
    const language = field(el, '#field-language');
    await typeInto(el, '#field-language', 'English');
    expect(language.value).to.equal('English');
    await typeInto(el, '#field-language', 'English (US');
    expect(language.value).to.equal('English (US');
    await typeInto(el, '#field-language', 'English (US)');
    expect(language.value).to.equal('English (US)');
    // The hint names the language in the user's locale (Intl.DisplayNames).
    expect(field(el, '#language-hint').textContent!.trim()).to.equal('English (United States)');
    language.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(language.value).to.equal('en_US');
    // A code picked from the list shows as it is.
    await typeInto(el, '#field-language', 'de');
    expect(language.value).to.equal('de');
    expect(field(el, '#language-hint').textContent!.trim()).to.equal('German');
    // The name the hint and the list show is understood too.
    await typeInto(el, '#field-language', 'Portuguese (Brazil)');
    language.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(language.value).to.equal('pt_BR');
  });

  it('links group issues with aria-describedby and gives every summary link a target', async () => {
    const { el, root } = await mount();
    await permissionsLoaded(el);
    await typeInto(el, '#field-name', 'grouped_issues');
    await typeInto(el, '#field-body', 'Hello there, this is a perfectly fine body text.');
    await choose(el, '#button-new-type', 'URL');
    await click(el, /^Add button$/);
    await choose(el, '#button-new-type', 'QUICK_REPLY');
    await click(el, /^Add button$/);
    await click(el, /^Add button$/);
    await click(el, /^Move Button 2: Quick reply up$/);
    const group = field(el, '#field-buttons');
    expect(group.getAttribute('aria-describedby')).to.contain('issues-buttons');
    expect(field(el, '#issues-buttons').textContent).to.match(/quick-reply buttons together/);
    for (const link of $$<HTMLAnchorElement>(el, '[part=summary] a')) {
      const target = $<HTMLElement>(el, link.getAttribute('href')!);
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
    expect($(el, '#field-body')).to.not.equal(null);
    for (const id of ['otp-autofill', 'otp-package', 'otp-hash']) {
      expect(field(el, `#${id}`).getAttribute('aria-describedby'), id).to.equal('issues-button-0');
    }
    for (const link of $$<HTMLAnchorElement>(el, '[part=summary] a')) {
      expect($(el, link.getAttribute('href')!), link.href).to.not.equal(null);
    }

    // Carousel: the group and each card's text, samples and buttons point at their issues.
    await choose(el, '#field-category', 'MARKETING');
    const carouselToggle = $$<HTMLInputElement>(el, 'input[type=checkbox]').find((c) =>
      c.parentElement!.textContent!.includes('carousel'),
    )!;
    carouselToggle.click();
    await el.updateComplete;
    await typeInto(el, '#card-0-body', 'Card for {{1}}');
    expect($(el, '#issues-card-0')).to.not.equal(null);
    for (const id of ['card-0-body', 'card-0-sample-1', 'card-0-button-0-text']) {
      expect(field(el, `#${id}`).getAttribute('aria-describedby'), id).to.equal('issues-card-0');
    }
    expect($(el, '#field-carousel')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('reset() starts over: the same template copied twice shows the form, not the last result', async () => {
    const hub = emulatedHub();
    const page = await hub.client.templates.list(WABA, { filters: { status: 'APPROVED' } });
    const source = page.items.find((t) => t.category === 'UTILITY')!;
    const { el } = await mount({ mode: 'copy', template: source });
    await permissionsLoaded(el);
    await typeInto(el, '#field-name', 'copied_once');
    await submitted(el);
    expect($(el, '[part=result]')).to.not.equal(null);
    el.reset();
    await el.updateComplete;
    expect($(el, '[part=result]')).to.equal(null);
    expect(field(el, '#field-name').value).to.equal(`${source.name}_copy`);

    // Leaving resets too: "New template" after a submit starts empty.
    el.mode = 'create';
    await el.updateComplete;
    await typeInto(el, '#field-name', 'created_then_left');
    await typeInto(el, '#field-body', 'A perfectly fine body text for our customers.');
    await submitted(el);
    await click(el, /^Done$/);
    expect($(el, '[part=result]')).to.equal(null);
    expect(field(el, '#field-name').value).to.equal('');
  });

  it('puts a language that already exists (409) on the language field when adding a language', async () => {
    const hub = emulatedHub();
    const page = await hub.client.templates.list(WABA, { filters: { status: 'APPROVED' } });
    const source = page.items.find((t) => t.category === 'UTILITY')!;
    const { el } = await mount({ mode: 'add-language', template: source });
    await permissionsLoaded(el);
    await typeInto(el, '#field-language', source.language);
    submit(el).click();
    await waitUntil(() => $(el, '#issues-language'), 'conflict not on the language');
    expect(field(el, '#issues-language').textContent).to.contain('already exists');
    expect($(el, '#issues-name')).to.equal(null);
  });

  it('builds media headers, a phone button and named variables through the UI', async () => {
    const { el } = await mount();
    await permissionsLoaded(el);
    await typeInto(el, '#field-name', 'kind_video_phone');
    await choose(el, '#field-category', 'UTILITY');
    await choose(el, '#field-header', 'VIDEO');
    await typeInto(el, '#header-handle', '4::dmlkZW8=');
    await typeInto(el, '#field-body', 'Watch how to set up your new router before our visit.');
    await choose(el, '#button-new-type', 'PHONE_NUMBER');
    await click(el, /^Add button$/);
    await typeInto(el, '#field-button-0', 'Call us');
    await typeInto(el, '#button-0-phoneNumber', '+4930123456789');
    expect(preview(el).querySelector('[part=header]')!.textContent).to.contain('Video');
    let created = await submitted(el);
    expect(created.components[0]).to.include({ type: 'HEADER', format: 'VIDEO' });
    const buttons = created.components.find((c) => c.type === 'BUTTONS')!.buttons as object[];
    expect(buttons[0]).to.include({ type: 'PHONE_NUMBER', phone_number: '+4930123456789' });

    await click(el, /^Create another$/);
    await typeInto(el, '#field-name', 'kind_document_named');
    await choose(el, '#field-category', 'UTILITY');
    await choose(el, '#parameter-format', 'NAMED');
    await choose(el, '#field-header', 'DOCUMENT');
    await typeInto(el, '#header-handle', '4::ZG9j');
    await click(el, /^Add variable$/);
    const body = field<HTMLTextAreaElement>(el, '#field-body');
    expect(body.value).to.match(/^\{\{\w+\}\}$/);
    await typeInto(
      el,
      '#field-body',
      'Hi {{first_name}}, your invoice {{invoice_id}} is attached.',
    );
    await typeInto(el, '#field-samples', 'Ana');
    await typeInto(el, '#sample-body-invoice_id', 'INV-7');
    expect(preview(el).querySelector('.body')!.textContent).to.contain(
      'Hi Ana, your invoice INV-7',
    );
    created = await submitted(el);
    expect(created.components[0]).to.include({ type: 'HEADER', format: 'DOCUMENT' });
    expect(JSON.stringify(created.components)).to.contain('body_text_named_params');
  });

  it('submits a location-header template', async () => {
    const { el } = await mount();
    await permissionsLoaded(el);
    await typeInto(el, '#field-name', 'kind_location_only');
    await choose(el, '#field-category', 'UTILITY');
    await choose(el, '#field-header', 'LOCATION');
    await typeInto(el, '#field-body', 'Your parcel {{1}} waits for you at this pickup point.');
    await typeInto(el, '#field-samples', 'AB12');
    expect($(el, '#header-handle')).to.equal(null);
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
    await typeInto(first.el, '#field-name', 'failed_then_back');
    await typeInto(first.el, '#field-body', 'A perfectly fine body text for our customers.');
    submit(first.el).click();
    await waitUntil(() => $(first.el, '[role=alert]'), 'no error shown');
    first.provider.remove();

    const { el } = await mount();
    await permissionsLoaded(el);
    expect(textOf(el)).to.contain('Unsaved changes found');
    await click(el, /^Restore them$/);
    expect(field(el, '#field-name').value).to.equal('failed_then_back');
    await submitted(el);
  });

  it('prefills copy and add-language from the template-name and language attributes', async () => {
    const hub = emulatedHub();
    const source = hub.emulator.state.templates.find(
      (t) => t.waba_account_id === WABA && t.status === 'approved' && t.category === 'UTILITY',
    )!;
    const body = source.components.find((c) => c.type === 'BODY')!.text as string;
    const copy = await mountByName(hub, 'copy', source.name, source.language);
    expect(field(copy, '#field-name').value).to.equal(`${source.name}_copy`);
    expect(field(copy, '#field-language').value).to.equal(source.language);
    expect(field<HTMLTextAreaElement>(copy, '#field-body').value).to.equal(body);

    const translation = await mountByName(hub, 'add-language', source.name, source.language);
    expect(field(translation, '#field-name').value).to.equal(source.name);
    expect(field(translation, '#field-language').value).to.equal('');
    expect(field<HTMLTextAreaElement>(translation, '#field-body').value).to.equal(body);
  });

  it('moves focus from the error summary to the field', async () => {
    const { el, root } = await mount();
    await permissionsLoaded(el);
    submit(el).click();
    await waitUntil(() => $(el, '[part=summary]'), 'no summary');
    const link = $$<HTMLAnchorElement>(el, '[part=summary] a').find(
      (a) => a.getAttribute('href') === '#field-body',
    )!;
    link.click();
    expect(root.activeElement).to.equal(field(el, '#field-body'));
  });

  it('asks before leaving with unsaved changes', async () => {
    const { el } = await mount();
    await permissionsLoaded(el);
    let cancelled = 0;
    el.addEventListener('hub-template-cancel', () => cancelled++);
    await typeInto(el, '#field-name', 'unsaved');
    await click(el, /^Cancel$/);
    expect(field<HTMLDialogElement>(el, 'dialog').open).to.equal(true);
    await click(el, /^Keep editing$/);
    await waitUntil(() => !$(el, 'dialog'));
    expect(cancelled).to.equal(0);
    expect(field(el, '#field-name').value).to.equal('unsaved');

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
    const { el } = await mount({
      clientId: READ_ONLY_CLIENT,
      capabilities: READ_ONLY_CAPABILITIES,
      waba: 'sHaRaWA',
      mode: 'edit',
      template: page.items[0]!,
    });
    await waitUntil(() => textOf(el).includes('templates:write'));
    expect($(el, '[part=submit]')).to.equal(null);
    expect(field(el, '#field-name').readOnly).to.equal(true);
    expect(
      $$<HTMLInputElement>(el, 'input:not([type=checkbox]), textarea').every(
        (input) => input.readOnly,
      ),
    ).to.equal(true);
    expect($(el, 'fieldset:disabled')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('formats with the toolbar and shows markup typed into the text as text', async () => {
    const { el } = await mount();
    await permissionsLoaded(el);
    await typeInto(el, '#field-body', 'Hello world <b>x</b>');
    const body = field<HTMLTextAreaElement>(el, '#field-body');
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

  it('on submit, shows every problem of a fresh form, focuses them and sends nothing', async () => {
    const { el, root, emulator } = await mount();
    await permissionsLoaded(el);
    expect(submit(el).disabled).to.equal(false);
    submit(el).click();
    await waitUntil(() => root.activeElement === $(el, '[part=summary]'), 'summary not focused');
    expect(field(el, '#summary-title').textContent!.trim()).to.equal(
      '2 problems to fix before submitting',
    );
    expect($$(el, '[part=summary] li').map((li) => li.textContent!.trim())).to.deep.equal([
      'The template name is required.',
      'The text is required.',
    ]);
    expect(submit(el).disabled).to.equal(true);
    expect(posts(emulator)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('titles the form after what it does: editing, or only viewing', async () => {
    const hub = emulatedHub();
    const page = await hub.client.templates.list(WABA, { filters: { status: 'APPROVED' } });
    const source = page.items.find((t) => t.category === 'UTILITY')!;
    const edit = await mount({ mode: 'edit', template: source });
    await permissionsLoaded(edit.el);
    expect(field(edit.el, '.title').textContent).to.equal('Edit template');
    expect(field<HTMLSelectElement>(edit.el, '#parameter-format').disabled).to.equal(true);
    expect(field(edit.el, '#parameter-format-note').textContent!.trim()).to.equal(
      'An edit changes the content only; create a new template to change this.',
    );

    const view = await mount({ mode: 'edit', template: source, readonly: true });
    expect(field(view.el, '.title').textContent).to.equal('Template');
    expect($(view.el, '[part=submit]')).to.equal(null);
    expect($(view.el, '[role=note]')).to.equal(null);
    expect(field(view.el, '#field-name').readOnly).to.equal(true);
  });

  it('does not offer a stored draft it cannot read, and says why in the console', async () => {
    localStorage.setItem(`hub-template-draft:${WABA}:create`, '{"name": 1}');
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const { el } = await mount();
      await permissionsLoaded(el);
      expect(textOf(el)).to.not.contain('Unsaved changes found');
      expect(field(el, '#field-name').value).to.equal('');
    } finally {
      console.warn = warn;
    }
    expect(warnings.map((args) => args[0])).to.deep.equal([
      '<hub-template-editor>: the draft kept under "hub-template-draft:bNapoWA:create" cannot be read (not_a_draft) and is not offered.',
    ]);
  });
});

describe('issue words', () => {
  const t: Parameters<typeof issueText>[0] = (key, params) => translate('en', key, params);
  const words = (code: string, params: Record<string, string | number> = {}, message = '') =>
    issueText(t, { path: ['components', 0, 'text'], code, message, severity: 'error', params });

  it('has words for every code @hub/core reports', () => {
    const missing = Object.keys(TEMPLATE_ISSUE_CODES).filter((code) =>
      words(code).startsWith('Unknown ('),
    );
    expect(missing).to.deep.equal([]);
  });

  it('puts the codes in params into words too', () => {
    expect(words('button.type_not_allowed', { type: 'URL', context: 'AUTHENTICATION' })).to.equal(
      'A “Visit website” button is not available in authentication templates.',
    );
    expect(words('body.too_long', { part: 'card_body', max: 160, length: 170 })).to.equal(
      'The card text can have at most 160 characters (it has 170).',
    );
    expect(
      words('body.too_long', { part: 'body', max: 600, length: 640, withExamples: 1 }),
    ).to.equal('The body can have at most 600 characters (it has 640 with the sample values).');
    expect(words('component.not_allowed', { type: 'CAROUSEL', context: 'UTILITY' })).to.equal(
      'The carousel section is not available in utility templates.',
    );
    expect(words('variable.dangling', { where: 'start' })).to.equal(
      'The text cannot start with a variable.',
    );
    expect(words('example.missing', { name: 'first_name' })).to.equal(
      'Add a sample value for {{first_name}}.',
    );
    expect(words('buttons.type_limit', { type: 'URL', max: 2 })).to.equal(
      'A template can have at most 2 “Visit website” buttons.',
    );
    expect(words('field.required', { field: 'The text' })).to.equal('The text is required.');
  });

  it('shows the Hub its own words and an unknown code as such', () => {
    expect(words('server', {}, 'components.0.text: not allowed')).to.equal(
      'components.0.text: not allowed',
    );
    expect(words('server.conflict', {}, 'duplicate')).to.equal(
      'A template with this name already exists in this language.',
    );
    expect(words('something.new')).to.equal('Unknown (something.new)');
  });
});

describe('<hub-template-editor> on a phone, or narrow on a wide page', () => {
  before(() => setViewport(1280, 800));
  after(() => setViewport(800, 600));

  /** Every control a user acts on; a checkbox through its label, the larger target. */
  const controls = (el: HubTemplateEditor) =>
    $$(
      el,
      'form button, form input:not([type=checkbox]), form select, form textarea, label.check',
    ).filter((c) => c.getClientRects().length > 0 && !c.closest('.visually-hidden'));

  async function fits(el: HubTemplateEditor, state: string) {
    await el.updateComplete;
    // The preview's carousel scrolls sideways like WhatsApp's, and takes the keyboard focus to.
    expect(
      sidewaysOverflow(el, ['ol.cards[tabindex="0"]']),
      `${state}: sideways overflow`,
    ).to.deep.equal([]);
    const problems = controls(el).map(untappable).filter(Boolean);
    expect(problems, `${state}: controls that cannot be tapped`).to.deep.equal([]);
  }

  it('fits 343 px without sideways scrolling, every control tappable', async () => {
    const { client } = emulatedHub({ templateReviewDelayMs: 40 });
    const el = await mountNarrow<HubTemplateEditor>(
      client,
      FULL_ACCESS_CLIENT,
      'hub-template-editor',
      html`<hub-template-editor waba-account-id=${WABA} mode="create"></hub-template-editor>`,
    );
    await permissionsLoaded(el);
    await fits(el, 'a fresh form');

    await typeInto(el, '#field-name', 'Not A Valid Name With Spaces');
    await choose(el, '#field-header', 'TEXT');
    await typeInto(el, '#field-header', 'Our spring sale for {{1}}');
    await typeInto(
      el,
      '#field-body',
      'Hi {{1}}, {{2}} and {{3}}: https://shop.example/a-very-long-link-without-breaks',
    );
    await typeInto(el, '#field-footer', 'Reply STOP to opt out');
    await choose(el, '#button-new-type', 'URL');
    await click(el, /^Add button$/);
    await typeInto(el, '#button-0-url', 'https://shop.example/{{1}}');
    await choose(el, '#button-new-type', 'QUICK_REPLY');
    await click(el, /^Add button$/);
    submit(el).click();
    await waitUntil(() => $(el, '[part=summary]'), 'no summary');
    await fits(el, 'a form with header, samples, buttons and issues');

    const carousel = $$<HTMLInputElement>(el, 'input[type=checkbox]').find((c) =>
      c.parentElement!.textContent!.includes('carousel'),
    )!;
    carousel.click();
    await fits(el, 'a carousel');

    await choose(el, '#field-category', 'AUTHENTICATION');
    await fits(el, 'an authentication template');
  });
});
