import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { createHubClient, type HubClient } from '@hub/core';
import { createEmulator, DEMO_API_KEY, DEMO_PARTNER_ID, type ChannelRecord } from '@hub/emulator';
import '@hub/elements/define/hub-provider.js';
import '@hub/elements/define/hub-number-list.js';
import {
  FULL_ACCESS_CLIENT,
  READ_ONLY_CAPABILITIES,
  READ_ONLY_CLIENT,
  EMULATOR_BASE_URL,
  emulatedHub,
  type EmulatedHubOptions,
} from '../packages/elements/src/test-support/emulated-hub.js';
import { emulatedLiveHub } from '../packages/elements/src/test-support/live-stream.js';

/** A direct-payment client: Signals on every number, Activate Inbox in the menu. */
const DIRECT_CLIENT = 'nRdL1cCL';

interface Args {
  clientId: string;
  appearance: 'auto' | 'light' | 'dark';
  manage: 'event' | 'inline';
}

/** What a story changes in its emulator: options, and edits to the seeded data. */
interface EmulatorSetup {
  options?: EmulatedHubOptions;
  setup?: (state: ReturnType<typeof emulatedHub>['emulator']['state']) => void;
}

/**
 * One emulator per story, made on its first render and kept while its controls change: a number
 * cancelled in one story stays cancelled there, and no other story sees it.
 */
const clients = new Map<string, HubClient>();

function clientFor(storyId: string, emulator: EmulatorSetup = {}): HubClient {
  let client = clients.get(storyId);
  if (!client) {
    const made = emulatedHub(emulator.options);
    emulator.setup?.(made.emulator.state);
    client = made.client;
    clients.set(storyId, client);
  }
  return client;
}

