import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { TemplateEditorMode } from '@hub/core';
import type { EmulatorOptions } from '@hub/emulator';
import '@hub/elements/define/hub-provider.js';
import '@hub/elements/define/hub-template-editor.js';
import {
  FULL_ACCESS_CLIENT,
  READ_ONLY_CLIENT,
  emulatedHub,
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
  emulator?: EmulatorOptions;
}

function editor(options: Options = {}) {
  const { client, emulator } = emulatedHub({
    rateLimits: false,
    templateReviewDelayMs: 4000,
    ...options.emulator,
  });
  const waba = options.waba ?? WABA;
  const first = emulator.state.templates.find(
    (t) => t.waba_account_id === waba && t.category !== 'AUTHENTICATION',
  );
  const log = (event: Event) => console.info(event.type, (event as CustomEvent).detail);
  return html`<hub-provider
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
      @hub-template-submitted=${log}
      @hub-template-edit=${log}
      @hub-template-cancel=${log}
    ></hub-template-editor>
  </hub-provider>`;
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
/** Editing an existing template (name and language locked). */
export const Edit: Story = { render: () => editor({ mode: 'edit' }) };
/** A copy under a new name. */
export const Copy: Story = { render: () => editor({ mode: 'copy' }) };
/** A new language of an existing template. */
export const AddLanguage: Story = { render: () => editor({ mode: 'add-language' }) };
/** An authentication template (one-time passcodes). */
export const Authentication: Story = {
  render: () => editor({ mode: 'copy', name: 'verification_code', language: 'en_US' }),
};
/** Editing an Arabic template: the preview is laid out right to left. */
export const RightToLeft: Story = { render: () => editor({ mode: 'edit', language: 'ar' }) };
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
  render: () => editor({ mode: 'edit', clientId: READ_ONLY_CLIENT, waba: READ_ONLY_WABA }),
};
/** Dark colour scheme. */
export const Dark: Story = { render: () => editor({ appearance: 'dark' }) };
