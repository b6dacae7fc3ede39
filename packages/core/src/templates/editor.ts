import type { HubFieldError } from '../errors.js';
import type { DraftButton, TemplateDraft } from './draft.js';
import { isRecord, upper } from './rules/context.js';
import type { ButtonType, TemplateCategory, TemplateIssue } from './types.js';
import { extractVariables } from './variables.js';

/**
 * The part of the editor an issue belongs to: a top-level field, a component, one button
 * (`button:0`) or one carousel card (`card:1`). `template` collects what belongs nowhere else.
 */
export type TemplateField =
  | 'name'
  | 'language'
  | 'category'
  | 'header'
  | 'offer'
  | 'body'
  | 'samples'
  | 'footer'
  | 'buttons'
  | `button:${number}`
  | 'carousel'
  | `card:${number}`
  | 'template';

const COMPONENT_FIELD: Readonly<Record<string, TemplateField>> = {
  HEADER: 'header',
  LIMITED_TIME_OFFER: 'offer',
  BODY: 'body',
  FOOTER: 'footer',
  BUTTONS: 'buttons',
  CAROUSEL: 'carousel',
};

/**
 * Where an issue of {@link validateTemplate} (or a 400's field error) belongs in the editor, from
 * its path in the create `request`: `['components', 2, 'buttons', 0, 'text']` is `button:0` when
 * component 2 is the buttons; a body's `example` is `samples`.
 *
 * @example
 * ```ts
 * templateIssueField(request, ['components', 0, 'text']); // 'header' if component 0 is the header
 * ```
 */
export function templateIssueField(
  request: unknown,
  path: readonly (string | number)[],
): TemplateField {
  const [first, index, second, third] = path;
  if (first === 'name' || first === 'language' || first === 'category') return first;
  if (first !== 'components' || typeof index !== 'number') return 'template';
  const list = isRecord(request) ? request.components : undefined;
  const component = Array.isArray(list) ? (list[index] as unknown) : undefined;
  const type = isRecord(component) ? upper(component.type) : undefined;
  const field = type ? COMPONENT_FIELD[type] : undefined;
  if (!field) return 'template';
  if (field === 'body' && second === 'example') return 'samples';
  if (field === 'buttons' && second === 'buttons' && typeof third === 'number') {
    return `button:${third}`;
  }
  if (field === 'carousel' && second === 'cards' && typeof third === 'number') {
    return `card:${third}`;
  }
  return field;
}

/**
 * Turns the field errors of a rejected create (the Hub's 400 `details`, dotted paths such as
 * `components.1.text`) into issues with array paths, so they land on their fields like the
 * validator's own.
 *
 * @example
 * ```ts
 * fieldErrorsToIssues(error.fieldErrors)[0]?.path; // ['components', 1, 'text']
 * ```
 */
export function fieldErrorsToIssues(errors: readonly HubFieldError[]): TemplateIssue[] {
  return errors.map((error) => ({
    path: error.path
      .split('.')
      .filter(Boolean)
      .map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
    code: 'server',
    message: error.message,
    severity: 'error',
  }));
}

/**
 * Issues grouped by {@link TemplateField}, in the order they were reported.
 *
 * @example
 * ```ts
 * issuesByField(request, validateTemplate(request).issues).get('name');
 * ```
 */
export function issuesByField(
  request: unknown,
  issues: readonly TemplateIssue[],
): Map<TemplateField, TemplateIssue[]> {
  const grouped = new Map<TemplateField, TemplateIssue[]>();
  for (const issue of issues) {
    const field = templateIssueField(request, issue.path);
    const list = grouped.get(field);
    if (list) list.push(issue);
    else grouped.set(field, [issue]);
  }
  return grouped;
}

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

/** Which editor flow a draft is prepared for. */
export type TemplateEditorMode = 'create' | 'edit' | 'copy' | 'add-language';

/**
 * Prepares a draft of an existing template for `mode`: `copy` keeps the content under the name
 * with `_copy` appended (still a valid name), `add-language` keeps name, category and content (to
 * translate) and clears the language, `edit` keeps everything.
 *
 * @example
 * ```ts
 * draftForMode(requestToDraft(template), 'copy').name; // 'order_update_copy'
 * ```
 */
export function draftForMode(source: TemplateDraft, mode: TemplateEditorMode): TemplateDraft {
  if (mode === 'copy') return { ...source, name: `${source.name}_copy`.slice(0, 512) };
  if (mode === 'add-language') return { ...source, language: '' };
  return source;
}

/**
 * The `localStorage` key of the unsaved draft for one WABA and one editor target, so drafts of
 * different accounts and templates never overwrite each other.
 *
 * @example
 * ```ts
 * templateDraftKey('bNapoWA', 'create'); // 'hub-template-draft:bNapoWA:create'
 * ```
 */
