import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { devServerMinifyTemplates } from './scripts/minify-templates.mjs';

const executablePath = await findChromium();

export default {
  files: ['packages/elements/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }),
    // The elements' templates as published (see scripts/minify-templates.mjs).
    devServerMinifyTemplates(),
  ],
  browsers: [
    chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromiumArgs } }),
  ],
  // One test page at a time: a page in the background gets no frames, resize or idle callbacks
  // in Chromium 156 (147 did not throttle it), and the element tests wait on those.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // Lit's dev build (for its extra checks) announces itself once per file; that line is noise.
  // English pages, whatever the browser's own language: the tests' expectations are literal.
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <body>
        <script>window.litIssuedWarnings = new Set(['dev-mode']);</script>
        <script type="module" src="${testFramework}"></script>
      </body>
    </html>`,
  reporters: [defaultReporter(), summaryReporter({ outputFile: '.cache/wtr-summary.json' })],
};
