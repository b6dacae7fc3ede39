import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { HubClient } from '@hub/core';
import type { Emulator } from '@hub/emulator';
import '@hub/elements/define/hub-provider.js';
import '@hub/elements/define/hub-partner-change-requests.js';
import {
  emulatedHub,
  type EmulatedHubOptions,
} from '../packages/elements/src/test-support/emulated-hub.js';

interface Args {
  appearance: 'auto' | 'light' | 'dark';
  partnerHubUrl: string;
  /** What the portal knows of the auto-approve setting; `undefined` shows it as unknown. */
  autoApprove: boolean | undefined;
  /** A listener cancels the hand-off and logs it; off, the element opens the Partner Hub. */
  handleEvents: boolean;
}

/** What a story changes in its emulator. */
interface EmulatorSetup {
  options?: EmulatedHubOptions;
  state?: (emulator: Emulator) => void;
}

/** One emulator per story, made on its first render and kept while its controls change. */
const clients = new Map<string, HubClient>();

function clientFor(storyId: string, setup: EmulatorSetup = {}): HubClient {
  let client = clients.get(storyId);
  if (!client) {
    const hub = emulatedHub(setup.options);
    setup.state?.(hub.emulator);
    client = hub.client;
    clients.set(storyId, client);
  }
  return client;
}

const meta: Meta<Args> = {
  title: 'Components/hub-partner-change-requests',
  component: 'hub-partner-change-requests',
  args: {
    appearance: 'auto',
    partnerHubUrl: 'https://hub.360dialog.com/',
    autoApprove: undefined,
    handleEvents: true,
  },
  argTypes: {
    appearance: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    autoApprove: { control: 'select', options: [undefined, true, false] },
  },
  render: (args, context) => html`
    <hub-provider
      .client=${clientFor(context.id, context.parameters['emulator'] as EmulatorSetup | undefined)}
      appearance=${args.appearance}
    >
      <hub-partner-change-requests
        partner-hub-url=${args.partnerHubUrl}
        .autoApprove=${args.autoApprove}
        @hub-partner-change-review=${(event: CustomEvent) => {
          if (!args.handleEvents) return;
          event.preventDefault();
          console.info(event.type, event.detail);
        }}
      ></hub-partner-change-requests>
    </hub-provider>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Three requests: one awaiting approval, a selective one, a completed one; auto-approve unknown. */
export const Requests: Story = {};

/** The portal knows auto-approve is on. */
export const AutoApproveOn: Story = { args: { autoApprove: true } };

/** No requests. */
export const Empty: Story = {
  parameters: {
    emulator: { state: (e) => void (e.state.partnerChangeRequests = []) } satisfies EmulatorSetup,
  },
};

/** A status the Hub added later is shown as sent. */
export const UnknownStatus: Story = {
  parameters: {
    emulator: {
      state: (e) => {
        e.state.partnerChangeRequests = [
          {
            id: 'pcrHold',
            status: 'on_hold' as never,
            is_full_migration: true,
            source_client_id: 'hOlDe9CL',
            target_client_id: null,
            source_partner_id: 'oLdPar1PA',
            target_partner_id: 'hubDemoPA',
            channels: ['hOl1aCH'],
            created_at: '2026-12-01T09:00:00Z',
            updated_at: '2026-12-01T09:00:00Z',
          },
        ];
      },
    } satisfies EmulatorSetup,
  },
};

/** Setting auto-approve fails: the switch goes back, with a message. */
export const SettingFails: Story = {
  parameters: {
    emulator: {
      options: {
        faults: [{ route: /settings\/partner_change_request/, errorRate: 1, errorStatus: 500 }],
      },
    } satisfies EmulatorSetup,
  },
};

/** A session without `partnerChanges:write`: the setting without its buttons. */
export const ReadOnly: Story = {
  parameters: {
    emulator: { options: { capabilities: ['partnerChanges:read'] } } satisfies EmulatorSetup,
  },
};

/** A client's session: the proxy refuses partner-level data. */
export const Denied: Story = {
  parameters: {
    emulator: {
      options: {
        faults: [{ route: /selective_partner_change_requests/, errorRate: 1, errorStatus: 403 }],
      },
    } satisfies EmulatorSetup,
  },
};

/** The requests cannot be read: an error with Retry. */
export const LoadError: Story = {
  parameters: {
    emulator: {
      options: {
        faults: [{ route: /selective_partner_change_requests/, errorRate: 1, errorStatus: 503 }],
      },
    } satisfies EmulatorSetup,
  },
};

/** Waiting for the Hub. */
export const Loading: Story = {
  parameters: {
    emulator: {
      options: { faults: [{ route: /selective_partner_change_requests/, latencyMs: 600_000 }] },
    } satisfies EmulatorSetup,
  },
};

/** The dark theme. */
export const Dark: Story = { args: { appearance: 'dark' } };
