/**
 * <hub-template-editor> benchmark, in headless Chromium: one keystroke in the body of a
 * maximum-size template (1,024-character body dense with formatting and variables, text header,
 * footer, ten buttons) → draft update, validateTemplate, issue mapping and the preview re-rendered.
 * Goal: median ≤ 8 ms. Also the gzip size the three template elements add over lit + @hub/core.
 * Run: node scripts/bench.mjs template-editor
 */
import { inBrowser, median } from './lib/browser.js';
import { gzipBytes, kb } from './lib/measure.js';

const runs = 60;

const entry = `
import { countCharacters, TEMPLATE_LIMITS } from '@hub/core';
import '@hub/elements/define/hub-provider.js';
import '@hub/elements/define/hub-template-editor.js';
import { emulatedHub, FULL_ACCESS_CLIENT } from './packages/elements/src/test-support/emulated-hub.js';

function maxBody() {
  const lines = [];
  const samples = {};
  for (let n = 1; ; n++) {
    const line = n % 4 === 0
      ? '- *item* _' + n + '_ for {{' + n + '}} ~old~ \`c\`'
      : n + '. Dear *{{' + n + '}}*, your _order_ ~is~ \`\`\`ready\`\`\` now.';
    if (countCharacters([...lines, line].join('\\n')) > TEMPLATE_LIMITS.bodyText - 20) break;
    lines.push(line);
    samples[String(n)] = 'value' + n;
  }
  // One character short of the limit: the measured keystroke adds it.
  const full = (lines.join('\\n') + '\\nThanks!').padEnd(TEMPLATE_LIMITS.bodyText - 1, '.');
  return { text: full, samples };
}

window.setup = async () => {
  const { text, samples } = maxBody();
  const template = {
    id: 'bench', wabaId: 'bNapoWA', name: 'max_size_template', language: 'en_US',
    category: 'MARKETING', status: 'APPROVED', rejectedReason: null, qualityScore: null,
    namespace: null, createdAt: '2026-01-01T00:00:00Z', modifiedAt: null,
    components: [
      { type: 'HEADER', format: 'TEXT', text: 'Your order {{1}} is ready for pickup at the store',
        example: { header_text: ['#4521'] } },
      { type: 'BODY', text, example: { body_text: [Object.values(samples)] } },
      { type: 'FOOTER', text: 'Acme Shop · Reply STOP to unsubscribe from these messages' },
      { type: 'BUTTONS', buttons: [
        ...Array.from({ length: 8 }, (_, i) => ({ type: 'QUICK_REPLY', text: 'Quick reply ' + (i + 1) })),
        { type: 'URL', text: 'Track', url: 'https://acme.test/t/{{1}}', example: ['AB123'] },
        { type: 'PHONE_NUMBER', text: 'Call us', phone_number: '+4930123456' },
      ] },
    ],
  };
  const { client } = emulatedHub({ rateLimits: false });
  const provider = document.createElement('hub-provider');
  provider.client = client;
  provider.clientId = FULL_ACCESS_CLIENT;
  provider.permissions = ['templates:read', 'templates:write'];
  const editor = document.createElement('hub-template-editor');
  editor.wabaAccountId = 'bNapoWA';
  editor.mode = 'copy';
  editor.template = template;
  provider.append(editor);
  document.body.append(provider);
  await new Promise((r) => setTimeout(r, 300));
  await editor.updateComplete;
  window.editor = editor;
  return countCharacters(text);
};

window.keystroke = async (i) => {
  const editor = window.editor;
  const area = editor.shadowRoot.querySelector('#field-body');
  const preview = editor.shadowRoot.querySelector('hub-template-preview');
  const base = area.value.replace(/[xy]$/, '');
  const start = performance.now();
  area.value = base + (i % 2 ? 'x' : 'y');
  area.dispatchEvent(new Event('input'));
  await editor.updateComplete;
  await preview.updateComplete;
  const script = performance.now() - start;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  const frame = performance.now() - start;
  if (!preview.shadowRoot.querySelector('.body').textContent.includes('value1')) throw new Error('preview not rendered');
  return { script, frame };
};
`;

const { chars, timings } = await inBrowser(entry, async (page) => {
  const chars = await page.evaluate(() =>
    (window as unknown as { setup: () => Promise<number> }).setup(),
  );
  const timings: { script: number; frame: number }[] = [];
  for (let i = 0; i < runs + 10; i++) {
    const t = await page.evaluate(
      (n) =>
        (
          window as unknown as {
            keystroke: (n: number) => Promise<{ script: number; frame: number }>;
          }
        ).keystroke(n),
      i,
    );
    if (i >= 10) timings.push(t);
  }
  return { chars, timings };
});

const script = median(timings.map((t) => t.script));
const frame = median(timings.map((t) => t.frame));
console.log(
  `Keystroke in a maximum-size template (${chars}-character body, header, footer, 10 buttons), median of ${runs}:`,
);
console.log(
  `  input → validation + editor + preview updated: ${script.toFixed(2)} ms  (goal ≤ 8 ms${script <= 8 ? ', met' : ', NOT met'})`,
);
console.log(`  input → next frame painted:                     ${frame.toFixed(2)} ms`);

const base = await gzipBytes(
  `import { LitElement, html, css } from 'lit'; import * as core from '@hub/core'; export { LitElement, html, css, core };`,
);
const withElements = await gzipBytes(
  `import { LitElement, html, css } from 'lit'; import * as core from '@hub/core';
   import '@hub/elements/define/hub-template-list.js';
   import '@hub/elements/define/hub-template-editor.js';
   import '@hub/elements/define/hub-template-preview.js';
   export { LitElement, html, css, core };`,
);
const preview = await gzipBytes(`import '@hub/elements/define/hub-template-preview.js';`);
const all = await gzipBytes(
  `import '@hub/elements/define/hub-template-list.js';
   import '@hub/elements/define/hub-template-editor.js';
   import '@hub/elements/define/hub-template-preview.js';`,
);
console.log('\nBundle size (esbuild --minify, gzip -9):');
console.log(`  lit + all of @hub/core (baseline):          ${kb(base.gzip).padStart(8)} gz`);
console.log(
  `  + the three template elements:              ${kb(withElements.gzip - base.gzip).padStart(8)} gz over the baseline (${kb(withElements.min - base.min)} min)`,
);
console.log(
  `  the three elements alone, tree-shaken:      ${kb(all.gzip).padStart(8)} gz (lit and the core parts they use included)`,
);
console.log(`  <hub-template-preview> alone, tree-shaken:  ${kb(preview.gzip).padStart(8)} gz`);
