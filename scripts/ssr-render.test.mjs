// Every Hub Element rendered by @lit-labs/ssr in Node, as a partner's server would: each draws its
// first state (the loading skeleton, or content that needs no data) into a declarative shadow root,
// without reaching a browser global and without a single request (the session stays in the browser).
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { hubTags, renderInProvider } from './ssr-page.mjs';

const browserGlobals = ['document', 'window', 'ResizeObserver', 'matchMedia', 'localStorage'];

/** What each element's first state shows: a part it draws and a text a reader sees (English). */
const firstStates = {
  'hub-activity-chart': ['loading', 'Loading activity…'],
  'hub-add-number': ['start-button', 'Checking whether numbers can be added…'],
  'hub-billing': ['loading', 'Loading billing…'],
  'hub-funds': ['loading', 'Loading funds…'],
  'hub-help-links': ['link', 'Documentation'],
  'hub-import-number': ['start-button', 'Checking whether numbers can be added…'],
  'hub-number-details': ['loading', 'Loading number details…'],
  'hub-number-list': ['loading', 'Loading phone numbers…'],
  'hub-partner-change': ['request-button', 'Request a partner change'],
  'hub-partner-change-requests': ['loading', 'Loading partner change requests…'],
  'hub-partner-permissions': ['loading', 'Loading partner access…'],
  'hub-settings': ['section-title', 'Help'],
  'hub-template-editor': ['loading', 'Loading template…'],
  'hub-template-list': ['loading', 'Loading templates…'],
  'hub-template-preview': ['empty', 'Nothing to preview yet'],
};

/**
 * The markup `<tag>`'s declarative shadow root opens with (up to the first nested root, if any),
 * without its `<style>`s and lit's markers; `undefined` when it has none.
 */
function shadowContent(markup, tag) {
  const match = new RegExp(
    `<${tag}(?:\\s[^>]*)?><template shadowroot="open" shadowrootmode="open">([\\s\\S]*?)</template>`,
  ).exec(markup);
  return match?.[1].replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<!--[\s\S]*?-->/g, '');
}

const fetches = vi.fn(() => Promise.reject(new Error('no request during server rendering')));

beforeAll(async () => {
  for (const name of browserGlobals) expect(typeof globalThis[name], name).toBe('undefined');
  await import('@hub/elements/all.js');
});

afterEach(() => {
  vi.unstubAllGlobals();
  fetches.mockClear();
});

describe('@lit-labs/ssr renders every Hub Element in Node', () => {
  it('covers every tag that ships', () => {
    expect(Object.keys(firstStates).sort()).toEqual(
      hubTags.filter((tag) => tag !== 'hub-provider').sort(),
    );
  });

  it.each(Object.entries(firstStates))(
    '<%s> draws its first state in a declarative shadow root',
    async (tag, [part, text]) => {
      vi.stubGlobal('fetch', fetches);
      // A complete drop-in provider: on the server it must still build no session and fetch nothing.
      const markup = await renderInProvider([tag], {
        partnerId: 'partner-1',
        sessionUrl: '/portal/session',
      });
      for (const name of browserGlobals) expect(typeof globalThis[name], name).toBe('undefined');
      expect(fetches).not.toHaveBeenCalled();
      // The provider draws only a slot: its children stay in the light DOM, each with its own root.
      expect(shadowContent(markup, 'hub-provider')).toBe('<slot></slot>');
      const content = shadowContent(markup, tag);
      expect(content, `${tag} has no declarative shadow root`).toBeDefined();
      expect(content).toMatch(new RegExp(`part="(?:[\\w-]+ )*${part}(?: [\\w-]+)*"`));
      expect(content).toContain(text);
    },
  );

  it('nests the help links of <hub-settings> with their own shadow root, deferred until hydration', async () => {
    const markup = await renderInProvider(['hub-settings']);
    expect(markup).toMatch(
      /<hub-help-links[^>]* defer-hydration><template shadowroot="open" shadowrootmode="open">/,
    );
  });
});
