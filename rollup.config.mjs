// Builds every published package as ESM (one output module per source module, so apps tree-shake
// what they do not import) plus the minified drop-in file and the chunks it loads on demand. Declarations
// come from `scripts/build-types.mjs`, which runs tsc after this.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollupMinifyTemplates } from './scripts/minify-templates.mjs';
import { COMPILE_HINT } from './scripts/compile-hint.mjs';

/** Source files import siblings as `./x.js` (what Node and tsc expect); the file on disk is `./x.ts`. */
const tsExtensions = {
  name: 'ts-extensions',
  resolveId(source, importer) {
    if (!importer || !source.endsWith('.js') || !(source.startsWith('.') || isAbsolute(source))) {
      return null;
    }
    const candidate = resolve(dirname(importer), source.replace(/\.js$/, '.ts'));
    return existsSync(candidate) ? candidate : null;
  },
};

const compile = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' });

/** Bare imports (dependencies, other @hub packages, node: builtins) stay imports in npm packages. */
const external = (id) => !id.startsWith('.') && !isAbsolute(id) && !id.startsWith('\0');

// zod's sources have harmless circular imports and annotations rollup cannot place.
const onwarn = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.ids?.join() ?? '')) {
    return;
  }
  if (warning.code === 'INVALID_ANNOTATION' && /node_modules/.test(warning.id ?? '')) return;
  warn(warning);
};

/** One published package: every entry module, preserved module by module under `dist/`. */
const pkg = (dir, input) => ({
  input: Object.fromEntries(input.map((name) => [name, `packages/${dir}/src/${name}.ts`])),
  external,
  onwarn,
  plugins: [tsExtensions, compile(), rollupMinifyTemplates()],
  output: {
    dir: `packages/${dir}/dist`,
    format: 'esm',
    preserveModules: true,
    preserveModulesRoot: `packages/${dir}/src`,
    sourcemap: true,
  },
});

/** Every tag has its own registration module, so new components are built without editing this file. */
const defineModules = readdirSync('packages/elements/src/define')
  .filter((file) => file.endsWith('.ts'))
  .map((file) => `define/${file.slice(0, -3)}`);

// A fresh dist/ per build: chunk names carry hashes, and a stale chunk would ship in the tarball.
for (const dir of ['core', 'emulator', 'server', 'elements', 'react']) {
  rmSync(`packages/${dir}/dist`, { recursive: true, force: true });
}

export default [
  pkg('core', ['index', 'strict-csp']),
  pkg('emulator', ['index', 'node', 'cli']),
  pkg('server', ['index', 'adapters/node', 'adapters/express']),
  pkg('elements', ['index', 'all', 'onboarding-redirect', ...defineModules]),
  pkg('react', ['index', 'jsx']),
  {
    input: 'packages/elements/src/drop-in.ts',
    // The element files import lit and the client from the drop-in itself, so a page fetches the
    // drop-in with its code in one file rather than a file that points at another.
    preserveEntrySignatures: 'allow-extension',
    onwarn,
    // Rollup reports how it merged the small chunks on every build; the sizes are in check:size.
    onLog: (level, log, handler) => log.code === 'OPTIMIZE_CHUNK_STATUS' || handler(level, log),
    plugins: [
      tsExtensions,
      nodeResolve({ exportConditions: ['source', 'browser'], extensions: ['.ts', '.js'] }),
      compile(),
      rollupMinifyTemplates(),
      // Each file starts with the compile hint: a page loads an element's file when it shows the
      // element, and nearly all of it runs at that element's first render. Terser puts the line
      // first and keeps the source maps right.
      terser({ format: { comments: false, preamble: COMPILE_HINT }, ecma: 2022, module: true }),
    ],
    // The drop-in is one small file that loads, from beside itself, the code of the elements a
    // page uses (and the shared code they need) and a translation when a page shows that language.
    output: {
      dir: 'packages/elements/dist',
      entryFileNames: 'hub-elements.js',
      // Letters, digits and dashes only (`dialog.styles` → `dialog-styles`): a server rule that
      // lets `hub-elements-*.js` through needs no dots in its pattern.
      chunkFileNames: (chunk) => `hub-elements-${chunk.name.replace(/[^\w-]/g, '-')}-[hash].js`,
      // Tiny shared chunks (a helper two elements use) merge into others: fewer requests a page.
      experimentalMinChunkSize: 4096,
      format: 'esm',
      sourcemap: true,
    },
  },
];
