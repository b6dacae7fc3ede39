import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { TEMPLATE_STATUSES } from '@hub/core';
import type { Emulator, TemplateRecord } from '@hub/emulator';
import '@hub/elements/define/hub-provider.js';
import '@hub/elements/define/hub-template-list.js';
import {
  FULL_ACCESS_CLIENT,
  READ_ONLY_CAPABILITIES,
  READ_ONLY_CLIENT,
  emulatedHub,
  type EmulatedHubOptions,
} from '../packages/elements/src/test-support/emulated-hub.js';

/** The seeded WABAs of the full-access and the read-only client. */
const WABA = 'bNapoWA';
const READ_ONLY_WABA = 'sHaRaWA';

function list(
  options: {
    emulator?: EmulatedHubOptions;
    clientId?: string;
    waba?: string;
    appearance?: 'auto' | 'light' | 'dark';
    empty?: boolean;
    dir?: 'ltr' | 'rtl';
    locale?: string;
    /** Renders the list 343 px wide: a 375 px phone inside a portal's margins. */
    narrow?: boolean;
    /** Changes the emulator's data before the list loads. */
    setup?: (emulator: Emulator) => void;
  } = {},
) {
  const { client, emulator } = emulatedHub({ rateLimits: false, ...options.emulator });
  if (options.empty) emulator.state.templates = [];
  options.setup?.(emulator);
  const log = (event: Event) => console.info(event.type, (event as CustomEvent).detail);
  return html`<div style=${options.narrow ? 'max-inline-size:343px' : ''}>
    <hub-provider
      dir=${options.dir ?? 'ltr'}
      .client=${client}
      client-id=${options.clientId ?? FULL_ACCESS_CLIENT}
      locale=${options.locale ?? ''}
      appearance=${options.appearance ?? 'auto'}
      style=${options.appearance === 'dark' ? 'padding:1rem;background:#0f1115' : ''}
    >
      <hub-template-list
        waba-account-id=${options.waba ?? WABA}
        @hub-template-select=${log}
        @hub-template-create=${log}
        @hub-template-deleted=${log}
      ></hub-template-list>
    </hub-provider>
  </div>`;
}

/** The Arabic account, seen by a user who may look but not change anything. */
const readOnly = {
  clientId: READ_ONLY_CLIENT,
  waba: READ_ONLY_WABA,
  emulator: { capabilities: READ_ONLY_CAPABILITIES },
};

const QUALITIES = ['GREEN', 'YELLOW', 'RED', 'UNKNOWN'];
const REASONS: Record<string, string> = { REJECTED: 'INVALID_FORMAT' };

/** Replaces the account's templates with one per status, and approved ones in each quality. */
function everyStatus(emulator: Emulator) {
  const model = emulator.state.templates.find((t) => t.waba_account_id === WABA)!;
  const others = emulator.state.templates.filter((t) => t.waba_account_id !== WABA);
  const make = (status: string, index: number, quality?: string) => ({
    ...model,
    id: `${8_000_000 + index}`,
    name: `${status.toLowerCase()}_${quality?.toLowerCase() ?? 'example'}`,
    status: status.toLowerCase(),
    rejected_reason: REASONS[status] ?? null,
    // The Hub passes Meta's rating through where it has one; the seed has none.
    ...(quality ? { quality_score: { score: quality } } : {}),
  });
  emulator.state.templates = [
    ...others,
    ...TEMPLATE_STATUSES.map((info, index) => make(info.status, index)),
    ...QUALITIES.map((quality, index) => make('APPROVED', 100 + index, quality)),
  ];
}

/** Waits for `find` to return something (stories render asynchronously). */
async function until<T>(find: () => T | undefined | null): Promise<T> {
  for (;;) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const meta: Meta = {
  title: 'Components/hub-template-list',
  component: 'hub-template-list',
  render: () => list(),
};
export default meta;

type Story = StoryObj;

/**
 * One template in every status the Hub and Meta report (draft, submitted, in review, approved with
 * each quality rating, rejected with its reason, paused, disabled, in appeal, …), each with what
 * the user may do next.
 */
export const EveryStatus: Story = { render: () => list({ setup: everyStatus }) };
/** The seeded account: several templates in two languages each, in a mix of statuses. */
export const Seeded: Story = {};
/** While the list loads (the emulator answers after two seconds). */
export const Loading: Story = {
  render: () => list({ emulator: { faults: [{ latencyMs: 2000 }] } }),
};
/** The Hub fails; Retry tries again. */
export const Error: Story = {
  render: () =>
    list({ emulator: { faults: [{ route: /waba_templates/, errorRate: 1, errorStatus: 503 }] } }),
};
/** An account without templates. */
export const Empty: Story = { render: () => list({ empty: true }) };
/** Without `templates:write`: view only, with the reason. */
export const ReadOnly: Story = {
  render: () => list(readOnly),
};
/** Dark colour scheme. */
export const Dark: Story = { render: () => list({ appearance: 'dark' }) };
/**
 * 343 px wide, a phone inside a portal's margins: each template is a card of labelled values, the
 * filters two to a row, and nothing scrolls sideways. The element follows its own width (a
 * container query), so it looks the same in a narrow column of a wide page.
 */
export const Narrow: Story = { render: () => list({ narrow: true }) };
/**
 * On a German page (`locale="de"` on the provider) the languages are named in German
 * ("Italienisch", "Englisch (Vereinigte Staaten)"), from the browser's language names.
 */
export const German: Story = { render: () => list({ locale: 'de' }) };
/**
 * Sync completes: a message at the top of the list says so (seen and announced) until it is
 * dismissed. Deleting confirms the same way.
 */
export const Synced: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('hub-template-list')!;
    const sync = await until(() =>
      [...(el.shadowRoot?.querySelectorAll('button') ?? [])].find(
        (b) => b.textContent?.trim() === 'Sync',
      ),
    );
    sync.click();
  },
};
/** A right-to-left page with the Arabic account (read-only access). */
export const RightToLeft: Story = {
  render: () => list({ dir: 'rtl', ...readOnly }),
};
/** Right-to-left with every action: the rows' actions menus open mirrored, toward the left. */
export const RightToLeftActions: Story = { render: () => list({ dir: 'rtl' }) };
/**
 * Deleting fails (the Hub answers 409): the confirmation dialog stays open, says why, and offers
 * to try again. Open a row's actions menu and choose Delete.
 */
export const DeleteFails: Story = {
  render: () =>
    list({ emulator: { faults: [{ route: /^DELETE /, errorRate: 1, errorStatus: 409 }] } }),
};
/**
 * The Hub sends a template this version cannot read (no `name`) and one in a status and a
 * category it does not know: the rest show, a line says one template is left out (the console
 * says why), and the unknown values read "Unknown (…)".
 */
export const UnreadableAndUnknown: Story = {
  render: () =>
    list({
      setup: (emulator) => {
        const model = emulator.state.templates.find((t) => t.waba_account_id === WABA)!;
        const broken: Partial<TemplateRecord> = { ...model, id: '9000001' };
        delete broken.name;
        emulator.state.templates.push(broken as TemplateRecord, {
          ...model,
          id: '9000002',
          name: 'odd_one',
          status: 'under_audit',
          category: 'SERVICE',
        });
      },
    }),
};
