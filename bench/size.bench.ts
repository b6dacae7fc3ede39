/**
 * What partners download, against issue 18's size goals: the drop-in with every element at most
 * 60 KB gzip, and each element's define module at most 12 KB gzip over lit + @hub/core. The
 * figures come from `scripts/size-check.mjs` (the CI guard against growth), so both agree. Needs
 * the build (`pnpm build`) for the drop-in.
 * Run: node scripts/bench.mjs size
 */
import { execFileSync } from 'node:child_process';
import { limitGoal, reportGoals } from './lib/goals.js';

const sizes = JSON.parse(
  execFileSync(process.execPath, ['scripts/size-check.mjs', '--json'], { encoding: 'utf8' }),
) as Record<string, number>;
const kb = (bytes: number) => bytes / 1024;

const goals = [
  limitGoal('drop-in hub-elements.js, gzip', kb(sizes['drop-in hub-elements.js']!), 60, 'KB'),
];
for (const [name, bytes] of Object.entries(sizes)) {
  if (name.startsWith('define/')) goals.push(limitGoal(`${name}, gzip`, kb(bytes), 12, 'KB'));
}
reportGoals('size', goals);
