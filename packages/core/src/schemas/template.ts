import * as z from 'zod/mini';
import { listEnvelope, maybe, timestampSchema } from './common.js';

/** One component of a template in Meta's JSON format (`HEADER`, `BODY`, `FOOTER`, `BUTTONS`, …). */
export const templateComponentSchema = z.looseObject({ type: z.string() });

/** A message template as the Partner API sends it. */
export const templateSchema = z.object({
  id: z.string(),
  waba_account_id: maybe(z.string()),
  name: z.string(),
  language: z.string(),
  category: z.string(),
  status: z.string(),
  components: z.array(templateComponentSchema),
  rejected_reason: maybe(z.string()),
  namespace: maybe(z.string()),
  quality_score: maybe(z.union([z.string(), z.object({ score: maybe(z.string()) })])),
  created_at: timestampSchema,
  modified_at: maybe(timestampSchema),
});

/** `GET /partners/{partner_id}/waba_accounts/{waba_account_id}/waba_templates`. */
export const templateListSchema = listEnvelope('waba_templates');

/** A component in Meta's JSON format; the template engine in `templates/` gives it structure. */
export type MessageTemplateComponent = { type: string } & Record<string, unknown>;

/**
 * Review state of a template, upper-case whatever case the Hub used. `CREATED`/`SUBMITTED` are
 * 360dialog's states before Meta's review; the rest are Meta's.
 */
export type MessageTemplateStatus =
  | 'CREATED'
  | 'SUBMITTED'
  | 'PENDING'
  | 'APPROVED'
  | 'REJECTED'
  | 'PAUSED'
  | 'DISABLED'
  | 'IN_APPEAL'
  | 'PENDING_DELETION'
  | 'DELETED'
  | 'LIMIT_EXCEEDED'
  | 'ARCHIVED'
  | (string & {});

/** Template category; legacy pre-2023 values pass through upper-cased. */
export type MessageTemplateCategory = 'MARKETING' | 'UTILITY' | 'AUTHENTICATION' | (string & {});

/** A WhatsApp message template in one language. */
export interface MessageTemplate {
  id: string;
  wabaId: string | null;
  /** Lower-case name shared by all languages of the template. */
  name: string;
  /** Meta language code, e.g. `en_US`. */
  language: string;
  category: MessageTemplateCategory;
  status: MessageTemplateStatus;
  components: MessageTemplateComponent[];
  /** Why Meta rejected it (e.g. `INVALID_FORMAT`); `null` unless rejected. */
  rejectedReason: string | null;
  /** Meta's quality rating (`GREEN`, `YELLOW`, `RED`, `UNKNOWN`), when the Hub reports one. */
  qualityScore: string | null;
  namespace: string | null;
  createdAt: string;
  modifiedAt: string | null;
}

/** What `templates.create` sends; mirrors Meta's create request in camelCase. */
export interface CreateTemplateInput {
  name: string;
  language: string;
  category: 'MARKETING' | 'UTILITY' | 'AUTHENTICATION';
  components: MessageTemplateComponent[];
  /** `positional` (`{{1}}`, the default) or `named` (`{{first_name}}`). */
  parameterFormat?: 'positional' | 'named';
  allowCategoryChange?: boolean;
  /** Time-to-live override in seconds. */
  messageSendTtlSeconds?: number;
}

/**
 * What `templates.update` sends: the content, as the Hub's only public caller of the edit sends
 * it. Name, language and category stay (the Hub refuses them in an edit); to change a category,
 * create the template anew.
 */
export interface UpdateTemplateInput {
  /** Replaces every component of the template (Meta replaces them wholesale). */
  components: MessageTemplateComponent[];
  /** Lets Meta re-categorise the template in review instead of rejecting it. */
  allowCategoryChange?: boolean;
}

/** Maps a wire template to a {@link MessageTemplate}. */
export function toMessageTemplate(wire: z.infer<typeof templateSchema>): MessageTemplate {
  const rejected = wire.rejected_reason;
  const quality = wire.quality_score;
  return {
    id: wire.id,
    wabaId: wire.waba_account_id ?? null,
    name: wire.name,
    language: wire.language,
    category: wire.category.toUpperCase(),
    status: wire.status.toUpperCase(),
    components: wire.components as MessageTemplateComponent[],
    rejectedReason: rejected && rejected.toUpperCase() !== 'NONE' ? rejected : null,
    qualityScore: (typeof quality === 'string' ? quality : quality?.score)?.toUpperCase() ?? null,
    namespace: wire.namespace ?? null,
    createdAt: wire.created_at,
    modifiedAt: wire.modified_at ?? null,
  };
}

/** The snake_case create body of {@link CreateTemplateInput}. */
export function toTemplateCreateBody(input: CreateTemplateInput): Record<string, unknown> {
  return {
    name: input.name,
    language: input.language,
    category: input.category,
    components: input.components,
    parameter_format: input.parameterFormat,
    allow_category_change: input.allowCategoryChange,
    message_send_ttl_seconds: input.messageSendTtlSeconds,
  };
}

/** The snake_case edit body of {@link UpdateTemplateInput}. */
export function toTemplateUpdateBody(input: UpdateTemplateInput): Record<string, unknown> {
  return { components: input.components, allow_category_change: input.allowCategoryChange };
}
