// Checks the published packages as a partner meets them: packs each one (publishConfig applied),
// lints the tarballs with publint and arethetypeswrong (esm-only profile), installs them with npm
// into a fresh app that brings its own lit and zod, type-checks a TypeScript consumer and a React
// 19 consumer against them, and bundles the app to show that lit and zod end up once each.
// Needs the build (`pnpm build`); CI runs it after the production build.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

const root = resolve(import.meta.dirname, '..');
const published = ['core', 'elements', 'server', 'emulator', 'react'];
const work = mkdtempSync(join(tmpdir(), 'hub-consumer-'));
const failures = [];

function run(command, args, options = {}) {
  return execFileSync(command, args, { encoding: 'utf8', stdio: 'pipe', ...options });
}

async function check(name, fn) {
  try {
    const detail = await fn();
    console.log(`✔ ${name}${detail ? `: ${detail}` : ''}`);
  } catch (error) {
    failures.push(name);
    console.log(`✘ ${name}\n${error.stdout ?? ''}${error.stderr ?? ''}${error.message}`);
  }
}

const pnpm = join(root, '.tools/node_modules/pnpm/bin/pnpm.cjs');
const bin = (name) => join(root, 'node_modules/.bin', name);

const tarballs = {};
for (const dir of published) {
  run(process.execPath, [pnpm, 'pack', '--pack-destination', work], {
    cwd: join(root, 'packages', dir),
  });
}
for (const file of readdirSync(work).filter((name) => name.endsWith('.tgz'))) {
  const dir = published.find((name) => file.startsWith(`hub-${name}-`));
  if (dir) tarballs[dir] = join(work, file);
}

for (const dir of published) {
  const tarball = tarballs[dir];
  await check(`publint @hub/${dir}`, () => {
    const out = run(bin('publint'), ['run', tarball, '--strict']);
    if (!/All good!/.test(out)) throw new Error(out);
  });
  await check(`attw --profile esm-only @hub/${dir}`, () => {
    run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'table-flipped']);
  });
}

// The app: the packed packages plus its own lit and zod (any 3.x / 4.x), as a partner's app has.
const app = join(work, 'app');
run('mkdir', ['-p', join(app, 'src')]);
const dependencies = Object.fromEntries(
  Object.entries(tarballs).map(([dir, tarball]) => [`@hub/${dir}`, `file:${tarball}`]),
);
writeFileSync(
  join(app, 'package.json'),
  JSON.stringify({
    name: 'consumer',
    private: true,
    type: 'module',
    dependencies: {
      ...dependencies,
      lit: '^3.0.0',
      zod: '^4.0.0',
      react: '^19.0.0',
      'react-dom': '^19.0.0',
      '@types/react': '^19.0.0',
    },
  }),
);
writeFileSync(
  join(app, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      jsx: 'react-jsx',
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      types: [],
    },
    include: ['src'],
  }),
);
writeFileSync(
  join(app, 'src/main.ts'),
  `import { z } from 'zod';
import { html, render } from 'lit';
import '@hub/elements/define/hub-provider.js';
import '@hub/elements/define/hub-number-list.js';
import { createHubClient, type HubClient } from '@hub/core';
import type { HubEvent } from '@hub/elements';

// The app's own zod and lit, next to the ones Hub Elements use.
export const appSchema = z.object({ name: z.string() });
render(html\`<hub-provider client-id="abc1CL"><hub-number-list></hub-number-list></hub-provider>\`, document.body);

const list = document.querySelector('hub-number-list');
list?.addEventListener('hub-number-manage', (event: HubEvent<'hub-number-manage'>) => {
  const id: string = event.detail.numberId;
  console.log(id);
});
export const client: HubClient = createHubClient({
  partnerId: 'f167CmPA',
  baseUrl: '/hub-api',
  auth: { sessionToken: async () => 'token' },
});
`,
);
writeFileSync(
  join(app, 'src/app.tsx'),
  `import { HubProvider, HubNumberList } from '@hub/react';
import type {} from '@hub/react/jsx';

export function App() {
  return (
    <HubProvider clientId="abc1CL">
      <HubNumberList onHubNumberManage={(event) => console.log(event.detail.numberId)} />
      <hub-template-list></hub-template-list>
    </HubProvider>
  );
}
`,
);

await check('npm install of the packed packages', () => {
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
    cwd: app,
    env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  });
});

await check('TypeScript and React consumers type-check (NodeNext)', () => {
  run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', app]);
});

await check('one copy each of lit and zod in the app bundle', async () => {
  const bundle = await rollup({
    input: join(app, 'src/main.ts'),
    plugins: [nodeResolve({ rootDir: app, browser: true }), esbuild({ target: 'es2022' })],
    onwarn: () => {},
  });
  await bundle.close();
  // Every package directory the bundle took a module from, per package name.
  const copies = {};
  for (const id of bundle.watchFiles) {
    const found = /^(.*node_modules\/(zod|lit|lit-html|lit-element|@lit\/reactive-element))\//.exec(
      id,
    );
    if (found) (copies[found[2]] ??= new Set()).add(found[1]);
  }
  const counts = Object.entries(copies).map(([name, dirs]) => `${name} ×${dirs.size}`);
  if (Object.values(copies).some((dirs) => dirs.size > 1)) throw new Error(counts.join(', '));
  return counts.join(', ');
});

rmSync(work, { recursive: true, force: true });
if (failures.length) {
  console.log(`\nConsumer check failed: ${failures.join(', ')}`);
  process.exit(1);
}
console.log('\nConsumer check passed');
