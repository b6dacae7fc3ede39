/**
 * What `<hub-funds>` and `<hub-billing>` add to an app that already ships lit and the whole
 * @hub/core client (what every Hub Element shares): gzip of each element's define module minus
 * that baseline, bundled as an app's bundler would (esbuild, minified, tree-shaken).
 */
import { gzipBytes, kb } from './lib/measure.js';

const baseline = await gzipBytes(
  `import { LitElement, html, css } from 'lit';
   import { createHubClient } from '@hub/core';
   export { LitElement, html, css, createHubClient };`,
);
console.log('Billing elements over lit + @hub/core (esbuild --minify, gzip -9)\n');
console.log(`${'baseline: lit + createHubClient'.padEnd(40)} ${kb(baseline.gzip).padStart(8)} gz`);
for (const tag of ['hub-funds', 'hub-billing']) {
  const alone = await gzipBytes(`import '@hub/elements/define/${tag}.js';`);
  const both = await gzipBytes(
    `import '@hub/elements/define/${tag}.js';
     import { LitElement, html, css } from 'lit';
     import { createHubClient } from '@hub/core';
     export { LitElement, html, css, createHubClient };`,
  );
  console.log(
    `${`<${tag}>`.padEnd(40)} ${kb(alone.gzip).padStart(8)} gz alone, ${kb(both.gzip - baseline.gzip).padStart(8)} gz over the baseline`,
  );
}
