// Runs every check of `npm test` in turn (lint, formatting, Node tests, browser tests), keeps going
// after a failure so one run shows everything, and closes with one plain `N passed, N failed` line.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;
const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  return status === 0;
}

/** A check that is not a test suite counts as one test, so a lint error turns the run red. */
function check(label, command, args) {
  const ok = run(label, command, args);
  totals[ok ? 'passed' : 'failed']++;
  if (!ok) failedSteps.push(label);
}

/** Adds a runner's counts from its JSON summary; a runner that wrote none failed before testing. */
function suite(label, command, args, summaryFile, readCounts) {
  rmSync(summaryFile, { force: true });
  const ok = run(label, command, args);
  const counts = existsSync(summaryFile)
    ? readCounts(JSON.parse(readFileSync(summaryFile, 'utf8')))
    : { passed: 0, failed: 1, skipped: 0 };
  if (!ok && counts.failed === 0) counts.failed = 1;
  if (counts.failed > 0) failedSteps.push(label);
  for (const key of Object.keys(totals)) totals[key] += counts[key];
}

check('ESLint', bin('eslint'), ['.', '--max-warnings=0']);
check('Prettier', bin('prettier'), ['--check', '--log-level=warn', '.']);
suite(
  'Node tests (vitest)',
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', '--outputFile.json=.cache/vitest-summary.json'],
  '.cache/vitest-summary.json',
  (report) => ({
    passed: report.numPassedTests,
    // A test file that fails to load counts as a failure even though it ran no test.
    failed:
      report.numFailedTests +
      report.testResults.filter((file) => file.status === 'failed' && !file.assertionResults.length)
        .length,
    skipped: report.numPendingTests + report.numTodoTests,
  }),
);
suite(
  'Browser tests (@web/test-runner, headless Chromium)',
  bin('wtr'),
  ['--config', 'web-test-runner.config.mjs'],
  '.cache/wtr-summary.json',
  (counts) => counts,
);

if (failedSteps.length) console.log(`\nFailed: ${failedSteps.join('; ')}`);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 ? 1 : 0);
