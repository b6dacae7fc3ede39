import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { addDays, createHubClient, isoDay, type HubClient } from '@hub/core';
import { DEMO_API_KEY, DEMO_PARTNER_ID, createEmulator, type EmulatorOptions } from '@hub/emulator';
import { registerMessages } from '@hub/elements';
import '@hub/elements/define/hub-provider.js';
import '@hub/elements/define/hub-activity-chart.js';
import {
  EMULATOR_BASE_URL,
  FULL_ACCESS_CLIENT,
  emulatedHub,
} from '../packages/elements/src/test-support/emulated-hub.js';

/** A seeded client billed in US dollars. */
const USD_CLIENT = 'lUmHe4CL';
/** A seeded client that uses every pricing category, the newer ones included. */
const EVERY_CATEGORY_CLIENT = 'cVerd3CL';

type UsageRow = Record<string, number | string>;

/** A client of the emulator whose usage answers (one per number) are `edit`ed on the way. */
function editedUsage(edit: (row: UsageRow) => UsageRow): HubClient {
  const emulator = createEmulator({ rateLimits: false });
  return createHubClient({
    partnerId: DEMO_PARTNER_ID,
    baseUrl: EMULATOR_BASE_URL,
    auth: { apiKey: DEMO_API_KEY },
    fetch: async (input, init) => {
      const response = await emulator.fetch(input, init);
      if (!String(input instanceof Request ? input.url : input).includes('/info/usage')) {
        return response;
      }
      const body = (await response.json()) as { usage: UsageRow[] };
      return Response.json({ ...body, usage: body.usage.map(edit) });
    },
  });
}
const today = isoDay(Date.now());
const yesterday = addDays(today, -1);

interface Args {
  variant: 'summary' | 'metric';
  metric: 'conversations' | 'expenses';
  range: string;
  from: string;
  to: string;
}

/** The chart inside a provider whose client talks to a fresh in-browser emulator. */
function chart(
  args: Args,
  options: {
    emulator?: EmulatorOptions;
    /** A client to use instead of one on a fresh emulator. */
    client?: HubClient;
    locale?: string;
    clientId?: string;
    appearance?: string;
  } = {},
) {
  const client = options.client ?? emulatedHub({ rateLimits: false, ...options.emulator }).client;
  return html`<hub-provider
    .client=${client}
    client-id=${options.clientId ?? FULL_ACCESS_CLIENT}
    locale=${options.locale ?? 'en'}
    appearance=${options.appearance ?? 'auto'}
    style=${options.appearance === 'dark' ? 'padding:1rem;background:#0f1115' : ''}
  >
    <hub-activity-chart
      variant=${args.variant}
      metric=${args.metric}
      range=${args.range}
      from=${args.from}
      to=${args.to}
      @hub-activity-open=${(event: CustomEvent) => console.info('hub-activity-open', event.detail)}
    ></hub-activity-chart>
  </hub-provider>`;
}

const meta: Meta<Args> = {
  title: 'Components/hub-activity-chart',
  component: 'hub-activity-chart',
  args: { variant: 'metric', metric: 'conversations', range: 'last-30-days', from: '', to: '' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['summary', 'metric'] },
    metric: { control: 'inline-radio', options: ['conversations', 'expenses'] },
    range: {
      control: 'select',
      options: [
        'last-7-days',
        'last-30-days',
        'last-90-days',
        'this-month',
        'last-month',
        'custom',
      ],
    },
  },
  render: (args) => chart(args),
};
export default meta;

type Story = StoryObj<Args>;

/** The dashboard pair: last week's messages and expenses, each against the week before. */
export const Summary: Story = { args: { variant: 'summary' } };

/** Messages per day, stacked by pricing category. */
export const Conversations: Story = {};

/** Approximate charges per day in the client's currency, with the month-end invoice notice. */
export const Expenses: Story = { args: { metric: 'expenses' } };

/** A period without any activity (the emulator's history ends a year ago). */
export const EmptyPeriod: Story = {
  render: (args) => chart(args, { emulator: { now: () => Date.now() - 365 * 86_400_000 } }),
};

/** Messages were sent, but all were free: "No charges in this period", not "no activity". */
export const NoCharges: Story = {
  args: { metric: 'expenses' },
  render: (args) =>
    chart(args, {
      client: editedUsage((row) =>
        Object.fromEntries(
          Object.entries(row).map(([key, value]) => [key, key.endsWith('_price') ? 0 : value]),
        ),
      ),
    }),
};

