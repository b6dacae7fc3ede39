import { validateTemplate } from '@hub/core';
import {
  findWaba,
  rateLimit,
  requireCapability,
  type Route,
  type RouteContext,
} from '../context.js';
import { listPage } from '../list.js';
import { HubHttpError, json, success } from '../respond.js';
import type { TemplateRecord } from '../state.js';
import { publicTemplate, settleReviews } from './template-review.js';

const base = '/partners/:partner_id/waba_accounts/:waba_account_id/waba_templates';

function wabaTemplates(ctx: RouteContext): {
  wabaId: string;
  clientId: string;
  templates: TemplateRecord[];
} {
  const waba = findWaba(ctx, ctx.params.waba_account_id!);
  if (settleReviews(ctx.state.templates, ctx.now)) ctx.changed();
  return {
    wabaId: waba.id,
    clientId: waba.client_id,
    templates: ctx.state.templates.filter((t) => t.waba_account_id === waba.id),
  };
}

/** Templates of a WABA: list, create (validated, then reviewed after a delay), delete, sync. */
export const templateRoutes: Route[] = [
  {
    method: 'GET',
    pattern: base,
    handle(ctx) {
      rateLimit(ctx, 'templates:list', 400, 60_000);
      const { templates } = wabaTemplates(ctx);
      const page = listPage(templates.map(publicTemplate), ctx.url, {
        itemsKey: 'waba_templates',
        filters: [
          'id',
          'partner_id',
          'business_templates.name',
          'name',
          'status',
          'category',
          'language',
        ],
        sort: [
          'id',
          'business_templates.name',
          'name',
          'status',
          'category',
          'language',
          'created_at',
          'modified_at',
        ],
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
      const { wabaId, clientId, templates } = wabaTemplates(ctx);
      requireCapability(ctx, clientId, 'templates:write');
      rateLimit(ctx, `templates:create:${wabaId}`, 60, 60_000);
      const body = await ctx.body();
      // The same rules the SDK's template editor applies, so the editor and the "server" agree.
      const issues = validateTemplate(body).issues.filter((issue) => issue.severity === 'error');
      if (issues.length > 0) {
        throw new HubHttpError(
          400,
          'Wrong payload',
          issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`),
        );
      }
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
    method: 'DELETE',
    pattern: `${base}/:template_id`,
    handle(ctx) {
      const { clientId, templates } = wabaTemplates(ctx);
      requireCapability(ctx, clientId, 'templates:write');
      const target = templates.find((t) => t.id === ctx.params.template_id);
      if (!target) throw new HubHttpError(404, `Template ${ctx.params.template_id} not found`);
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
