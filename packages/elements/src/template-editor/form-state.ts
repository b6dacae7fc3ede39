import type { ReactiveControllerHost } from 'lit';
import {
  draftToRequest,
  issuesByField,
  unsampledVariables,
  validateTemplate,
  type PreviewValues,
  type TemplateCreateRequest,
  type TemplateDraft,
  type TemplateField,
  type TemplateIssue,
} from '@hub/core';

/** The issues the form shows now, and where each belongs. */
export interface ShownIssues {
  readonly errors: readonly TemplateIssue[];
  readonly warnings: readonly TemplateIssue[];
  /** The field an issue belongs to, for the summary's links. */
  readonly fieldOf: (issue: TemplateIssue) => TemplateField;
}

/**
 * The template form's state: the draft, what the user touched, and the issues `@hub/core` finds
 * in it, checked on every change. An issue shows once its field was touched or a submit was
 * tried, so a fresh form is not a wall of errors; the Hub's own refusals of the last submit show
 * at once and until the next change.
 */
export class TemplateFormController {
  private current: TemplateDraft | undefined;
  private saved = '';
  private touched = new Set<TemplateField>();
  private showAll = false;
  private server: readonly TemplateIssue[] = [];
  private built: TemplateCreateRequest | undefined;
  private values: PreviewValues | undefined;
  private issues: readonly TemplateIssue[] = [];
  private byField = new Map<TemplateField, TemplateIssue[]>();

  /** @param host - The element, updated whenever the form's state changes. */
  constructor(private readonly host: ReactiveControllerHost) {}

  /** The draft being edited; `undefined` while there is none (loading). */
  get draft(): TemplateDraft | undefined {
    return this.current;
  }

  /** The create request the draft makes, for the preview and the checks. */
  get request(): TemplateCreateRequest | undefined {
    return this.built;
  }

  /** Preview values showing variables without a sample as written. */
  get previewValues(): PreviewValues | undefined {
    return this.values;
  }

  /** True while the draft differs from what was loaded or last submitted. */
  get dirty(): boolean {
    return this.current !== undefined && JSON.stringify(this.current) !== this.saved;
  }

  /** True when any issue, shown or not, is an error: the platform would refuse the template. */
  get hasErrors(): boolean {
    return this.issues.some((issue) => issue.severity === 'error');
  }

  /** Starts over with `draft` as the unchanged state (or with no draft, while loading). */
  start(draft: TemplateDraft | undefined): void {
    this.saved = JSON.stringify(draft);
    this.touched = new Set();
    this.showAll = false;
    this.server = [];
    this.set(draft);
  }

  /** Applies the user's change to `field`. */
  change(update: (draft: TemplateDraft) => TemplateDraft, field: TemplateField): void {
    if (!this.current) return;
    this.touched.add(field);
    this.server = [];
    this.set(update(this.current));
  }

  /** Puts back a draft kept from an earlier visit, with all its issues shown. */
  restore(draft: TemplateDraft): void {
    this.showAll = true;
    this.server = [];
    this.set(draft);
  }

  /** Shows every issue, as a submit does. */
  revealAll(): void {
    this.showAll = true;
    this.host.requestUpdate();
  }

  /** Shows the Hub's refusal of a submit on its fields, next to the form's own issues. */
  refused(issues: readonly TemplateIssue[]): void {
    this.server = issues;
    this.showAll = true;
    this.derive();
  }

  /** What was submitted is now the platform's: nothing is left unsaved. */
  markSaved(): void {
    this.saved = JSON.stringify(this.current);
  }

  /** The issues of `field` to show now. */
  issuesOf = (field: TemplateField): readonly TemplateIssue[] =>
    this.isShown(field) ? (this.byField.get(field) ?? []) : [];

  /** Every issue to show now, errors first. */
  shown(): ShownIssues {
    const fieldOf = new Map<TemplateIssue, TemplateField>();
    for (const [field, list] of this.byField) for (const issue of list) fieldOf.set(issue, field);
    const visible = this.issues.filter((issue) => this.isShown(fieldOf.get(issue) ?? 'template'));
    return {
      errors: visible.filter((issue) => issue.severity === 'error'),
      warnings: visible.filter((issue) => issue.severity === 'warning'),
      fieldOf: (issue) => fieldOf.get(issue) ?? 'template',
    };
  }

  private isShown(field: TemplateField): boolean {
    return this.showAll || this.touched.has(field);
  }

  private set(draft: TemplateDraft | undefined): void {
    this.current = draft;
    this.built = draft && draftToRequest(draft);
    this.values = draft && unsampledVariables(draft);
    this.derive();
  }

  private derive(): void {
    const request = this.built;
    this.issues = request ? [...validateTemplate(request).issues, ...this.server] : [];
    this.byField = issuesByField(request, this.issues);
    this.host.requestUpdate();
  }
}
