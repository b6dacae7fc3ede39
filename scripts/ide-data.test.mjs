import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { unionValues } from './ide-data.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const elements = `${root}packages/elements/`;
const readJson = (file) => JSON.parse(readFileSync(`${elements}${file}`, 'utf8'));

// Each `define/hub-x.ts` registers `<hub-x>`: the file names are the list of tags that ship.
const definedTags = readdirSync(`${elements}src/define`)
  .filter((file) => /^hub-.*\.ts$/.test(file))
  .map((file) => file.slice(0, -3));

let manifest, vscode, webTypes;

beforeAll(() => {
  // Generated files are not in git: produce them the way every script that needs them does.
  execFileSync('npm', ['run', '-s', 'analyze'], { cwd: root, stdio: 'pipe' });
  manifest = readJson('custom-elements.json');
  vscode = readJson('vscode.html-custom-data.json');
  webTypes = readJson('web-types.json');
}, 30_000);

const definitions = () =>
  manifest.modules.flatMap((mod) =>
    (mod.exports ?? [])
      .filter((e) => e.kind === 'custom-element-definition')
      .map((e) => ({ ...e, path: mod.path })),
  );

const declarationOf = (tag) =>
  manifest.modules.flatMap((mod) => mod.declarations ?? []).find((d) => d.tagName === tag);

describe('custom-elements.json', () => {
  it('defines every tag in the define module that registers it, and nothing else', () => {
    expect(definedTags).toContain('hub-number-list');
    expect(
      definitions()
        .map((d) => d.name)
        .sort(),
    ).toEqual([...definedTags].sort());
    for (const { name, declaration } of definitions()) {
      expect(declarationOf(name)?.name, name).toBe(declaration.name);
    }
    expect(definitions().find((d) => d.name === 'hub-number-list')).toEqual({
      kind: 'custom-element-definition',
      name: 'hub-number-list',
      declaration: { name: 'HubNumberList', module: 'dist/number-list/number-list.js' },
      path: 'dist/define/hub-number-list.js',
    });
  });

  it('points every module and reference at the published dist files', () => {
    const paths = manifest.modules.map((mod) => mod.path);
    expect(paths.filter((path) => !/^dist\/.+\.js$/.test(path))).toEqual([]);
    const modules = JSON.stringify(manifest).match(/"module":"[^"]*"/g);
    expect(modules.filter((ref) => !/^"module":"dist\/[^"]+\.js"$/.test(ref))).toEqual([]);
    const session = manifest.modules.find(
      (mod) => mod.path === 'dist/provider/session-endpoint.js',
    );
    expect(session.declarations.find((d) => d.name === 'SessionEndpointError').superclass).toEqual({
      name: 'Error',
      package: 'global:',
    });
  });

  it('types events with their detail and marks the renamed ones deprecated', () => {
    const untyped = manifest.modules
      .flatMap((mod) => mod.declarations ?? [])
      .flatMap((d) => (d.events ?? []).map((e) => ({ tag: d.tagName, ...e })))
      .filter((e) => !e.type?.text.startsWith('CustomEvent<'));
    expect(untyped).toEqual([]);
    const events = declarationOf('hub-number-list').events;
    const event = (name) => events.find((e) => e.name === name);
    expect(event('hub-number-add').type).toEqual({ text: 'CustomEvent<{ clientId: string }>' });
    expect(event('hub-number-add').deprecated).toBeUndefined();
    expect(event('hub-inbox-activate').type.text).toBe(
      'CustomEvent<{ numberId: string; number: HubNumber; url: string | null }>',
    );
    for (const old of ['hub-add-number', 'hub-import-number', 'hub-activate-inbox']) {
      expect(event(old).deprecated, old).toMatch(/^Renamed `hub-/);
    }
    expect(event('hub-number-signals').deprecated).toBe(
      'Renamed `hub-signals-manage`; still dispatched after it for one release.',
    );
  });

  it('keeps what Storybook reads: tag names, attributes and members of each element', () => {
    const list = declarationOf('hub-number-list');
    expect(list.name).toBe('HubNumberList');
    expect(list.attributes.find((a) => a.name === 'manage')).toMatchObject({
      type: { text: 'NumberManageMode' },
      expandedType: { text: "'event' | 'inline'" },
      fieldName: 'manage',
    });
    expect(list.members.some((m) => m.name === 'search' && m.kind === 'field')).toBe(true);
  });
});

describe('IDE data', () => {
  it('offers every tag to VS Code, with the values of string-union attributes', () => {
    expect(vscode.tags.map((t) => t.name)).toEqual([...definedTags].sort());
    const list = vscode.tags.find((t) => t.name === 'hub-number-list');
    expect(list.description.value).toMatch(/^The client's phone numbers/);
    const manage = list.attributes.find((a) => a.name === 'manage');
    expect(manage.values).toEqual([{ name: 'event' }, { name: 'inline' }]);
    const noButton = vscode.tags
      .find((t) => t.name === 'hub-add-number')
      .attributes.find((a) => a.name === 'no-button');
    expect(noButton.valueSet).toBe('v');
  });

  it('offers every tag to JetBrains IDEs, with attributes and typed events', () => {
    const pkg = readJson('package.json');
    expect(pkg['web-types']).toBe('./web-types.json');
    expect(pkg.files).toEqual(
      expect.arrayContaining([
        'custom-elements.json',
        'vscode.html-custom-data.json',
        'web-types.json',
      ]),
    );
    expect(webTypes).toMatchObject({ name: '@hub/elements', 'description-markup': 'markdown' });
    const tags = webTypes.contributions.html.elements;
    expect(tags.map((t) => t.name)).toEqual([...definedTags].sort());
    const provider = tags.find((t) => t.name === 'hub-provider');
    expect(provider.source).toEqual({ module: 'dist/provider/provider.js', symbol: 'HubProvider' });
    expect(provider.attributes.find((a) => a.name === 'appearance').values).toEqual([
      { name: 'auto' },
      { name: 'light' },
      { name: 'dark' },
    ]);
    const list = tags.find((t) => t.name === 'hub-number-list');
    expect(list.js.events.find((e) => e.name === 'hub-number-add')).toMatchObject({
      type: 'CustomEvent<{ clientId: string }>',
    });
  });

  it('reads values only from unions of string literals', () => {
    expect(unionValues("'direct' | 'partner' | undefined")).toEqual(['direct', 'partner']);
    expect(unionValues('string | undefined')).toEqual([]);
    expect(unionValues("'a' | number")).toEqual([]);
    expect(unionValues(undefined)).toEqual([]);
  });
});
