import type { TemplateRecord } from '../state.js';
import type { WebhookEmitter } from '../webhooks.js';

/** Body text of a template, from its BODY component. */
export function bodyText(components: readonly Record<string, unknown>[]): string {
  const body = components.find((c) => String(c.type).toUpperCase() === 'BODY');
  return typeof body?.text === 'string' ? body.text : '';
}

/**
 * The review Meta would give, by a fixed rule the demo can rely on: a name containing `reject`
 * is rejected as `INVALID_FORMAT`, a body with a link shortener as `SCAM`; everything else is
 * approved.
 */
export function reviewOutcome(template: Pick<TemplateRecord, 'name' | 'components'>): {
  status: 'approved' | 'rejected';
  reason: string | null;
} {
  if (template.name.includes('reject')) return { status: 'rejected', reason: 'INVALID_FORMAT' };
  if (/\b(bit\.ly|tinyurl\.com|goo\.gl)\//i.test(bodyText(template.components))) {
    return { status: 'rejected', reason: 'SCAM' };
  }
  return { status: 'approved', reason: null };
}

/**
 * Applies due reviews: pending templates whose delay passed get their outcome, announced as
 * `waba_template_approved` or `waba_template_rejected`.
 */
export function settleReviews(
  templates: TemplateRecord[],
  now: number,
  webhooks: WebhookEmitter,
): boolean {
  let changed = false;
  for (const template of templates) {
    if (template.review_due_at === undefined || template.review_due_at > now) continue;
    const outcome = reviewOutcome(template);
    template.status = outcome.status;
    template.rejected_reason = outcome.reason;
    template.modified_at = new Date(template.review_due_at).toISOString();
    template.modified_by = { user_id: 'system', user_name: 'system' };
    delete template.review_due_at;
    webhooks.template(
      outcome.status === 'approved' ? 'waba_template_approved' : 'waba_template_rejected',
      template,
    );
    changed = true;
  }
  return changed;
}

/** When the next pending review is due (ms since epoch), if one is. */
export function nextReviewAt(templates: readonly TemplateRecord[]): number | undefined {
  let next: number | undefined;
  for (const { review_due_at: due } of templates) {
    if (due !== undefined && (next === undefined || due < next)) next = due;
  }
  return next;
}

/** A template as the API shows it, without emulator bookkeeping. */
export function publicTemplate(
  template: TemplateRecord,
): Omit<TemplateRecord, 'review_due_at' | 'approved_edits_at'> {
  const copy = { ...template };
  delete copy.review_due_at;
  delete copy.approved_edits_at;
  return copy;
}
