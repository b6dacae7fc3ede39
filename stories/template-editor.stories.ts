import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { emptyTemplateDraft, templateDraftKey, type TemplateEditorMode } from '@hub/core';
import type { Emulator, TemplateRecord } from '@hub/emulator';
import '@hub/elements/define/hub-provider.js';
import '@hub/elements/define/hub-template-editor.js';
import type { HubTemplateEditor } from '../packages/elements/src/template-editor/template-editor.js';
import {
  FULL_ACCESS_CLIENT,
  READ_ONLY_CAPABILITIES,
  READ_ONLY_CLIENT,
  emulatedHub,
  type EmulatedHubOptions,
} from '../packages/elements/src/test-support/emulated-hub.js';

const WABA = 'bNapoWA';
const READ_ONLY_WABA = 'sHaRaWA';

interface Options {
  mode?: TemplateEditorMode;
  name?: string;
  language?: string;
  clientId?: string;
  waba?: string;
  appearance?: 'auto' | 'light' | 'dark';
  emulator?: EmulatedHubOptions;
  /** Renders the editor 343 px wide: a 375 px phone inside a portal's margins. */
  narrow?: boolean;
  /** Adds the story's own templates to the emulator before the editor loads. */
  setup?: (emulator: Emulator) => void;
}

function editor(options: Options = {}) {
  const { client, emulator } = emulatedHub({
    rateLimits: false,
    templateReviewDelayMs: 4000,
    ...options.emulator,
  });
  options.setup?.(emulator);
  const waba = options.waba ?? WABA;
  const first = emulator.state.templates.find(
    (t) => t.waba_account_id === waba && t.category !== 'AUTHENTICATION',
  );
  const log = (event: Event) => console.info(event.type, (event as CustomEvent).detail);
  return html`<div style=${options.narrow ? 'max-inline-size:343px' : ''}>
    <hub-provider
      .client=${client}
      client-id=${options.clientId ?? FULL_ACCESS_CLIENT}
      appearance=${options.appearance ?? 'auto'}
      style=${options.appearance === 'dark' ? 'padding:1rem;background:#0f1115' : ''}
    >
      <hub-template-editor
        waba-account-id=${waba}
        mode=${options.mode ?? 'create'}
        template-name=${options.mode ? (options.name ?? first?.name ?? '') : ''}
        language=${options.language ?? first?.language ?? ''}
        review-poll-ms="1000"
        @hub-template-submitted=${log}
        @hub-template-cancel=${log}
      ></hub-template-editor>
    </hub-provider>
  </div>`;
}

/** Meta-format components of the template kinds the seed data does not have. */
const KINDS: Record<string, Pick<TemplateRecord, 'category' | 'components'>> = {
  new_collection: {
    category: 'MARKETING',
    components: [
      { type: 'HEADER', format: 'IMAGE', example: { header_handle: ['4::aW1hZ2UvanBlZw=='] } },
      {
        type: 'BODY',
        text: 'Hi {{1}}, our new collection has arrived. Take a look before it sells out!',
        example: { body_text: [['Ana']] },
      },
      { type: 'FOOTER', text: 'Reply STOP to opt out' },
      {
        type: 'BUTTONS',
        buttons: [{ type: 'URL', text: 'Shop now', url: 'https://shop.example/new' }],
      },
    ],
  },
  pickup_point: {
    category: 'UTILITY',
    components: [
      { type: 'HEADER', format: 'LOCATION' },
      {
        type: 'BODY',
        text: 'Your parcel {{1}} is waiting for you at this pickup point until Friday.',
        example: { body_text: [['AB12']] },
      },
    ],
  },
  collection_cards: {
    category: 'MARKETING',
    components: [
      {
        type: 'BODY',
        text: 'Pick your favourite from our new collection, {{1}}. Swipe to see them all.',
        example: { body_text: [['Ana']] },
      },
      {
        type: 'CAROUSEL',
        cards: [1, 2, 3].map((n) => ({
          components: [
            { type: 'HEADER', format: 'IMAGE', example: { header_handle: [`4::card${n}`] } },
            {
              type: 'BODY',
              text: `Look ${n}: {{1}} off this week`,
              example: { body_text: [[`${10 * n}%`]] },
            },
            {
              type: 'BUTTONS',
              buttons: [
                { type: 'QUICK_REPLY', text: 'More like this' },
                { type: 'URL', text: 'Buy', url: 'https://shop.example/looks' },
              ],
            },
          ],
        })),
      },
    ],
  },
  flash_deal: {
    category: 'MARKETING',
    components: [
      { type: 'HEADER', format: 'IMAGE', example: { header_handle: ['4::aW1hZ2U='] } },
      {
        type: 'LIMITED_TIME_OFFER',
        limited_time_offer: { text: 'Flash deal', has_expiration: true },
      },
      { type: 'BODY', text: 'Everything is 20% off until midnight, do not miss it.' },
      {
        type: 'BUTTONS',
        buttons: [
          { type: 'COPY_CODE', example: 'FLASH20' },
          { type: 'URL', text: 'Shop', url: 'https://shop.example/deals' },
        ],
      },
    ],
  },
};

