import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  // Inside this repository the packages run from source (their `source` export condition), so the
  // example builds without building them first. An app that installs them from npm needs none of it.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  // Vite compiles TSX itself; React 19's automatic runtime needs no plugin.
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    target: 'es2022',
    // Most of the bundle is the in-page emulator and its seed data, which a real app does not ship.
    chunkSizeWarningLimit: 1000,
  },
});
