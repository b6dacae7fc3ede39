import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@hub/elements/define/hub-provider.js';
import '@hub/elements/define/hub-number-details.js';
import {
  FULL_ACCESS_CLIENT,
  READ_ONLY_CAPABILITIES,
  READ_ONLY_CLIENT,
  emulatedHub,
  storeMessagingKey,
  type EmulatedHubOptions,
} from '../packages/elements/src/test-support/emulated-hub.js';

interface Args {
  numberId: string;
  clientId: string;
  appearance: 'auto' | 'light' | 'dark';
}

const render =
  (
    options: EmulatedHubOptions = {},
    setup?: (emulator: ReturnType<typeof emulatedHub>['emulator']) => void,
  ) =>
  (args: Args) => {
    const hub = emulatedHub(options);
    setup?.(hub.emulator);
    return html`
      <hub-provider .client=${hub.client} client-id=${args.clientId} appearance=${args.appearance}>
        <hub-number-details number-id=${args.numberId}></hub-number-details>
      </hub-provider>
    `;
  };

const meta: Meta<Args> = {
  title: 'Components/hub-number-details',
  component: 'hub-number-details',
  args: { numberId: '001bNaCH', clientId: FULL_ACCESS_CLIENT, appearance: 'auto' },
  argTypes: { appearance: { control: 'inline-radio', options: ['auto', 'light', 'dark'] } },
  render: render(),
};
export default meta;

type Story = StoryObj<Args>;

/** A shared (Embedded Signup) account of a partner-paid client: commerce toggles, profile editing. */
export const SharedAccount: Story = {};

/**
 * An on-behalf-of account of a direct-payment client: billing start and plan shown; commerce
 * settings go through support.
 */
export const OnBehalfOfAccount: Story = {
  args: { numberId: '002nRdCH', clientId: 'nRdL1cCL' },
  render: render({ paymentType: 'direct' }),
};

/**
 * A display name under Meta's review: the pending name shows and Edit is not offered. (The number
 * keeps working meanwhile, with its Messaging API key, so its profile shows.)
 */
export const NameUnderReview: Story = {
  args: { numberId: '005kTeCH', clientId: 'kTeCo5CL' },
  render: render({}, (emulator) => storeMessagingKey(emulator, '005kTeCH')),
};

/**
 * Read-only access and a declined name: edits are disabled with the reason, and the sentence says
 * who can request another name. (The number was live before, so it keeps its Messaging API key
 * and its profile shows.)
 */
export const ReadOnlyDeclinedName: Story = {
  args: { numberId: '006sHaCH', clientId: READ_ONLY_CLIENT },
  render: render({ capabilities: READ_ONLY_CAPABILITIES, paymentType: 'direct' }, (emulator) =>
    storeMessagingKey(emulator, '006sHaCH'),
  ),
};

/**
 * Meta declined the requested name, and this session may change display names: Edit is offered,
 * and the sentence says to check Meta's guidelines and request another name. Save the profile or
 * request a name to see the confirmation, which stays in view while the page scrolls.
 */
export const DeclinedName: Story = {
  args: { numberId: '006sHaCH', clientId: READ_ONLY_CLIENT },
  render: render({ paymentType: 'direct' }, (emulator) => storeMessagingKey(emulator, '006sHaCH')),
};

/** Waiting for the Hub. */
export const Loading: Story = { render: render({ faults: [{ latencyMs: 600_000 }] }) };

/** The number cannot be read: an error with Retry. */
export const LoadError: Story = {
  render: render({ faults: [{ route: /\/channels/, errorRate: 1, errorStatus: 503 }] }),
};

/** The dark theme. */
export const Dark: Story = { args: { appearance: 'dark' } };
