import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { autoload, discover, HUB_TAGS } from './autoload.js';
import { emulatedHub, FULL_ACCESS_CLIENT } from './test-support/emulated-hub.js';

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

  it("starts a number list's reads while its code loads, and the list joins them", async () => {
    expect(customElements.get('hub-number-list')).to.equal(undefined);
    const reads: string[] = [];
    const { client } = emulatedHub({
      onRequest: (request) => {
        const { pathname } = new URL(request.url);
        // The client's numbers, and its account (read through the list of clients).
        const resource = pathname.slice(pathname.lastIndexOf('/') + 1);
        if (resource === 'channels' || resource === 'clients') reads.push(resource);
      },
    });
    // What had been asked for when the list's code registered it.
    let askedAtDefinition: string[] | undefined;
    const define = customElements.define.bind(customElements);
    customElements.define = (tag, ctor, options) => {
      if (tag === 'hub-number-list') askedAtDefinition = [...reads];
      define(tag, ctor, options);
    };
    try {
      const tree = document.createElement('div');
      const provider = document.createElement('hub-provider') as HTMLElement & { client: unknown };
      provider.setAttribute('client-id', FULL_ACCESS_CLIENT);
      provider.client = client;
      tree.append(provider);
      provider.append(document.createElement('hub-number-list'));
      document.body.append(tree);
      await discover(tree);
      expect(askedAtDefinition?.sort()).to.deep.equal(['channels', 'clients']);
      const list = tree.querySelector('hub-number-list')!;
      await waitUntil(
        () => (list.shadowRoot?.querySelectorAll('.body [role=row]').length ?? 0) > 0,
        'no rows',
      );
      // One read of each: the list used the answers it found on their way.
      expect([...reads].sort()).to.deep.equal(['channels', 'clients']);
      tree.remove();
    } finally {
      customElements.define = define;
    }
  });

  it('knows every Hub Element tag', () => {
    expect(HUB_TAGS).to.have.length(16);
    expect(HUB_TAGS.every((tag) => tag.startsWith('hub-'))).to.equal(true);
  });
});
