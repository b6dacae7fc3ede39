import { html, nothing } from 'lit';
import type {
  MessageTemplate,
  TemplateEditRules,
  TemplateEditorMode,
  TemplateField,
  TemplateIssue,
} from '@hub/core';
import { templateStatusBadge } from '../base/badges.js';
import { templateStatusHelp, templateStatusLabel } from '../template-list/vocabulary.js';
import { controlId, describedBy, fieldIssues, type EditorContext } from './context.js';
import type { ShownIssues } from './form-state.js';
import { issueText, type Translate } from './issue-text.js';

/**
 * The problems to fix, each a link to its field; only the issues shown (of touched fields, or all
 * after a submit), so a fresh form has none. Focusable, so a submit that reveals them can move
 * the focus there.
 */
export function issueSummary(
  t: Translate,
  shown: ShownIssues,
  focusField: (event: Event, field: TemplateField) => void,
) {
  const { errors, warnings, fieldOf } = shown;
  if (errors.length === 0 && warnings.length === 0) return nothing;
  const item = (issue: TemplateIssue) => {
    const field = fieldOf(issue);
    return html`<li data-severity=${issue.severity}>
      <a href="#${controlId(field)}" @click=${(e: Event) => focusField(e, field)}
        >${issueText(t, issue)}</a
      >
    </li>`;
  };
  return html`<div
    class="summary"
    part="summary"
    role="region"
    tabindex="-1"
    aria-labelledby="summary-title"
  >
    <p id="summary-title" class="summary-title">
      ${
        errors.length > 0
          ? t('templateEditor.summary', { count: errors.length })
          : t('templateEditor.warnings', { count: warnings.length })
      }
    </p>
    <ul>
      ${errors.map(item)}${warnings.map(item)}
    </ul>
  </div>`;
}

/** The offer of a draft kept from an earlier visit. */
export function restorePanel(t: Translate, restore: () => void, discard: () => void) {
  return html`<div class="restore" role="region" aria-labelledby="restore-title">
    <p id="restore-title"><strong>${t('templateEditor.restoreTitle')}</strong></p>
    <p>${t('templateEditor.restoreBody')}</p>
    <div class="row-actions">
      <button type="button" class="btn btn-primary" @click=${restore}>
        ${t('templateEditor.restore')}
      </button>
      <button type="button" class="btn" @click=${discard}>${t('templateEditor.discard')}</button>
    </div>
  </div>`;
}

/** What the result panel shows and offers. */
export interface ResultOptions {
  template: MessageTemplate;
  /** "Submitted …" or "Saved …". */
  message: string;
  /** Offered after a create: start a new template. */
  another: (() => void) | undefined;
  done: () => void;
}

/** The platform's answer after a submit: the status, the rejection reason, what comes next. */
export function resultPanel(t: Translate, options: ResultOptions) {
  const { template } = options;
  return html`<div class="result" part="result" role="status" tabindex="-1">
    <p>${options.message}</p>
    <p>${templateStatusBadge(template.status, templateStatusLabel(t, template.status))}</p>
    ${template.rejectedReason ? html`<p><strong>${template.rejectedReason}</strong></p>` : nothing}
    <p class="hint">${templateStatusHelp(t, template.status)}</p>
    <div class="row-actions">
      ${
        options.another
          ? html`<button type="button" class="btn" @click=${options.another}>
              ${t('templateEditor.another')}
            </button>`
          : nothing
      }
      <button type="button" class="btn" @click=${options.done}>${t('templateEditor.done')}</button>
    </div>
  </div>`;
}

/**
 * Why the form is read-only or, when editing a template in `status`, the rules of that status
 * (e.g. edit limits); nothing when neither applies.
 */
export function readOnlyReason(t: Translate, rules: TemplateEditRules, status: string | undefined) {
  const { content } = rules;
  const reason =
    content.locked && content.reason === 'permission'
      ? t('templateEditor.readOnly')
      : status && templateStatusHelp(t, status);
  return reason ? html`<p class="note" role="note">${reason}</p>` : nothing;
}

/** The form's submit button, named after the mode; inactive while errors show or it runs. */
export function submitButton(
  t: Translate,
  options: { mode: TemplateEditorMode; errorsShown: boolean; submitting: boolean },
) {
  const { errorsShown, submitting } = options;
  return html`<button
    type="submit"
    class="btn btn-primary"
    part="submit"
    ?disabled=${errorsShown || submitting}
    aria-describedby=${errorsShown ? 'summary-title' : nothing}
  >
    ${submitting ? t('templateEditor.submitting') : t(`templateEditor.submit.${options.mode}`)}
  </button>`;
}

/** The issues of the template as a whole (not of one field), as a group the summary links to. */
export function wholeTemplateIssues(ctx: EditorContext) {
  return html`<div
    id=${controlId('template')}
    role="group"
    tabindex="-1"
    aria-label=${ctx.t('templateEditor.wholeTemplate')}
    aria-describedby=${describedBy(ctx, 'template')}
  >
    ${fieldIssues(ctx, 'template')}
  </div>`;
}
