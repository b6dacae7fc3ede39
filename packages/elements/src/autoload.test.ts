import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { autoload, discover, HUB_TAGS } from './autoload.js';
import { createHubClient, type HubClient } from '@hub/core';
import { createEmulator, DEMO_API_KEY, DEMO_PARTNER_ID } from '@hub/emulator';
import type { HubProvider } from './provider/provider.js';
import { EMULATOR_BASE_URL, FULL_ACCESS_CLIENT } from './test-support/emulated-hub.js';

// Each test file has a page of its own: no tag is registered when this one starts.
describe('the drop-in autoloader', () => {
  it('registers the tags a tree uses, <hub-provider> first, and nothing else', async () => {
    const order: string[] = [];
    const define = customElements.define.bind(customElements);
    customElements.define = (tag, ctor, options) => {
      order.push(tag);
      define(tag, ctor, options);
    };
    try {
      const tree = await fixture<HTMLElement>(
        html`<div>
          <hub-provider><hub-help-links></hub-help-links></hub-provider>
        </div>`,
      );
      // A tag of the same prefix that no Hub Element has.
      tree.append(document.createElement('hub-unknown-thing'));
      await discover(tree);
      expect(order[0]).to.equal('hub-provider');
      expect(order).to.include('hub-help-links');
      expect(customElements.get('hub-template-editor')).to.equal(undefined);
      expect(tree.querySelector('hub-help-links')!.matches(':defined')).to.equal(true);
    } finally {
      customElements.define = define;
    }
  });

  it('registers tags added to the document later, and those in a shadow root it is shown', async () => {
    autoload();
    const added = document.createElement('div');
    added.append(document.createElement('hub-partner-change'));
    document.body.append(added);
    await waitUntil(() => customElements.get('hub-partner-change'), 'added tag not registered');

    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.append(document.createElement('hub-settings'));
    expect(customElements.get('hub-settings')).to.equal(undefined);
    await discover(root);
    expect(root.querySelector('hub-settings')!.matches(':defined')).to.equal(true);
    // Its sections are elements of their own, inside its shadow root: registered with it.
    expect(customElements.get('hub-partner-permissions')).not.to.equal(undefined);
    added.remove();
    host.remove();
  });

  it("starts a number list's reads while its code loads; the list joins them, and a list gone meanwhile has them aborted", async () => {
    await import('./define/hub-provider.js');
    expect(customElements.get('hub-number-list')).to.equal(undefined);
    const registered = customElements.whenDefined('hub-number-list');
    /** A Hub that answers once the list's code is registered: the list finds its reads on their way. */
    const hub = (onRead: () => void = () => undefined) => {
      const emulator = createEmulator();
      const reads: { resource: string; signal: AbortSignal }[] = [];
      const client = createHubClient({
        partnerId: DEMO_PARTNER_ID,
        baseUrl: EMULATOR_BASE_URL,
        auth: { apiKey: DEMO_API_KEY },
        fetch: async (input, init) => {
          const request = new Request(input, init);
          const { pathname } = new URL(request.url);
          // The client's numbers, and its account (read through the list of clients).
          const resource = pathname.slice(pathname.lastIndexOf('/') + 1);
          if (resource === 'channels' || resource === 'clients') {
            reads.push({ resource, signal: request.signal });
            onRead();
          }
          await registered;
          return emulator.fetch(request);
        },
      });
      return { client, reads };
    };
    const inProvider = (client: HubClient) => {
      const provider = document.createElement('hub-provider') as HubProvider;
      provider.setAttribute('client-id', FULL_ACCESS_CLIENT);
      provider.client = client;
      provider.append(document.createElement('hub-number-list'));
      return provider;
    };
    const stays = hub();
    // This list leaves the page as soon as its reads have started, before its code arrives.
    const goes = hub(() => leaving.remove());
    const leaving = inProvider(goes.client);
    const tree = document.createElement('div');
    // A list outside any provider has nothing to read, and discovering it starts nothing.
    tree.append(inProvider(stays.client), leaving, document.createElement('hub-number-list'));
    document.body.append(tree);
    // What had been asked for when the list's code registered it, before any list connected.
    let readsAtRegistration: string[] | undefined;
    const define = customElements.define.bind(customElements);
    customElements.define = (tag, ctor, options) => {
      if (tag === 'hub-number-list')
        readsAtRegistration = stays.reads.map((r) => r.resource).sort();
      define(tag, ctor, options);
    };
    try {
      await discover(tree);
    } finally {
      customElements.define = define;
    }
    expect(readsAtRegistration).to.deep.equal(['channels', 'clients']);
    const list = tree.querySelector('hub-provider hub-number-list')!;
    await waitUntil(
      () => (list.shadowRoot?.querySelectorAll('.body [role=row]').length ?? 0) > 0,
      'no rows',
    );
    // One read of each, which the list joined on its way; none of them aborted.
    expect(stays.reads.map((r) => r.resource).sort()).to.deep.equal(['channels', 'clients']);
    expect(stays.reads.some((r) => r.signal.aborted)).to.equal(false);
    expect(goes.reads.map((r) => r.resource).sort()).to.deep.equal(['channels', 'clients']);
    expect(goes.reads.every((r) => r.signal.aborted)).to.equal(true);
    tree.remove();
  });

  it('knows every Hub Element tag', () => {
    expect(HUB_TAGS).to.have.length(16);
    expect(HUB_TAGS.every((tag) => tag.startsWith('hub-'))).to.equal(true);
  });
});
