import { getTemplateStatusInfo, templateStatusAllows } from '@hub/core';
import { findWaba, rateLimit, type Route, type RouteContext } from '../context.js';
import { listPage } from '../list.js';
import { HubHttpError, json, success } from '../respond.js';
import type { TemplateRecord } from '../state.js';
import { templateProblems } from './template-checks.js';
import { publicTemplate } from './template-review.js';

const base = '/partners/:partner_id/waba_accounts/:waba_account_id/waba_templates';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The filter keys the Hub documents for templates; its sort enum is the same list (no dates). */
const templateKeys = [
  'id',
  'partner_id',
  'business_templates.name',
  'status',
  'category',
  'language',
];

/** What an edit may send. */
const editable = new Set(['components', 'allow_category_change']);

/** Answers 400 with what the platform refuses in a payload, the way the Hub reports it. */
function assertValid(body: unknown): void {
  // The emulator's own reading of Meta's rules, not the SDK's validator: the SDK is checked
  // against the platform, not against itself.
  const problems = templateProblems(body);
  if (problems.length > 0) throw new HubHttpError(400, 'Wrong payload', problems);
}

/** Meta's edit limits for an approved template: once in 24 hours, ten times in 30 days. */
function assertEditAllowed(template: TemplateRecord, now: number): void {
  const recent = (template.approved_edits_at ?? []).filter((at) => at > now - 30 * DAY_MS);
  if (recent.some((at) => at > now - DAY_MS) || recent.length >= 10) {
    throw new HubHttpError(
      400,
      'An approved template can be edited once in 24 hours and at most 10 times in 30 days.',
    );
  }
  template.approved_edits_at = [...recent, now];
}

function wabaTemplates(ctx: RouteContext): { wabaId: string; templates: TemplateRecord[] } {
  // Reviews due by now were settled by the handler before this request.
  const waba = findWaba(ctx, ctx.params.waba_account_id!);
  return {
    wabaId: waba.id,
    templates: ctx.state.templates.filter((t) => t.waba_account_id === waba.id),
  };
}

/**
 * Templates of a WABA: list, create and edit (validated, then reviewed after a delay; the edit on
 * the Hub's `/v1` path), delete, sync.
 */
