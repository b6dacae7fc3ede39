import type { TemplateCategory } from './types.js';

/** Values interpolated into an issue message. */
export type IssueParams = Readonly<Record<string, string | number>>;

/**
 * Where a component, header format or button is not available: in templates of a category, in
 * limited-time offer templates, or on carousel cards. The `context` param of an issue.
 */
export type IssueContext = TemplateCategory | 'limited_time_offer' | 'carousel_card';

/** Which text an issue is about: the `part` param of the length issues. */
export type IssuePart = 'header' | 'body' | 'card_body';

/** What a code means: its fixed severity and how its English message is written. */
export interface IssueCodeInfo {
  readonly severity: 'error' | 'warning';
  /** An English sentence for logs and scripts; user interfaces translate the code instead. */
  readonly message: (params: IssueParams) => string;
}

const error = (message: (p: IssueParams) => string): IssueCodeInfo => ({
  severity: 'error',
  message,
});
const warning = (message: (p: IssueParams) => string): IssueCodeInfo => ({
  severity: 'warning',
  message,
});

const CONTEXTS: Readonly<Record<string, string>> = {
  limited_time_offer: 'limited-time offer templates',
  carousel_card: 'carousel cards',
};
const PARTS: Readonly<Record<string, string>> = { card_body: 'card body' };

/** The English words of a `context` param: `AUTHENTICATION` → `AUTHENTICATION templates`. */
const where = (context: string | number | undefined): string =>
  CONTEXTS[String(context)] ?? `${String(context)} templates`;
/** The English words of a `part` param. */
const part = (value: string | number | undefined): string => PARTS[String(value)] ?? String(value);

/**
 * Every code {@link validateTemplate} can report, with its severity and English message. Codes
 * are stable: a partner may key translations or analytics on them. The meaning of each code is
 * tabled in `docs/templates.md`.
 */
