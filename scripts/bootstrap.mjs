// The entry of `npm start` and `npm test` on a machine that has only Node.js and npm: it fetches
// the pinned pnpm, installs the workspace, builds when sources changed, then hands over. Each step
// leaves a stamp (a hash of its inputs), so a second run skips what is already done.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const PNPM_VERSION = JSON.parse(readFileSync('package.json', 'utf8')).packageManager.split('@')[1];
const pnpm = join('.tools', 'node_modules', 'pnpm', 'bin', 'pnpm.cjs');
const env = {
  ...process.env,
  PUPPETEER_SKIP_DOWNLOAD: '1',
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  npm_config_update_notifier: 'false',
};

function run(command, args) {
  const { status, error } = spawnSync(command, args, { stdio: 'inherit', env });
  if (error) throw error;
  if (status !== 0) process.exit(status ?? 1);
}

/** Hash of the given files and of every file under the given folders (skipping generated ones). */
function hashOf(paths) {
  const hash = createHash('sha256');
  const visit = (path) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        if (!['node_modules', 'dist', '.cache', 'custom-elements.json'].includes(entry))
          visit(join(path, entry));
      }
    } else {
      hash.update(relative('.', path)).update(readFileSync(path));
    }
  };
  paths.forEach(visit);
  return hash.digest('hex');
}

/** Runs `step` unless the stamp `name` already records `inputs`' hash. */
function once(name, inputs, step) {
  const stamp = join('node_modules', '.cache', 'hub-bootstrap', name);
  const hash = hashOf(inputs);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;
  step();
  mkdirSync(join('node_modules', '.cache', 'hub-bootstrap'), { recursive: true });
  writeFileSync(stamp, hashOf(inputs));
}

function ensurePnpm() {
  const manifest = join('.tools', 'node_modules', 'pnpm', 'package.json');
  if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).version === PNPM_VERSION) {
    return;
  }
  console.log(`Fetching pnpm ${PNPM_VERSION} into .tools/ (once)…`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  run(npm, [
    'install',
    '--prefix',
    '.tools',
    '--no-save',
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
    `pnpm@${PNPM_VERSION}`,
  ]);
}

const manifests = () => [
  'package.json',
  'pnpm-lock.yaml',
  'pnpm-workspace.yaml',
  ...['packages', 'examples'].flatMap((dir) =>
    readdirSync(dir).map((name) => join(dir, name, 'package.json')),
  ),
];

function ensureInstalled() {
  once('install', manifests(), () => {
    console.log('Installing dependencies…');
    run(process.execPath, [pnpm, 'install', '--frozen-lockfile', '--prefer-offline']);
  });
}

function ensureBuilt() {
  const inputs = ['packages', 'rollup.config.mjs', 'tsconfig.base.json', 'pnpm-lock.yaml'];
  const outputs = ['core', 'emulator', 'server', 'elements', 'react'].map((p) =>
    join('packages', p, 'dist', 'index.js'),
  );
  if (!outputs.every(existsSync)) rmStamp('build');
  once('build', inputs, () => {
    console.log('Building the packages…');
    run(process.execPath, [pnpm, 'run', '--silent', 'build']);
  });
}

function rmStamp(name) {
  const stamp = join('node_modules', '.cache', 'hub-bootstrap', name);
  if (existsSync(stamp)) writeFileSync(stamp, '');
}

const command = process.argv[2] ?? 'setup';
ensurePnpm();
ensureInstalled();
if (command === 'test') {
  // Some tests use what partners get: the built drop-in (the demo portal under a strict CSP, the
  // drop-in in Node) and the packed declarations.
  ensureBuilt();
  run(process.execPath, ['scripts/test.mjs']);
} else if (command === 'start') {
  ensureBuilt();
  run(process.execPath, ['examples/partner-portal/server.mjs', ...process.argv.slice(3)]);
} else {
  ensureBuilt();
}
