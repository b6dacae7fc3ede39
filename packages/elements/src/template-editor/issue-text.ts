import type { TemplateIssue } from '@hub/core';
import type { MessageKey } from '../base/messages.js';
import type { MessageParams } from '../base/localize.js';
import { templateMessages } from '../template-list/template-messages.js';
import { templateEditorMessages } from './messages.js';

/** The translate function of the element. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

type Params = NonNullable<TemplateIssue['params']>;

const isKey = (key: string): key is MessageKey =>
  key in templateEditorMessages || key in templateMessages;

/** The catalog's words for a code of `@hub/core` under `prefix`, else the code itself. */
function word(t: Translate, prefix: string, value: string | number | undefined): string {
  const key = `${prefix}.${String(value)}`;
  return isKey(key) ? t(key) : String(value);
}

// Codes whose sentence depends on a param have one catalog key per form.
const VARIANTS: Readonly<Record<string, (p: Params) => string | undefined>> = {
  'language.unsupported': (p) => (p.suggestion ? 'suggestion' : undefined),
  'variable.invalid_name': (p) => (p.format === 'NAMED' ? 'named' : undefined),
  'variable.format_mismatch': (p) => (p.format === 'NAMED' ? 'named' : undefined),
  'variable.sequence': (p) => (String(p.missing) === '0' ? 'zero' : undefined),
  'variable.dangling': (p) => (p.where === 'start' ? 'start' : 'end'),
  'example.missing': (p) => (p.name ? 'one' : undefined),
  'body.too_long': (p) => (p.withExamples ? 'examples' : undefined),
  'buttons.too_many': (p) => (p.context === 'card' ? 'card' : undefined),
};

/** What `type` names in an issue: a button type for button issues, else a template section. */
function typeWord(t: Translate, code: string, type: string | number): string {
  return code.startsWith('button')
    ? word(t, 'templateEditor.buttonType', type)
    : word(t, 'templateEditor.issueSection', type);
}

/** The subject of a `field.*` issue: the last key of its path (`url` → "The URL"). */
function fieldWord(t: Translate, path: TemplateIssue['path']): string {
  const last = path[path.length - 1];
  if (typeof last !== 'string') return t('templateEditor.issueField.entry');
  const key = `templateEditor.issueField.${last}`;
  return isKey(key) ? t(key) : `“${last}”`;
}

/** The params of an issue with every code in them put into words. */
function words(t: Translate, issue: TemplateIssue, params: Params): MessageParams {
  const { code } = issue;
  const out: Record<string, string | number> = { ...params };
  if (params.max !== undefined) out.count = params.max;
  if (params.context !== undefined && code !== 'buttons.too_many') {
    out.context = word(t, 'templateEditor.issueContext', params.context);
  }
  if (params.part !== undefined) out.part = word(t, 'templateEditor.issuePart', params.part);
  if (params.type !== undefined && !code.endsWith('unknown_type')) {
    out.type = typeWord(t, code, params.type);
  }
  if (params.format !== undefined && code.startsWith('header.')) {
    out.format = word(t, 'templateEditor.headerFormat', params.format);
  }
  if (params.category !== undefined && code.startsWith('ttl.')) {
    out.category = word(t, 'templateList.category', params.category);
  }
  if (code.startsWith('field.')) out.field = fieldWord(t, issue.path);
  return out;
}

/**
 * The sentence for an issue in the user's language. `@hub/core` reports codes with params; the
 * words are the catalog's. A refusal the Hub explained itself (`server`) shows the Hub's words; a
 * code this version has no words for reads "Unknown (CODE)".
 */
export function issueText(t: Translate, issue: TemplateIssue): string {
  if (issue.code === 'server') return issue.message;
  if (issue.code === 'server.conflict') return t('templateEditor.conflict');
  const params = issue.params ?? {};
  const variant = VARIANTS[issue.code]?.(params);
  const key = `templateEditor.issue.${issue.code}${variant ? `.${variant}` : ''}`;
  if (!isKey(key)) return t('common.unknownValue', { value: issue.code });
  return t(key, words(t, issue, params));
}
