import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where each bench leaves its goals for the summary `pnpm bench` prints at the end. */
export const GOALS_DIR = fileURLToPath(new URL('../../.cache/bench-goals/', import.meta.url));

/** One goal of an issue, as measured by a bench. */
export interface Goal {
  /** What was measured, e.g. "10,000 numbers, cold first render vs @vaadin/grid". */
  readonly what: string;
  /** The figure, e.g. "0.72× (84 ms vs 117 ms)". */
  readonly measured: string;
  /** The target, e.g. "≤ 0.6×". */
  readonly goal: string;
  readonly met: boolean;
}

/** A ratio goal: `ours / theirs` against `limit` (met when at most the limit). */
export function ratioGoal(what: string, ours: number, theirs: number, limit: number): Goal {
  const ratio = ours / theirs;
  return {
    what,
    measured: `${ratio.toFixed(2)}× (${ours.toFixed(1)} vs ${theirs.toFixed(1)} ms)`,
    goal: `≤ ${limit}×`,
    met: ratio <= limit,
  };
}

/** An absolute goal: `value` (in `unit`) against `limit` (met when at most the limit). */
export function limitGoal(what: string, value: number, limit: number, unit: string): Goal {
  return {
    what,
    measured: `${value.toFixed(1)} ${unit}`,
    goal: `≤ ${limit} ${unit}`,
    met: value <= limit,
  };
}

/** Prints `goals` and leaves them for the summary of `pnpm bench`. */
export function reportGoals(bench: string, goals: readonly Goal[]): void {
  for (const goal of goals) {
    console.log(
      `  ${goal.met ? 'met   ' : 'MISSED'} ${goal.what}: ${goal.measured} (goal ${goal.goal})`,
    );
  }
  mkdirSync(GOALS_DIR, { recursive: true });
  writeFileSync(`${GOALS_DIR}${bench}.json`, JSON.stringify(goals, null, 2));
}
