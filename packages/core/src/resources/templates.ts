import * as z from 'zod/mini';
import type { QueryFetchOptions, QueryKey } from '../cache.js';
import { HubError, isHubError } from '../errors.js';
import { findItem, parseItems } from '../schemas/common.js';
import type { HubTransport } from '../http.js';
import { listQuery, paginate, toPage, type ListParams, type Page } from '../pagination.js';
import {
  templateListSchema,
  templateSchema,
  toMessageTemplate,
  toTemplateCreateBody,
  toTemplateUpdateBody,
  type CreateTemplateInput,
  type MessageTemplate,
  type MessageTemplateCategory,
  type MessageTemplateComponent,
  type MessageTemplateStatus,
  type UpdateTemplateInput,
} from '../schemas/template.js';

/** Equality filters for `templates.list`. */
export interface TemplateFilters {
  status?: MessageTemplateStatus;
  category?: MessageTemplateCategory;
  language?: string;
  /** Exact template name (all its languages). */
  name?: string;
}

/**
 * Fields `templates.list` can sort by: the ones the Hub documents. To order by date, sort the
 * fetched templates yourself (the template list element does, with `sortTemplateGroups`).
 */
export type TemplateSortField = 'name' | 'status' | 'category' | 'language';

/** Parameters of `templates.list`. */
export interface TemplateListParams extends ListParams<TemplateSortField> {
  filters?: TemplateFilters;
}

/** Message templates of a WhatsApp Business Account. */
export interface TemplatesResource {
  /** One page of a WABA's templates (each language is its own item). */
  list(
    wabaId: string,
    params?: TemplateListParams,
    options?: QueryFetchOptions,
  ): Promise<Page<MessageTemplate>>;
  /** Every matching template, page by page. */
  iterate(
    wabaId: string,
    params?: TemplateListParams,
  ): AsyncGenerator<MessageTemplate, void, undefined>;
  /** One template (one language); `not_found` if it does not exist. */
  get(wabaId: string, templateId: string, options?: QueryFetchOptions): Promise<MessageTemplate>;
  /** Submits a new template for review; it starts `PENDING`. Sent exactly once, never retried. */
  create(wabaId: string, input: CreateTemplateInput): Promise<MessageTemplate>;
  /**
   * Edits the content of one language of a template (`PATCH /v1/…/waba_templates/{id}`, as the
   * Hub's public caller does). Which statuses may be edited, and what an edit may change, follow
   * `templateEditRules` (approved, rejected and paused ones, among others); an approved one at
   * most once a day and ten times in 30 days. `draftToUpdateInput` builds the input from an
   * editor's draft. The edit goes back to review, and
   * the Hub answers only "200", so the template is read back afterwards (usually `PENDING`). Sent
   * exactly once, never retried.
   */
  update(wabaId: string, templateId: string, input: UpdateTemplateInput): Promise<MessageTemplate>;
  /** Deletes a template (Meta deletes every language of its name). */
  delete(wabaId: string, templateId: string): Promise<void>;
  /** Creates a new template from an existing one under a new name and/or language. */
  copy(
    wabaId: string,
    templateId: string,
    target: { name?: string; language?: string },
  ): Promise<MessageTemplate>;
  /** Adds a language to an existing template: same name and category, new text. */
  addLanguage(
    wabaId: string,
    templateId: string,
    translation: { language: string; components: MessageTemplateComponent[] },
  ): Promise<MessageTemplate>;
  /** Asks the Hub to re-read the WABA's templates from Meta, then refreshes cached lists. */
  sync(wabaId: string): Promise<void>;
  /** Cache keys of this resource. */
  readonly keys: {
    all(wabaId: string): QueryKey;
    list(wabaId: string, params?: TemplateListParams): QueryKey;
    get(wabaId: string, templateId: string): QueryKey;
  };
}

const route = 'waba_accounts/{waba_account_id}/waba_templates';
const endpoint = `GET /partners/{partner_id}/${route}`;

const sortFields: Record<TemplateSortField, string> = {
  name: 'business_templates.name',
  status: 'status',
  category: 'category',
  language: 'language',
};

function query(params: TemplateListParams) {
  const f = params.filters ?? {};
  return listQuery(
    {
      // The Hub stores statuses in lower case and categories in upper case.
      status: f.status?.toLowerCase(),
      category: f.category?.toUpperCase(),
      language: f.language,
      'business_templates.name': f.name,
    },
    params,
    sortFields,
  );
}

const keys = {
  all: (wabaId: string): QueryKey => ['templates', wabaId],
  list: (wabaId: string, params: TemplateListParams = {}): QueryKey => [
    'templates',
    wabaId,
    'list',
    params,
  ],
  get: (wabaId: string, templateId: string): QueryKey => ['templates', wabaId, 'get', templateId],
};

