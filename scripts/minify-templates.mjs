// Lit templates are strings, so no JS minifier touches them: they ship with their indentation,
// their newlines and their CSS comments, and every whitespace run between two tags of an html
// template becomes a text node that lit clones, and the browser styles and lays out, on every
// render. This pass shrinks the static parts of the `css`, `html` and `svg` templates imported
// from lit, and only where the result renders the same:
// - css: comments go, whitespace collapses, and none is kept around `{ } ; ,` or after `:`
//   (strings are left as written);
// - html and svg: only whitespace runs that hold a line break change. Next to a block-level tag
//   (where CSS drops such whitespace anyway) they go; elsewhere they become one space, which is
//   what they render as. Inside `<pre>` and `<textarea>` nothing changes.
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
    if (before.lastIndexOf(`<${name}`) > before.lastIndexOf(`</${name}`)) return true;
  }
  return false;
}

/** Line continuations standing for the line breaks of `run`, so that every line stays. */
const keptLines = (run, keepLines) => (keepLines ? '\\\n'.repeat(run.split('\n').length - 1) : '');

/** The static parts of an html/svg template, each whitespace run with a line break rewritten. */
function markup(text, keepLines) {
  return text.replace(/\s*\n\s*/g, (run, at) => {
    const before = text.slice(0, at);
    if (insideVerbatim(before)) return run;
    const after = text.slice(at + run.length);
    const block =
      BLOCK.has(TAG_BEFORE.exec(before)?.[1] ?? '') || BLOCK.has(TAG_AFTER.exec(after)?.[1] ?? '');
    return (block ? '' : ' ') + keptLines(run, keepLines);
  });
}

/** The static parts of a css template, shrunk; quoted strings are kept as written. */
function stylesheet(text, keepLines) {
  return text
    .split(/("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/)
    .map((part, i, parts) => {
      if (i % 2) return part;
      // A comment counts as whitespace: it goes, with the whitespace around it.
      return part.replace(/(?:\s|\/\*[\s\S]*?\*\/)+/g, (run, at) => {
        const before = part[at - 1] ?? (i > 0 ? parts[i - 1].at(-1) : undefined);
        const after = part[at + run.length] ?? (i < parts.length - 1 ? parts[i + 1][0] : undefined);
        const needless =
          before === undefined ||
          after === undefined ||
          '{};,'.includes(before) ||
          '{};,'.includes(after) ||
          (before === ':' && after !== ';' && after !== '}');
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
    build.onLoad({ filter: ELEMENT_SOURCES }, async ({ path }) => {
      const { code } = await build.esbuild.transform(await readFile(path, 'utf8'), {
        loader: 'ts',
        format: 'esm',
        target: 'es2022',
        sourcefile: path,
        tsconfigRaw: await readFile(tsconfig, 'utf8'),
      });
      return { contents: minifyTemplates(code)?.toString() ?? code, loader: 'js' };
    });
  },
});
