// The size guard: gzip sizes of what partners download, each against a budget in
// `size-budgets.json`. It fails when an entry grows past its budget, so growth is a decision made
// in a diff (raise the budget, say why) and never an accident. Run after the build:
// `pnpm run check:size` (`--update` rewrites the budgets to the current sizes plus 2 %; `--json`
// prints the sizes for `bench/size.bench.ts`).
//
// Entries:
// - the drop-in `dist/hub-elements.js` as built: the file and its imports (what every page
//   downloads, <hub-provider> included), a page with one element, a page with every element (each
//   file compressed on its own, as a server sends it), and each translation file beside it;
// - each `@hub/elements/define/<tag>.js` over lit and @hub/core: bundled as an app would, with
//   lit, @lit/*, @hub/core and core's dependencies left out (an app has them once, whatever it
//   uses); only what loading the module downloads, not the chunks it imports dynamically
//   (translations, the elements the number list opens later);
// - `@hub/core` in full.
import { build } from 'esbuild';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { downloadedBytes, dropInDownload } from './downloaded.mjs';
import { esbuildMinifyTemplates } from './minify-templates.mjs';

const budgetsFile = 'size-budgets.json';
const update = process.argv.includes('--update');
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

async function bundled(entryPoints, external = []) {
  const result = await build({
    entryPoints,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['source', 'browser'],
    tsconfig: 'tsconfig.base.json',
    define: { 'process.env.NODE_ENV': '"production"' },
    splitting: true,
    outdir: '.cache/size-check',
    write: false,
    metafile: true,
    logLevel: 'error',
    external,
    // As the package build does: the published templates are shrunk.
    plugins: [esbuildMinifyTemplates('tsconfig.base.json')],
  });
  return gzip(downloadedBytes(result));
}

const sizes = {};
const dist = 'packages/elements/dist';
// Each file is compressed on its own, as a server sends it.
const dropIn = (tags) =>
  dropInDownload(dist, tags).files.reduce(
    (total, file) => total + gzip(readFileSync(`${dist}/${file}`)),
    0,
  );
// The drop-in registers <hub-provider> itself; the other tags load when a page shows them.
const everyTag = readdirSync('packages/elements/src/define')
  .map((file) => file.slice(0, -3))
  .filter((tag) => tag !== 'hub-provider');
sizes['drop-in hub-elements.js and its imports (with hub-provider)'] = dropIn([]);
for (const tag of ['hub-activity-chart', 'hub-number-list', 'hub-template-editor']) {
  sizes[`drop-in page with ${tag}`] = dropIn([tag]);
}
sizes['drop-in page with every element'] = dropIn(everyTag);
for (const file of readdirSync(dist).filter((name) =>
  /^hub-elements-(de|es|pt-BR)-[\w-]{8}\.js$/.test(name),
)) {
  // Translation files carry a content hash in their names; the budget is per language.
  const name = file.replace(/(hub-elements-(?:de|es|pt-BR))-[\w-]{8}\.js$/, '$1.js');
  sizes[`drop-in ${name}`] = gzip(readFileSync(`${dist}/${file}`));
}
const overLitAndCore = [
  'lit',
  'lit/*',
  '@lit/*',
  '@hub/core',
  'zod',
  'zod/*',
  'libphonenumber-js',
  'libphonenumber-js/*',
];
for (const file of readdirSync('packages/elements/src/define').sort()) {
  sizes[`define/${file.replace(/\.ts$/, '.js')} over lit + core`] = await bundled(
    [`packages/elements/src/define/${file}`],
    overLitAndCore,
  );
}
sizes['@hub/core (every export)'] = await bundled(['packages/core/src/index.ts']);

if (process.argv.includes('--json')) {
  // For `bench/size.bench.ts`, which reports the sizes against issue 18's goals.
  console.log(JSON.stringify(sizes));
  process.exit(0);
}

const budgets = JSON.parse(readFileSync(budgetsFile, 'utf8'));
let failed = 0;
const width = Math.max(...Object.keys(sizes).map((name) => name.length));
console.log(`${'entry'.padEnd(width)}   gzip      budget`);
for (const [name, size] of Object.entries(sizes)) {
  const budget = budgets[name];
  const over = budget === undefined || size > budget;
  if (over && !update) failed += 1;
  const verdict = budget === undefined ? 'NO BUDGET' : size > budget ? 'OVER' : 'ok';
  console.log(
    `${name.padEnd(width)}  ${(size / 1024).toFixed(1).padStart(6)} KB  ${
      budget === undefined ? '       —' : `${(budget / 1024).toFixed(1).padStart(6)} KB`
    }  ${verdict}`,
  );
}
if (update) {
  const next = Object.fromEntries(
    Object.entries(sizes).map(([name, size]) => [name, Math.ceil(size * 1.02)]),
  );
  writeFileSync(budgetsFile, `${JSON.stringify(next, null, 2)}\n`);
  console.log(`\nBudgets written to ${budgetsFile} (current sizes + 2 %).`);
} else if (failed) {
  console.log(
    `\n${failed} entr${failed === 1 ? 'y is' : 'ies are'} over budget (or new). If the growth is ` +
      `intended, run \`pnpm run check:size --update\` and say why in the commit.`,
  );
  process.exit(1);
} else {
  console.log('\nEvery entry is within its budget.');
}
