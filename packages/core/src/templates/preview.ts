import { normalizeTemplateCategory } from './categories.js';
import { readExampleValues } from './examples.js';
import { parseWhatsAppText } from './formatting.js';
import type { FormattedLine } from './formatting.js';
import { TEMPLATE_LIMITS } from './limits.js';
import { isRecord, upper } from './rules/context.js';
import type { ButtonType, MediaHeaderFormat, OtpType, TemplateCategory } from './types.js';
import { substituteVariables } from './variables.js';
import type { SampleValues } from './variables.js';

/** Values to show instead of the examples; any value left out falls back to the example. */
export interface PreviewValues {
  readonly header?: SampleValues;
  readonly body?: SampleValues;
  /** The variable part of URL buttons, by the button's index in the template. */
  readonly buttons?: Readonly<Record<number, string>>;
  /** Per carousel card, by card index. */
  readonly cards?: readonly { body?: SampleValues; buttons?: Readonly<Record<number, string>> }[];
  /** The one-time code shown in an authentication template. */
  readonly code?: string;
}

/**
 * The words WhatsApp adds itself. English by default; pass translations through
 * {@link PreviewOptions.strings} (WhatsApp localises them to the template's language).
 */
export interface PreviewStrings {
  readonly verificationCode: (code: string) => string;
  readonly securityRecommendation: string;
  readonly codeExpiry: (minutes: number) => string;
  readonly copyCode: string;
  readonly autofill: string;
  readonly copyOfferCode: string;
  readonly seeAllOptions: string;
  readonly sampleCode: string;
}

