import * as z from 'zod/mini';
import type { TemplateDraft } from './draft.js';
import type { TemplateEditorMode } from './editing.js';

const extra = z.optional(z.record(z.string(), z.unknown()));
const samples = z.record(z.string(), z.string());

const header = z.union([
  z.object({ format: z.literal('TEXT'), text: z.string(), samples, extra }),
  z.object({
    format: z.enum(['IMAGE', 'VIDEO', 'DOCUMENT', 'GIF']),
    handles: z.array(z.string()),
    extra,
  }),
  z.object({ format: z.literal('LOCATION'), extra }),
]);

const body = z.object({
  text: z.string(),
  samples,
  addSecurityRecommendation: z.optional(z.boolean()),
  extra,
});

const text = z.optional(z.string());
const button = z.object({
  type: z.enum([
    'QUICK_REPLY',
    'URL',
    'PHONE_NUMBER',
    'COPY_CODE',
    'OTP',
    'FLOW',
    'MPM',
    'CATALOG',
    'SPM',
    'VOICE_CALL',
  ]),
  text,
  url: text,
  urlExample: text,
  phoneNumber: text,
  code: text,
  otpType: z.optional(z.enum(['COPY_CODE', 'ONE_TAP', 'ZERO_TAP'])),
  autofillText: text,
  supportedApps: z.optional(
    z.array(z.object({ packageName: z.string(), signatureHash: z.string() })),
  ),
  zeroTapTermsAccepted: z.optional(z.boolean()),
  flowId: text,
  flowName: text,
  flowJson: text,
  flowAction: text,
  navigateScreen: text,
  extra,
});

const card = z.object({
  header: z.optional(header),
  body: z.optional(body),
  buttons: z.array(button),
  extra,
});

/** A draft as the editor writes it to storage, checked field by field. */
const storedDraftSchema = z.object({
  name: z.string(),
  language: z.string(),
  category: z.enum(['AUTHENTICATION', 'MARKETING', 'UTILITY']),
  parameterFormat: z.optional(z.enum(['POSITIONAL', 'NAMED'])),
  messageSendTtlSeconds: z.optional(z.number()),
  allowCategoryChange: z.optional(z.boolean()),
  header: z.optional(header),
  limitedTimeOffer: z.optional(
    z.object({ text: z.string(), hasExpiration: z.optional(z.boolean()), extra }),
  ),
  body,
  footer: z.optional(
    z.object({ text: z.string(), codeExpirationMinutes: z.optional(z.number()), extra }),
  ),
  buttons: z.array(button),
  carousel: z.optional(z.object({ cards: z.array(card), extra })),
  extra,
});

type Stored = z.infer<typeof storedDraftSchema>;

// JSON drops the keys of parts left out; the draft model keeps them, as `undefined`.
function toDraft(stored: Stored): TemplateDraft {
  const { carousel } = stored;
  return {
    header: undefined,
    limitedTimeOffer: undefined,
    footer: undefined,
    ...stored,
    carousel: carousel && {
      ...carousel,
      cards: carousel.cards.map((card) => ({ header: undefined, body: undefined, ...card })),
    },
  };
}

/**
 * What was found under a draft's storage key: a draft, nothing, or something that is not a
 * draft (`not_json`, or `not_a_draft` with the problems found, `path: message` each). Storage is
 * shared with the page, so its content is never trusted blindly; an unreadable entry counts as no
 * draft, and the reason is for whoever debugs it.
 */
export type StoredDraftRead =
  | { readonly status: 'draft'; readonly draft: TemplateDraft }
  | { readonly status: 'none' }
  | {
      readonly status: 'unreadable';
      readonly reason: 'not_json' | 'not_a_draft';
      readonly issues: readonly string[];
    };

/**
 * Reads a stored draft back. Never throws: a missing entry is `none`, a corrupt or foreign one
 * `unreadable` with the reason.
 *
 * @example
 * ```ts
 * const read = readStoredDraft(localStorage.getItem(key));
 * if (read.status === 'draft') offer(read.draft);
 * ```
 */
export function readStoredDraft(json: string | null): StoredDraftRead {
  if (json === null || json === '') return { status: 'none' };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { status: 'unreadable', reason: 'not_json', issues: [String(error)] };
  }
  const result = storedDraftSchema.safeParse(value);
  if (result.success) return { status: 'draft', draft: toDraft(result.data) };
  return {
    status: 'unreadable',
    reason: 'not_a_draft',
    issues: result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
  };
}

/**
 * The `localStorage` key of the unsaved draft for one WABA and one editor target, so drafts of
 * different accounts and templates never overwrite each other.
 *
 * @example
 * ```ts
 * templateDraftKey('bNapoWA', 'create'); // 'hub-template-draft:bNapoWA:create'
 * ```
 */
export function templateDraftKey(
  wabaId: string,
  mode: TemplateEditorMode,
  name = '',
  language = '',
): string {
  const target = mode === 'create' ? '' : `:${name}:${language}`;
  return `hub-template-draft:${wabaId}:${mode}${target}`;
}
