import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { EmulatorOptions } from '@hub/emulator';
import '@hub/elements/define/hub-provider.js';
import '@hub/elements/define/hub-template-list.js';
import {
  FULL_ACCESS_CLIENT,
  READ_ONLY_CLIENT,
  emulatedHub,
} from '../packages/elements/src/test-support/emulated-hub.js';

/** The seeded WABAs of the full-access and the read-only client. */
const WABA = 'bNapoWA';
const READ_ONLY_WABA = 'sHaRaWA';

function list(
  options: {
    emulator?: EmulatorOptions;
    clientId?: string;
    waba?: string;
    appearance?: 'auto' | 'light' | 'dark';
    empty?: boolean;
  } = {},
) {
  const { client, emulator } = emulatedHub({ rateLimits: false, ...options.emulator });
  if (options.empty) emulator.state.templates = [];
  const log = (event: Event) => console.info(event.type, (event as CustomEvent).detail);
  return html`<hub-provider
    .client=${client}
    client-id=${options.clientId ?? FULL_ACCESS_CLIENT}
    appearance=${options.appearance ?? 'auto'}
    style=${options.appearance === 'dark' ? 'padding:1rem;background:#0f1115' : ''}
  >
    <hub-template-list
      waba-account-id=${options.waba ?? WABA}
      @hub-template-select=${log}
      @hub-template-create=${log}
      @hub-template-deleted=${log}
    ></hub-template-list>
  </hub-provider>`;
}

const meta: Meta = {
  title: 'Components/hub-template-list',
  component: 'hub-template-list',
  render: () => list(),
};
export default meta;

type Story = StoryObj;

/** Every seeded template: every status (approved, pending, rejected with reason, paused, disabled, in appeal, submitted) and category. */
export const EveryStatus: Story = {};
/** While the list loads (the emulator answers after two seconds). */
export const Loading: Story = {
  render: () => list({ emulator: { faults: [{ latencyMs: 2000 }] } }),
};
/** The Hub fails; Retry tries again. */
export const Error: Story = {
  render: () =>
    list({ emulator: { faults: [{ route: /waba_templates/, errorRate: 1, errorStatus: 503 }] } }),
};
/** An account without templates. */
export const Empty: Story = { render: () => list({ empty: true }) };
/** Without `templates:write`: view only, with the reason. */
export const ReadOnly: Story = {
  render: () => list({ clientId: READ_ONLY_CLIENT, waba: READ_ONLY_WABA }),
};
/** Dark colour scheme. */
export const Dark: Story = { render: () => list({ appearance: 'dark' }) };
