import type { MessageTemplate } from '../schemas/template.js';
import { findTemplateLanguage } from './languages.js';
import { getTemplateStatusInfo, type TemplateAction } from './statuses.js';

/** All languages of one template name, as a template list shows them. */
export interface TemplateGroup {
  /** The name shared by every language. */
  readonly name: string;
  /** The category of the most recently changed language (Meta keeps one per name). */
  readonly category: string;
  /** Every language of the name, ordered by language code. */
  readonly templates: readonly MessageTemplate[];
  /** The latest `modifiedAt` (else `createdAt`) of any language, as an ISO timestamp. */
  readonly updatedAt: string;
}

/** What a template list can be narrowed to; empty or missing fields match everything. */
export interface TemplateListFilter {
  /** Words matched, case-insensitively, against the name, the language and the body text. */
  readonly query?: string;
  readonly status?: string;
  readonly category?: string;
  readonly language?: string;
}

/** How a template list can be ordered. */
export type TemplateListSort = 'name' | 'updated' | 'status' | 'category';

const updatedOf = (template: MessageTemplate): string => template.modifiedAt ?? template.createdAt;

function bodyText(template: MessageTemplate): string {
  const body = template.components.find((c) => c.type.toUpperCase() === 'BODY');
  return typeof body?.text === 'string' ? body.text : '';
}

function haystack(template: MessageTemplate): string {
  const language = findTemplateLanguage(template.language)?.name ?? '';
  return `${template.name} ${template.language} ${language} ${bodyText(template)}`.toLowerCase();
}

/**
 * The templates that pass `filter`. Every word of `query` must appear somewhere in the name,
 * language (code or label) or body text; status and category compare case-insensitively.
 *
 * @example
 * ```ts
 * filterTemplates(templates, { query: 'order', status: 'approved' });
 * ```
 */
export function filterTemplates(
  templates: readonly MessageTemplate[],
  filter: TemplateListFilter,
): MessageTemplate[] {
  const words = (filter.query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const status = filter.status?.toUpperCase();
  const category = filter.category?.toUpperCase();
  return templates.filter(
    (t) =>
      (!status || t.status.toUpperCase() === status) &&
      (!category || t.category.toUpperCase() === category) &&
      (!filter.language || t.language === filter.language) &&
      (words.length === 0 || words.every((word) => haystack(t).includes(word))),
  );
}

/**
 * Groups templates by name (each language is its own template in the API), keeping the order of
 * first appearance of each name.
 *
 * @example
 * ```ts
 * groupTemplatesByName(page.items).map((g) => g.templates.length); // languages per name
 * ```
 */
export function groupTemplatesByName(templates: readonly MessageTemplate[]): TemplateGroup[] {
  const byName = new Map<string, MessageTemplate[]>();
  for (const template of templates) {
    const list = byName.get(template.name);
    if (list) list.push(template);
    else byName.set(template.name, [template]);
  }
  return [...byName].map(([name, list]) => {
    const sorted = [...list].sort((a, b) => a.language.localeCompare(b.language));
    const latest = list.reduce((a, b) => (updatedOf(b) > updatedOf(a) ? b : a));
    return { name, category: latest.category, templates: sorted, updatedAt: updatedOf(latest) };
  });
}

// Statuses that need the user's attention come first when sorting by status.
const STATUS_RANK = ['REJECTED', 'DISABLED', 'PAUSED', 'FLAGGED', 'IN_APPEAL', 'PENDING'];

function statusRank(group: TemplateGroup): number {
  const ranks = group.templates.map((t) => {
    const rank = STATUS_RANK.indexOf(t.status.toUpperCase());
    return rank === -1 ? STATUS_RANK.length : rank;
  });
  return Math.min(...ranks);
}

/**
 * Orders groups: by name (A→Z), most recently `updated` first, by `status` (those needing
 * attention — rejected, disabled, paused — first) or by `category`; ties fall back to the name.
 * Returns a new array.
 *
 * @example
 * ```ts
 * sortTemplateGroups(groups, 'updated');
 * ```
 */
export function sortTemplateGroups(
  groups: readonly TemplateGroup[],
  sort: TemplateListSort,
): TemplateGroup[] {
  const byName = (a: TemplateGroup, b: TemplateGroup) => a.name.localeCompare(b.name);
  const compare: Record<TemplateListSort, (a: TemplateGroup, b: TemplateGroup) => number> = {
    name: byName,
    updated: (a, b) =>
      a.updatedAt === b.updatedAt ? byName(a, b) : a.updatedAt < b.updatedAt ? 1 : -1,
    status: (a, b) => statusRank(a) - statusRank(b) || byName(a, b),
    category: (a, b) => a.category.localeCompare(b.category) || byName(a, b),
  };
  return [...groups].sort(compare[sort]);
}

/** What a list offers for one template (one language). */
export type TemplateListAction = 'view' | 'edit' | 'copy' | 'add-language' | 'delete';

/**
 * The actions a list offers for `template`: viewing always; the status's own actions (edit,
 * delete) where its status allows them; copying and adding a language where a template has
 * content worth reusing (not while it is being deleted). Actions that change anything are offered
 * only with `canWrite` (the `templates:write` capability).
 *
 * @example
 * ```ts
 * templateListActions(template, can(permissions, 'templates:write'));
 * ```
 */
export function templateListActions(
  template: MessageTemplate,
  canWrite: boolean,
): TemplateListAction[] {
  if (!canWrite) return ['view'];
  const allowed: readonly TemplateAction[] = getTemplateStatusInfo(template.status)?.actions ?? [];
  const status = template.status.toUpperCase();
  const gone = status === 'DELETED' || status === 'PENDING_DELETION';
  const actions: TemplateListAction[] = ['view'];
  if (allowed.includes('edit')) actions.push('edit');
  if (!gone) actions.push('copy', 'add-language');
  if (allowed.includes('delete')) actions.push('delete');
  return actions;
}

/** The distinct languages of `templates`, sorted by code, for a language filter. */
export function templateLanguagesIn(templates: readonly MessageTemplate[]): string[] {
  return [...new Set(templates.map((t) => t.language))].sort();
}
