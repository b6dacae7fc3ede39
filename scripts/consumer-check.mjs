// Checks the published packages as a partner meets them: packs each one (publishConfig applied),
// lints the tarballs with publint and arethetypeswrong (esm-only profile), installs them with npm
// into a fresh app that brings its own lit and zod, type-checks a TypeScript consumer and a React
// 19 consumer against them, bundles the app to show that lit and zod end up once each, and opens
// the app and a plain HTML page with the drop-in in Chromium under a strict CSP with Trusted Types.
// Needs the build (`pnpm build`); CI runs it after the production build.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { launchChromium, recordProblems } from './chromium.mjs';
import { COMPILE_HINT } from './compile-hint.mjs';

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
      '@types/react-dom': '^19.0.0',
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
// Lit and the drop-in's way: the app's own zod and lit next to the ones Hub Elements use, a
// client on the in-page emulator, and a typed listener.
writeFileSync(
  join(app, 'src/main.ts'),
  `import '@hub/core/strict-csp';
import { z } from 'zod';
import { html, render } from 'lit';
import '@hub/elements/define/hub-provider.js';
import '@hub/elements/define/hub-number-list.js';
import { createHubClient, type HubClient } from '@hub/core';
import { createEmulator, DEMO_API_KEY, DEMO_PARTNER_ID } from '@hub/emulator';
import type { HubEvent } from '@hub/elements';
import { mountReactApp } from './app.js';

export const appSchema = z.object({ name: z.string() });
const emulator = createEmulator();
export const client: HubClient = createHubClient({
  partnerId: DEMO_PARTNER_ID,
  baseUrl: 'https://hub-emulator.test/api/v2',
  auth: { apiKey: DEMO_API_KEY },
  fetch: emulator.fetch,
});
render(
  html\`<hub-provider .client=\${client} client-id="bNapo1CL"><hub-number-list></hub-number-list></hub-provider>\`,
  document.getElementById('lit')!,
);
document.addEventListener('hub-number-manage', (event: HubEvent<'hub-number-manage'>) => {
  const id: string = event.detail.numberId;
  document.title = id;
});
mountReactApp(document.getElementById('react')!, client, appSchema.parse({ name: 'React' }).name);
`,
);
writeFileSync(
  join(app, 'src/app.tsx'),
  `import { createRoot } from 'react-dom/client';
import type { HubClient } from '@hub/core';
import { HubProvider, HubNumberList } from '@hub/react';
import type {} from '@hub/react/jsx';
// A tag used directly in JSX is registered by its define module.
import '@hub/elements/define/hub-help-links.js';

function App({ client, name }: { client: HubClient; name: string }) {
  return (
    <HubProvider client={client} clientId="bNapo1CL" locale="de">
      <p>{name}</p>
      <HubNumberList onHubNumberManage={(event) => console.log(event.detail.numberId)} />
      <hub-help-links></hub-help-links>
    </HubProvider>
  );
}

export function mountReactApp(root: HTMLElement, client: HubClient, name: string): void {
  createRoot(root).render(<App client={client} name={name} />);
}
`,
);
writeFileSync(
  join(app, 'index.html'),
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>app</title>' +
    '<link rel="icon" href="data:,">' +
    '<script type="module" src="/dist/main.js"></script></head>' +
    '<body><div id="lit"></div><div id="react"></div></body></html>',
);
// The plain HTML page: only the drop-in, from the installed package, in German.
writeFileSync(
  join(app, 'drop-in.html'),
  '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>drop-in</title>' +
    '<link rel="icon" href="data:,">' +
    '<script type="module" src="/node_modules/@hub/elements/dist/hub-elements.js"></script>' +
    '</head><body><hub-provider><hub-help-links></hub-help-links>' +
    '<hub-number-list></hub-number-list></hub-provider></body></html>',
);

await check('npm install of the packed packages', () => {
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
    cwd: app,
    env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  });
});

await check('every file of the installed drop-in starts with the compile hint', async () => {
  const dist = join(app, 'node_modules/@hub/elements/dist');
  const files = readdirSync(dist).filter((name) => /^hub-elements.*\.js$/.test(name));
  const missing = [];
  for (const file of files) {
    const text = await readFile(join(dist, file), 'utf8');
    if (!text.startsWith(`${COMPILE_HINT}\n`)) missing.push(file);
  }
  if (files.length === 0 || missing.length) throw new Error(`without it: ${missing.join(', ')}`);
  return `${files.length} files`;
});

await check('TypeScript and React consumers type-check (NodeNext)', () => {
  run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', app]);
});

await check('one copy each of lit and zod in the app bundle', async () => {
  const result = await build({
    entryPoints: [join(app, 'src/main.ts')],
    absWorkingDir: app,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    outfile: join(app, 'dist/main.js'),
    metafile: true,
    logLevel: 'error',
  });
  // Every package directory the bundle took a module from, per package name.
  const copies = {};
  for (const id of Object.keys(result.metafile.inputs)) {
    const found = /^(.*node_modules\/(zod|lit|lit-html|lit-element|@lit\/reactive-element))\//.exec(
      id,
    );
    if (found) (copies[found[2]] ??= new Set()).add(found[1]);
  }
  const counts = Object.entries(copies).map(([name, dirs]) => `${name} ×${dirs.size}`);
  if (Object.values(copies).some((dirs) => dirs.size > 1)) throw new Error(counts.join(', '));
  return counts.join(', ');
});

const policy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json' };
const server = createServer(async (req, res) => {
  const path = join(app, decodeURIComponent(new URL(req.url, 'http://app').pathname));
  try {
    const body = await readFile(path);
    res.writeHead(200, {
      'content-type': types[extname(path)] ?? 'application/octet-stream',
      'content-security-policy': policy,
    });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();

/** Opens `path` under the strict policy; fails on any console error, page error or violation. */
async function openStrict(path, ready) {
  const page = await browser.newPage();
  const problems = await recordProblems(page);
  await page.goto(origin + path, { waitUntil: 'load' });
  try {
    await page.waitForFunction(ready, { timeout: 15_000, polling: 100 });
  } catch (error) {
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((node) => node.shadowRoot)
        .map((node) => `<${node.localName}> ${node.shadowRoot.textContent.trim().slice(0, 120)}`)
        .join('\n'),
    );
    problems.push(`never ready: ${error.message}\n${shown}`);
  }
  await page.close();
  if (problems.length) throw new Error(problems.join('\n'));
}

await check('the lit + React app runs under a strict CSP with Trusted Types', () =>
  openStrict('/index.html', () => {
    const lists = [...document.querySelectorAll('hub-number-list')];
    const rows = (list) => list.shadowRoot?.querySelectorAll('[part~="row"]').length ?? 0;
    const german = document.querySelector('hub-help-links')?.shadowRoot?.textContent ?? '';
    return (
      lists.length === 2 &&
      lists.every((list) => rows(list) > 0) &&
      german.includes('Dokumentation')
    );
  }),
);
await check('the drop-in page runs under the same policy, in German', () =>
  openStrict('/drop-in.html', () => {
    const links = document.querySelector('hub-help-links')?.shadowRoot?.textContent ?? '';
    const list = document.querySelector('hub-number-list')?.shadowRoot?.textContent ?? '';
    return links.includes('Dokumentation') && list.includes('<hub-provider>');
  }),
);
await browser.close();
server.close();

if (process.env.KEEP_CONSUMER) console.log(`Kept ${work}`);
else rmSync(work, { recursive: true, force: true });
if (failures.length) {
  console.log(`\nConsumer check failed: ${failures.join(', ')}`);
  process.exit(1);
}
console.log('\nConsumer check passed');
