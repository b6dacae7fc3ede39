import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWhatsAppText, plainWhatsAppText, serializeWhatsAppText } from './formatting.js';
import type { Inline } from './formatting.js';

const t = (text: string): Inline => ({ type: 'text', text });
const inline = (text: string) => parseWhatsAppText(text)[0]?.children;

describe('parseWhatsAppText', () => {
  it('parses the five inline styles', () => {
    expect(inline('*b* _i_ ~s~ ```m``` `c`')).toEqual([
      { type: 'bold', children: [t('b')] },
      t(' '),
      { type: 'italic', children: [t('i')] },
      t(' '),
      { type: 'strike', children: [t('s')] },
      t(' '),
      { type: 'mono', text: 'm' },
      t(' '),
      { type: 'code', text: 'c' },
    ]);
  });

  it('nests bold, italic and strikethrough', () => {
    expect(inline('_*x*_')).toEqual([
      { type: 'italic', children: [{ type: 'bold', children: [t('x')] }] },
    ]);
    expect(inline('*a _b_ c*')).toEqual([
      { type: 'bold', children: [t('a '), { type: 'italic', children: [t('b')] }, t(' c')] },
    ]);
  });

  it('keeps monospace and code raw', () => {
    expect(inline('```*not bold*```')).toEqual([{ type: 'mono', text: '*not bold*' }]);
    expect(inline('`_x_`')).toEqual([{ type: 'code', text: '_x_' }]);
  });

  it('opens only at a word start and closes only at a word end', () => {
    for (const text of ['snake_case_name', '2*3*4', 'a*b* c', '*b*c', '* x *', 'x *y *']) {
      expect(inline(text)?.some((node) => node.type !== 'text')).toBe(false);
    }
    expect(inline('(*b*)')).toEqual([t('('), { type: 'bold', children: [t('b')] }, t(')')]);
    expect(inline('über *fett*!')).toEqual([
      t('über '),
      { type: 'bold', children: [t('fett')] },
      t('!'),
    ]);
    expect(inline('é*x*')).toEqual([t('é*x*')]);
  });

  it('never pairs markers across lines and leaves unpaired ones literal', () => {
    expect(parseWhatsAppText('a *b\nc* d')).toEqual([
      { type: 'line', children: [t('a *b')] },
      { type: 'line', children: [t('c* d')] },
    ]);
    expect(inline('*open _and ~more')).toEqual([t('*open _and ~more')]);
    expect(inline('**')).toEqual([t('**')]);
  });

  it('treats a doubled marker as one: the outer pair formats', () => {
    expect(inline('**x**')).toEqual([{ type: 'bold', children: [t('*x*')] }]);
  });

  it('recognises list, numbered and quote lines only with the following space', () => {
    expect(parseWhatsAppText('* a\n- b\n12. c\n> d\n*e*\n-f\n1.g\n>h')).toEqual([
      { type: 'bullet', marker: '* ', children: [t('a')] },
      { type: 'bullet', marker: '- ', children: [t('b')] },
      { type: 'numbered', n: 12, marker: '12. ', children: [t('c')] },
      { type: 'quote', marker: '> ', children: [t('d')] },
      { type: 'line', children: [{ type: 'bold', children: [t('e')] }] },
      { type: 'line', children: [t('-f')] },
      { type: 'line', children: [t('1.g')] },
      { type: 'line', children: [t('>h')] },
    ]);
  });

  it('formats variables as the text around them says', () => {
    expect(inline('Use *{{discount_code}}* today')).toEqual([
      t('Use '),
      { type: 'bold', children: [t('{{discount_code}}')] },
      t(' today'),
    ]);
  });

  it('gives one empty line for empty input and never throws on a non-string', () => {
    expect(parseWhatsAppText('')).toEqual([{ type: 'line', children: [] }]);
    expect(parseWhatsAppText(undefined as unknown as string)).toEqual([
      { type: 'line', children: [] },
    ]);
  });

  it('stays linear on adversarial input', () => {
    const inputs = [
      '*a '.repeat(40_000),
      '`'.repeat(100_000),
      '_*~'.repeat(40_000),
      '*'.repeat(100_000),
    ];
    const start = performance.now();
    for (const input of inputs) parseWhatsAppText(input);
    expect(performance.now() - start).toBeLessThan(1500);
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expect(Array.isArray(parseWhatsAppText(text))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('serializeWhatsAppText', () => {
  const markup = fc.string({
    unit: fc.constantFrom(
      '*',
      '_',
      '~',
      '`',
      '```',
      ' ',
      '\n',
      'a',
      'b',
      '1',
      '. ',
      '> ',
      '- ',
      'é',
      '😀',
      '{{1}}',
    ),
    maxLength: 60,
  });

  it('writes a parsed tree back to exactly its input', () => {
    fc.assert(
      fc.property(fc.oneof(markup, fc.string({ unit: 'binary', maxLength: 80 })), (text) => {
        expect(serializeWhatsAppText(parseWhatsAppText(text))).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('writes default markers for lines built by hand', () => {
    expect(
      serializeWhatsAppText([
        { type: 'bullet', children: [t('a')] },
        { type: 'numbered', n: 3, children: [{ type: 'bold', children: [t('b')] }] },
        { type: 'quote', children: [] },
      ]),
    ).toBe('* a\n3. *b*\n> ');
  });

  it('also gives the plain text without markers', () => {
    expect(plainWhatsAppText(parseWhatsAppText('- *Hi* _there_ `x`'))).toBe('Hi there x');
  });
});
