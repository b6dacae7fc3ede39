import { describe, expect, it } from 'vitest';
import { draftToRequest } from './draft.js';
import {
  addDraftButton,
  buttonsGrouped,
  draftForMode,
  emptyTemplateDraft,
  fieldErrorsToIssues,
  insertVariable,
  isRightToLeftLanguage,
  issuesByField,
  moveItem,
  nextVariableName,
  parseStoredDraft,
  templateDraftKey,
  templateIssueField,
  unsampledVariables,
  variableNames,
  withCategory,
  wrapSelection,
} from './editor.js';
import { validateTemplate } from './validate.js';

const draft = {
  ...emptyTemplateDraft('MARKETING', 'en_US'),
  name: 'spring_sale',
  header: { format: 'TEXT' as const, text: 'Sale', samples: {} },
  body: { text: 'Hi {{1}}', samples: {} },
  footer: { text: 'Bye' },
  buttons: [
    { type: 'QUICK_REPLY' as const, text: 'Yes' },
    { type: 'URL' as const, text: '', url: 'https://x.test/{{1}}' },
  ],
};

describe('templateIssueField', () => {
  const request = draftToRequest(draft);
  it('maps request paths to the editor fields they belong to', () => {
    expect(templateIssueField(request, ['name'])).toBe('name');
    expect(templateIssueField(request, ['components', 0, 'text'])).toBe('header');
    expect(templateIssueField(request, ['components', 1, 'text'])).toBe('body');
    expect(templateIssueField(request, ['components', 1, 'example'])).toBe('samples');
    expect(templateIssueField(request, ['components', 2, 'text'])).toBe('footer');
    expect(templateIssueField(request, ['components', 3, 'buttons', 1, 'text'])).toBe('button:1');
    expect(templateIssueField(request, ['components', 3, 'buttons'])).toBe('buttons');
    expect(templateIssueField(request, ['components', 9])).toBe('template');
    expect(templateIssueField(request, [])).toBe('template');
  });

  it('places every validator issue of a real draft', () => {
    const issues = validateTemplate(request).issues;
    const fields = issuesByField(request, issues);
    expect(fields.get('samples')?.length).toBeGreaterThan(0);
    expect(fields.get('button:1')?.length).toBeGreaterThan(0);
  });

  it('places a 400 detail the same way as the validator', () => {
    const [issue] = fieldErrorsToIssues([{ path: 'components.3.buttons.0.text', message: 'x' }]);
    expect(issue!.path).toEqual(['components', 3, 'buttons', 0, 'text']);
    expect(templateIssueField(request, issue!.path)).toBe('button:0');
    expect(fieldErrorsToIssues([{ path: '', message: 'y' }])[0]!.path).toEqual([]);
  });
});

describe('drafts', () => {
  it('starts authentication drafts with the required OTP button and expiry', () => {
    const auth = emptyTemplateDraft('AUTHENTICATION', 'en');
    expect(auth.buttons[0]?.type).toBe('OTP');
    expect(auth.footer?.codeExpirationMinutes).toBe(10);
  });

  it('drops marketing-only parts when the category changes', () => {
    const withOffer = { ...draft, limitedTimeOffer: { text: 'Deal' } };
    expect(withCategory(withOffer, 'UTILITY').limitedTimeOffer).toBeUndefined();
    expect(withCategory(withOffer, 'AUTHENTICATION').body.text).toBe('');
    const back = withCategory(withCategory(withOffer, 'AUTHENTICATION'), 'UTILITY');
    expect(back.name).toBe('spring_sale');
    expect(back.buttons).toEqual([]);
  });

  it('prepares copies and translations', () => {
    expect(draftForMode(draft, 'copy').name).toBe('spring_sale_copy');
    expect(draftForMode(draft, 'add-language')).toMatchObject({
      name: 'spring_sale',
      language: '',
    });
    expect(draftForMode(draft, 'edit')).toBe(draft);
  });

  it('keys stored drafts by WABA and target', () => {
    expect(templateDraftKey('W1', 'create')).toBe('hub-template-draft:W1:create');
    expect(templateDraftKey('W1', 'edit', 'a', 'en')).not.toBe(
      templateDraftKey('W2', 'edit', 'a', 'en'),
    );
  });

  it('reads back only well-formed stored drafts', () => {
    expect(parseStoredDraft(JSON.stringify(draft))?.name).toBe('spring_sale');
    expect(parseStoredDraft('{"name":1}')).toBeUndefined();
    expect(parseStoredDraft('not json')).toBeUndefined();
    expect(parseStoredDraft(null)).toBeUndefined();
  });
});

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

describe('buttons', () => {
  it('keeps quick replies grouped when adding', () => {
    const buttons = addDraftButton(draft.buttons, 'QUICK_REPLY');
    expect(buttons.map((b) => b.type)).toEqual(['QUICK_REPLY', 'QUICK_REPLY', 'URL']);
    expect(buttonsGrouped(buttons)).toBe(true);
    expect(buttonsGrouped(moveItem(buttons, 0, 2))).toBe(false);
    expect(addDraftButton([], 'URL')).toEqual([{ type: 'URL', text: '', url: '' }]);
  });

  it('moves items within range only', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a'], 0, 1)).toEqual(['a']);
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
