import type { IssueParams, TemplateIssueCode } from '../codes.js';
import type { ParameterFormat, TemplateCategory } from '../types.js';

/** A location in the request, as in {@link TemplateIssue.path}. */
export type Path = readonly (string | number)[];

/** What every rule needs to know about the template as a whole, and where it reports. */
export interface RuleContext {
  /** Undefined when the category itself is invalid: category gates are then skipped. */
  readonly category: TemplateCategory | undefined;
  readonly format: ParameterFormat;
  readonly limitedTimeOffer: boolean;
  report(code: TemplateIssueCode, path: Path, params?: IssueParams): void;
}

/** A plain object, as JSON objects are (arrays and null excluded). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The upper-cased value when it is a string: enum values are compared case-insensitively. */
export function upper(value: unknown): string | undefined {
  return typeof value === 'string' ? value.toUpperCase() : undefined;
}

const LABELS: Readonly<Record<string, string>> = {
  name: 'The template name',
  language: 'The language',
  category: 'The category',
  parameter_format: 'The parameter format',
  message_send_ttl_seconds: 'The time-to-live',
  allow_category_change: 'allow_category_change',
  components: 'The list of components',
  type: 'The type',
  format: 'The header format',
  text: 'The text',
  example: 'The example',
  header_text: 'The header example',
  header_text_named_params: 'The header examples',
  header_handle: 'The sample file',
  body_text: 'The body examples',
  body_text_named_params: 'The body examples',
  param_name: 'The variable name',
  buttons: 'The list of buttons',
  url: 'The URL',
  phone_number: 'The phone number',
  otp_type: 'The OTP type',
  autofill_text: 'The autofill text',
  supported_apps: 'The list of apps',
  package_name: 'The package name',
  signature_hash: 'The signature hash',
  zero_tap_terms_accepted: 'zero_tap_terms_accepted',
  add_security_recommendation: 'add_security_recommendation',
  code_expiration_minutes: 'The code expiry',
  cards: 'The list of cards',
  limited_time_offer: 'The offer',
  has_expiration: 'has_expiration',
};

/** The subject of a field sentence, e.g. `The URL` for `[…, 'url']`. */
export function fieldLabel(path: Path): string {
  const last = path[path.length - 1];
  if (typeof last === 'string') return LABELS[last] ?? `"${last}"`;
  return 'Each entry';
}

/** Reads a string field, reporting it when it is missing, empty or not a string. */
export function requiredString(
  ctx: RuleContext,
  owner: Record<string, unknown>,
  key: string,
  path: Path,
): string | undefined {
  const value = owner[key];
  const at = [...path, key];
  if (value === undefined || value === null || value === '') {
    ctx.report('field.required', at, { field: fieldLabel(at) });
    return undefined;
  }
  if (typeof value !== 'string') {
    ctx.report('field.wrong_type', at, { field: fieldLabel(at), expected: 'text' });
    return undefined;
  }
  return value;
}

/** Reads an optional string field, reporting only a value of the wrong type. */
export function optionalString(
  ctx: RuleContext,
  owner: Record<string, unknown>,
  key: string,
  path: Path,
): string | undefined {
  const value = owner[key];
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  const at = [...path, key];
  ctx.report('field.wrong_type', at, { field: fieldLabel(at), expected: 'text' });
  return undefined;
}

/** Reports an optional field that is present but not a boolean. */
export function optionalBoolean(
  ctx: RuleContext,
  owner: Record<string, unknown>,
  key: string,
  path: Path,
): boolean | undefined {
  const value = owner[key];
  if (value === undefined || typeof value === 'boolean') return value;
  const at = [...path, key];
  ctx.report('field.wrong_type', at, { field: fieldLabel(at), expected: 'true or false' });
  return undefined;
}

/** Reads an array field, reporting it when missing (if required) or not an array. */
export function arrayField(
  ctx: RuleContext,
  owner: Record<string, unknown>,
  key: string,
  path: Path,
  required: boolean,
): unknown[] | undefined {
  const value = owner[key];
  const at = [...path, key];
  if (value === undefined || value === null) {
    if (required) ctx.report('field.required', at, { field: fieldLabel(at) });
    return undefined;
  }
  if (!Array.isArray(value)) {
    ctx.report('field.wrong_type', at, { field: fieldLabel(at), expected: 'a list' });
    return undefined;
  }
  return value;
}
