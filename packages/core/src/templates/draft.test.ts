import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OFFICIAL_EXAMPLES } from './__fixtures__/official-examples.js';
import { draftToRequest, requestToDraft } from './draft.js';
import { TEMPLATE_LANGUAGES } from './languages.js';
import type { TemplateButton, TemplateComponent, TemplateCreateRequest } from './types.js';
import { validateTemplate } from './validate.js';

const word = fc.stringMatching(/^[a-z]{2,8}$/);
const sentence = (min: number, max: number) =>
  fc.array(word, { minLength: min, maxLength: max }).map((words) => words.join(' '));

/** Text with `count` variables, each between words, never first, last or adjacent. */
function textWithVariables(names: readonly string[]) {
  return fc
    .array(word, { minLength: names.length * 2 + 3, maxLength: names.length * 2 + 8 })
    .map((words) => {
      const parts = [...words];
      names.forEach((name, i) => parts.splice(2 + i * 3, 0, `{{${name}}}`));
      return parts.join(' ') + '.';
    });
}

const positionalNames = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));
const namedNames = fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}(_[a-z]{1,6})?$/), {
  maxLength: 3,
});

const validTemplate: fc.Arbitrary<TemplateCreateRequest> = fc
  .record({
    named: fc.boolean(),
    category: fc.constantFrom('MARKETING' as const, 'UTILITY' as const),
    name: fc.stringMatching(/^[a-z0-9_]{1,40}$/),
    language: fc.constantFrom(...TEMPLATE_LANGUAGES.map((language) => language.code)),
    variableCount: fc.integer({ min: 0, max: 3 }),
    names: namedNames,
    headerKind: fc.constantFrom('none', 'text', 'image', 'location'),
    headerVariable: fc.boolean(),
    footer: fc.option(sentence(1, 5), { nil: undefined }),
    quickReplies: fc.array(sentence(1, 3), { maxLength: 3 }),
    url: fc.option(fc.record({ label: sentence(1, 2), variable: fc.boolean() }), {
      nil: undefined,
    }),
    values: fc.array(word, { minLength: 4, maxLength: 4 }),
    ttl: fc.option(fc.integer({ min: 30, max: 43_200 }), { nil: undefined }),
  })
  .chain((spec) => {
    const names = spec.named ? spec.names : positionalNames(spec.variableCount);
    return textWithVariables(names).map((text) => {
      const sample = (i: number) => spec.values[i % spec.values.length]!;
      const components: TemplateComponent[] = [];
      const headerName = spec.named ? 'headline' : '1';
      if (spec.headerKind === 'text') {
        components.push(
          spec.headerVariable
            ? {
                type: 'HEADER',
                format: 'TEXT',
                text: `News {{${headerName}}} today`,
                example: spec.named
                  ? { header_text_named_params: [{ param_name: headerName, example: sample(0) }] }
                  : { header_text: [sample(0)] },
              }
            : { type: 'HEADER', format: 'TEXT', text: 'News today' },
        );
      } else if (spec.headerKind === 'image') {
        components.push({
          type: 'HEADER',
          format: 'IMAGE',
          example: { header_handle: ['4::abc'] },
        });
      } else if (spec.headerKind === 'location') {
        components.push({ type: 'HEADER', format: 'LOCATION' });
      }
      const body: TemplateComponent = { type: 'BODY', text };
      if (names.length > 0) {
        body.example = spec.named
          ? {
              body_text_named_params: names.map((name, i) => ({
                param_name: name,
                example: sample(i),
              })),
            }
          : { body_text: [names.map((_, i) => sample(i))] };
      }
      components.push(body);
      if (spec.footer) components.push({ type: 'FOOTER', text: spec.footer });
      const buttons: TemplateButton[] = spec.quickReplies.map((label) => ({
        type: 'QUICK_REPLY',
        text: label.slice(0, 25),
      }));
      if (spec.url) {
        buttons.push({
          type: 'URL',
          text: spec.url.label.slice(0, 25),
          url: spec.url.variable ? 'https://example.com/{{1}}' : 'https://example.com/',
          ...(spec.url.variable ? { example: [sample(1)] } : {}),
        });
      }
      if (buttons.length > 0) components.push({ type: 'BUTTONS', buttons });
      const request: TemplateCreateRequest = {
        name: spec.name,
        language: spec.language,
        category: spec.category,
        components,
      };
      if (spec.named) request.parameter_format = 'NAMED';
      if (spec.ttl !== undefined && spec.category === 'UTILITY') {
        request.message_send_ttl_seconds = spec.ttl;
      }
      return request;
    });
  });

