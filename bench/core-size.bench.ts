/**
 * Gzip size of @hub/core as an app's bundler would ship it (esbuild, minified, tree-shaken),
 * for a few ways of importing it. Prints figures; the goal for the whole client with zod is
 * 20 KB gzipped or less.
 */
import { gzipBytes, kb } from './lib/measure.js';

const core = '@hub/core';
const goal = 20 * 1024;

const cases: [string, string][] = [
  [
    'whole client (createHubClient, every resource)',
    `import { createHubClient } from '${core}'; export const c = createHubClient;`,
  ],
  [
    'one resource alone (transport + numbers)',
    `import { createHubTransport, createNumbersResource } from '${core}';
     export const n = (o) => createNumbersResource(createHubTransport(o));`,
  ],
  [
    'one resource alone (transport + templates)',
    `import { createHubTransport, createTemplatesResource } from '${core}';
     export const t = (o) => createTemplatesResource(createHubTransport(o));`,
  ],
  [
    'query cache alone',
    `import { createQueryCache } from '${core}'; export const q = createQueryCache;`,
  ],
  [
    'formatting helpers (money, phone, growth)',
    `import { formatMoney, formatPhoneNumber, growth } from '${core}'; export { formatMoney, formatPhoneNumber, growth };`,
  ],
  [
    'baseline: one zod object schema',
    `import { object, string } from './packages/core/node_modules/zod/index.js';
     export const s = object({ id: string() });`,
  ],
];

console.log('@hub/core bundle size (esbuild --minify, gzip -9)\n');
for (const [name, code] of cases) {
  const { min, gzip } = await gzipBytes(code);
  const verdict = name.startsWith('whole')
    ? gzip <= goal
      ? '  (within the 20 KB goal)'
      : '  (OVER the 20 KB goal)'
    : '';
  console.log(
    `${name.padEnd(48)} ${kb(min).padStart(9)} min  ${kb(gzip).padStart(8)} gz${verdict}`,
  );
}
