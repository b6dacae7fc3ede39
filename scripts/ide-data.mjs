// Editor data for `@hub/elements`, generated from its `custom-elements.json` (`npm run analyze` runs
// this right after the analyzer): `vscode.html-custom-data.json` for VS Code's HTML language
// service and `web-types.json` for JetBrains IDEs, so `<hub-*>` tags, their attributes and their
// values complete and show their documentation in plain HTML files.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const elementsDir = fileURLToPath(new URL('../packages/elements/', import.meta.url));

/**
 * Every registered tag with its class declaration and the module that declares it, in tag order.
 * Tags come from the manifest's `custom-element-definition` exports, so a class that no
 * `define/hub-*.js` module registers is not offered as a tag.
 */
export function customElements(manifest) {
  const declarations = new Map();
  for (const mod of manifest.modules) {
    for (const declaration of mod.declarations ?? []) {
      declarations.set(`${mod.path}#${declaration.name}`, declaration);
    }
  }
  const elements = [];
  for (const mod of manifest.modules) {
    for (const exported of mod.exports ?? []) {
      if (exported.kind !== 'custom-element-definition') continue;
      const { name, module } = exported.declaration;
      const declaration = declarations.get(`${module}#${name}`);
      if (!declaration) throw new Error(`<${exported.name}>: ${name} is not in ${module}`);
      elements.push({ tag: exported.name, declaration, module });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** The values of a string-union type (`'a' | 'b' | undefined` → `['a', 'b']`), else `[]`. */
export function unionValues(typeText) {
  if (!typeText) return [];
  const parts = typeText.split('|').map((part) => part.trim());
  const values = parts.filter((part) => part !== 'undefined' && part !== 'null');
  if (!values.every((part) => /^'[^']*'$/.test(part))) return [];
  return values.map((part) => part.slice(1, -1));
}

const typeOf = (item) => item.expandedType?.text ?? item.type?.text;
const isBoolean = (item) => /^boolean( \| undefined)?$/.test(typeOf(item) ?? '');

const markdown = (value) => (value ? { kind: 'markdown', value } : undefined);

/** The element's one-line summary, then its full description. */
function documentation({ declaration }) {
  return [declaration.summary, declaration.description].filter(Boolean).join('\n\n');
}

/** VS Code's HTML custom data (https://github.com/microsoft/vscode-custom-data). */
export function vscodeCustomData(manifest) {
  return {
    $schema:
      'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: customElements(manifest).map((element) => ({
      name: element.tag,
      description: markdown(documentation(element)),
      attributes: (element.declaration.attributes ?? []).map((attribute) => {
        const values = unionValues(typeOf(attribute));
        return {
          name: attribute.name,
          description: markdown(attribute.description),
          ...(values.length > 0 ? { values: values.map((name) => ({ name })) } : {}),
          // "v": a valueless attribute, so completion does not add `=""` after it.
          ...(isBoolean(attribute) ? { valueSet: 'v' } : {}),
        };
      }),
    })),
  };
}

const named = (items = []) =>
  items.map(({ name, description }) => ({ name, ...(description ? { description } : {}) }));

/** JetBrains web-types (https://github.com/JetBrains/web-types). */
export function webTypes(manifest, pkg) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: customElements(manifest).map((element) => {
          const { declaration } = element;
          return {
            name: element.tag,
            description: documentation(element),
            source: { module: element.module, symbol: declaration.name },
            attributes: (declaration.attributes ?? []).map((attribute) => {
              const type = typeOf(attribute) ?? 'string';
              const values = unionValues(type);
              return {
                name: attribute.name,
                ...(attribute.description ? { description: attribute.description } : {}),
                ...(attribute.default ? { default: attribute.default } : {}),
                value: isBoolean(attribute)
                  ? { kind: 'no-value', type: 'boolean' }
                  : { type, required: false },
                ...(values.length > 0 ? { values: values.map((name) => ({ name })) } : {}),
              };
            }),
            slots: named(declaration.slots),
            css: {
              properties: named(declaration.cssProperties),
              parts: named(declaration.cssParts),
            },
            js: {
              properties: (declaration.members ?? [])
                .filter((member) => member.kind === 'field')
                .map((member) => ({
                  name: member.name,
                  ...(member.description ? { description: member.description } : {}),
                  ...(typeOf(member) ? { type: typeOf(member) } : {}),
                })),
              events: (declaration.events ?? []).map((event) => ({
                name: event.name,
                ...(event.description ? { description: event.description } : {}),
                ...(event.type ? { type: event.type.text } : {}),
                ...(event.deprecated ? { deprecated: event.deprecated } : {}),
              })),
            },
          };
        }),
      },
    },
  };
}

/** Reads `packages/elements/custom-elements.json` and writes both files next to it. */
export function writeIdeData(dir = elementsDir) {
  const read = (file) => JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const manifest = read('custom-elements.json');
  const pkg = read('package.json');
  const write = (file, data) =>
    writeFileSync(join(dir, file), `${JSON.stringify(data, null, 2)}\n`);
  write('vscode.html-custom-data.json', vscodeCustomData(manifest));
  write('web-types.json', webTypes(manifest, pkg));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeIdeData();
