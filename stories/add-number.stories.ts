import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { HubClient } from '@hub/core';
import '@hub/elements/define/hub-provider.js';
import '@hub/elements/define/hub-add-number.js';
import '@hub/elements/define/hub-import-number.js';
import type { HubAddNumber } from '@hub/elements';
import {
  FULL_ACCESS_CLIENT,
  READ_ONLY_CAPABILITIES,
  emulatedHub,
  type EmulatedHubOptions,
} from '../packages/elements/src/test-support/emulated-hub.js';

interface Args {
  flow: 'hub-add-number' | 'hub-import-number';
  appearance: 'auto' | 'light' | 'dark';
  /** Where the onboarding page is hosted; empty for the Hub itself. */
  hubOrigin: string;
  redirectUrl: string;
}

/** What a story changes in its emulator: options, and the client's number cap. */
interface EmulatorSetup {
  options?: EmulatedHubOptions;
  maxNumbers?: number;
}

/** One emulator per story, made on its first render and kept while its controls change. */
const clients = new Map<string, HubClient>();

function clientFor(storyId: string, setup: EmulatorSetup = {}): HubClient {
  let client = clients.get(storyId);
  if (!client) {
    const hub = emulatedHub({ rateLimits: false, ...setup.options });
    const record = hub.emulator.state.clients.find((c) => c.id === FULL_ACCESS_CLIENT);
    if (record && setup.maxNumbers !== undefined) record.max_channels = setup.maxNumbers;
    client = hub.client;
    clients.set(storyId, client);
  }
  return client;
}

/** Opens the flow's first step once the client and its numbers are in. */
async function openFirstStep(canvasElement: HTMLElement): Promise<void> {
  const flow = canvasElement.querySelector<HubAddNumber>('hub-add-number, hub-import-number');
  for (let tries = 0; flow && !flow.start() && tries < 50; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const meta: Meta<Args> = {
  title: 'Components/hub-add-number',
  component: 'hub-add-number',
  args: { flow: 'hub-add-number', appearance: 'auto', hubOrigin: '', redirectUrl: '' },
  argTypes: {
    flow: { control: 'inline-radio', options: ['hub-add-number', 'hub-import-number'] },
    appearance: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: (args, context) => {
    const client = clientFor(context.id, context.parameters['emulator'] as EmulatorSetup);
    const log = (event: CustomEvent) => console.info(event.type, event.detail);
    const flow =
      args.flow === 'hub-add-number'
        ? html`<hub-add-number
            hub-origin=${args.hubOrigin || nothing}
            redirect-url=${args.redirectUrl || nothing}
            @hub-number-onboarded=${log}
          ></hub-add-number>`
        : html`<hub-import-number
            hub-origin=${args.hubOrigin || nothing}
            redirect-url=${args.redirectUrl || nothing}
            @hub-number-onboarded=${log}
          ></hub-import-number>`;
    return html`<hub-provider
      .client=${client}
      client-id=${FULL_ACCESS_CLIENT}
      appearance=${args.appearance}
      >${flow}</hub-provider
    >`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The "Add number" button, allowed. */
export const Start: Story = {};

/** The explanation: each number is charged, and the business signs it up itself. */
export const Explanation: Story = {
  play: ({ canvasElement }) => openFirstStep(canvasElement),
};

/** "Import from another BSP": the preconditions to confirm and the migration guide. */
export const ImportChecklist: Story = {
  args: { flow: 'hub-import-number' },
  play: ({ canvasElement }) => openFirstStep(canvasElement),
};

/** The client reached the number cap its partner set: disabled, with the reason. */
export const NumberCapReached: Story = {
  parameters: { emulator: { maxNumbers: 1 } satisfies EmulatorSetup },
};

/** A session without `waba:write`: disabled, with the reason. */
export const PermissionDenied: Story = {
  parameters: {
    emulator: { options: { capabilities: READ_ONLY_CAPABILITIES } } satisfies EmulatorSetup,
  },
};

/** Still reading the client and its numbers: disabled while checking. */
export const Loading: Story = {
  parameters: {
    emulator: {
      options: { faults: [{ route: /channels/, latencyMs: 600_000 }] },
    } satisfies EmulatorSetup,
  },
};

/** The dark theme, with the import checklist open. */
export const Dark: Story = {
  args: { flow: 'hub-import-number', appearance: 'dark' },
  play: ({ canvasElement }) => openFirstStep(canvasElement),
};