/** The English texts of {@link PreviewStrings}, as Meta's preview API writes them. */
export const PREVIEW_STRINGS: PreviewStrings = {
  verificationCode: (code) => `*${code}* is your verification code.`,
  securityRecommendation: 'For your security, do not share this code.',
  codeExpiry: (minutes) => `This code expires in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
  copyCode: 'Copy code',
  autofill: 'Autofill',
  copyOfferCode: 'Copy offer code',
  seeAllOptions: 'See all options',
  sampleCode: '123456',
};

/** Options of {@link previewTemplate}. */
export interface PreviewOptions {
  readonly strings?: Partial<PreviewStrings>;
}

/** What the header shows: text (never formatted), a media placeholder or a location. */
export type PreviewHeader =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'media'; readonly format: MediaHeaderFormat; readonly handle?: string }
  | { readonly type: 'location' };

/** One button as the bubble shows it. */
export interface PreviewButton {
  readonly type: ButtonType;
  readonly label: string;
  /** URL buttons: the link with its variable filled in. */
  readonly url?: string;
  /** Phone buttons: the number dialled. */
  readonly phoneNumber?: string;
  /** Copy-code buttons: the code copied. */
  readonly code?: string;
  /** OTP buttons: how the code is handed over. */
  readonly otpType?: OtpType;
}

/** One carousel card. */
export interface PreviewCard {
  readonly header: PreviewHeader | undefined;
  readonly body: FormattedLine[] | undefined;
  readonly buttons: PreviewButton[];
}

/** A render model of the chat bubble WhatsApp shows for a template. */
export interface TemplatePreview {
  readonly category: TemplateCategory | undefined;
  readonly header: PreviewHeader | undefined;
  /** The offer strip of a limited-time offer template. */
  readonly limitedTimeOffer: { readonly text: string; readonly hasExpiration: boolean } | undefined;
  /** The body after variables are filled in, parsed for WhatsApp formatting. */
  readonly body: FormattedLine[];
  /** The same body as plain text with its markers, e.g. for copying. */
  readonly bodyText: string;
  readonly footer: string | undefined;
  /** Every button, in the order WhatsApp shows them (the template's order). */
  readonly buttons: PreviewButton[];
  /** The buttons drawn under the bubble: all of them up to three, otherwise the first two. */
  readonly inlineButtons: PreviewButton[];
  /** The label of the extra button that opens the full list, when there are more than three. */
  readonly seeAllLabel: string | undefined;
  readonly carousel: PreviewCard[] | undefined;
  /**
   * True when WhatsApp's desktop clients cannot show the message (four or more buttons, a quick
   * reply mixed with other buttons, or a limited-time offer) and tell the user to open the phone.
   */
  readonly phoneOnly: boolean;
}

type Fields = Record<string, unknown>;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

function components(owner: unknown): Map<string, Fields> {
  const found = new Map<string, Fields>();
  const list = isRecord(owner) ? owner.components : undefined;
  if (!Array.isArray(list)) return found;
  for (const component of list) {
    const type = isRecord(component) ? upper(component.type) : undefined;
    if (type && !found.has(type)) found.set(type, component as Fields);
  }
  return found;
}

function fill(source: string, given: SampleValues | undefined, examples: SampleValues): string {
  return substituteVariables(source, (name) =>
    given && Object.hasOwn(given, name) ? given[name] : examples[name],
  );
}

function previewHeader(
  header: Fields | undefined,
  given: SampleValues | undefined,
): PreviewHeader | undefined {
  if (!header) return undefined;
  const format = upper(header.format);
  if (format === 'LOCATION') return { type: 'location' };
  if (format === 'TEXT') {
    const examples = readExampleValues(header, 'header_text', 'header_text_named_params');
    return { type: 'text', text: fill(text(header.text) ?? '', given, examples) };
  }
  if (format === 'IMAGE' || format === 'VIDEO' || format === 'DOCUMENT' || format === 'GIF') {
    const handles = isRecord(header.example) ? header.example.header_handle : undefined;
    const handle = Array.isArray(handles) ? text(handles[0]) : undefined;
    return handle === undefined ? { type: 'media', format } : { type: 'media', format, handle };
  }
  return undefined;
}

function previewButton(
  button: unknown,
  index: number,
  given: Readonly<Record<number, string>> | undefined,
  strings: PreviewStrings,
): PreviewButton | undefined {
  if (!isRecord(button)) return undefined;
  const type = upper(button.type) as ButtonType | undefined;
  if (!type) return undefined;
  const label = text(button.text) ?? '';
  switch (type) {
    case 'URL': {
      const example = Array.isArray(button.example) ? text(button.example[0]) : undefined;
      const url = text(button.url) ?? '';
      const variable = given?.[index] ?? example;
      // An example may be the whole URL or only the variable part (reference §14).
      const filled =
        variable === undefined
          ? url
          : /^[a-z][a-z0-9+.-]*:/i.test(variable)
            ? variable
            : substituteVariables(url, () => variable);
      return { type, label, url: filled };
    }
    case 'PHONE_NUMBER':
      return { type, label, phoneNumber: text(button.phone_number) ?? '' };
    case 'COPY_CODE':
      return { type, label: strings.copyOfferCode, code: text(button.example) ?? '' };
    case 'OTP': {
      const otpType = (upper(button.otp_type) ?? 'COPY_CODE') as OtpType;
      const autofill = otpType === 'ONE_TAP' || otpType === 'ZERO_TAP';
      return {
        type,
        otpType,
        label: autofill
          ? (text(button.autofill_text) ?? strings.autofill)
          : label || strings.copyCode,
      };
    }
    default:
      return { type, label };
  }
}

function previewButtons(
  component: Fields | undefined,
  given: Readonly<Record<number, string>> | undefined,
  strings: PreviewStrings,
): PreviewButton[] {
  const list = component?.buttons;
  if (!Array.isArray(list)) return [];
  const buttons: PreviewButton[] = [];
  list.forEach((button, index) => {
    const preview = previewButton(button, index, given, strings);
    if (preview) buttons.push(preview);
  });
  return buttons;
}

function previewCards(
  carousel: Fields | undefined,
  values: PreviewValues,
  strings: PreviewStrings,
): PreviewCard[] | undefined {
  if (!carousel || !Array.isArray(carousel.cards)) return undefined;
  return carousel.cards.map((card: unknown, index): PreviewCard => {
    const parts = components(card);
    const given = values.cards?.[index];
    const body = parts.get('BODY');
    const bodyText = body
      ? fill(
          text(body.text) ?? '',
          given?.body,
          readExampleValues(body, 'body_text', 'body_text_named_params'),
        )
      : undefined;
    return {
      header: previewHeader(parts.get('HEADER'), undefined),
      body: bodyText === undefined ? undefined : parseWhatsAppText(bodyText),
      buttons: previewButtons(parts.get('BUTTONS'), given?.buttons, strings),
    };
  });
}

function authenticationBody(body: Fields | undefined, values: PreviewValues, s: PreviewStrings) {
  const code = values.code ?? s.sampleCode;
  const security = body?.add_security_recommendation === true;
  return security
    ? `${s.verificationCode(code)} ${s.securityRecommendation}`
    : s.verificationCode(code);
}

function build(request: unknown, values: PreviewValues, strings: PreviewStrings): TemplatePreview {
  const category = isRecord(request)
    ? normalizeTemplateCategory(text(request.category) ?? '')
    : undefined;
  const parts = components(request);
  const body = parts.get('BODY');
  const footer = parts.get('FOOTER');
  const offer = parts.get('LIMITED_TIME_OFFER');
  const authentication = category === 'AUTHENTICATION';

  let bodyText: string;
  let footerText: string | undefined;
  if (authentication) {
    bodyText = authenticationBody(body, values, strings);
    const minutes = footer?.code_expiration_minutes;
    footerText = typeof minutes === 'number' ? strings.codeExpiry(minutes) : undefined;
  } else {
    const examples = body ? readExampleValues(body, 'body_text', 'body_text_named_params') : {};
    bodyText = fill(text(body?.text) ?? '', values.body, examples);
    footerText = text(footer?.text);
  }

  const buttons = previewButtons(parts.get('BUTTONS'), values.buttons, strings);
  const folded = buttons.length > TEMPLATE_LIMITS.buttonsShownInline;
  const quickReplies = buttons.filter((button) => button.type === 'QUICK_REPLY').length;
  const offerFields =
    offer && isRecord(offer.limited_time_offer) ? offer.limited_time_offer : undefined;

  return {
    category,
    header: authentication ? undefined : previewHeader(parts.get('HEADER'), values.header),
    limitedTimeOffer: offerFields
      ? { text: text(offerFields.text) ?? '', hasExpiration: offerFields.has_expiration === true }
      : undefined,
    body: parseWhatsAppText(bodyText),
    bodyText,
    footer: footerText,
    buttons,
    inlineButtons: folded ? buttons.slice(0, TEMPLATE_LIMITS.buttonsShownWhenFolded) : buttons,
    seeAllLabel: folded ? strings.seeAllOptions : undefined,
    carousel: previewCards(parts.get('CAROUSEL'), values, strings),
    phoneOnly: folded || (quickReplies > 0 && quickReplies < buttons.length) || offer !== undefined,
  };
}

/**
 * Builds the render model of the bubble WhatsApp shows for a template: the header (text with its
 * variables filled in, or the media kind, or a location), the body parsed for formatting after
 * the variables are filled in, the footer, the buttons with WhatsApp's folding of more than three
 * behind "See all options", carousel cards, a limited-time offer, and for authentication templates
 * the text WhatsApp supplies itself.
 *
 * Variables are filled from `values`, then from the template's examples; a variable with neither
 * is shown as written (`{{1}}`). It never throws: whatever is unreadable is left out.
 *
 * @example
 * ```ts
 * const preview = previewTemplate(request, { body: { '1': 'Ana' } });
 * preview.inlineButtons; // what to draw under the bubble
 * ```
 */
export function previewTemplate(
  request: unknown,
  values: PreviewValues = {},
  options: PreviewOptions = {},
): TemplatePreview {
  const strings = { ...PREVIEW_STRINGS, ...options.strings };
  try {
    return build(request, values, strings);
  } catch {
    // Only exotic objects (throwing getters, proxies) get here; show an empty bubble.
    return build(undefined, {}, strings);
  }
}
