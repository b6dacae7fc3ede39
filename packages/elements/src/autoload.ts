/**
 * Registers each Hub Element tag the first time a page uses it: the drop-in `hub-elements.js`
 * watches the document for `hub-*` tags and loads only the code of the elements it finds, so a
 * page with a chart does not download the template editor.
 *
 * @packageDocumentation
 */

import { ContextEvent } from '@lit/context';
import type { HubClient } from '@hub/core';
import { hubContext, type HubContext } from './base/context.js';
import {
  allNumbersQuery,
  clientAccountQuery,
  startQuery,
  type HubQuerySpec,
} from './base/queries.js';

/** Each tag and the module that registers it. */
const definitions: Readonly<Record<string, () => Promise<unknown>>> = {
  'hub-provider': () => import('./define/hub-provider.js'),
  'hub-activity-chart': () => import('./define/hub-activity-chart.js'),
  'hub-add-number': () => import('./define/hub-add-number.js'),
  'hub-billing': () => import('./define/hub-billing.js'),
  'hub-funds': () => import('./define/hub-funds.js'),
  'hub-help-links': () => import('./define/hub-help-links.js'),
  'hub-import-number': () => import('./define/hub-import-number.js'),
  'hub-number-details': () => import('./define/hub-number-details.js'),
  'hub-number-list': () => import('./define/hub-number-list.js'),
  'hub-partner-change': () => import('./define/hub-partner-change.js'),
  'hub-partner-change-requests': () => import('./define/hub-partner-change-requests.js'),
  'hub-partner-permissions': () => import('./define/hub-partner-permissions.js'),
  'hub-settings': () => import('./define/hub-settings.js'),
  'hub-template-editor': () => import('./define/hub-template-editor.js'),
  'hub-template-list': () => import('./define/hub-template-list.js'),
  'hub-template-preview': () => import('./define/hub-template-preview.js'),
};

/**
 * Tags an element shows inside its own shadow root, where the autoloader cannot see, when they
 * are registered: the drop-in registers them with it, so its sections are all there.
 */
const composed: Readonly<Record<string, readonly string[]>> = {
  'hub-settings': ['hub-partner-permissions', 'hub-partner-change'],
};

/**
 * The reads an element starts as it connects, for the elements whose reads follow from their
 * provider alone. The autoloader starts them as it finds the element, so they travel while the
 * element's code downloads; the element joins them when it connects (see {@link startQuery}).
 * The same functions describe the element's own reads, so the two cannot ask for different data.
 */
const firstReads: Readonly<
  Record<string, (client: HubClient, clientId: string) => HubQuerySpec<unknown>[]>
> = {
  'hub-number-list': (client, clientId) => [
    allNumbersQuery(client, clientId),
    clientAccountQuery(client, clientId),
  ],
};

/** Every tag the drop-in can register. */
export const HUB_TAGS: readonly string[] = Object.keys(definitions);

const loads = new Map<string, Promise<unknown>>();

function load(tag: string): Promise<unknown> {
  let loading = loads.get(tag);
  if (!loading) {
    const definition = definitions[tag];
    // A tag another copy of Hub Elements already registered needs nothing from this one.
    loading =
      !definition || customElements.get(tag) ? Promise.resolve() : definition().catch(failed(tag));
    loads.set(tag, loading);
  }
  return loading;
}

/** Lets a later discovery try a tag again after its module failed to load (a network blip). */
const failed = (tag: string) => (error: unknown) => {
  loads.delete(tag);
  console.error(`Hub Elements could not load <${tag}>.`, error);
};

/** The Hub Elements in and under `root` that are not registered yet. */
function undefinedElements(root: ParentNode): Element[] {
  const found = [...root.querySelectorAll(':not(:defined)')];
  if (root instanceof Element && !root.matches(':defined')) found.unshift(root);
  return found.filter((element) => element.localName in definitions);
}

/**
 * Starts the first reads of `element` through its provider's client, when the provider has one
 * and a client ID: the provider answers a context request from an element it does not know yet.
 * Only a head start: whatever goes wrong here, the element reads for itself when it connects.
 */
function startFirstReads(element: Element, signal: AbortSignal): void {
  const reads = firstReads[element.localName];
  if (!reads) return;
  try {
    let hub: HubContext | undefined;
    element.dispatchEvent(new ContextEvent(hubContext, element, (value) => (hub = value)));
    const { client, clientId } = hub ?? {};
    if (client && clientId) for (const spec of reads(client, clientId)) startQuery(spec, signal);
  } catch (error) {
    console.error(`Hub Elements could not start the reads of <${element.localName}>.`, error);
  }
}

/**
 * Registers every Hub Element used in and under `root` and resolves once they are registered.
 * The drop-in already does this for the document; call it for a shadow root of your own, which
 * the drop-in cannot see into, or await it before calling an element's methods from a script.
 *
 * `<hub-provider>` is registered before the others, so an element finds its provider when it
 * connects.
 *
 * @param root - Where to look, e.g. `document` or `this.shadowRoot`.
 */
export async function discover(root: ParentNode): Promise<void> {
  const elements = undefinedElements(root);
  if (elements.length === 0) return;
  const tags = new Set(elements.map((element) => element.localName));
  for (const tag of [...tags]) for (const inner of composed[tag] ?? []) tags.add(inner);
  await load('hub-provider');
  tags.delete('hub-provider');
  const loading = Promise.all([...tags].map(load));
  const headStart = new AbortController();
  elements.forEach((element) => startFirstReads(element, headStart.signal));
  await loading;
  // Registered, the elements in the page have joined their reads; a read no element waits for
  // (its element left the page meanwhile, or its code failed to load) is aborted.
  headStart.abort();
}

/**
 * Registers the Hub Elements in the document now and those added to it later, whatever adds
 * them (the parser, a framework, `innerHTML` of a partner's own page).
 */
export function autoload(): void {
  void discover(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) void discover(node);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}
