import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { autoload, discover, HUB_TAGS } from './autoload.js';

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

  it('knows every Hub Element tag', () => {
    expect(HUB_TAGS).to.have.length(16);
    expect(HUB_TAGS.every((tag) => tag.startsWith('hub-'))).to.equal(true);
  });
});
