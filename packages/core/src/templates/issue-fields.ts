import type { HubFieldError } from '../errors.js';
import { isRecord, upper } from './rules/context.js';
import type { TemplateIssue } from './types.js';

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
