import { describe, expect, it } from 'vitest';
import {
  addDraftButton,
  buttonsGrouped,
  emptyTemplateDraft,
  moveItem,
  withCategory,
} from './draft-edits.js';

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