const meta: Meta<Args> = {
  title: 'Components/hub-number-list',
  component: 'hub-number-list',
  args: { clientId: FULL_ACCESS_CLIENT, appearance: 'auto', manage: 'event' },
  argTypes: {
    appearance: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    manage: { control: 'inline-radio', options: ['event', 'inline'] },
  },
  render: (args, context) => html`
    <hub-provider
      .client=${clientFor(context.id, context.parameters['emulator'] as EmulatorSetup | undefined)}
      client-id=${args.clientId}
      appearance=${args.appearance}
    >
      <hub-number-list
        manage=${args.manage}
        @hub-number-add=${() => console.info('hub-number-add: start the embedded signup')}
      ></hub-number-list>
    </hub-provider>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** A partner-paid client with every permission: Signals only on Regular and Premium numbers. */
export const PartnerClient: Story = {};

/** A direct-payment client: Signals on every number and Activate Inbox in each menu. */
export const DirectClient: Story = {
  args: { clientId: DIRECT_CLIENT },
  // The payment type is the partner account's: this one lets its clients pay directly.
  parameters: { emulator: { options: { paymentType: 'direct' } } satisfies EmulatorSetup },
};

/**
 * Every status and quality rating in one list (the emulator's curated numbers, all given to one
 * client). Hover, focus or tap a status for its explanation.
 */
export const EveryStatusAndQuality: Story = {
  parameters: {
    emulator: {
      setup: (state) => {
        for (const channel of state.channels) {
          channel.client_id = FULL_ACCESS_CLIENT;
          channel.client = { id: FULL_ACCESS_CLIENT, name: 'Bella Napoli Ristoranti' };
        }
      },
    } satisfies EmulatorSetup,
  },
};

/** A session with read-only access: no Add number (with the reason), Cancel disabled. */
export const ReadOnly: Story = {
  args: { clientId: READ_ONLY_CLIENT },
  parameters: {
    emulator: {
      options: { capabilities: READ_ONLY_CAPABILITIES, paymentType: 'direct' },
    } satisfies EmulatorSetup,
  },
};

/**
 * The Hub sends a number this version cannot read (no `setup_info`) and one in a status it does
 * not know: the rest show, a line says one number is left out (the console says why), and the
 * unknown status reads "Unknown (…)".
 */
export const UnreadableAndUnknown: Story = {
  parameters: {
    emulator: {
      setup: (state) => {
        const model = state.channels.find((c) => c.client_id === FULL_ACCESS_CLIENT)!;
        const broken: Partial<ChannelRecord> = { ...model, id: '999bNaCH' };
        delete broken.setup_info;
        state.channels.push(broken as ChannelRecord);
        model.status = 'awaiting_review';
      },
    } satisfies EmulatorSetup,
  },
};

/** 10,000 numbers: only the rows in view are in the DOM; search, filter and sort stay instant. */
export const TenThousandNumbers: Story = {
  parameters: { emulator: { options: { numbers: 70_000 } } satisfies EmulatorSetup },
};

/** "Manage" opens the WABA manager in place, with a way back. */
export const ManageInline: Story = { args: { manage: 'inline' } };

/** No numbers yet: the empty state offers Add number. */
export const Empty: Story = {
  parameters: {
    emulator: {
      setup: (state) => {
        state.channels = state.channels.filter((c) => c.client_id !== FULL_ACCESS_CLIENT);
      },
    } satisfies EmulatorSetup,
  },
};

/** Waiting for the Hub: a skeleton. */
export const Loading: Story = {
  parameters: {
    emulator: { options: { faults: [{ latencyMs: 600_000 }] } } satisfies EmulatorSetup,
  },
};

/**
 * The Hub fails: a readable error with Retry. The first load's three attempts (the request and
 * its two transport retries) all fail; Retry then succeeds.
 */
export const LoadError: Story = {
  parameters: {
    emulator: {
      options: { faults: [{ route: /\/channels/, errorRate: 1, errorStatus: 503, times: 3 }] },
    } satisfies EmulatorSetup,
  },
};

/** Cancelling fails: the row rolls back and the notice says so. */
export const CancelFails: Story = {
  parameters: {
    emulator: {
      options: {
        faults: [{ route: /cancellation_request/, latencyMs: 800, errorRate: 1, errorStatus: 500 }],
      },
    } satisfies EmulatorSetup,
  },
};

/** The dark theme. */
export const Dark: Story = { args: { appearance: 'dark' } };

/**
 * In a phone-wide column (a 375 px page with 16 px margins): below 40rem of its own width the list
 * stacks each number into a card, with touch-sized Manage, Signals and ⋯ buttons and a bar of sort
 * buttons; nothing scrolls sideways, and the page scrolls instead of the table. Screen readers
 * still read a table.
 */
export const Narrow: Story = {
  args: { clientId: DIRECT_CLIENT },
  parameters: { emulator: { options: { paymentType: 'direct' } } satisfies EmulatorSetup },
  decorators: [
    (story) =>
      html`<div
        style="box-sizing: border-box; inline-size: 375px; max-inline-size: 100%; padding-inline: 16px; outline: 1px dashed #9aa1ad"
      >
        ${story()}
      </div>`,
  ],
};

/**
 * A long list (1,400 numbers) whose later pages have not arrived yet: the first page shows at
 * once, with how much more is coming ("Loading more numbers… 100 of 1,400 so far."). Search
 * and filters cover the numbers loaded so far. (The later pages of this story never arrive.)
 */
export const LongListArriving: Story = {
  render: () => {
    const emulator = createEmulator({ numbers: 9_800, rateLimits: false });
    const client = createHubClient({
      partnerId: DEMO_PARTNER_ID,
      baseUrl: EMULATOR_BASE_URL,
      auth: { apiKey: DEMO_API_KEY },
      fetch: (input, init) => {
        const url = new URL(input instanceof Request ? input.url : String(input));
        const later = Number(url.searchParams.get('offset') ?? 0) > 0;
        return later && url.pathname.endsWith('/channels')
          ? new Promise<Response>(() => {})
          : emulator.fetch(input, init);
      },
    });
    return html`<hub-provider .client=${client} client-id=${FULL_ACCESS_CLIENT}>
      <hub-number-list></hub-number-list>
    </hub-provider>`;
  },
};

/**
 * `<hub-provider live>`: two seconds after the list has loaded, the Hub reports (through the
 * partner's `@hub/server` stream, stood in for here) that the first number's status changed. The
 * row updates without a reload, is highlighted for two seconds and the change is announced
 * politely. See docs/live-updates.md.
 */
export const LiveUpdate: Story = {
  render: () => {
    const hub = emulatedLiveHub();
    const firstRow = (list: Element) =>
      list.shadowRoot?.querySelector<HTMLElement>('[part~="row"][data-number-id]');
    let started = false;
    const changeFirstNumber = async (list: Element | undefined) => {
      if (!list || started) return;
      started = true;
      while (!firstRow(list)) await new Promise((resolve) => setTimeout(resolve, 100));
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const id = firstRow(list)?.dataset['numberId'];
      const channel = hub.emulator.state.channels.find((c) => c.id === id);
      if (!channel) return;
      const to = channel.status === 'running' ? 'ready' : 'running';
      channel.status = to;
      hub.push({ type: `channel_${to}`, clientId: FULL_ACCESS_CLIENT, numberId: channel.id });
    };
    return html`<hub-provider live .client=${hub.client} client-id=${FULL_ACCESS_CLIENT}>
      <hub-number-list ${ref((list) => void changeFirstNumber(list))}></hub-number-list>
    </hub-provider>`;
  },
};
