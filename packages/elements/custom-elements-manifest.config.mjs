// Run from packages/elements (`pnpm analyze`), so the manifest's paths are relative to the package.
import {
  distPaths,
  eventTypes,
  expandedTypes,
  tagDefinitions,
} from './custom-elements-manifest.plugins.mjs';

/** The manifest documents the public API: private and protected members are implementation. */
const publicMembersOnly = {
  name: 'public-members-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const declaration of mod.declarations ?? []) {
        if (!declaration.members) continue;
        declaration.members = declaration.members.filter(
          (member) =>
            !member.static &&
            member.privacy !== 'private' &&
            member.privacy !== 'protected' &&
            !member.name.startsWith('#'),
        );
      }
    }
  },
};

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
  // `distPaths` first: the others write `dist/` paths next to the ones it rewrites.
  plugins: [publicMembersOnly, distPaths, tagDefinitions, eventTypes, expandedTypes],
};
