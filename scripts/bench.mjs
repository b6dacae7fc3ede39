// `pnpm bench`: runs every bench/*.bench.ts in turn (or those whose names contain the arguments)
// and prints their figures. Benchmarks report; they never pass or fail.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const filters = process.argv.slice(2);
const files = readdirSync('bench')
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => !filters.length || filters.some((filter) => file.includes(filter)))
  .sort();

console.log(
  `Node ${process.version}, ${new Date().toISOString()}; medians, shared machine: compare ratios.`,
);
for (const file of files) {
  console.log(`\n── ${file} ──`);
  const { status } = spawnSync(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', `bench/${file}`],
    { stdio: 'inherit' },
  );
  if (status !== 0) console.log(`(${file} exited with ${status})`);
}
