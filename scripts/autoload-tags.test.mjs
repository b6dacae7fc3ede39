// The drop-in registers a tag only if its autoloader knows the tag's define module: a new element
// whose module is missing from packages/elements/src/autoload.ts would never load from the drop-in.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

it('the autoloader loads every define module', () => {
  const source = readFileSync('packages/elements/src/autoload.ts', 'utf8');
  const modules = readdirSync('packages/elements/src/define').map((file) => file.slice(0, -3));
  for (const tag of modules) {
    expect(source).toContain(`'${tag}': () => import('./define/${tag}.js'),`);
  }
  expect([...source.matchAll(/import\('\.\/define\//g)]).toHaveLength(modules.length);
});