export function templateDraftKey(
  wabaId: string,
  mode: TemplateEditorMode,
  name = '',
  language = '',
): string {
  const target = mode === 'create' ? '' : `:${name}:${language}`;
  return `hub-template-draft:${wabaId}:${mode}${target}`;
}

/**
 * Reads a stored draft back, or `undefined` when `json` is missing or not a draft (storage is
 * shared with the page, so its content is never trusted blindly).
 */
export function parseStoredDraft(json: string | null): TemplateDraft | undefined {
  if (!json) return undefined;
  try {
    const value: unknown = JSON.parse(json);
    if (
      isRecord(value) &&
      typeof value.name === 'string' &&
      typeof value.language === 'string' &&
      typeof value.category === 'string' &&
      isRecord(value.body) &&
      typeof value.body.text === 'string' &&
      isRecord(value.body.samples) &&
      Array.isArray(value.buttons)
    ) {
      return value as unknown as TemplateDraft;
    }
  } catch {
    // A corrupt entry is treated as no draft.
  }
  return undefined;
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

/** A text edit: the new text and where the selection should be. */
export interface TextEdit {
  readonly text: string;
  readonly selectionStart: number;
  readonly selectionEnd: number;
}

/**
 * Wraps the selection in a WhatsApp marker (`*`, `_`, `~`, ` ``` `), or inserts an empty pair at
 * the caret with the caret inside it.
 *
 * @example
 * ```ts
 * wrapSelection('Hi Ana', 3, 6, '*').text; // 'Hi *Ana*'
 * ```
 */
export function wrapSelection(text: string, start: number, end: number, marker: string): TextEdit {
  const selected = text.slice(start, end);
  return {
    text: text.slice(0, start) + marker + selected + marker + text.slice(end),
    selectionStart: start + marker.length,
    selectionEnd: end + marker.length,
  };
}

/**
 * The next variable to add to `text`: one more than the highest `{{n}}` used for positional
 * templates, or `variable_<n>` (not yet used) for named ones.
 *
 * @example
 * ```ts
 * nextVariableName('Hi {{1}}, {{2}}', 'POSITIONAL'); // '3'
 * ```
 */
export function nextVariableName(text: string, format: 'POSITIONAL' | 'NAMED' = 'POSITIONAL') {
  const variables = extractVariables(text);
  if (format === 'NAMED') {
    const used = new Set(variables.map((v) => v.name));
    let n = 1;
    while (used.has(`variable_${n}`)) n++;
    return `variable_${n}`;
  }
  const highest = variables
    .filter((v) => v.kind === 'positional')
    .reduce((max, v) => Math.max(max, Number(v.name)), 0);
  return String(highest + 1);
}

/**
 * Inserts `{{name}}` at the caret (replacing any selection) and puts the caret after it.
 *
 * @example
 * ```ts
 * insertVariable('Hi ', 3, 3, '1').text; // 'Hi {{1}}'
 * ```
 */
export function insertVariable(text: string, start: number, end: number, name: string): TextEdit {
  const placeholder = `{{${name}}}`;
  const caret = start + placeholder.length;
  return {
    text: text.slice(0, start) + placeholder + text.slice(end),
    selectionStart: caret,
    selectionEnd: caret,
  };
}

/**
 * The variables of `text` in order of first appearance, without repeats: the rows of a sample
 * values table.
 *
 * @example
 * ```ts
 * variableNames('{{1}} and {{2}} and {{1}}'); // ['1', '2']
 * ```
 */
export function variableNames(text: string): string[] {
  return [
    ...new Set(
      extractVariables(text)
        .filter((v) => v.kind !== 'invalid')
        .map((v) => v.name),
    ),
  ];
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

// Meta's right-to-left template languages.
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'prs']);

/**
 * Whether a template language is written right to left (Arabic, Hebrew, Persian, Urdu, Pashto,
 * Dari), so its text is laid out that way.
 *
 * @example
 * ```ts
 * isRightToLeftLanguage('ar_EG'); // true
 * ```
 */
export function isRightToLeftLanguage(code: string): boolean {
  return RTL.has(code.split(/[_-]/)[0]?.toLowerCase() ?? '');
}

/**
 * Preview values that show a variable without a sample as written (`{{1}}`) instead of as empty
 * text, so the preview never hides a variable the user has not given a sample for yet.
 *
 * @example
 * ```ts
 * previewTemplate(draftToRequest(draft), unsampledVariables(draft));
 * ```
 */
export function unsampledVariables(draft: TemplateDraft): {
  header: Record<string, string>;
  body: Record<string, string>;
} {
  const placeholders = (text: string, samples: Readonly<Record<string, string>>) => {
    const values: Record<string, string> = {};
    for (const name of variableNames(text)) {
      if (!samples[name]) values[name] = `{{${name}}}`;
    }
    return values;
  };
  const header = draft.header?.format === 'TEXT' ? draft.header : undefined;
  return {
    header: header ? placeholders(header.text, header.samples) : {},
    body: placeholders(draft.body.text, draft.body.samples),
  };
}
