// Lit templates are strings, so no JS minifier touches them: they ship with their indentation,
// their newlines and their CSS comments, and every whitespace run between two tags of an html
// template becomes a text node that lit clones, and the browser styles and lays out, on every
// render. This pass shrinks the static parts of the `css`, `html` and `svg` templates imported
// from lit, and only where the result renders the same:
// - css: comments go, whitespace collapses, and none is kept around `{ } ; ,` or after `:`
//   (strings are left as written, and so is `--x: ;`);
// - html and svg: only whitespace runs that hold a line break change. Next to a block-level tag
//   (where CSS drops such whitespace anyway) they go; elsewhere they become one space, which is
//   what they render as. Inside `<pre>`, `<textarea>` and quoted attribute values nothing
//   changes; a no-break space is content, not whitespace.
// It runs on JavaScript (after TypeScript is compiled) in the package build, the tests and the
// benches, so what is tested and measured is what ships.
import { readFile } from 'node:fs/promises';
import * as acorn from 'acorn';
import MagicString from 'magic-string';

/** Where whitespace around the tag renders as nothing (CSS drops it at a block's edges). */
const BLOCK = new Set(
  (
    'address article aside blockquote caption dd details dialog div dl dt fieldset figcaption ' +
    'figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr legend li main nav ol optgroup option ' +
    'p section summary table tbody td tfoot th thead tr ul ' +
    // Inside an <svg>, whitespace between these renders nothing (the <svg> itself is inline).
    'circle clipPath defs ellipse g line linearGradient path polygon polyline rect stop text title'
  ).split(' '),
);

/** Stands for an expression while a template's static parts are read as one string. */
const HOLE = '\u0000';

const TAG_BEFORE = /<\/?([a-zA-Z][\w-]*)(?:\s[^<>]*)?>$/;
const TAG_AFTER = /^<\/?([a-zA-Z][\w-]*)/;

/** Whether the text before a position is inside a <pre> or <textarea>, whose whitespace shows. */
function insideVerbatim(before) {
  for (const name of ['pre', 'textarea']) {
    const opened = before.search(new RegExp(`<${name}[\\s>](?![\\s\\S]*<${name}[\\s>])`));
    if (opened !== -1 && before.indexOf(`</${name}>`, opened) === -1) return true;
  }
  return false;
}

/** Whether the text before a position is inside a quoted attribute value of an open tag. */
function insideAttributeValue(before) {
  const tag = before.lastIndexOf('<');
  if (tag === -1 || tag < before.lastIndexOf('>')) return false;
  const inside = before.slice(tag);
  return (inside.split('"').length - 1) % 2 === 1 || (inside.split("'").length - 1) % 2 === 1;
}

/** Line continuations standing for the line breaks of `run`, so that every line stays. */
const keptLines = (run, keepLines) => (keepLines ? '\\\n'.repeat(run.split('\n').length - 1) : '');

// Whitespace as HTML and CSS define it: a no-break space (which `\s` also matches) is content.
const SPACE = '[ \\t\\n\\r\\f]';

/** The static parts of an html/svg template, each whitespace run with a line break rewritten. */
function markup(text, keepLines) {
  return text.replace(new RegExp(`${SPACE}*\\n${SPACE}*`, 'g'), (run, at) => {
    const before = text.slice(0, at);
    // After a `\` the line break is a line continuation: the template holds no whitespace there.
    if (before.endsWith('\\') || insideVerbatim(before) || insideAttributeValue(before)) return run;
    const after = text.slice(at + run.length);
    const block =
      BLOCK.has(TAG_BEFORE.exec(before)?.[1] ?? '') || BLOCK.has(TAG_AFTER.exec(after)?.[1] ?? '');
    return (block ? '' : ' ') + keptLines(run, keepLines);
  });
}