/** Adds an approved template to the full-access account, copying the bookkeeping of a seeded one. */
function addTemplate(
  emulator: Emulator,
  name: string,
  language: string,
  content: Pick<TemplateRecord, 'category' | 'components'>,
) {
  const model = emulator.state.templates.find((t) => t.waba_account_id === WABA)!;
  emulator.state.templates.push({
    ...model,
    category: content.category,
    components: content.components,
    id: `9${emulator.state.templates.length}${name.length}0000`,
    name,
    language,
    status: 'approved',
    rejected_reason: null,
  });
}

/** Edits one of {@link KINDS}. */
const kind = (name: string, options: Options = {}) =>
  editor({
    mode: 'edit',
    name,
    language: 'en_US',
    setup: (emulator) => addTemplate(emulator, name, 'en_US', KINDS[name]!),
    ...options,
  });

/** Waits for `find` to return something (stories render asynchronously). */
async function until<T>(find: () => T | null | undefined): Promise<T> {
  for (;;) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Fills in a new template as a user would and submits it, to show the platform's answer. */
async function submitNew(canvas: HTMLElement, name: string) {
  const el = await until(() => canvas.querySelector<HubTemplateEditor>('hub-template-editor'));
  const root = el.shadowRoot!;
  const submit = await until(() => root.querySelector<HTMLButtonElement>('[part=submit]'));
  const type = async (selector: string, value: string) => {
    const input = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
  };
  await type('#field-name', name);
  await type('#field-body', 'Hi {{1}}, your table is booked for tonight. See you soon!');
  await type('#field-samples', 'Ana');
  submit.click();
}

const meta: Meta = {
  title: 'Components/hub-template-editor',
  component: 'hub-template-editor',
  render: () => editor(),
};
export default meta;

type Story = StoryObj;

/** A new template. Names containing "reject" are rejected by the emulator's review. */
export const Create: Story = {};
/** Editing an existing template (name and language locked); saving sends it back to review. */
export const Edit: Story = { render: () => editor({ mode: 'edit' }) };
/** A copy under a new name. */
export const Copy: Story = { render: () => editor({ mode: 'copy' }) };
/** A new language of an existing template. */
export const AddLanguage: Story = { render: () => editor({ mode: 'add-language' }) };
/** An authentication template (one-time passcodes). */
export const Authentication: Story = {
  render: () => editor({ mode: 'copy', name: 'verification_code', language: 'en_US' }),
};
/** A marketing template with an image header, a footer and a URL button. */
export const MediaHeader: Story = { render: () => kind('new_collection') };
/** A utility template with a location header (the location is given when sending). */
export const LocationHeader: Story = { render: () => kind('pickup_point') };
/** A carousel of three cards, each with an image, a short text and two buttons. */
export const Carousel: Story = { render: () => kind('collection_cards') };
/** A limited-time offer with a copy-code button. */
export const LimitedTimeOffer: Story = { render: () => kind('flash_deal') };
/** Editing an Arabic template: the text and the preview are laid out right to left. */
export const RightToLeft: Story = {
  render: () =>
    editor({
      mode: 'edit',
      name: 'order_confirmation',
      language: 'ar',
      // The Arabic account is read-only; its template is given to the editable one.
      setup: (emulator) => {
        const arabic = emulator.state.templates.find(
          (t) =>
            t.waba_account_id === READ_ONLY_WABA &&
            t.name === 'order_confirmation' &&
            t.language === 'ar',
        )!;
        addTemplate(emulator, 'order_confirmation', 'ar', arabic);
      },
    }),
};
/** Submitted: WhatsApp's review is still running. */
export const SubmitPending: Story = {
  render: () => editor({ emulator: { templateReviewDelayMs: 24 * 60 * 60 * 1000 } }),
  play: ({ canvasElement }) => submitNew(canvasElement, 'table_booked_pending'),
};
/** Submitted, then approved a moment later (the result updates while you watch). */
export const SubmitApproved: Story = {
  render: () => editor({ emulator: { templateReviewDelayMs: 1500 } }),
  play: ({ canvasElement }) => submitNew(canvasElement, 'table_booked'),
};
/** Submitted, then rejected with the reason. */
export const SubmitRejected: Story = {
  render: () => editor({ emulator: { templateReviewDelayMs: 1500 } }),
  play: ({ canvasElement }) => submitNew(canvasElement, 'table_booked_reject'),
};
/** While the template loads. */
export const Loading: Story = {
  render: () => editor({ mode: 'edit', emulator: { faults: [{ latencyMs: 2000 }] } }),
};
/** The template cannot be loaded. */
export const Error: Story = {
  render: () =>
    editor({
      mode: 'edit',
      emulator: { faults: [{ route: /waba_templates/, errorRate: 1, errorStatus: 503 }] },
    }),
};
/** Without `templates:write`: read-only, with the reason. */
export const ReadOnly: Story = {
  render: () =>
    editor({
      mode: 'edit',
      clientId: READ_ONLY_CLIENT,
      waba: READ_ONLY_WABA,
      emulator: { capabilities: READ_ONLY_CAPABILITIES },
    }),
};
/** Dark colour scheme. */
export const Dark: Story = { render: () => editor({ appearance: 'dark' }) };
/**
 * 343 px wide, a phone inside a portal's margins, editing a carousel: the preview moves under the
 * form, rows of controls wrap, and only the preview's cards scroll sideways. The element follows
 * its own width (a container query), so it looks the same in a narrow column of a wide page.
 */
export const Narrow: Story = { render: () => kind('collection_cards', { narrow: true }) };
/**
 * A draft kept from an earlier visit is restored: the offer goes, a message above the form says
 * the changes are back (seen and announced), and the focus moves to the first field.
 */
export const DraftRestored: Story = {
  render: () => {
    const draft = emptyTemplateDraft('UTILITY', 'en_US');
    localStorage.setItem(
      templateDraftKey(WABA, 'create'),
      JSON.stringify({
        ...draft,
        name: 'half_written',
        body: { ...draft.body, text: 'Hi, your order' },
      }),
    );
    return editor();
  },
  play: async ({ canvasElement }) => {
    const el = await until(() => canvasElement.querySelector('hub-template-editor'));
    const restore = await until(() =>
      [...(el.shadowRoot?.querySelectorAll('button') ?? [])].find(
        (b) => b.textContent?.trim() === 'Restore them',
      ),
    );
    restore.click();
  },
};
