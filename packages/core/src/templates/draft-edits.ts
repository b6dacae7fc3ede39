import type { DraftButton, TemplateDraft } from './draft.js';
import type { ButtonType, TemplateCategory } from './types.js';

/**
 * A new, empty draft in `category`. Authentication drafts start with what WhatsApp requires: a
 * copy-code OTP button, the security recommendation and a 10-minute expiry.
 *
 * @example
 * ```ts
 * emptyTemplateDraft('MARKETING', 'en_US');
 * ```
 */
export function emptyTemplateDraft(category: TemplateCategory, language: string): TemplateDraft {
  const draft: TemplateDraft = {
    name: '',
    language,
    category,
    header: undefined,
    limitedTimeOffer: undefined,
    body: { text: '', samples: {} },
    footer: undefined,
    buttons: [],
    carousel: undefined,
  };
  return category === 'AUTHENTICATION' ? toAuthentication(draft) : draft;
}

function toAuthentication(draft: TemplateDraft): TemplateDraft {
  return {
    ...draft,
    category: 'AUTHENTICATION',
    header: undefined,
    limitedTimeOffer: undefined,
    carousel: undefined,
    body: { text: '', samples: {}, addSecurityRecommendation: true },
    footer: { text: '', codeExpirationMinutes: 10 },
    buttons: [{ type: 'OTP', otpType: 'COPY_CODE', text: 'Copy code' }],
  };
}

/**
 * Changes a draft's category. Moving into or out of authentication replaces the content, because
 * authentication templates carry WhatsApp's fixed text instead of the user's; the name and the
 * language are kept.
 *
 * @example
 * ```ts
 * withCategory(draft, 'UTILITY');
 * ```
 */
export function withCategory(draft: TemplateDraft, category: TemplateCategory): TemplateDraft {
  if (category === draft.category) return draft;
  if (category === 'AUTHENTICATION') return toAuthentication(draft);
  if (draft.category === 'AUTHENTICATION') {
    return { ...emptyTemplateDraft(category, draft.language), name: draft.name };
  }
  const marketingOnly = category !== 'MARKETING';
  return {
    ...draft,
    category,
    // Carousels and limited-time offers exist only in marketing templates.
    limitedTimeOffer: marketingOnly ? undefined : draft.limitedTimeOffer,
    carousel: marketingOnly ? undefined : draft.carousel,
  };
}

/**
 * Moves the item at `from` to `to` in a new array; out-of-range moves return a copy unchanged.
 *
 * @example
 * ```ts
 * moveItem(['a', 'b', 'c'], 2, 0); // ['c', 'a', 'b']
 * ```
 */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  if (from < 0 || from >= copy.length || to < 0 || to >= copy.length) return copy;
  const [item] = copy.splice(from, 1) as [T];
  copy.splice(to, 0, item);
  return copy;
}

/**
 * A new button of `type` with the fields that type needs, empty.
 *
 * @example
 * ```ts
 * newDraftButton('URL'); // { type: 'URL', text: '', url: '' }
 * ```
 */
export function newDraftButton(type: ButtonType): DraftButton {
  switch (type) {
    case 'URL':
      return { type, text: '', url: '' };
    case 'PHONE_NUMBER':
      return { type, text: '', phoneNumber: '' };
    case 'COPY_CODE':
      return { type, code: '' };
    case 'OTP':
      return { type, otpType: 'COPY_CODE', text: 'Copy code' };
    default:
      return { type, text: '' };
  }
}

// Meta groups quick replies apart from the other buttons (reference §6.4).
const isQuickReply = (button: DraftButton) => button.type === 'QUICK_REPLY';

/**
 * Whether `buttons` follow WhatsApp's grouping rule: quick replies all together, either before or
 * after every other button, never interleaved.
 *
 * @example
 * ```ts
 * buttonsGrouped([{ type: 'QUICK_REPLY' }, { type: 'URL' }, { type: 'QUICK_REPLY' }]); // false
 * ```
 */
export function buttonsGrouped(buttons: readonly Pick<DraftButton, 'type'>[]): boolean {
  let changes = 0;
  for (let i = 1; i < buttons.length; i++) {
    if (isQuickReply(buttons[i]! as DraftButton) !== isQuickReply(buttons[i - 1]! as DraftButton))
      changes++;
  }
  return changes <= 1;
}

/**
 * Adds a button where the grouping rule allows it: a quick reply after the last quick reply, any
 * other button after the last non-quick-reply button, so the groups stay together.
 *
 * @example
 * ```ts
 * addDraftButton([{ type: 'QUICK_REPLY', text: 'Yes' }, { type: 'URL', text: 'Go', url: '' }], 'QUICK_REPLY');
 * // quick replies stay together: the new one lands at index 1
 * ```
 */
export function addDraftButton(buttons: readonly DraftButton[], type: ButtonType): DraftButton[] {
  const button = newDraftButton(type);
  const sameGroup = (b: DraftButton) => isQuickReply(b) === (type === 'QUICK_REPLY');
  let last = -1;
  buttons.forEach((b, i) => {
    if (sameGroup(b)) last = i;
  });
  const at = last === -1 ? buttons.length : last + 1;
  return [...buttons.slice(0, at), button, ...buttons.slice(at)];
}
