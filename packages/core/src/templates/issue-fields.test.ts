import { describe, expect, it } from 'vitest';
import { draftToRequest } from './draft.js';
import { emptyTemplateDraft } from './draft-edits.js';
import { fieldErrorsToIssues, issuesByField, templateIssueField } from './issue-fields.js';
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
