// `pnpm bench`: runs every bench/*.bench.ts in turn (or those whose names contain the arguments)
// and prints their figures. Benchmarks report; they never pass or fail.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';

// Each bench leaves its goals here (bench/lib/goals.ts); the summary below reads them.
const goalsDir = '.cache/bench-goals';
rmSync(goalsDir, { recursive: true, force: true });

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

const goals = existsSync(goalsDir)
  ? readdirSync(goalsDir)
      .sort()
      .flatMap((file) =>
        JSON.parse(readFileSync(`${goalsDir}/${file}`, 'utf8')).map((goal) => ({
          bench: file.replace(/\.json$/, ''),
          ...goal,
        })),
      )
  : [];
if (goals.length) {
  console.log('\n── Goals (medians; ratios are ours ÷ the peer, measured in the same run) ──');
  const width = Math.max(...goals.map((goal) => goal.what.length));
  for (const goal of goals) {
    const status = goal.met ? 'met   ' : 'MISSED';
    console.log(`${status}  ${goal.what.padEnd(width)}  ${goal.measured}  (goal ${goal.goal})`);
  }
  const missed = goals.filter((goal) => !goal.met).length;
  console.log(`${goals.length - missed} of ${goals.length} goals met.`);
}
