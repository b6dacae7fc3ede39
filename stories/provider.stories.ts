import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@hub/elements/define/hub-provider.js';
import {
  FULL_ACCESS_CLIENT,
  emulatedHub,
} from '../packages/elements/src/test-support/emulated-hub.js';

const { client } = emulatedHub();

/**
 * The token swatches show what every Hub Element inside the provider is drawn with: the provider
 * resolves each `--hub-*` token (partner value or default) into the `--_*` property it inherits.
 */
const tokens = [
  'text',
  'text-muted',
  'surface',
  'surface-raised',
  'border',
  'accent',
  'on-accent',
  'success',
  'warning',
  'danger',
];

const swatches = () => html`
  <ul
    style="display:grid;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr));gap:.5rem;padding:0;list-style:none"
  >
    ${tokens.map(
      (token) =>
        html`<li
          style="display:flex;align-items:center;gap:.5rem;padding:.5rem;border-radius:6px;background:light-dark(#fff,#17191d);color:light-dark(#1d2127,#e8eaee)"
        >
          <span
            style="inline-size:1.5rem;block-size:1.5rem;border-radius:4px;border:1px solid #8886;background:var(--_${token})"
          ></span>
          <code>--hub-color-${token}</code>
        </li>`,
    )}
  </ul>
`;

const meta: Meta = {
  title: 'Foundation/hub-provider',
  component: 'hub-provider',
  args: { locale: 'en', appearance: 'auto' },
  argTypes: {
    appearance: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: ({ locale, appearance }) => html`
    <hub-provider
      .client=${client}
      client-id=${FULL_ACCESS_CLIENT}
      locale=${locale}
      appearance=${appearance}
    >
      <p>
        Hub Elements placed here use the provider's client (an in-browser emulator in Storybook),
        its locale and its appearance.
      </p>
    </hub-provider>
  `,
};
export default meta;

type Story = StoryObj;

/** A provider with a ready-made client, as a partner using npm sets it up. */
export const WithClient: Story = {};

/**
 * The drop-in setup: the provider builds its client from attributes and asks the partner's backend
 * for a session token (`session-url`). Here the endpoint does not exist, so the provider reports
 * `hub-session-error` as soon as an element makes a request.
 */
export const FromAttributes: Story = {
  render: () => html`
    <hub-provider
      base-url="/hub-api"
      partner-id="yourPA"
      client-id="someCL"
      session-url="/hub/session"
    >
      <p>Configured from attributes; no API key in the page.</p>
    </hub-provider>
  `,
};

/** The dark defaults of the design tokens. */
export const Dark: Story = {
  args: { appearance: 'dark' },
  render: ({ appearance }) => html`
    <hub-provider appearance=${appearance} style="padding:1rem;background:#0f1115">
      ${swatches()}
    </hub-provider>
  `,
};

/** A partner theme: tokens set on the provider (or anywhere above it) win over the defaults. */
export const PartnerTheme: Story = {
  render: () => html`
    <hub-provider
      style="--hub-color-accent:#0b6e69;--hub-color-surface-raised:#eef7f6;--hub-radius:12px;padding:1rem"
    >
      ${swatches()}
    </hub-provider>
  `,
};
