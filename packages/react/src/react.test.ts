// The React wrappers against what the elements really are: a wrapper per defined tag, an `onHub…`
// prop for each event the manifest lists for its element, and server rendering in Node.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { RENAMED_EVENTS } from '../../elements/src/base/events.js';
import type * as LitReact from '@lit/react';
import type * as HubReact from './index.js';

/** What each module passed to `createComponent`, recorded on the way to the real one. */
const created = vi.hoisted(() => [] as { tagName: string; events?: Record<string, string> }[]);

vi.mock('@lit/react', async (importOriginal) => {
  const original = await importOriginal<typeof LitReact>();
  return {
    ...original,
    createComponent: ((options) => {
      created.push(options);
      return original.createComponent(options);
    }) satisfies typeof original.createComponent,
  };
});

const root = fileURLToPath(new URL('../../../', import.meta.url));

// Each `define/hub-x.ts` registers `<hub-x>`: the file names are the list of tags that ship.
const definedTags = readdirSync(`${root}packages/elements/src/define`)
  .filter((file) => /^hub-.*\.ts$/.test(file))
  .map((file) => file.slice(0, -3))
  .sort();

interface ManifestEvent {
  name: string;
  deprecated?: boolean | string;
}
interface ManifestDeclaration {
  tagName?: string;
  events?: ManifestEvent[];
}

let manifestEvents: Map<string, string[]>;
let hub: typeof HubReact;

beforeAll(async () => {
  // A manifest of its own, beside the shared one, so this test never reads one half written by
  // another test's `npm run analyze`.
  execFileSync(
    process.execPath,
    [
      `${root}node_modules/@custom-elements-manifest/analyzer/cem.js`,
      'analyze',
      '--config',
      'custom-elements-manifest.config.mjs',
      '--outdir',
      '../../.cache/hub-react-manifest',
    ],
    { cwd: `${root}packages/elements`, stdio: 'pipe' },
  );
  const manifest = JSON.parse(
    readFileSync(`${root}.cache/hub-react-manifest/custom-elements.json`, 'utf8'),
  ) as { modules: { declarations?: ManifestDeclaration[] }[] };
  manifestEvents = new Map(
    manifest.modules
      .flatMap((mod) => mod.declarations ?? [])
      .filter((d) => d.tagName)
      .map((d) => [d.tagName!, (d.events ?? []).filter((e) => !e.deprecated).map((e) => e.name)]),
  );
  hub = await import('./index.js');
}, 30_000);

const eventsOf = (tag: string) => created.find((options) => options.tagName === tag)?.events;

describe('@hub/react wrappers', () => {
  it('wraps every defined tag once, as the component named after its class', () => {
    expect(definedTags).toHaveLength(16);
    expect(created.map((options) => options.tagName).sort()).toEqual(definedTags);
    expect(Object.keys(hub).sort()).toEqual([
      'HubActivityChart',
      'HubAddNumber',
      'HubBilling',
      'HubFunds',
      'HubHelpLinks',
      'HubImportNumber',
      'HubNumberDetails',
      'HubNumberList',
      'HubPartnerChange',
      'HubPartnerChangeRequests',
      'HubPartnerPermissions',
      'HubProvider',
      'HubSettings',
      'HubTemplateEditor',
      'HubTemplateList',
      'HubTemplatePreview',
    ]);
    expect(hub.HubNumberList.displayName).toBe('HubNumberList');
  });

  it('gives <hub-number-list> a prop per event, and none for the deprecated names', () => {
    expect(eventsOf('hub-number-list')).toEqual({
      onHubNumberManage: 'hub-number-manage',
      onHubSignalsManage: 'hub-signals-manage',
      onHubInboxActivate: 'hub-inbox-activate',
      onHubNumberAdd: 'hub-number-add',
      onHubNumberImport: 'hub-number-import',
      onHubNumberCancelled: 'hub-number-cancelled',
      onHubNumberCancellationRevoked: 'hub-number-cancellation-revoked',
    });
  });

  it('gives <hub-template-list>, <hub-activity-chart> and <hub-provider> their events', () => {
    expect(eventsOf('hub-template-list')).toEqual({
      onHubTemplateSelect: 'hub-template-select',
      onHubTemplateCreate: 'hub-template-create',
      onHubTemplateDeleted: 'hub-template-deleted',
    });
    expect(eventsOf('hub-activity-chart')).toEqual({
      onHubActivityOpen: 'hub-activity-open',
      onHubActivityRangeChange: 'hub-activity-range-change',
      onHubCsvDownloaded: 'hub-csv-downloaded',
    });
    expect(eventsOf('hub-provider')).toEqual({ onHubSessionError: 'hub-session-error' });
  });

  it.each(definedTags)('maps every current event of <%s> in the manifest', (tag) => {
    const listed = manifestEvents.get(tag);
    expect(listed, `${tag} is in the manifest`).toBeDefined();
    const events = eventsOf(tag) ?? {};
    expect(Object.values(events).sort()).toEqual([...listed!].sort());
    for (const [prop, event] of Object.entries(events)) {
      // `hub-number-manage` → `onHubNumberManage`: React's camelCase `on` props.
      const camel = event.replace(/(^|-)([a-z])/g, (_, _dash, letter: string) =>
        letter.toUpperCase(),
      );
      expect(prop).toBe(`on${camel}`);
      expect(Object.values(RENAMED_EVENTS)).not.toContain(event);
    }
  });
});

describe('@hub/react on the server', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('renders a provider and a number list to HTML in Node without a warning', () => {
    const errors = vi.spyOn(console, 'error');
    const warnings = vi.spyOn(console, 'warn');
    const html = renderToString(
      createElement(
        hub.HubProvider,
        { clientId: 'bNapo1CL', appearance: 'dark' },
        createElement(hub.HubNumberList, { manage: 'inline', onHubNumberManage: () => {} }),
      ),
    );
    expect(html).toMatch(
      /^<hub-provider[^>]*><hub-number-list[^>]*><\/hub-number-list><\/hub-provider>$/,
    );
    // Handlers are listeners added in the browser, never attributes in the markup.
    expect(html).not.toContain('onHub');
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
  });
});