/** A client using every pricing category: Marketing Lite, international authentication, referrals. */
export const EveryCategory: Story = {
  args: { metric: 'expenses' },
  render: (args) => chart(args, { clientId: EVERY_CATEGORY_CLIENT }),
};

/**
 * Each number's day totals hold a euro more than its categories: shown as "Other", not lost.
 */
export const UnattributedCharges: Story = {
  args: { metric: 'expenses', range: 'last-7-days' },
  render: (args) =>
    chart(args, {
      client: editedUsage((row) => ({ ...row, total_price: Number(row.total_price) + 1 })),
    }),
};

/** A custom period the page set backwards: the picker says why nothing is shown. */
export const BackwardsPeriod: Story = {
  args: { range: 'custom', from: yesterday, to: addDays(today, -10) },
};

/** A custom period of one day. */
export const SingleDay: Story = { args: { range: 'custom', from: yesterday, to: yesterday } };

/** A year of days: thin bars, sparse day labels, the same keyboard and tooltip. */
export const YearOfData: Story = {
  args: { range: 'custom', from: addDays(today, -365), to: yesterday, metric: 'expenses' },
};

/** While the usage is on its way. */
export const Loading: Story = {
  render: (args) => chart(args, { emulator: { faults: [{ latencyMs: 600_000 }] } }),
};

/** The Hub fails; Retry asks again. */
export const ErrorState: Story = {
  name: 'Error',
  render: (args) =>
    chart(args, {
      emulator: { faults: [{ route: /info\/usage/, errorRate: 1, errorStatus: 503 }] },
    }),
};

/** The dark defaults of the chart palette. */
export const Dark: Story = {
  render: (args) => chart(args, { appearance: 'dark' }),
};

/** The summary in the dark theme. */
export const DarkSummary: Story = {
  args: { variant: 'summary' },
  render: (args) => chart(args, { appearance: 'dark' }),
};

// A partner's translation; keys it leaves out fall back to English.
registerMessages('de', {
  'activityChart.metric.conversations': 'Nachrichten',
  'activityChart.metric.expenses': 'Geschätzte Kosten',
  'activityChart.perDay.conversations': 'Nachrichten pro Tag',
  'activityChart.perDay.expenses': 'Ungefähre Kosten pro Tag ({currency})',
  'activityChart.category.marketing': 'Marketing',
  'activityChart.category.marketing_lite': 'Marketing Lite',
  'activityChart.category.utility': 'Service-Mitteilungen',
  'activityChart.category.authentication': 'Authentifizierung',
  'activityChart.category.authentication_international': 'Authentifizierung (international)',
  'activityChart.category.service': 'Kundenservice',
  'activityChart.category.referral_conversion': 'Empfehlungskonversion',
  'activityChart.category.other': 'Sonstige',
  'activityChart.range': 'Zeitraum',
  'activityChart.range.last-7-days': 'Letzte 7 Tage',
  'activityChart.range.last-30-days': 'Letzte 30 Tage',
  'activityChart.range.last-90-days': 'Letzte 90 Tage',
  'activityChart.range.this-month': 'Dieser Monat',
  'activityChart.range.last-month': 'Letzter Monat',
  'activityChart.range.custom': 'Benutzerdefiniert',
  'activityChart.total': 'Gesamt',
  'activityChart.noCharges': 'Keine Kosten in diesem Zeitraum',
  'activityChart.disclaimer':
    'Die Kosten sind ungefähr, ihre Summe ist dennoch verbindlich. Maßgeblich für den genauen Betrag ist Metas Rechnung am Monatsende.',
});

/** German strings and formatting, and a client billed in US dollars. */
export const OtherLocaleAndCurrency: Story = {
  args: { metric: 'expenses' },
  render: (args) => chart(args, { locale: 'de-DE', clientId: USD_CLIENT }),
};

/** A partner's palette through the `--hub-chart-*` tokens (one per series, `-8` for "other"). */
export const PartnerPalette: Story = {
  render: (args) =>
    html`<div
      style="--hub-chart-1:#264653;--hub-chart-2:#6a9fb5;--hub-chart-3:#e9c46a;--hub-chart-4:#2a9d8f;--hub-chart-5:#f4a261;--hub-chart-6:#e76f51;--hub-chart-7:#8ab17d;--hub-chart-8:#7a7a7a"
    >
      ${chart(args, { clientId: EVERY_CATEGORY_CLIENT })}
    </div>`,
};
