import { describe, expect, it } from 'vitest';
import type { TemplateDraft } from './draft.js';
import { readStoredDraft, templateDraftKey } from './stored-draft.js';

const draft: TemplateDraft = {
  name: 'spring_sale',
  language: 'en_US',
  category: 'MARKETING',
  parameterFormat: 'POSITIONAL',
  header: { format: 'IMAGE', handles: ['4::aW1n'] },
  limitedTimeOffer: undefined,
  body: { text: 'Hi {{1}}', samples: { '1': 'Ana' } },
  footer: undefined,
  buttons: [{ type: 'URL', text: 'Shop', url: 'https://x.test/{{1}}', urlExample: 'a' }],
  carousel: {
    cards: [
      { header: undefined, body: { text: 'Card', samples: {} }, buttons: [] },
      {
        header: { format: 'VIDEO', handles: [] },
        body: undefined,
        buttons: [{ type: 'QUICK_REPLY', text: 'More' }],
      },
    ],
  },
  extra: { sub_category: 'CUSTOM' },
};

describe('readStoredDraft', () => {
  it('reads back what the editor stored, parts left out included', () => {
    expect(readStoredDraft(JSON.stringify(draft))).toEqual({ status: 'draft', draft });
  });

  it('finds nothing under a missing or empty entry', () => {
    expect(readStoredDraft(null)).toEqual({ status: 'none' });
    expect(readStoredDraft('')).toEqual({ status: 'none' });
  });

  it('says why an entry is not a draft, and never throws', () => {
    const notJson = readStoredDraft('{"name": ');
    expect(notJson).toMatchObject({ status: 'unreadable', reason: 'not_json' });
    expect(readStoredDraft('{"name":1}')).toMatchObject({
      status: 'unreadable',
      reason: 'not_a_draft',
    });
    const wrongButton = readStoredDraft(
      JSON.stringify({ ...draft, buttons: [{ type: 'TELEPORT' }] }),
    );
    expect(wrongButton).toMatchObject({ status: 'unreadable', reason: 'not_a_draft' });
    expect(wrongButton.status === 'unreadable' && wrongButton.issues[0]).toMatch(
      /^buttons\.0\.type: /,
    );
    for (const odd of ['null', '[]', '"draft"', '42', 'true']) {
      expect(readStoredDraft(odd), odd).toMatchObject({
        status: 'unreadable',
        reason: 'not_a_draft',
      });
    }
  });
});

it('keys stored drafts by WABA and target', () => {
  expect(templateDraftKey('W1', 'create')).toBe('hub-template-draft:W1:create');
  expect(templateDraftKey('W1', 'edit', 'a', 'en')).toBe('hub-template-draft:W1:edit:a:en');
  expect(templateDraftKey('W2', 'copy', 'a', 'en')).toBe('hub-template-draft:W2:copy:a:en');
});
