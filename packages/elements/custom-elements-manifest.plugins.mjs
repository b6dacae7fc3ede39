// Plugins that make `custom-elements.json` describe the published package rather than its sources.
// They read the sources themselves (with the TypeScript parser) instead of hooking into the
// analyzer's AST walk: `src/define/**` is not analysed, and string unions come from `@hub/core`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import ts from 'typescript';

const SOURCE = /^\/?src\/(.+)\.[jt]s$/;

/** `src/x/y.ts` (or `/src/x/y.js`, as the analyzer writes superclass modules) → `dist/x/y.js`. */
function distPath(path) {
  const match = SOURCE.exec(path);
  return match ? `dist/${match[1]}.js` : path;
}

/** The `.ts` files under `dir`, tests and test support left out: they do not ship. */
function sourceFiles(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts'))
    .filter((file) => !file.split(/[\\/]/).includes('test-support'))
    .map((file) => join(dir, file));
}

function parse(file) {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}

const oneLine = (text) => text.replace(/\s+/g, ' ').trim();

/**
 * Every `module` reference points at the published `dist/*.js` file: the paths the analyzer writes
 * (`src/*.ts`) are not in the tarball, and re-exports (`./base/x.js`) are relative to their module.
 * A superclass it could not find (a global such as `Error`) is marked as a global instead of
 * pointing at the module that extends it.
 */
export const distPaths = {
  name: 'dist-paths',
  packageLinkPhase({ customElementsManifest }) {
    const declared = new Map(
      customElementsManifest.modules.map((mod) => [
        distPath(mod.path),
        new Set((mod.declarations ?? []).map((declaration) => declaration.name)),
      ]),
    );
    for (const mod of customElementsManifest.modules) {
      const from = posix.dirname(mod.path);
      const fix = (reference) => {
        if (!reference?.module) return;
        const module = reference.module.startsWith('.')
          ? posix.join(from, reference.module)
          : reference.module;
        reference.module = distPath(module);
      };
      for (const declaration of mod.declarations ?? []) {
        fix(declaration.superclass);
        const superclass = declaration.superclass;
        if (superclass?.module && !declared.get(superclass.module)?.has(superclass.name)) {
          if (superclass.name in globalThis) {
            declaration.superclass = { name: superclass.name, package: 'global:' };
          }
        }
        const inheritable = [
          'members',
          'attributes',
          'events',
          'slots',
          'cssParts',
          'cssProperties',
        ];
        for (const item of inheritable.flatMap((key) => declaration[key] ?? [])) {
          fix(item.inheritedFrom);
        }
      }
      for (const exported of mod.exports ?? []) fix(exported.declaration);
      mod.path = distPath(mod.path);
    }
  },
};

/**
 * One `custom-element-definition` per tag, in the `dist/define/hub-*.js` module that registers it.
 * The analyzer sees `customElements.define(tag, ctor)` inside the `define()` helper and reports a
 * definition named `tag`; those are dropped.
 */
export const tagDefinitions = {
  name: 'tag-definitions',
  packageLinkPhase({ customElementsManifest }) {
    const { modules } = customElementsManifest;
    for (const mod of modules) {
      mod.exports = mod.exports?.filter((e) => e.kind !== 'custom-element-definition');
    }
    const moduleOf = new Map();
    for (const mod of modules) {
      for (const declaration of mod.declarations ?? []) {
        if (declaration.customElement) moduleOf.set(declaration.name, mod.path);
      }
    }
    const defineDir = 'src/define';
    for (const file of readdirSync(defineDir)
      .filter((name) => name.endsWith('.ts'))
      .sort()) {
      const source = readFileSync(join(defineDir, file), 'utf8');
      const exports = [...source.matchAll(/\bdefine\(\s*'(hub-[a-z-]+)'\s*,\s*(\w+)\s*\)/g)].map(
        ([, tag, className]) => {
          const module = moduleOf.get(className);
          if (!module) throw new Error(`${file}: ${className} is not a documented custom element`);
          return {
            kind: 'custom-element-definition',
            name: tag,
            declaration: { name: className, module },
          };
        },
      );
      if (exports.length === 0) throw new Error(`${file} defines no hub-* tag`);
      modules.push({
        kind: 'javascript-module',
        path: `dist/define/${file.replace(/\.ts$/, '.js')}`,
        declarations: [],
        exports,
      });
    }
  },
};

/** The `detail` type and deprecation of each event declared in a `HubEventMap` block. */
function hubEventTypes(files) {
  const events = new Map();
  for (const file of files) {
    const visit = (node) => {
      if (ts.isInterfaceDeclaration(node) && node.name.text === 'HubEventMap') {
        for (const member of node.members) {
          if (!ts.isPropertySignature(member) || !member.type) continue;
          const deprecated = ts.getJSDocDeprecatedTag(member);
          const name = ts.isStringLiteral(member.name) ? member.name.text : member.name.getText();
          events.set(name, {
            detail: oneLine(member.type.getText()),
            deprecated: deprecated
              ? oneLine(ts.getTextOfJSDocComment(deprecated.comment) ?? '')
              : null,
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(parse(file));
  }
  return events;
}

/**
 * Events carry their type (`CustomEvent<detail>`, from the `HubEventMap` declarations that type
 * `addEventListener`), and renamed ones are marked deprecated with the reason.
 */
export const eventTypes = {
  name: 'event-types',
  packageLinkPhase({ customElementsManifest }) {
    const events = hubEventTypes(sourceFiles('src'));
    for (const mod of customElementsManifest.modules) {
      for (const declaration of mod.declarations ?? []) {
        for (const event of declaration.events ?? []) {
          const known = events.get(event.name);
          if (!known) continue;
          event.type = { text: `CustomEvent<${known.detail}>` };
          if (known.deprecated !== null) event.deprecated = known.deprecated || true;
        }
      }
    }
  },
};

/** `type Name = 'a' | 'b'` aliases, name → the union's text. */
function stringUnionAliases(files) {
  const aliases = new Map();
  for (const file of files) {
    for (const statement of parse(file).statements) {
      if (!ts.isTypeAliasDeclaration(statement) || !ts.isUnionTypeNode(statement.type)) continue;
      const literals = statement.type.types.every(
        (type) => ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal),
      );
      if (literals) aliases.set(statement.name.text, oneLine(statement.type.getText()));
    }
  }
  return aliases;
}

/**
 * Attributes and fields typed by a string-union alias (`manage: NumberManageMode`) get the union
 * as `expandedType` (the name other manifest tools use), so editors can offer the values.
 */
export const expandedTypes = {
  name: 'expanded-types',
  packageLinkPhase({ customElementsManifest }) {
    const aliases = stringUnionAliases([...sourceFiles('src'), ...sourceFiles('../core/src')]);
    const expand = (item) => {
      const text = item.type?.text;
      if (!text) return;
      const parts = text.split('|').map((part) => part.trim());
      if (!parts.some((part) => aliases.has(part))) return;
      item.expandedType = { text: parts.map((part) => aliases.get(part) ?? part).join(' | ') };
    };
    for (const mod of customElementsManifest.modules) {
      for (const declaration of mod.declarations ?? []) {
        for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
          expand(item);
        }
      }
    }
  },
};
