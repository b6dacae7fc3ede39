/**
 * What partners download, against issue 18's size goals: the drop-in at most 60 KB gzip, and each
 * element's define module at most 12 KB gzip over lit + @hub/core. The drop-in loads the code of
 * the elements a page uses, so it is reported three ways against the 60 KB: the file with its
 * imports (every page), a page with the provider and one element, and a page with every element. The
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

const goals = [];
for (const [name, bytes] of Object.entries(sizes)) {
  if (/^drop-in (hub-elements\.js|page)/.test(name) || name.startsWith('define/')) {
    goals.push(limitGoal(`${name}, gzip`, kb(bytes), name.startsWith('define/') ? 12 : 60, 'KB'));
  }
}
reportGoals('size', goals);
