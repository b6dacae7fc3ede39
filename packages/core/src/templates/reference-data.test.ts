import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_CATEGORIES, normalizeTemplateCategory } from './categories.js';
import { TEMPLATE_ISSUE_CODES } from './codes.js';
import {
  TEMPLATE_LANGUAGES,
  findTemplateLanguage,
  resolveTemplateLanguage,
  suggestTemplateLanguage,
} from './languages.js';
import { validateTemplate } from './validate.js';

describe('languages', () => {
  it('lists Meta’s 111 codes once each, with labels', () => {
    expect(TEMPLATE_LANGUAGES).toHaveLength(111);
    expect(new Set(TEMPLATE_LANGUAGES.map((l) => l.code)).size).toBe(111);
    expect(
      TEMPLATE_LANGUAGES.every((l) => /^[a-z]{2,3}(_[A-Z]{2})?$/.test(l.code) && l.name !== ''),
    ).toBe(true);
    expect(findTemplateLanguage('nb')?.name).toBe('Norwegian');
    expect(findTemplateLanguage('en-US')).toBeUndefined();
    expect(suggestTemplateLanguage('en-us')).toBe('en_US');
    expect(suggestTemplateLanguage('xx')).toBeUndefined();
  });

  it('resolves what a user typed: a name or a loosely written code', () => {
    expect(resolveTemplateLanguage(' german ')).toBe('de');
    expect(resolveTemplateLanguage('English')).toBe('en');
    expect(resolveTemplateLanguage('English (US)')).toBe('en_US');
    expect(resolveTemplateLanguage('pt-br')).toBe('pt_BR');
    expect(resolveTemplateLanguage('Engl')).toBeUndefined();
  });

  it('resolves the names a picker shows in its own locale', () => {
    const german = (code: string) => ({ de: 'Deutsch', pt_BR: 'Portugiesisch (Brasilien)' })[code];
    expect(resolveTemplateLanguage('deutsch', german)).toBe('de');
    expect(resolveTemplateLanguage('Portugiesisch (Brasilien)', german)).toBe('pt_BR');
    expect(resolveTemplateLanguage('German', german)).toBe('de');
    expect(resolveTemplateLanguage('Deutsc', german)).toBeUndefined();
  });
});

describe('categories', () => {
  it('normalises categories', () => {
    expect(TEMPLATE_CATEGORIES.map((c) => c.value)).toEqual([
      'MARKETING',
      'UTILITY',
      'AUTHENTICATION',
    ]);
    expect(normalizeTemplateCategory('authentication')).toBe('AUTHENTICATION');
    expect(normalizeTemplateCategory('otp')).toBeUndefined();
  });
});

describe('issue codes', () => {
  it('are all documented in docs/templates.md with the same severity', () => {
    const guide = readFileSync(new URL('../../../../docs/templates.md', import.meta.url), 'utf8');
    const documented = new Map(
      [...guide.matchAll(/^\| `([a-z_.]+)` +\| (error|warning) +\|/gm)].map((m) => [m[1], m[2]]),
    );
    const actual = new Map(
      Object.entries(TEMPLATE_ISSUE_CODES).map(([code, info]) => [code, info.severity]),
    );
    expect(documented).toEqual(actual);
  });
});

describe('validateTemplate never throws', () => {
  const jsonish = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.constantFrom(
        'BODY',
        'HEADER',
        'BUTTONS',
        'TEXT',
        'URL',
        'OTP',
        'CAROUSEL',
        'named',
        '{{1}}',
        '',
      ),
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      tie('array'),
      tie('object'),
    ),
    array: fc.array(tie('value'), { maxLength: 4 }),
    object: fc.dictionary(
      fc.constantFrom(
        'name',
        'language',
        'category',
        'components',
        'type',
        'format',
        'text',
        'example',
        'buttons',
        'cards',
        'url',
        'otp_type',
        'body_text',
        'header_text',
        'limited_time_offer',
        'parameter_format',
        'supported_apps',
        'code_expiration_minutes',
        'body_text_named_params',
        'header_handle',
      ),
      tie('value'),
      { maxKeys: 6 },
    ),
  }));

  it('on arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = validateTemplate(value);
        expect(result.valid).toBe(!result.issues.some((issue) => issue.severity === 'error'));
      }),
      { numRuns: 500 },
    );
  });

  it('on template-shaped values', () => {
    fc.assert(
      fc.property(jsonish.object, (value) => {
        const result = validateTemplate(value);
        for (const issue of result.issues) {
          expect(typeof issue.message).toBe('string');
          expect(issue.code in TEMPLATE_ISSUE_CODES).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