describe('draft ⇄ request', () => {
  it('generates only valid templates (so the round trip below means something)', () => {
    fc.assert(
      fc.property(validTemplate, (request) => {
        expect(
          validateTemplate(request).issues.filter((issue) => issue.severity === 'error'),
        ).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('gives back every generated valid template unchanged', () => {
    fc.assert(
      fc.property(validTemplate, (request) => {
        const draft = requestToDraft(request);
        expect(draftToRequest(draft)).toEqual(request);
        expect(requestToDraft(draftToRequest(draft))).toEqual(draft);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips every official example up to canonical spelling and stays valid', () => {
    for (const { request } of OFFICIAL_EXAMPLES) {
      const once = draftToRequest(requestToDraft(request));
      expect(validateTemplate(once).valid).toBe(true);
      expect(draftToRequest(requestToDraft(once))).toEqual(once);
      expect(once.components).toHaveLength(request.components.length);
    }
  });

  it('writes canonical spelling: upper-case enums and nested positional examples', () => {
    const request = draftToRequest(
      requestToDraft({
        name: 'x',
        language: 'en',
        category: 'utility',
        parameter_format: 'positional',
        components: [
          { type: 'buttons', buttons: [{ type: 'quick_reply', text: 'Ok' }] },
          { type: 'body', text: 'Hi {{1}} and {{2}} there.', example: { body_text: ['a', 'b'] } },
        ],
      }),
    );
    expect(request).toEqual({
      name: 'x',
      language: 'en',
      category: 'UTILITY',
      parameter_format: 'POSITIONAL',
      components: [
        { type: 'BODY', text: 'Hi {{1}} and {{2}} there.', example: { body_text: [['a', 'b']] } },
        { type: 'BUTTONS', buttons: [{ type: 'QUICK_REPLY', text: 'Ok' }] },
      ],
    });
  });

  it('keeps fields the draft does not model', () => {
    const request: TemplateCreateRequest = {
      name: 'x',
      language: 'en',
      category: 'MARKETING',
      library_template_name: 'lib',
      components: [
        { type: 'BODY', text: 'Hello there, how are you?' },
        {
          type: 'BUTTONS',
          buttons: [
            { type: 'FLOW', text: 'Book', flow_id: '1', flow_action: 'navigate', icon: 'DEFAULT' },
          ],
        },
      ],
    };
    expect(draftToRequest(requestToDraft(request))).toEqual(request);
    expect(requestToDraft(request).buttons[0]).toEqual({
      type: 'FLOW',
      text: 'Book',
      flowId: '1',
      flowAction: 'navigate',
      extra: { icon: 'DEFAULT' },
    });
  });

  it('maps the editor fields: samples, copy code, app list', () => {
    const draft = requestToDraft(
      OFFICIAL_EXAMPLES.find((e) => e.title.startsWith('authentication, zero-tap'))!.request,
    );
    expect(draft.body).toEqual({ text: '', samples: {}, addSecurityRecommendation: true });
    expect(draft.footer).toEqual({ text: '', codeExpirationMinutes: 90 });
    expect(draft.buttons[0]?.supportedApps).toEqual([
      { packageName: 'com.example.luckyshrub', signatureHash: 'K8a/AINcGX7' },
    ]);
  });
});
