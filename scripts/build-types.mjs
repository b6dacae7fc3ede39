// Emits each package's declarations with tsc, in dependency order: later packages read the
// declarations of earlier ones (not their sources), exactly as consumers of the packages will.
import { spawnSync } from 'node:child_process';

const tsc = 'node_modules/typescript/bin/tsc';
for (const pkg of ['core', 'emulator', 'server', 'elements', 'react']) {
  const { status } = spawnSync(
    process.execPath,
    [tsc, '-p', `packages/${pkg}/tsconfig.build.json`],
    { stdio: 'inherit' },
  );
  if (status !== 0) {
    console.error(`Declarations of packages/${pkg} failed (see the errors above).`);
    process.exit(status ?? 1);
  }
}
