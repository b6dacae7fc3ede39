import { describe, expect, it } from 'vitest';
import { emptyTemplateDraft } from './draft-edits.js';
import { isRightToLeftLanguage } from './languages.js';
import {
  insertVariable,
  nextVariableName,
  unsampledVariables,
  variableNames,
  wrapSelection,
} from './text-edits.js';

const draft = emptyTemplateDraft('MARKETING', 'en_US');

describe('text editing', () => {
  it('wraps a selection or inserts an empty pair', () => {
    expect(wrapSelection('Hi Ana', 3, 6, '*')).toEqual({
      text: 'Hi *Ana*',
      selectionStart: 4,
      selectionEnd: 7,
    });
    expect(wrapSelection('', 0, 0, '```').text).toBe('``````');
  });

  it('adds the next variable at the caret', () => {
    expect(nextVariableName('Hi {{1}} {{3}}')).toBe('4');
    expect(nextVariableName('Hi {{variable_1}}', 'NAMED')).toBe('variable_2');
    expect(insertVariable('Hi !', 3, 3, '1')).toEqual({
      text: 'Hi {{1}}!',
      selectionStart: 8,
      selectionEnd: 8,
    });
    expect(variableNames('{{2}} {{1}} {{2}}')).toEqual(['2', '1']);
  });
});

it('knows right-to-left languages', () => {
  expect(isRightToLeftLanguage('ar_EG')).toBe(true);
  expect(isRightToLeftLanguage('he')).toBe(true);
  expect(isRightToLeftLanguage('en_US')).toBe(false);
});

it('shows variables without a sample as written in the preview', () => {
  const values = unsampledVariables({
    ...draft,
    header: { format: 'TEXT', text: 'Hi {{1}}', samples: { '1': 'Ana' } },
    body: { text: '{{1}} and {{2}}', samples: { '1': '', '2': 'x' } },
  });
  expect(values).toEqual({ header: {}, body: { '1': '{{1}}' } });
});
