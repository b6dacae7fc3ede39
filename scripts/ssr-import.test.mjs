import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Each `define/hub-x.ts` registers `<hub-x>`: the file names are the list of tags that ship.
const tags = readdirSync(new URL('../packages/elements/src/define', import.meta.url))
  .filter((file) => /^hub-.*\.ts$/.test(file))
  .map((file) => file.slice(0, -3));

// Node has no `document`, `window` or `ResizeObserver`; lit's Node build brings only a minimal
// `HTMLElement` and `customElements`, as under server rendering.
describe('@hub/elements in Node', () => {
  it('imports the drop-in entry and defines every tag', async () => {
    expect(typeof document).toBe('undefined');
    const all = await import('@hub/elements/all.js');
    expect(typeof all.HubElement).toBe('function');
    expect(tags).toContain('hub-number-list');
    for (const tag of tags) expect(customElements.get(tag), tag).toBeDefined();
  });

  it.each(tags)('builds the first render of <%s> as a server renderer would', async (tag) => {
    await import('@hub/elements/all.js');
    const element = new (customElements.get(tag))();
    // What @lit-labs/ssr calls before serializing the shadow root: no connectedCallback.
    element.willUpdate(new Map());
    expect(element.render()).toBeDefined();
  });
});
