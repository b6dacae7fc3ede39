import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { HubClient } from '@hub/core';
import '@hub/elements/define/hub-provider.js';
import '@hub/elements/define/hub-partner-permissions.js';
import {
  FULL_ACCESS_CLIENT,
  READ_ONLY_CAPABILITIES,
  emulatedHub,
  type EmulatedHubOptions,
} from '../packages/elements/src/test-support/emulated-hub.js';

interface Args {
  clientId: string;
  appearance: 'auto' | 'light' | 'dark';
  /**
   * Where the permission page lives. The stories' emulator runs inside the page, so "Grant or
   * change access" needs a running emulator (`npx hub-emulator`, port 4010) to show the page.
   */
  hubOrigin: string;
  redirectUrl: string;
}

/** One emulator per story, made on its first render and kept while its controls change. */
const clients = new Map<string, HubClient>();

/** What a story changes in its emulator: options, or the client's numbers removed. */
interface EmulatorSetup {
  options?: EmulatedHubOptions;
  noNumbers?: boolean;
}

function clientFor(storyId: string, clientId: string, setup: EmulatorSetup = {}): HubClient {
  let client = clients.get(storyId);
  if (!client) {
    const hub = emulatedHub(setup.options);
    if (setup.noNumbers) {
      hub.emulator.state.channels = hub.emulator.state.channels.filter(
        (c) => c.client_id !== clientId,
      );
    }
    client = hub.client;
    clients.set(storyId, client);
  }
  return client;
}

const meta: Meta<Args> = {
  title: 'Components/hub-partner-permissions',
  component: 'hub-partner-permissions',
  args: {
    clientId: FULL_ACCESS_CLIENT,
    appearance: 'auto',
    hubOrigin: 'http://localhost:4010',
    redirectUrl: '/hub-onboarding-done.html',
  },
  argTypes: { appearance: { control: 'inline-radio', options: ['auto', 'light', 'dark'] } },
  render: (args, context) => html`
    <hub-provider
      .client=${clientFor(
        context.id,
        args.clientId,
        context.parameters['emulator'] as EmulatorSetup | undefined,
      )}
      client-id=${args.clientId}
      appearance=${args.appearance}
    >
      <hub-partner-permissions
        hub-origin=${args.hubOrigin}
        redirect-url=${args.redirectUrl}
        @hub-permissions-change=${(event: CustomEvent) => console.info(event.type, event.detail)}
      ></hub-partner-permissions>
    </hub-provider>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Three numbers shared, one missing: the seeded state. */
export const SharedAndMissing: Story = {};

/** A client with no numbers yet. */
export const Empty: Story = {
  parameters: { emulator: { noNumbers: true } satisfies EmulatorSetup },
};

/** The shared numbers cannot be read: an error with Retry. */
export const LoadError: Story = {
  parameters: {
    emulator: {
      options: { faults: [{ route: /shared_client_numbers/, errorRate: 1, errorStatus: 503 }] },
    } satisfies EmulatorSetup,
  },
};

/** Waiting for the Hub. */
export const Loading: Story = {
  parameters: {
    emulator: {
      options: { faults: [{ route: /shared_client_numbers/, latencyMs: 600_000 }] },
    } satisfies EmulatorSetup,
  },
};

/** A read-only session: the list, but no way to change access. */
export const ReadOnly: Story = {
  parameters: {
    emulator: { options: { capabilities: READ_ONLY_CAPABILITIES } } satisfies EmulatorSetup,
  },
};

/** A session without `numbers:read`. */
export const PermissionDenied: Story = {
  parameters: {
    emulator: { options: { capabilities: ['templates:read'] } } satisfies EmulatorSetup,
  },
};

/** The dark theme. */
export const Dark: Story = { args: { appearance: 'dark' } };
