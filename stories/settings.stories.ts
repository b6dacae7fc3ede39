import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { HubClient } from '@hub/core';
// Every tag, so the settings compose whichever settings elements this version ships.
import '@hub/elements/all.js';
import {
  FULL_ACCESS_CLIENT,
  READ_ONLY_CAPABILITIES,
  emulatedHub,
  type EmulatedHubOptions,
} from '../packages/elements/src/test-support/emulated-hub.js';

interface Args {
  appearance: 'auto' | 'light' | 'dark';
  /** The portal fills the `user-settings` slot with its own sign-in's details. */
  userSettings: boolean;
  supportUrl: string;
}

/** One emulator per story, made on its first render and kept while its controls change. */
const clients = new Map<string, HubClient>();

function clientFor(storyId: string, options?: EmulatedHubOptions): HubClient {
  let client = clients.get(storyId);
  if (!client) {
    client = emulatedHub(options).client;
    clients.set(storyId, client);
  }
  return client;
}

const meta: Meta<Args> = {
  title: 'Components/hub-settings',
  component: 'hub-settings',
  args: { appearance: 'auto', userSettings: true, supportUrl: '' },
  argTypes: { appearance: { control: 'inline-radio', options: ['auto', 'light', 'dark'] } },
  render: (args, context) => html`
    <hub-provider
      .client=${clientFor(
        context.id,
        context.parameters['emulator'] as EmulatedHubOptions | undefined,
      )}
      client-id=${FULL_ACCESS_CLIENT}
      appearance=${args.appearance}
    >
      <hub-settings .helpLinks=${args.supportUrl ? { support: args.supportUrl } : {}}>
        ${
          args.userSettings
            ? html`<div slot="user-settings">
                <p>Signed in as <strong>ada@acme.example</strong></p>
                <p>Your name and email belong to your Acme account.</p>
                <button type="button">Sign out</button>
              </div>`
            : nothing
        }
      </hub-settings>
    </hub-provider>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Partner permissions, partner change, help, and the portal's user settings in the slot. */
export const Default: Story = {};

/** A portal that shows its user settings elsewhere: the section is left out. */
export const WithoutUserSettings: Story = { args: { userSettings: false } };

/** A white-label portal's own support desk in the Help section. */
export const PartnerSupport: Story = {
  args: { supportUrl: 'https://help.partner.example/tickets' },
};

/** A read-only session: the composed settings elements say what it may not change. */
export const ReadOnly: Story = {
  parameters: { emulator: { capabilities: READ_ONLY_CAPABILITIES } },
};

/** The dark theme. */
export const Dark: Story = { args: { appearance: 'dark' } };