/** Creates the templates resource on a transport (what `client.templates` is). */
export function createTemplatesResource(transport: HubTransport): TemplatesResource {
  const { cache } = transport;

  const fetchPage = (wabaId: string, params: TemplateListParams, options?: QueryFetchOptions) =>
    transport.read(
      keys.list(wabaId, params),
      {
        route,
        params: { waba_account_id: wabaId },
        query: query(params),
        schema: templateListSchema,
      },
      (wire) => {
        const { items, skipped } = parseItems(wire.waba_templates, templateSchema);
        return toPage(items.map(toMessageTemplate), wire, skipped);
      },
      options,
    );

  const get = (wabaId: string, templateId: string, options?: QueryFetchOptions) =>
    transport.read(
      keys.get(wabaId, templateId),
      {
        route,
        params: { waba_account_id: wabaId },
        query: listQuery({ id: templateId }, { limit: 1 }, sortFields),
        schema: templateListSchema,
      },
      (wire) => {
        const found = findItem(wire.waba_templates, templateSchema, templateId, endpoint);
        if (!found) {
          throw new HubError({
            kind: 'not_found',
            message: 'This template could not be found. It may have been deleted.',
            status: 404,
            endpoint,
          });
        }
        return toMessageTemplate(found);
      },
      options,
    );

  /**
   * The template a create made. The Hub does not document its answer (a full template, or Meta's
   * `{id, status, category}`): a full one is used as it is, otherwise the template is read back by
   * its id or by its name and language. If that read fails too, the template still exists, so it
   * is returned as submitted (`PENDING`), never as a failure.
   */
  async function created(
    wabaId: string,
    input: CreateTemplateInput,
    answer: unknown,
  ): Promise<MessageTemplate> {
    const full = templateSchema.safeParse(answer);
    if (full.success) return toMessageTemplate(full.data);
    const raw = (answer as { id?: unknown } | null)?.id;
    const id = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : undefined;
    try {
      if (id !== undefined) return await get(wabaId, id);
      const page = await fetchPage(wabaId, {
        filters: { name: input.name, language: input.language },
        limit: 1,
      });
      if (page.items[0]) return page.items[0];
    } catch {
      // Falls through to the template as it was submitted.
    }
    return {
      id: id ?? '',
      wabaId,
      name: input.name,
      language: input.language,
      category: input.category,
      status: 'PENDING',
      components: input.components,
      rejectedReason: null,
      qualityScore: null,
      namespace: null,
      createdAt: new Date().toISOString(),
      modifiedAt: null,
    };
  }

  async function create(wabaId: string, input: CreateTemplateInput): Promise<MessageTemplate> {
    const answer = await transport
      .request({
        method: 'POST',
        route,
        params: { waba_account_id: wabaId },
        body: toTemplateCreateBody(input),
        schema: z.unknown(),
      })
      .catch((error: unknown) => {
        // A 2xx whose body is not JSON still made the template.
        const status = isHubError(error, 'invalid_response') ? error.status : undefined;
        if (status !== undefined && status >= 200 && status < 300) return undefined;
        throw error;
      });
    cache.invalidate([...keys.all(wabaId), 'list']);
    const template = await created(wabaId, input, answer);
    if (template.id) cache.set(keys.get(wabaId, template.id), template);
    return template;
  }

  return {
    keys,
    list: (wabaId, params = {}, options) => fetchPage(wabaId, params, options),
    iterate: (wabaId, params = {}) =>
      paginate((offset) => fetchPage(wabaId, { ...params, offset })),
    get,
    create,
    async update(wabaId, templateId, input) {
      await transport.request({
        method: 'PATCH',
        api: 'v1',
        route: `${route}/{template_id}`,
        params: { waba_account_id: wabaId, template_id: templateId },
        body: toTemplateUpdateBody(input),
        schema: z.unknown(),
        ignoreBody: true,
      });
      cache.invalidate([...keys.all(wabaId), 'list']);
      cache.invalidate(keys.get(wabaId, templateId));
      return get(wabaId, templateId);
    },
    async delete(wabaId, templateId) {
      await transport.request({
        method: 'DELETE',
        route: `${route}/{template_id}`,
        params: { waba_account_id: wabaId, template_id: templateId },
        schema: z.unknown(),
        ignoreBody: true,
      });
      // Deleting removes every language of the name, so every cached entry of the WABA may change.
      cache.invalidate(keys.all(wabaId));
    },
    async copy(wabaId, templateId, target) {
      const source = await get(wabaId, templateId);
      if (
        (target.name ?? source.name) === source.name &&
        (target.language ?? source.language) === source.language
      ) {
        throw new HubError({
          kind: 'invalid_request',
          message: 'A copy needs a new name or a new language.',
          fieldErrors: [{ path: 'name', message: 'same name and language as the original' }],
        });
      }
      return create(wabaId, {
        name: target.name ?? source.name,
        language: target.language ?? source.language,
        category: source.category as CreateTemplateInput['category'],
        components: source.components,
      });
    },
    async addLanguage(wabaId, templateId, translation) {
      const source = await get(wabaId, templateId);
      return create(wabaId, {
        name: source.name,
        language: translation.language,
        category: source.category as CreateTemplateInput['category'],
        components: translation.components,
      });
    },
    async sync(wabaId) {
      await transport.request({
        method: 'POST',
        route: `${route}/sync`,
        params: { waba_account_id: wabaId },
        schema: z.unknown(),
        ignoreBody: true,
      });
      cache.invalidate(keys.all(wabaId));
    },
  };
}
