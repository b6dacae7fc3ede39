// What a page downloads when it loads an entry that esbuild bundled with code splitting: the
// entry's chunk and the chunks it imports statically. Chunks it imports dynamically (translations,
// the elements the number list opens later) load only when a page needs them, so they do not
// count. Shared by the CI size guard (scripts/size-check.mjs) and the benches (bench/lib/measure.ts).
import { resolve } from 'node:path';

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