export const TEMPLATE_ISSUE_CODES = {
  'request.not_object': error(() => 'The template must be a JSON object.'),
  'request.unreadable': error(() => 'The template could not be read.'),
  'field.required': error((p) => `${p.field} is required.`),
  'field.wrong_type': error((p) => `${p.field} must be ${p.expected}.`),

  'name.too_long': error(
    (p) => `The name can have at most ${p.max} characters (it has ${p.length}).`,
  ),
  'name.invalid_characters': error(
    () => 'The name may contain only lowercase letters a–z, digits and underscores.',
  ),
  'language.unsupported': error((p) =>
    p.suggestion
      ? `"${p.language}" is not a supported language code; use "${p.suggestion}".`
      : `"${p.language}" is not a supported language code.`,
  ),
  'language.case': warning((p) => `Send the language code exactly as "${p.suggestion}".`),
  'category.unsupported': error(
    (p) => `"${p.category}" is not a category; use AUTHENTICATION, MARKETING or UTILITY.`,
  ),
  'parameter_format.unsupported': error(
    (p) => `"${p.format}" is not a parameter format; use POSITIONAL or NAMED.`,
  ),
  'ttl.out_of_range': error(
    (p) => `For ${p.category} templates the time-to-live must be ${p.range} seconds.`,
  ),
  'ttl.marketing_out_of_range': warning(
    (p) =>
      `Meta documents ${p.range} seconds for marketing templates sent through the Marketing Messages API.`,
  ),

  'component.unknown_type': error((p) => `"${p.type}" is not a component type.`),
  'component.duplicate': error((p) => `A template can have only one ${p.type} component.`),
  'component.not_allowed': error((p) => `${p.type} is not available in ${where(p.context)}.`),
  'components.body_missing': error(() => 'A template needs a BODY component.'),
  'components.order': warning(
    () => 'Put the components in the order header, limited-time offer, body, footer, buttons.',
  ),
  'carousel.top_level_component': warning(
    (p) => `Meta does not document a ${p.type} next to a carousel; it may be rejected.`,
  ),

  'header.format_unsupported': error((p) => `"${p.format}" is not a header format.`),
  'header.format_not_allowed': error(
    (p) => `A ${p.format} header is not available in ${where(p.context)}.`,
  ),
  'header.too_long': error(
    (p) => `The header can have at most ${p.max} characters (it has ${p.length}).`,
  ),
  'header.too_many_variables': error((p) => `The header can have at most ${p.max} variable.`),
  'header.formatting_characters': warning(
    () => 'Headers are shown without formatting; avoid *, _, ~ and ` in header text.',
  ),
  'header.newline': warning(() => 'Line breaks in a header are not supported by WhatsApp.'),
  'header.emoji': warning(() => 'Emojis in a header may be rejected.'),
  'header.media_example_missing': error(
    (p) => `A ${p.format} header needs a sample file (example.header_handle).`,
  ),

  'body.too_long': error(
    (p) =>
      `The ${part(p.part)} can have at most ${p.max} characters (it has ${p.length}${p.withExamples ? ' with the example values' : ''}).`,
  ),
  'text.too_long_with_examples': warning(
    (p) =>
      `With the example values the ${part(p.part)} has ${p.length} characters; messages over ${p.max} will fail to send.`,
  ),
  'authentication.custom_text': error(
    () => 'Authentication templates use the text WhatsApp provides; remove the custom text.',
  ),
  'footer.too_long': error(
    (p) => `The footer can have at most ${p.max} characters (it has ${p.length}).`,
  ),
  'footer.variable': error(() => 'The footer cannot contain variables.'),
  'footer.code_expiration_range': error(
    (p) => `The code expiry must be a whole number of minutes from ${p.min} to ${p.max}.`,
  ),

  'variable.malformed': error(
    (p) => `"${p.token}" is not a well-formed variable; write variables as {{1}} or {{name}}.`,
  ),
  'variable.invalid_name': error((p) =>
    p.format === 'NAMED'
      ? `"${p.token}" is not a valid variable; use lowercase letters and underscores, like {{first_name}}.`
      : `"${p.token}" is not a valid variable; use a number, like {{1}}.`,
  ),
  'variable.name_digits': warning(
    (p) =>
      `Meta documents variable names with letters and underscores only; "${p.token}" has digits.`,
  ),
  'variable.format_mismatch': error((p) =>
    p.format === 'NAMED'
      ? `This template uses named variables; replace "${p.token}" with a name like {{first_name}}.`
      : `This template uses numbered variables; replace "${p.token}" with a number like {{1}}.`,
  ),
  'variable.sequence': error((p) =>
    p.missing === '0'
      ? 'Variables are numbered from {{1}}; {{0}} is not allowed.'
      : `Variables must be numbered without gaps; {{${p.missing}}} is missing.`,
  ),
  'variable.leading_zero': warning((p) => `Write "${p.token}" without the leading zero.`),
  'variable.out_of_order': warning(
    (p) => `{{${p.number}}} appears before a lower-numbered variable.`,
  ),
  'variable.repeated': warning((p) => `"${p.token}" appears more than once.`),
  'variable.adjacent': error(
    () => 'Two variables are next to each other; put text or punctuation between them.',
  ),
  'variable.dangling': error((p) =>
    p.where === 'start'
      ? 'The text cannot start with a variable.'
      : 'The text cannot end with a variable.',
  ),
  'variable.ends_with_punctuation': warning(
    () =>
      'The text ends with a variable followed only by punctuation, which is sometimes rejected.',
  ),
  'variable.too_many_for_length': warning(
    (p) =>
      `${p.variables} variables need at least ${p.needed} other words around them; there are ${p.words}.`,
  ),

  'example.missing': error((p) =>
    p.name ? `Add an example value for {{${p.name}}}.` : 'Add example values for the variables.',
  ),
  'example.count_mismatch': error(
    (p) => `There are ${p.variables} variables but ${p.examples} example values.`,
  ),
  'example.unknown_name': error((p) => `The example "${p.name}" matches no variable in the text.`),
  'example.duplicate_name': error((p) => `The example "${p.name}" is given more than once.`),
  'example.empty': error(() => 'Example values cannot be empty.'),
  'example.unused': warning(() => 'This example is not used because the text has no variable.'),

  'buttons.empty': error(() => 'Add at least one button or remove the buttons.'),
  'buttons.too_many': error((p) => `A ${p.context} can have at most ${p.max} buttons.`),
  'buttons.type_limit': error((p) => `A template can have at most ${p.max} ${p.type} button(s).`),
  'buttons.grouping': error(
    () => 'Keep all quick-reply buttons together, before or after the other buttons.',
  ),
  'buttons.single_of_kind': warning((p) => `Only one ${p.type} button is expected.`),
  'button.unknown_type': error((p) => `"${p.type}" is not a button type.`),
  'button.type_not_allowed': error(
    (p) => `A ${p.type} button is not available in ${where(p.context)}.`,
  ),
  'button.type_not_listed': warning(
    (p) =>
      `Meta does not list ${p.type} buttons for ${where(p.context)}; the template may be rejected.`,
  ),
  'button.label_too_long': error(
    (p) => `The button text can have at most ${p.max} characters (it has ${p.length}).`,
  ),
  'button.label_ignored': warning(
    () => 'The label of this button is set by WhatsApp; your text is ignored.',
  ),
  'button.url_too_long': error(
    (p) => `The URL can have at most ${p.max} characters (it has ${p.length}).`,
  ),
  'button.url_variables': error((p) => `A URL can have at most ${p.max} variable.`),
  'button.url_variable_position': error(() => 'The variable must be at the end of the URL.'),
  'button.url_variable_name': warning(() => 'Write the URL variable as {{1}}.'),
  'button.url_whatsapp': warning(
    () => 'Links to WhatsApp itself (wa.me) are reported to be rejected.',
  ),
  'button.phone_too_long': error(
    (p) => `The phone number can have at most ${p.max} characters (it has ${p.length}).`,
  ),
  'button.copy_code_too_long': error(
    (p) => `The sample code can have at most ${p.max} characters (it has ${p.length}).`,
  ),
  'button.flow_target_missing': error(() => 'A flow button needs flow_id, flow_name or flow_json.'),

  'otp.count': error(() => 'Authentication templates need exactly one OTP button.'),
  'otp.type_unsupported': error(
    (p) => `"${p.otpType}" is not an OTP type; use COPY_CODE, ONE_TAP or ZERO_TAP.`,
  ),
  'otp.autofill_too_long': error(
    (p) => `The autofill text can have at most ${p.max} characters (it has ${p.length}).`,
  ),
  'otp.supported_apps_missing': error(
    () => 'One-tap and zero-tap buttons need the Android app (supported_apps).',
  ),
  'otp.supported_apps_too_many': error((p) => `List at most ${p.max} apps.`),
  'otp.package_name_invalid': error(
    (p) =>
      `The package name must have at least two dot-separated parts, each starting with a letter, using only letters, digits and underscores, at most ${p.max} characters.`,
  ),
  'otp.signature_hash_invalid': error(
    (p) =>
      `The signature hash must be exactly ${p.length} characters of letters, digits, +, / or =.`,
  ),
  'otp.deprecated_app_fields': warning(
    () => 'package_name and signature_hash on the button are deprecated; use supported_apps.',
  ),
  'otp.zero_tap_terms': error(() => 'Zero-tap buttons require zero_tap_terms_accepted: true.'),

  'carousel.card_count': error((p) => `A carousel needs from ${p.min} to ${p.max} cards.`),
  'carousel.card_header_missing': error(() => 'Every card needs an image or video header.'),
  'carousel.card_component': error((p) => `Cards cannot have a ${p.type} component.`),
  'carousel.cards_differ': error(
    () => 'All cards must have the same components and the same kinds of buttons.',
  ),
  'carousel.mixed_media': warning(() => 'Mixing image and video cards may be rejected.'),

  'limited_time_offer.text_too_long': error(
    (p) => `The offer text can have at most ${p.max} characters (it has ${p.length}).`,
  ),
  'limited_time_offer.url_button_missing': error(() => 'A limited-time offer needs a URL button.'),
} as const satisfies Record<string, IssueCodeInfo>;

/** Every code {@link validateTemplate} can report. */
export type TemplateIssueCode = keyof typeof TEMPLATE_ISSUE_CODES;
