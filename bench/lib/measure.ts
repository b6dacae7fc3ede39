import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { downloadedBytes } from '../../scripts/downloaded.mjs';
import { esbuildMinifyTemplates } from '../../scripts/minify-templates.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Median wall time in milliseconds of `runs` calls of `fn`, after `warmup` unmeasured calls. */
export function medianMs(fn: () => unknown, runs = 200, warmup = 50): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  return times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
}

/**
 * Minified and gzipped size in bytes of what `code` pulls in when bundled for browsers, resolved
 * from the workspace root (so `import { x } from '@hub/core'` measures the source of @hub/core,
 * tree-shaken exactly as an app's bundler would). Only what loading it downloads counts: chunks
 * it imports dynamically (translations, elements opened later) load when a page needs them.
 */
export async function gzipBytes(code: string): Promise<{ min: number; gzip: number }> {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['source'],
    splitting: true,
    outdir: `${root}.cache/bench-size`,
    metafile: true,
    write: false,
    logLevel: 'silent',
    // The element templates as published (see scripts/minify-templates.mjs).
    plugins: [esbuildMinifyTemplates(`${root}tsconfig.base.json`)],
  });
  const bytes = downloadedBytes(result);
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Formats bytes as kilobytes with one decimal, e.g. `12.3 KB`. */
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
