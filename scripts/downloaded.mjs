// What a page downloads when it loads an entry that esbuild bundled with code splitting: the
// entry's chunk and the chunks it imports statically. Chunks it imports dynamically (translations,
// the elements the number list opens later) load only when a page needs them, so they do not
// count. Shared by the CI size guard (scripts/size-check.mjs) and the benches (bench/lib/measure.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * @param {import('esbuild').BuildResult & { metafile: import('esbuild').Metafile, outputFiles: import('esbuild').OutputFile[] }} result
 *   a build with `metafile: true`, `write: false` and the default working directory
 * @returns {Buffer} the downloaded files, concatenated
 */
export function downloadedBytes(result) {
  const outputs = result.metafile.outputs;
  const needed = new Set();
  const visit = (path) => {
    if (needed.has(path)) return;
    needed.add(path);
    for (const { path: imported, kind } of outputs[path].imports) {
      if (kind === 'import-statement' && outputs[imported]) visit(imported);
    }
  };
  visit(Object.keys(outputs).find((path) => outputs[path].entryPoint));
  const absolute = new Set([...needed].map((path) => resolve(path)));
  return Buffer.concat(
    result.outputFiles.filter((file) => absolute.has(file.path)).map((file) => file.contents),
  );
}

/** The files a built module imports statically (`import … from "./x.js"`, `import "./x.js"`). */
function staticImports(code) {
  const found = [];
  for (const match of code.matchAll(
    /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["'](\.\/[^"']+\.js)["']/g,
  )) {
    found.push(match[1]);
  }
  return found;
}

/**
 * What a page downloads from the drop-in in `dir` (the built `dist/`): `hub-elements.js` and its
 * static imports, plus, for each of `tags`, the chunk that registers it (`hub-elements-<tag>-….js`)
 * and its static imports. Each file counts once.
 *
 * @param {string} dir - the folder of `hub-elements.js`
 * @param {readonly string[]} tags - the tags the page uses
 * @returns {{ bytes: Buffer, files: string[] }} the downloaded files, concatenated, and their names
 */
export function dropInDownload(dir, tags) {
  const names = readdirSync(dir);
  const needed = new Set();
  const visit = (name) => {
    if (needed.has(name)) return;
    needed.add(name);
    for (const imported of staticImports(readFileSync(join(dir, name), 'utf8'))) {
      visit(imported.slice(2));
    }
  };
  visit('hub-elements.js');
  for (const tag of tags) {
    const chunk = names.find((name) =>
      new RegExp(`^hub-elements-${tag}-[\\w-]{8}\\.js$`).test(name),
    );
    if (!chunk) throw new Error(`no chunk registers <${tag}> in ${dir}`);
    visit(chunk);
  }
  const files = [...needed].sort();
  return { bytes: Buffer.concat(files.map((name) => readFileSync(join(dir, name)))), files };
}
