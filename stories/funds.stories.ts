import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createHubClient, type HubClient } from '@hub/core';
import { createEmulator, DEMO_API_KEY, DEMO_PARTNER_ID, type Emulator } from '@hub/emulator';
import '@hub/elements/define/hub-provider.js';
import '@hub/elements/define/hub-funds.js';
import {
  EMULATOR_BASE_URL,
  FULL_ACCESS_CLIENT,
  READ_ONLY_CAPABILITIES,
  emulatedHub,
  type EmulatedHubOptions,
} from '../packages/elements/src/test-support/emulated-hub.js';

/** Seeded direct-payment clients: Nordlicht (EUR, auto-renewal on), Lumen Health (USD, off). */
const NORDLICHT = 'nRdL1cCL';
const LUMEN = 'lUmHe4CL';

interface Args {
  clientId: string;
  appearance: 'auto' | 'light' | 'dark';
  addFundsUrl: string;
  manageUrl: string;
  /** A listener cancels the hand-off events and logs them; off, the element opens the URLs. */
  handleEvents: boolean;
}

type Funds = Emulator['state']['balances'][string];

/** What a story changes in its emulator: options, the client's funds, or no payment type. */
interface EmulatorSetup {
  options?: EmulatedHubOptions;
  funds?: (funds: Funds) => void;
  /** A client built without `paymentType`, as a portal that has not configured it. */
  noPaymentType?: boolean;
}

/** One emulator per story, made on its first render and kept while its controls change. */
const clients = new Map<string, HubClient>();

function clientFor(storyId: string, clientId: string, setup: EmulatorSetup = {}): HubClient {
  const key = `${storyId}:${clientId}`;
  let client = clients.get(key);
  if (!client) {
    let emulator: Emulator;
    if (setup.noPaymentType) {
      emulator = createEmulator(setup.options);
      client = createHubClient({
        partnerId: DEMO_PARTNER_ID,
        baseUrl: EMULATOR_BASE_URL,
        auth: { apiKey: DEMO_API_KEY },
        fetch: emulator.fetch,
      });
    } else {
      // The payment type is the partner account's; most stories show a direct-payment one.
      ({ emulator, client } = emulatedHub({ paymentType: 'direct', ...setup.options }));
    }
    const funds = emulator.state.balances[clientId];
    if (funds) setup.funds?.(funds);
    clients.set(key, client);
  }
  return client;
}

const log = (event: CustomEvent, args: Args) => {
  if (!args.handleEvents) return;
  event.preventDefault();
  console.info(event.type, event.detail);
};

const meta: Meta<Args> = {
  title: 'Components/hub-funds',
  component: 'hub-funds',
  args: {
    clientId: NORDLICHT,
    appearance: 'auto',
    addFundsUrl: 'https://pay.example/top-up',
    manageUrl: 'https://hub.example/funds',
    handleEvents: true,
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
      <hub-funds
        add-funds-url=${args.addFundsUrl}
        manage-url=${args.manageUrl}
        @hub-funds-add=${(event: CustomEvent) => log(event, args)}
        @hub-funds-manage=${(event: CustomEvent) => log(event, args)}
      ></hub-funds>
    </hub-provider>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Direct payment with auto-renewal on: the balance, the last top-up and how long it lasts. */
export const AutoRenewalOn: Story = {
  parameters: { emulator: { funds: (f) => void (f.balance = 312.4) } satisfies EmulatorSetup },
};

/** Direct payment with auto-renewal off: funds are added only by hand. */
export const AutoRenewalOff: Story = {
  args: { clientId: LUMEN },
  parameters: { emulator: { funds: (f) => void (f.balance = 480) } satisfies EmulatorSetup },
};

/** A balance answer without auto-renewal or last renewal: the element shows what it has. */
export const AutoRenewalNotReported: Story = {
  parameters: {
    emulator: {
      funds: (f) => {
        const record = f as Partial<Funds>;
        delete record.auto_renewal;
        delete record.last_renewal;
      },
    } satisfies EmulatorSetup,
  },
};

/** Low balance: less than a week left at the recent rate, with auto-renewal off. */
export const LowBalance: Story = {
  args: { clientId: LUMEN },
  parameters: { emulator: { funds: (f) => void (f.balance = 3.2) } satisfies EmulatorSetup },
};

/** Nothing left. */
export const UsedUp: Story = {
  parameters: { emulator: { funds: (f) => void (f.balance = 0) } satisfies EmulatorSetup },
};

/** A client on partner payment: the partner manages the funds; no balance is asked for. */
export const PartnerPayment: Story = {
  args: { clientId: FULL_ACCESS_CLIENT },
  parameters: { emulator: { options: { paymentType: 'partner' } } satisfies EmulatorSetup },
};

/** The provider has no `payment-type`: the element says what it needs. */
export const UnknownPaymentType: Story = {
  parameters: { emulator: { noPaymentType: true } satisfies EmulatorSetup },
};

/** The balance cannot be read: an error with Retry. */
export const LoadError: Story = {
  parameters: {
    emulator: {
      options: { faults: [{ route: /info\/balance/, errorRate: 1, errorStatus: 503 }] },
    } satisfies EmulatorSetup,
  },
};

/** Waiting for the Hub. */
export const Loading: Story = {
  parameters: {
    emulator: {
      options: { faults: [{ route: /info\/balance/, latencyMs: 600_000 }] },
    } satisfies EmulatorSetup,
  },
};

/** A session without `billing:read`. */
export const PermissionDenied: Story = {
  parameters: {
    emulator: {
      options: { capabilities: READ_ONLY_CAPABILITIES.filter((c) => c !== 'billing:read') },
    } satisfies EmulatorSetup,
  },
};

/** The dark theme, with a low balance. */
export const Dark: Story = {
  args: { appearance: 'dark', clientId: LUMEN },
  parameters: { emulator: { funds: (f) => void (f.balance = 3.2) } satisfies EmulatorSetup },
};
