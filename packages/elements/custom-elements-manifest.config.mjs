// Run from packages/elements (`pnpm analyze`), so the manifest's paths are relative to the package.
export default {
  globs: ['src/**/*.ts'],
  exclude: [
    'src/**/*.test.ts',
    'src/test-support/**',
    'src/**/*.styles.ts',
    'src/define/**',
    'src/all.ts',
  ],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
