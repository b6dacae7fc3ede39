import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@hub/elements/define/hub-provider.js';
import '@hub/elements/define/hub-number-list.js';
import { createEmulator, DEMO_PARTNER_ID } from '@hub/emulator';
import {
  EMULATOR_BASE_URL,
  FULL_ACCESS_CLIENT,
  emulatedHub,
} from '../packages/elements/src/test-support/emulated-hub.js';

const { client } = emulatedHub();

/**
 * What a partner's backend answers, played by an emulator inside the page: `POST /hub/session`
 * mints a session token and `/hub-api/…` is the proxy. Only those two paths are answered here;
 * every other request goes to the network as usual.
 */
function servePartnerBackend(): void {
  const emulator = createEmulator({ rateLimits: false });
  const networkFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.origin !== location.origin) return networkFetch(request);
    if (url.pathname === '/hub/session') {
      return Promise.resolve(Response.json({ token: emulator.tokens.issue(Date.now()) }));
    }
    if (url.pathname.startsWith('/hub-api/')) {
      const upstream = `${EMULATOR_BASE_URL}/${url.pathname.slice('/hub-api/'.length)}${url.search}`;
      return emulator.fetch(new Request(upstream, request));
    }
    return networkFetch(request);
  };
}

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
 * for a session token (`session-url`). Here an emulator in the page plays the partner's backend
 * (the session endpoint and the proxy at `/hub-api`); the page itself holds no API key.
 */
export const FromAttributes: Story = {
  loaders: [
    () => {
      servePartnerBackend();
      return {};
    },
  ],
  render: () => html`
    <hub-provider
      base-url="/hub-api"
      partner-id=${DEMO_PARTNER_ID}
      client-id=${FULL_ACCESS_CLIENT}
      session-url="/hub/session"
    >
      <p>Configured from attributes; no API key in the page.</p>
      <hub-number-list></hub-number-list>
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
