import { describe, expect, it } from 'vitest';
import { countCharacters } from './count.js';
import {
  buildBodyExample,
  buildHeaderExample,
  checkVariableNumbering,
  extractVariables,
  removeVariable,
  renumberVariables,
  scanVariables,
  substituteVariables,
} from './variables.js';

describe('extractVariables and scanVariables', () => {
  it('finds positional, named and invalid placeholders with their offsets', () => {
    expect(extractVariables('Hi {{1}}, {{first_name}} {{First}}')).toEqual([
      { kind: 'positional', name: '1', start: 3, end: 8 },
      { kind: 'named', name: 'first_name', start: 10, end: 24 },
      { kind: 'invalid', name: 'First', start: 25, end: 34 },
    ]);
  });

  it('reports malformed braces', () => {
    expect(scanVariables('a {{1} b {1}} c {{{2}}} d {{x\ne').malformed.map((m) => m.raw)).toEqual([
      '{{1}',
      '}}',
      '{{{2}}}',
      '{{',
    ]);
    expect(scanVariables('{ single } braces').malformed).toEqual([]);
  });
});

describe('checkVariableNumbering', () => {
  it('accepts 1..n and reports the first gap, {{0}}, repeats and order', () => {
    expect(checkVariableNumbering('{{1}} {{2}} {{3}}')).toMatchObject({ valid: true, count: 3 });
    expect(checkVariableNumbering('{{1}} {{3}} {{4}}')).toMatchObject({
      valid: false,
      firstMissing: 2,
    });
    expect(checkVariableNumbering('{{0}} {{1}}')).toMatchObject({ valid: false, firstMissing: 0 });
    expect(checkVariableNumbering('{{2}} {{1}} {{2}}')).toMatchObject({
      valid: true,
      repeated: [2],
      outOfOrder: [1],
    });
    expect(checkVariableNumbering('{{99999999999}}')).toMatchObject({
      valid: false,
      firstMissing: 1,
    });
  });
});

describe('renumberVariables and removeVariable', () => {
  it('closes gaps keeping the numeric order', () => {
    expect(renumberVariables('{{4}} then {{1}} and {{4}}')).toEqual({
      text: '{{2}} then {{1}} and {{2}}',
      mapping: { '1': '1', '4': '2' },
    });
  });

  it('removes a variable and renumbers the later ones', () => {
    expect(removeVariable('Hi {{1}}, order {{2}} ships {{3}}.', '2')).toEqual({
      text: 'Hi {{1}}, order  ships {{2}}.',
      mapping: { '1': '1', '3': '2' },
    });
    expect(removeVariable('Hi {{name}}, {{code}}', 'name').text).toBe('Hi , {{code}}');
  });
});

describe('substituteVariables', () => {
  it('fills known names and leaves the rest as written', () => {
    const values: Record<string, string> = { '1': 'Ana' };
    expect(substituteVariables('{{1}} {{2}} {{bad name}}', (name) => values[name])).toBe(
      'Ana {{2}} {{bad name}}',
    );
  });
});

describe('building examples', () => {
  it('writes positional values in numeric order in the nested form', () => {
    expect(buildBodyExample('{{2}} and {{1}}', { '1': 'a', '2': 'b' })).toEqual({
      body_text: [['a', 'b']],
    });
    expect(buildHeaderExample('Order {{1}}', { '1': '#1' })).toEqual({ header_text: ['#1'] });
    expect(buildBodyExample('no variables', { '1': 'a' })).toBeUndefined();
  });

  it('writes named values in the samples’ order, then by appearance, with blanks for missing', () => {
    expect(buildBodyExample('{{b}} {{a}} {{c}}', { a: '1', b: '2', unused: 'x' }, 'named')).toEqual(
      {
        body_text_named_params: [
          { param_name: 'a', example: '1' },
          { param_name: 'b', example: '2' },
          { param_name: 'c', example: '' },
        ],
      },
    );
    expect(buildHeaderExample('{{x}}', { x: 'X' }, 'NAMED')).toEqual({
      header_text_named_params: [{ param_name: 'x', example: 'X' }],
    });
  });
});

describe('countCharacters', () => {
  it('counts code points', () => {
    expect(countCharacters('abc')).toBe(3);
    expect(countCharacters('😀é')).toBe(2);
    expect(countCharacters('\ud800x')).toBe(2);
  });
});
