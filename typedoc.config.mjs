// @ts-check
import { OptionDefaults } from 'typedoc';

/** @type {Partial<import('typedoc').TypeDocOptions>} */
export default {
  name: 'Hub Elements',
  entryPoints: [
    'packages/core/src/index.ts',
    'packages/core/src/strict-csp.ts',
    'packages/elements/src/index.ts',
    'packages/elements/src/drop-in.ts',
    'packages/elements/src/locales/de.ts',
    'packages/elements/src/locales/es.ts',
    'packages/elements/src/locales/pt-BR.ts',
    'packages/emulator/src/index.ts',
    'packages/emulator/src/node.ts',
    'packages/server/src/index.ts',
    'packages/server/src/adapters/node.ts',
    'packages/server/src/adapters/express.ts',
    'packages/react/src/index.ts',
    'packages/react/src/jsx.ts',
  ],
  tsconfig: 'tsconfig.typedoc.json',
  out: 'docs/api',
  readme: 'README.md',
  projectDocuments: ['docs/*.md'],
  // docs/frameworks.md shows Vue single-file components; docs/server.md a Postgres trigger.
  highlightLanguages: [...OptionDefaults.highlightLanguages, 'vue', 'sql'],
  disableSources: true,
  excludePrivate: true,
  excludeInternal: true,
  // Lit's own members (styles, createProperty…) belong to Lit's reference, not ours.
  excludeExternals: true,
  // The web-component tags the custom elements manifest reads; typedoc shows them as sections.
  blockTags: [
    ...OptionDefaults.blockTags,
    '@cssprop',
    '@csspart',
    '@slot',
    '@fires',
    '@tagname',
    '@summary',
  ],
  validation: { notExported: true, invalidLink: true, notDocumented: true },
  treatWarningsAsErrors: true,
};
