/**
 * Template engine benchmark: validation + preview of a maximum-size template, and the gzip size
 * the template functions add to @hub/core. Run: node_modules/.bin/tsx bench/templates.bench.ts
 */
import { gzipBytes, kb, medianMs } from './lib/measure.js';
import {
  TEMPLATE_LIMITS,
  countCharacters,
  parseWhatsAppText,
  previewTemplate,
  validateTemplate,
} from '../packages/core/src/templates/index.js';
import type {
  TemplateButton,
  TemplateCreateRequest,
} from '../packages/core/src/templates/index.js';

/** A 1,024-character body dense with formatting, lists and variables. */
function maxBody(): { text: string; values: string[] } {
  const values: string[] = [];
  const lines: string[] = [];
  let n = 0;
  for (;;) {
    n++;
    const line =
      n % 4 === 0
        ? `- *item* _${n}_ for {{${n}}} ~old~ \`c\``
        : `${n}. Dear *{{${n}}}*, your _order_ ~is~ \`\`\`ready\`\`\` now.`;
    const next = [...lines, line].join('\n');
    if (countCharacters(next) > TEMPLATE_LIMITS.bodyText - 12) break;
    lines.push(line);
    values.push(`value${n}`);
  }
  const text = `${lines.join('\n')}\nThank you!`;
  return { text: text.padEnd(TEMPLATE_LIMITS.bodyText, '.'), values };
}

const { text, values } = maxBody();
const buttons: TemplateButton[] = [
  ...Array.from({ length: 7 }, (_, i): TemplateButton => ({
    type: 'QUICK_REPLY',
    text: `Option ${i + 1}`,
  })),
  {
    type: 'URL',
    text: 'Open the shop',
    url: 'https://example.com/shop/{{1}}',
    example: ['summer'],
  },
  { type: 'URL', text: 'Track', url: 'https://example.com/track' },
  { type: 'PHONE_NUMBER', text: 'Call us', phone_number: '+4930123456' },
];
const request: TemplateCreateRequest = {
  name: 'max_size_template',
  language: 'en_US',
  category: 'MARKETING',
  components: [
    {
      type: 'HEADER',
      format: 'TEXT',
      text: 'Your order {{1}} is here',
      example: { header_text: ['#123'] },
    },
    { type: 'BODY', text, example: { body_text: [values] } },
    { type: 'FOOTER', text: 'Reply STOP to unsubscribe' },
    { type: 'BUTTONS', buttons },
  ],
};

const check = validateTemplate(request);
const errors = check.issues.filter((issue) => issue.severity === 'error');
if (errors.length > 0) throw new Error(`benchmark template is invalid: ${JSON.stringify(errors)}`);

const ms = medianMs(
  () => {
    validateTemplate(request);
    previewTemplate(request);
  },
  500,
  100,
);
const big = '*a _b ~c `d '.repeat(10_000);
const parseMs = medianMs(() => parseWhatsAppText(big), 20, 5);

const entry = './packages/core/src/templates/index.ts';
const engine = await gzipBytes(
  `import { validateTemplate, previewTemplate, parseWhatsAppText } from '${entry}'; console.log(validateTemplate, previewTemplate, parseWhatsAppText);`,
);
const everything = await gzipBytes(`import * as t from '${entry}'; console.log(t);`);

console.log('Template engine (@hub/core/templates)');
console.log(
  `  body ${countCharacters(text)} chars, ${values.length} variables, ${buttons.length} buttons, ${check.issues.length} warnings`,
);
console.log(
  `  validate + preview, max template: median ${ms.toFixed(3)} ms (goal ≤ 1 ms) ${ms <= 1 ? 'OK' : 'OVER'}`,
);
console.log(
  `  parseWhatsAppText, ${big.length.toLocaleString('en')} chars: median ${parseMs.toFixed(2)} ms`,
);
console.log(`  gzip, validate + preview + parse: ${kb(engine.gzip)} (${kb(engine.min)} min)`);
console.log(
  `  gzip, every template export:      ${kb(everything.gzip)} (${kb(everything.min)} min)`,
);
