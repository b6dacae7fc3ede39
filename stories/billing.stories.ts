import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createHubClient, type Capability, type HubClient } from '@hub/core';
import { DEMO_API_KEY, DEMO_PARTNER_ID, createEmulator, type EmulatorOptions } from '@hub/emulator';
import '@hub/elements/define/hub-provider.js';
import '@hub/elements/define/hub-billing.js';
import {
  EMULATOR_BASE_URL,
  FULL_ACCESS_CLIENT,
  emulatedHub,
} from '../packages/elements/src/test-support/emulated-hub.js';

/** A seeded client the demo partner account bills directly. */
const DIRECT_CLIENT = 'nRdL1cCL';

/** A direct-payment client of the emulator whose numbers report no usage at all. */
function withoutUsage(): HubClient {
  const emulator = createEmulator({ rateLimits: false });
  return createHubClient({
    partnerId: DEMO_PARTNER_ID,
    baseUrl: EMULATOR_BASE_URL,
    auth: { apiKey: DEMO_API_KEY },
    paymentType: 'direct',
    fetch: async (input, init) => {
      const response = await emulator.fetch(input, init);
      if (!String(input instanceof Request ? input.url : input).includes('/info/usage')) {
        return response;
      }
      const body = (await response.json()) as Record<string, unknown>;
      return Response.json({ ...body, usage: [] });
    },
  });
}

interface Args {
  portalUrl: string;
  months: number;
}

/** The element inside a provider whose client talks to a fresh in-browser emulator. */
function billing(
  args: Args,
  options: {
    emulator?: EmulatorOptions;
    /** A client to use instead of one on a fresh emulator. */
    client?: HubClient;
    clientId?: string;
    paymentType?: 'direct' | 'partner';
    capabilities?: readonly Capability[];
    appearance?: string;
  } = {},
) {
  const client =
    options.client ??
    emulatedHub({
      rateLimits: false,
      paymentType: options.paymentType ?? 'direct',
      ...(options.capabilities ? { capabilities: options.capabilities } : {}),
      ...options.emulator,
    }).client;
  return html`<hub-provider
    .client=${client}
    client-id=${options.clientId ?? DIRECT_CLIENT}
    locale="en"
    appearance=${options.appearance ?? 'auto'}
    style=${options.appearance === 'dark' ? 'padding:1rem;background:#0f1115' : ''}
  >
    <hub-billing
      portal-url=${args.portalUrl}
      months=${args.months}
      @hub-billing-portal-open=${(event: CustomEvent) =>
        console.info('hub-billing-portal-open', event.detail)}
      @hub-csv-downloaded=${(event: CustomEvent) => console.info('hub-csv-downloaded', event.detail)}
    ></hub-billing>
  </hub-provider>`;
}

const meta: Meta<Args> = {
  title: 'Components/hub-billing',
  component: 'hub-billing',
  args: { portalUrl: 'https://billing.example/p/login/demo', months: 12 },
  argTypes: {
    portalUrl: { control: 'text' },
    months: { control: { type: 'number', min: 1, max: 24 } },
  },
  render: (args) => billing(args),
};
export default meta;

type Story = StoryObj<Args>;

/** A direct-payment client: plans, a year of monthly charges with the notice, the portal link. */
export const DirectWithHistory: Story = {};

/** A direct-payment client whose numbers have not been charged yet. */
export const NoChargesYet: Story = {
  render: (args) => billing(args, { client: withoutUsage() }),
};

/** A client on partner payment: the partner bills it, so there is nothing to manage here. */
export const PartnerPayment: Story = {
  render: (args) => billing(args, { clientId: FULL_ACCESS_CLIENT, paymentType: 'partner' }),
};

/** The Hub fails to report usage; Retry asks again. */
export const ErrorState: Story = {
  name: 'Error',
  render: (args) =>
    billing(args, {
      emulator: { faults: [{ route: /info\/usage/, errorRate: 1, errorStatus: 503 }] },
    }),
};

/** While the charges are on their way. */
export const Loading: Story = {
  render: (args) => billing(args, { emulator: { faults: [{ latencyMs: 600_000 }] } }),
};

/** A session whose access does not include `billing:read`. */
export const PermissionDenied: Story = {
  render: (args) => billing(args, { capabilities: ['numbers:read', 'clients:read'] }),
};

/** The dark theme. */
export const Dark: Story = {
  render: (args) => billing(args, { appearance: 'dark' }),
};

/**
 * A portal address that is not safe to open (`javascript:`): the button refuses it with a console
 * error and says it cannot open the portal.
 */
export const UnsafePortalUrl: Story = {
  args: { portalUrl: 'javascript:alert(1)' },
};
