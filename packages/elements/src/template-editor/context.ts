import { html, nothing } from 'lit';
import type { TemplateDraft, TemplateField, TemplateIssue } from '@hub/core';
import { issueText, type Translate } from './issue-text.js';

/** What every part of the editor form reads and how it changes the draft. */
export interface EditorContext {
  readonly draft: TemplateDraft;
  readonly readOnly: boolean;
  readonly t: Translate;
  /** The issues of `field` that should be shown now (the field was touched, or submit tried). */
  readonly issues: (field: TemplateField) => readonly TemplateIssue[];
  /** Replaces the draft; `field` marks what the user touched. */
  readonly update: (change: (draft: TemplateDraft) => TemplateDraft, field: TemplateField) => void;
}

/** The id of the element listing a field's issues, for `aria-describedby`. */
export const issuesId = (field: TemplateField) => `issues-${field.replace(':', '-')}`;

/** The id of a field's main control, the target of the error summary's links. */
export const controlId = (field: TemplateField) => `field-${field.replace(':', '-')}`;

/** `aria-describedby` for a control: its hint (if any) and its issues (when shown). */
export function describedBy(ctx: EditorContext, field: TemplateField, hint?: string) {
  const ids = [hint, ctx.issues(field).length > 0 ? issuesId(field) : undefined].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : nothing;
}

/** `aria-invalid` for a control: true while the field has an error shown. */
export function invalid(ctx: EditorContext, field: TemplateField): 'true' | 'false' {
  return ctx.issues(field).some((issue) => issue.severity === 'error') ? 'true' : 'false';
}

/** The list of a field's issues under its control. */
export function fieldIssues(ctx: EditorContext, field: TemplateField) {
  const issues = ctx.issues(field);
  if (issues.length === 0) return nothing;
  return html`<ul class="issues" id=${issuesId(field)}>
    ${issues.map(
      (issue) =>
        html`<li class="issue" data-severity=${issue.severity}>
          <span class="visually-hidden"
            >${ctx.t(issue.severity === 'error' ? 'templateEditor.error' : 'templateEditor.warning')}:
          </span>
          ${issueText(ctx.t, issue)}
        </li>`,
    )}
  </ul>`;
}

/** The value of the input or select that fired `event`. */
export const valueOf = (event: Event): string =>
  (event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value;

/** The checked state of the checkbox that fired `event`. */
export const checkedOf = (event: Event): boolean => (event.target as HTMLInputElement).checked;