const CSS_STRING = /("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/;

/** The static parts of a css template, shrunk; quoted strings are kept as written. */
function stylesheet(text, keepLines) {
  // Comments go first (read in order with the strings, so a quote in a comment is no string);
  // a comment with line breaks leaves them, for `keepLines`.
  const bare = text.replace(
    new RegExp(`${CSS_STRING.source}|/\\*[\\s\\S]*?\\*/`, 'g'),
    (match, string) => string ?? '\n'.repeat(match.split('\n').length - 1),
  );
  return bare
    .split(CSS_STRING)
    .map((part, i, parts) => {
      if (i % 2) return part;
      return part.replace(new RegExp(`${SPACE}+`, 'g'), (run, at) => {
        const before = part[at - 1] ?? (i > 0 ? parts[i - 1].at(-1) : undefined);
        const after = part[at + run.length] ?? (i < parts.length - 1 ? parts[i + 1][0] : undefined);
        // After a `\\` the line break is a line continuation (or an escaped space): leave it.
        if (before === '\\') return run;
        // `--x: ;` keeps its space: an empty custom property needs one in older engines.
        const emptyValue = before === ':' && (after === ';' || after === '}');
        const needless =
          !emptyValue &&
          (before === undefined ||
            after === undefined ||
            '{};,:'.includes(before) ||
            '{};,'.includes(after));
        return (needless ? '' : ' ') + keptLines(run, keepLines);
      });
    })
    .join('');
}

/** The local names under which a module imports lit's `css`, `html` and `svg` tags. */
function templateTags(program) {
  const tags = new Map();
  for (const node of program.body) {
    if (node.type !== 'ImportDeclaration') continue;
    const from = node.source.value;
    if (from !== 'lit' && !from.startsWith('lit/') && from !== 'lit-html') continue;
    for (const specifier of node.specifiers) {
      const name = specifier.type === 'ImportSpecifier' ? specifier.imported.name : undefined;
      if (name === 'css' || name === 'html' || name === 'svg') {
        tags.set(specifier.local.name, name);
      }
    }
  }
  return tags;
}

function* taggedTemplates(node) {
  if (!node || typeof node.type !== 'string') return;
  if (node.type === 'TaggedTemplateExpression') yield node;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) yield* taggedTemplates(child);
    else if (value && typeof value.type === 'string') yield* taggedTemplates(value);
  }
}

/**
 * Shrinks the static parts of the lit templates in one JavaScript module.
 *
 * @param {string} code - An ES module (TypeScript already compiled away).
 * @param {{ keepLines?: boolean }} [options] - `keepLines`: keep every line where it was (for
 *   test runs, whose stack traces point into the file as compiled): a removed line break becomes
 *   a line continuation, `\` at the end of the line, which the template's string does not hold.
 * @returns {MagicString | undefined} The rewritten module, or `undefined` if it has no templates.
 */
export function minifyTemplates(code, { keepLines = false } = {}) {
  if (!/\b(css|html|svg)\b/.test(code) || !/['"]lit/.test(code)) return undefined;
  const program = acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  const tags = templateTags(program);
  if (!tags.size) return undefined;
  const out = new MagicString(code);
  let changed = false;
  for (const node of taggedTemplates(program)) {
    const kind = node.tag.type === 'Identifier' ? tags.get(node.tag.name) : undefined;
    if (!kind) continue;
    const { quasis } = node.quasi;
    const whole = quasis.map((quasi) => code.slice(quasi.start, quasi.end)).join(HOLE);
    const parts = (kind === 'css' ? stylesheet(whole, keepLines) : markup(whole, keepLines)).split(
      HOLE,
    );
    quasis.forEach((quasi, i) => {
      if (parts[i] === code.slice(quasi.start, quasi.end)) return;
      if (parts[i]) out.overwrite(quasi.start, quasi.end, parts[i]);
      else out.remove(quasi.start, quasi.end);
      changed = true;
    });
  }
  return changed ? out : undefined;
}

/** Which modules hold the elements' templates. */
const ELEMENT_SOURCES = /packages[\\/]elements[\\/]src[\\/].*\.ts$/;

/** The pass as a rollup plugin, after TypeScript is compiled: the published files. */
export const rollupMinifyTemplates = () => ({
  name: 'minify-templates',
  transform(code, id) {
    if (!ELEMENT_SOURCES.test(id)) return null;
    const out = minifyTemplates(code);
    return out ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
  },
});

/**
 * The pass as an esbuild plugin, for bundles built from the sources (the size check, the
 * benches): each element module is compiled, then shrunk, before esbuild bundles it.
 *
 * @param {string} tsconfig - The tsconfig whose compiler options the sources are compiled with.
 */
export const esbuildMinifyTemplates = (tsconfig) => ({
  name: 'minify-templates',
  setup(build) {
    // Read once per build, not once per module.
    const tsconfigRaw = readFile(tsconfig, 'utf8');
    build.onLoad({ filter: ELEMENT_SOURCES }, async ({ path }) => {
      const { code } = await build.esbuild.transform(await readFile(path, 'utf8'), {
        loader: 'ts',
        format: 'esm',
        target: 'es2022',
        sourcefile: path,
        tsconfigRaw: await tsconfigRaw,
      });
      return { contents: minifyTemplates(code)?.toString() ?? code, loader: 'js' };
    });
  },
});

/**
 * The pass as a plugin of `@web/test-runner`'s dev server, after its esbuild plugin has compiled
 * TypeScript: the element modules the tests import, each line kept in place for stack traces; the
 * test files as written.
 */
export const devServerMinifyTemplates = () => ({
  name: 'minify-templates',
  transform(context) {
    if (!ELEMENT_SOURCES.test(context.path) || context.path.endsWith('.test.ts')) return undefined;
    const out = minifyTemplates(context.body, { keepLines: true });
    return out ? { body: out.toString() } : undefined;
  },
});
