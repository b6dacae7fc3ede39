import { isHubError } from '../errors.js';
import type {
  CreateTemplateInput,
  MessageTemplateComponent,
  UpdateTemplateInput,
} from '../schemas/template.js';
import {
  draftToRequest,
  requestToDraft,
  type TemplateContent,
  type TemplateDraft,
} from './draft.js';
import { fieldErrorsToIssues } from './issue-fields.js';
import { getTemplateStatusInfo } from './statuses.js';
import type { TemplateIssue } from './types.js';

/** Which editor flow a draft is prepared for. */
export type TemplateEditorMode = 'create' | 'edit' | 'copy' | 'add-language';

/** An editor flow, or `view`: the form only shows a template. */
export type TemplateFormMode = TemplateEditorMode | 'view';

/**
 * Why a part of the template form cannot be changed; elements turn the reason into a sentence.
 * - `view`: the form only shows the template.
 * - `permission`: the session lacks `templates:write`.
 * - `status`: the template's status rules out editing (see `getTemplateStatusInfo`).
 * - `fixed_after_create`: Meta never changes a template's name or language (reference §11.6).
 * - `shared_by_languages`: every language of a name shares the name and the category.
 * - `category_after_approval`: Meta keeps the category of approved content (reference §11.6).
 * - `edit_sends_content_only`: the Hub's edit takes the components only (`docs/api-assumptions.md`
 *   row 61), so nothing else can change in an edit.
 */
export type TemplateLockReason =
  | 'view'
  | 'permission'
  | 'status'
  | 'fixed_after_create'
  | 'shared_by_languages'
  | 'category_after_approval'
  | 'edit_sends_content_only';

/** Whether a part of the form may change, and if not, why. */
export type TemplateLock =
  { readonly locked: false } | { readonly locked: true; readonly reason: TemplateLockReason };

/** What the template form lets the user change. */
export interface TemplateEditRules {
  /** Header, body, footer, buttons and the rest of the content; locked, it locks everything. */
  readonly content: TemplateLock;
  readonly name: TemplateLock;
  readonly language: TemplateLock;
  readonly category: TemplateLock;
  /** Positional (`{{1}}`) or named (`{{first_name}}`) variables. */
  readonly parameterFormat: TemplateLock;
}

/** What {@link templateEditRules} decides from. */
export interface TemplateEditContext {
  readonly mode: TemplateFormMode;
  /** The status of the template being edited; only `edit` reads it. */
  readonly status?: string | undefined;
  /** Whether the session may change templates (the `templates:write` capability). */
  readonly canWrite: boolean;
}

const open: TemplateLock = { locked: false };
const lock = (reason: TemplateLockReason): TemplateLock => ({ locked: true, reason });

/**
 * Decides what the template form lets the user change, for a mode, a status and the session's
 * permission: one rule table for every editor (the element, a React form, a script).
 *
 * - `create` and `copy` make a new template: everything may change.
 * - `add-language` adds a language to a name: name and category are the name's.
 * - `edit` changes the content of one language, in the statuses that allow editing: name and
 *   language never change, the category of approved content never does, and the Hub's edit sends
 *   nothing but the components.
 * - `view`, or no `templates:write`: nothing may change.
 *
 * @example
 * ```ts
 * templateEditRules({ mode: 'edit', status: 'APPROVED', canWrite: true }).category;
 * // { locked: true, reason: 'category_after_approval' }
 * ```
 */
export function templateEditRules(context: TemplateEditContext): TemplateEditRules {
  const { mode } = context;
  const info = mode === 'edit' ? getTemplateStatusInfo(context.status ?? '') : undefined;
  const content =
    mode === 'view'
      ? lock('view')
      : !context.canWrite
        ? lock('permission')
        : mode === 'edit' && !info?.actions.includes('edit')
          ? lock('status')
          : open;
  if (content.locked) {
    return {
      content,
      name: content,
      language: content,
      category: content,
      parameterFormat: content,
    };
  }
  if (mode === 'edit') {
    return {
      content,
      name: lock('fixed_after_create'),
      language: lock('fixed_after_create'),
      category: lock(info?.approved ? 'category_after_approval' : 'edit_sends_content_only'),
      parameterFormat: lock('edit_sends_content_only'),
    };
  }
  const shared = mode === 'add-language' ? lock('shared_by_languages') : open;
  return { content, name: shared, language: open, category: shared, parameterFormat: open };
}

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
 * The draft an editor starts from for a template read through `client.templates`, prepared for
 * `mode` (see {@link draftForMode}). Only the name, language, category and components are read.
 *
 * @example
 * ```ts
 * templateToDraft(template, 'copy').name; // 'order_update_copy'
 * ```
 */
export function templateToDraft(
  template: TemplateContent,
  mode: TemplateEditorMode,
): TemplateDraft {
  const { name, language, category, components } = template;
  return draftForMode(requestToDraft({ name, language, category, components }), mode);
}

// Components as the resource takes them: plain JSON objects in Meta's format.
const componentsOf = (draft: TemplateDraft): MessageTemplateComponent[] =>
  draftToRequest(draft).components.map((component) => ({ ...component }));

/**
 * What `client.templates.create` takes for a draft: the components built from the draft's
 * samples, and the options the draft sets.
 *
 * @example
 * ```ts
 * await client.templates.create(wabaId, draftToCreateInput(draft));
 * ```
 */
export function draftToCreateInput(draft: TemplateDraft): CreateTemplateInput {
  const { parameterFormat, allowCategoryChange, messageSendTtlSeconds } = draft;
  return {
    name: draft.name,
    language: draft.language,
    category: draft.category,
    components: componentsOf(draft),
    ...(parameterFormat && {
      parameterFormat: parameterFormat === 'NAMED' ? 'named' : 'positional',
    }),
    ...(allowCategoryChange !== undefined && { allowCategoryChange }),
    ...(messageSendTtlSeconds !== undefined && { messageSendTtlSeconds }),
  };
}

/**
 * What `client.templates.update` takes for a draft: its content. The name, language and category
 * stay the template's (see {@link templateEditRules}).
 *
 * @example
 * ```ts
 * await client.templates.update(wabaId, template.id, draftToUpdateInput(draft));
 * ```
 */
export function draftToUpdateInput(draft: TemplateDraft): UpdateTemplateInput {
  const { allowCategoryChange } = draft;
  return {
    components: componentsOf(draft),
    ...(allowCategoryChange !== undefined && { allowCategoryChange }),
  };
}

/**
 * The issues a failed submit puts on the form's fields: a clash with an existing template
 * (`conflict`) on the name, or on the language when adding a language (the name is fixed there),
 * with the code `server.conflict`; the Hub's field details of a refused payload with the code
 * `server`, each on its field. Other failures have no field: `[]`.
 *
 * @example
 * ```ts
 * submitErrorIssues(error, 'create')[0]?.path; // ['name'] after a 409
 * ```
 */
export function submitErrorIssues(error: unknown, mode: TemplateEditorMode): TemplateIssue[] {
  if (!isHubError(error)) return [];
  if (error.kind !== 'conflict') return fieldErrorsToIssues(error.fieldErrors);
  return [
    {
      path: [mode === 'add-language' ? 'language' : 'name'],
      code: 'server.conflict',
      message: error.developerMessage ?? error.message,
      severity: 'error',
    },
  ];
}
