import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
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

// The drop-in is the minified browser loader; Node gets the module build through the `node`
// condition. Checked on the built package (the tests run from source; `npm test` builds first).
const dist = new URL('../packages/elements/dist/', import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));

describe('the built drop-in `@hub/elements/hub-elements.js`', () => {
  it('is built', () => {
    for (const file of ['all.js', 'hub-elements.js']) {
      expect(existsSync(new URL(file, dist)), `run \`pnpm build\` (missing ${file})`).toBe(true);
    }
  });

  it('imports in plain Node and defines every tag', () => {
    const script = `
      const dropIn = await import('@hub/elements/hub-elements.js');
      const missing = ${JSON.stringify(tags)}.filter((tag) => !customElements.get(tag));
      console.log(JSON.stringify({ missing, exports: typeof dropIn.HubElement, document: typeof document }));`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(JSON.parse(output)).toEqual({ missing: [], exports: 'function', document: 'undefined' });
  });

  it('is still the bundle for a browser build', async () => {
    const result = await build({
      stdin: { contents: "import '@hub/elements/hub-elements.js';", resolveDir: root },
      bundle: true,
      platform: 'browser',
      write: false,
      metafile: true,
      absWorkingDir: root,
      logLevel: 'silent',
    });
    // The drop-in and the files it loads on demand (elements, translations); nothing from source
    // or from `all.js`.
    const inputs = Object.keys(result.metafile.inputs).filter((file) => file !== '<stdin>');
    expect(inputs).toContain('packages/elements/dist/hub-elements.js');
    const listChunk = /^packages\/elements\/dist\/hub-elements-hub-number-list-[\w-]{8}\.js$/;
    expect(inputs.some((file) => listChunk.test(file))).toBe(true);
    expect(
      inputs.filter((file) => !/^packages\/elements\/dist\/hub-elements(-[\w-]+)?\.js$/.test(file)),
    ).toEqual([]);
  });
});