export const templateRoutes: Route[] = [
  {
    method: 'GET',
    pattern: base,
    handle(ctx) {
      rateLimit(ctx, 'templates:list', 400, 60_000);
      const { templates } = wabaTemplates(ctx);
      const page = listPage(templates.map(publicTemplate), ctx.url, {
        itemsKey: 'waba_templates',
        filters: templateKeys,
        sort: templateKeys,
        defaultSort: 'business_templates.name',
        aliases: { 'business_templates.name': 'name' },
      });
      return json(page);
    },
  },
  {
    method: 'POST',
    pattern: base,
    async handle(ctx) {
      const { wabaId, templates } = wabaTemplates(ctx);
      rateLimit(ctx, `templates:create:${wabaId}`, 60, 60_000);
      const body = await ctx.body();
      assertValid(body);
      const request = body as {
        name: string;
        language: string;
        category: string;
        components: Record<string, unknown>[];
      };
      if (templates.some((t) => t.name === request.name && t.language === request.language)) {
        throw new HubHttpError(
          409,
          `Content in this language already exists: ${request.name} (${request.language})`,
        );
      }
      if (
        new Set(templates.map((t) => t.name)).size >= 250 &&
        !templates.some((t) => t.name === request.name)
      ) {
        throw new HubHttpError(400, 'Wrong payload', [
          'name: the WABA already has 250 template names',
        ]);
      }
      const at = new Date(ctx.now).toISOString();
      const waba = findWaba(ctx, wabaId);
      ctx.state.nextId += 1;
      const template: TemplateRecord = {
        id: String(1_504_417_000_000_000 + ctx.state.nextId),
        partner_id: ctx.state.partnerId,
        waba_account_id: wabaId,
        name: request.name,
        language: request.language,
        category: request.category.toUpperCase(),
        status: 'pending',
        components: request.components,
        rejected_reason: null,
        namespace: waba.namespace,
        created_at: at,
        created_by: { user_id: 'partner', user_name: 'Partner API' },
        modified_at: at,
        modified_by: { user_id: 'partner', user_name: 'Partner API' },
        review_due_at: ctx.now + ctx.options.templateReviewDelayMs,
      };
      ctx.state.templates.push(template);
      ctx.changed();
      return json(publicTemplate(template), 201);
    },
  },
  {
    // The edit as the only public caller sends it: `PATCH /v1/partners/…` at the root of the Hub
    // origin, `components` and `allow_category_change` only, answered `{"success": true}`
    // (unverified in the reference). The `/api/v2` path has no PATCH (405).
    api: 'v1',
    method: 'PATCH',
    pattern: `/v1${base}/:template_id`,
    async handle(ctx) {
      const { templates } = wabaTemplates(ctx);
      const target = templates.find((t) => t.id === ctx.params.template_id);
      if (!target) throw new HubHttpError(404, `Template ${ctx.params.template_id} not found`);
      const body = await ctx.body();
      if (!body || typeof body !== 'object' || Array.isArray(body)) {
        throw new HubHttpError(400, 'Wrong payload', ['body: must be a JSON object']);
      }
      const edit = body as Record<string, unknown>;
      // Name, language and category (or anything else) cannot be sent: 400, never ignored.
      const issues = Object.keys(edit)
        .filter((key) => !editable.has(key))
        .map((key) => `${key}: cannot be changed by an edit`);
      if (edit.components === undefined) issues.push('components: required');
      if (
        edit.allow_category_change !== undefined &&
        typeof edit.allow_category_change !== 'boolean'
      ) {
        issues.push('allow_category_change: value is not a valid boolean');
      }
      if (issues.length > 0) throw new HubHttpError(400, 'Wrong payload', issues);
      // The one status table (in @hub/core) decides here as in the SDK's list and editor.
      if (!templateStatusAllows(target.status, 'edit')) {
        throw new HubHttpError(400, `A template with status ${target.status} cannot be edited.`);
      }
      // The edit is checked as the template it will become: same name, language and category.
      assertValid({
        name: target.name,
        language: target.language,
        category: target.category,
        components: edit.components,
      });
      if (getTemplateStatusInfo(target.status)?.editLimited) assertEditAllowed(target, ctx.now);
      const at = new Date(ctx.now).toISOString();
      target.components = edit.components as Record<string, unknown>[];
      // Edited templates are reviewed again, like new ones.
      target.status = 'pending';
      target.rejected_reason = null;
      target.modified_at = at;
      target.modified_by = { user_id: 'partner', user_name: 'Partner API' };
      target.review_due_at = ctx.now + ctx.options.templateReviewDelayMs;
      ctx.changed();
      return json({ success: true });
    },
  },
  {
    method: 'DELETE',
    pattern: `${base}/:template_id`,
    handle(ctx) {
      const { templates } = wabaTemplates(ctx);
      const target = templates.find((t) => t.id === ctx.params.template_id);
      if (!target) throw new HubHttpError(404, `Template ${ctx.params.template_id} not found`);
      // Meta refuses to delete a disabled template (reference §11.7).
      if (!templateStatusAllows(target.status, 'delete')) {
        throw new HubHttpError(400, `A template with status ${target.status} cannot be deleted.`);
      }
      // Meta deletes a name in every language at once.
      ctx.state.templates = ctx.state.templates.filter(
        (t) => !(t.waba_account_id === target.waba_account_id && t.name === target.name),
      );
      ctx.changed();
      return success(`template name=${target.name} was deleted`);
    },
  },
  {
    method: 'POST',
    pattern: `${base}/sync`,
    handle(ctx) {
      const { templates } = wabaTemplates(ctx);
      return json({
        meta: { success: true, http_code: 200, developer_message: 'templates synced' },
        count: templates.length,
      });
    },
  },
];
