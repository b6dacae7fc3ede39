import type { MessageTemplate, MessageTemplateComponent } from '../schemas/template.js';
import { readExampleValues } from './examples.js';
import { isRecord, upper } from './rules/context.js';
import type {
  ButtonType,
  HeaderFormat,
  MediaHeaderFormat,
  OtpType,
  ParameterFormat,
  TemplateButton,
  TemplateCategory,
  TemplateComponent,
  TemplateCreateRequest,
} from './types.js';
import { buildBodyExample, buildHeaderExample } from './variables.js';

/** Fields the draft does not model, kept so that nothing is lost on the way back. */
export type DraftExtra = Record<string, unknown>;

/** A header in the editor: text with its sample values, a media kind with its handle(s), or a location. */
export type DraftHeader =
  | { format: 'TEXT'; text: string; samples: Record<string, string>; extra?: DraftExtra }
  | { format: MediaHeaderFormat; handles: string[]; extra?: DraftExtra }
  | { format: 'LOCATION'; extra?: DraftExtra };

/** The body in the editor. Authentication bodies have an empty `text`. */
export interface DraftBody {
  text: string;
  /** Sample value per variable name (`'1'`, `'first_name'`), written to the `example` field. */
  samples: Record<string, string>;
  addSecurityRecommendation?: boolean;
  extra?: DraftExtra;
}

/** The footer in the editor; authentication footers only set the code expiry. */
export interface DraftFooter {
  text: string;
  codeExpirationMinutes?: number;
  extra?: DraftExtra;
}

/** An Android app of a one-tap or zero-tap button. */
export interface DraftSupportedApp {
  packageName: string;
  signatureHash: string;
}

/** A button in the editor; which fields apply depends on `type`, as in the request. */
export interface DraftButton {
  type: ButtonType;
  text?: string;
  url?: string;
  /** URL buttons: the example of the URL's variable (the request's one-item `example`). */
  urlExample?: string;
  phoneNumber?: string;
  /** Copy-code buttons: the sample code (the request's string `example`). */
  code?: string;
  otpType?: OtpType;
  autofillText?: string;
  supportedApps?: DraftSupportedApp[];
  zeroTapTermsAccepted?: boolean;
  flowId?: string;
  flowName?: string;
  flowJson?: string;
  flowAction?: string;
  navigateScreen?: string;
  extra?: DraftExtra;
}

/** A carousel card in the editor. */
export interface DraftCard {
  header: DraftHeader | undefined;
  body: DraftBody | undefined;
  buttons: DraftButton[];
  extra?: DraftExtra;
}

/**
 * The editor's model of a template: camelCase, one field per thing the user edits, sample values
 * as a map. Convert with {@link requestToDraft} and {@link draftToRequest}.
 */
export interface TemplateDraft {
  name: string;
  language: string;
  category: TemplateCategory;
  /** Undefined means the platform's default, positional. */
  parameterFormat?: ParameterFormat;
  messageSendTtlSeconds?: number;
  allowCategoryChange?: boolean;
  header: DraftHeader | undefined;
  limitedTimeOffer: { text: string; hasExpiration?: boolean; extra?: DraftExtra } | undefined;
  body: DraftBody;
  footer: DraftFooter | undefined;
  buttons: DraftButton[];
  carousel: { cards: DraftCard[]; extra?: DraftExtra } | undefined;
  extra?: DraftExtra;
}

/** What a draft is read from in a template read through `client.templates`. */
export type TemplateContent = Pick<
  MessageTemplate,
  'name' | 'language' | 'category' | 'components'
>;

type Fields = Record<string, unknown>;
/** A component being built: a JSON object with its `type`, checked by the validator, not here. */
type Built = MessageTemplateComponent;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function withExtra<T extends object>(target: T, source: Fields, known: readonly string[]): T {
  const extra: DraftExtra = {};
  for (const key of Object.keys(source)) if (!known.includes(key)) extra[key] = source[key];
  return Object.keys(extra).length > 0 ? { ...target, extra } : target;
}

function setIf<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined) {
  if (value !== undefined) target[key] = value;
}

const BUTTON_FIELDS: readonly (readonly [string, keyof DraftButton])[] = [
  ['text', 'text'],
  ['url', 'url'],
  ['phone_number', 'phoneNumber'],
  ['autofill_text', 'autofillText'],
  ['zero_tap_terms_accepted', 'zeroTapTermsAccepted'],
  ['flow_id', 'flowId'],
  ['flow_name', 'flowName'],
  ['flow_json', 'flowJson'],
  ['flow_action', 'flowAction'],
  ['navigate_screen', 'navigateScreen'],
];
const BUTTON_KNOWN = [
  'type',
  'example',
  'otp_type',
  'supported_apps',
  ...BUTTON_FIELDS.map(([wire]) => wire),
];

function buttonToDraft(button: Fields): DraftButton {
  const type = (upper(button.type) ?? '') as ButtonType;
  const draft: DraftButton = { type };
  const fields = draft as unknown as Record<string, unknown>;
  for (const [wire, key] of BUTTON_FIELDS)
    if (button[wire] !== undefined) fields[key] = button[wire];
  const known = [...BUTTON_KNOWN];
  if (type === 'URL' && Array.isArray(button.example) && button.example.length === 1) {
    draft.urlExample = str(button.example[0]);
  } else if (type === 'COPY_CODE' && typeof button.example === 'string') {
    draft.code = button.example;
  } else {
    known.splice(known.indexOf('example'), 1);
  }
  setIf(draft, 'otpType', upper(button.otp_type) as OtpType | undefined);
  if (Array.isArray(button.supported_apps)) {
    draft.supportedApps = button.supported_apps.map((app: unknown) => ({
      packageName: str(isRecord(app) ? app.package_name : undefined),
      signatureHash: str(isRecord(app) ? app.signature_hash : undefined),
    }));
  }
  return withExtra(draft, button, known);
}

function buttonToRequest(draft: DraftButton): TemplateButton {
  const button: TemplateButton = { ...draft.extra, type: draft.type };
  const fields = draft as unknown as Record<string, unknown>;
  for (const [wire, key] of BUTTON_FIELDS)
    if (fields[key] !== undefined) button[wire] = fields[key];
  if (draft.urlExample !== undefined) button.example = [draft.urlExample];
  if (draft.code !== undefined) button.example = draft.code;
  if (draft.otpType !== undefined) button.otp_type = draft.otpType;
  if (draft.supportedApps) {
    button.supported_apps = draft.supportedApps.map((app) => ({
      package_name: app.packageName,
      signature_hash: app.signatureHash,
    }));
  }
  return button;
}

function headerToDraft(header: Fields): DraftHeader {
  const format = (upper(header.format) ?? 'TEXT') as HeaderFormat;
  if (format === 'LOCATION') return withExtra({ format }, header, ['type', 'format']);
  if (format === 'TEXT') {
    const samples = { ...readExampleValues(header, 'header_text', 'header_text_named_params') };
    return withExtra({ format, text: str(header.text), samples }, header, [
      'type',
      'format',
      'text',
      'example',
    ]);
  }
  const handles = isRecord(header.example) ? header.example.header_handle : undefined;
  return withExtra({ format, handles: Array.isArray(handles) ? handles.map(str) : [] }, header, [
    'type',
    'format',
    'example',
  ]);
}

function headerToRequest(
  draft: DraftHeader,
  format: ParameterFormat | undefined,
): TemplateComponent {
  const header: Built = { ...draft.extra, type: 'HEADER', format: draft.format };
  if (draft.format === 'TEXT') {
    header.text = draft.text;
    const example = buildHeaderExample(draft.text, draft.samples, format);
    if (example) header.example = example;
  } else if (draft.format !== 'LOCATION') {
    header.example = { header_handle: [...draft.handles] };
  }
  return header as TemplateComponent;
}

function bodyToDraft(body: Fields): DraftBody {
  const draft: DraftBody = {
    text: str(body.text),
    samples: { ...readExampleValues(body, 'body_text', 'body_text_named_params') },
  };
  if (typeof body.add_security_recommendation === 'boolean') {
    draft.addSecurityRecommendation = body.add_security_recommendation;
  }
  return withExtra(draft, body, ['type', 'text', 'example', 'add_security_recommendation']);
}

function bodyToRequest(draft: DraftBody, format: ParameterFormat | undefined): TemplateComponent {
  const body: Built = { ...draft.extra, type: 'BODY' };
  if (draft.text !== '') body.text = draft.text;
  const example = buildBodyExample(draft.text, draft.samples, format);
  if (example) body.example = example;
  setIf(body, 'add_security_recommendation', draft.addSecurityRecommendation);
  return body as TemplateComponent;
}

function buttonsOf(component: Fields | undefined): DraftButton[] {
  const list = component?.buttons;
  return Array.isArray(list) ? list.filter(isRecord).map(buttonToDraft) : [];
}

function byType(components: unknown): Map<string, Fields> {
  const found = new Map<string, Fields>();
  if (!Array.isArray(components)) return found;
  for (const component of components) {
    const type = isRecord(component) ? upper(component.type) : undefined;
    if (type && !found.has(type)) found.set(type, component as Fields);
  }
  return found;
}

function cardToDraft(card: Fields): DraftCard {
  const parts = byType(card.components);
  const header = parts.get('HEADER');
  const body = parts.get('BODY');
  return withExtra(
    {
      header: header && headerToDraft(header),
      body: body && bodyToDraft(body),
      buttons: buttonsOf(parts.get('BUTTONS')),
    },
    card,
    ['components'],
  );
}

function cardToRequest(card: DraftCard, format: ParameterFormat | undefined): Fields {
  const components: TemplateComponent[] = [];
  if (card.header) components.push(headerToRequest(card.header, format));
  if (card.body) components.push(bodyToRequest(card.body, format));
  if (card.buttons.length > 0) {
    components.push({ type: 'BUTTONS', buttons: card.buttons.map(buttonToRequest) });
  }
  return { ...card.extra, components };
}

const TOP_LEVEL = [
  'name',
  'language',
  'category',
  'parameter_format',
  'message_send_ttl_seconds',
  'allow_category_change',
  'components',
];

/**
 * Reads a create request (or a template as the API returns it) into the editor's draft model.
 * Fields the draft does not model (on the template, its header, offer, body, footer, buttons and
 * cards) are kept in `extra`, so {@link draftToRequest} gives back every
 * valid template unchanged, apart from canonical spelling: enum values in upper case, components
 * in the order header, offer, body, carousel, footer, buttons, and positional body examples in
 * the nested form.
 *
 * @example
 * ```ts
 * const draft = requestToDraft(template);
 * draft.body.samples; // { '1': 'Ana' }
 * ```
 */
export function requestToDraft(request: TemplateCreateRequest | TemplateContent): TemplateDraft {
  const source: Fields = isRecord(request) ? request : {};
  const parts = byType(source.components);
  const header = parts.get('HEADER');
  const offer = parts.get('LIMITED_TIME_OFFER');
  const footer = parts.get('FOOTER');
  const buttons = parts.get('BUTTONS');
  const carousel = parts.get('CAROUSEL');
  const offerFields = offer && isRecord(offer.limited_time_offer) ? offer.limited_time_offer : {};

  const draft: TemplateDraft = {
    name: str(source.name),
    language: str(source.language),
    category: (upper(source.category) ?? '') as TemplateCategory,
    header: header && headerToDraft(header),
    limitedTimeOffer:
      offer &&
      withExtra(
        {
          text: str(offerFields.text),
          ...(typeof offerFields.has_expiration === 'boolean'
            ? { hasExpiration: offerFields.has_expiration }
            : {}),
        },
        offer,
        ['type', 'limited_time_offer'],
      ),
    body: bodyToDraft(parts.get('BODY') ?? {}),
    footer:
      footer &&
      withExtra(
        {
          text: str(footer.text),
          ...(typeof footer.code_expiration_minutes === 'number'
            ? { codeExpirationMinutes: footer.code_expiration_minutes }
            : {}),
        },
        footer,
        ['type', 'text', 'code_expiration_minutes'],
      ),
    buttons: buttonsOf(buttons),
    carousel:
      carousel &&
      withExtra(
        {
          cards: Array.isArray(carousel.cards)
            ? carousel.cards.filter(isRecord).map(cardToDraft)
            : [],
        },
        carousel,
        ['type', 'cards'],
      ),
  };
  setIf(draft, 'parameterFormat', upper(source.parameter_format) as ParameterFormat | undefined);
  if (typeof source.message_send_ttl_seconds === 'number') {
    draft.messageSendTtlSeconds = source.message_send_ttl_seconds;
  }
  if (typeof source.allow_category_change === 'boolean') {
    draft.allowCategoryChange = source.allow_category_change;
  }
  return withExtra(draft, source, TOP_LEVEL);
}

/**
 * Writes the editor's draft as a create request, building every `example` field from the draft's
 * sample values. Enum values are written in upper case and components in the order of Meta's
 * examples.
 *
 * @example
 * ```ts
 * const request = draftToRequest(draft);
 * validateTemplate(request).valid;
 * ```
 */
export function draftToRequest(draft: TemplateDraft): TemplateCreateRequest {
  const format = draft.parameterFormat;
  const components: TemplateComponent[] = [];
  if (draft.header) components.push(headerToRequest(draft.header, format));
  if (draft.limitedTimeOffer) {
    const { text, hasExpiration, extra } = draft.limitedTimeOffer;
    components.push({
      ...extra,
      type: 'LIMITED_TIME_OFFER',
      limited_time_offer:
        hasExpiration === undefined ? { text } : { text, has_expiration: hasExpiration },
    });
  }
  components.push(bodyToRequest(draft.body, format));
  if (draft.carousel) {
    const carousel: Built = {
      ...draft.carousel.extra,
      type: 'CAROUSEL',
      cards: draft.carousel.cards.map((card) => cardToRequest(card, format)),
    };
    components.push(carousel as TemplateComponent);
  }
  if (draft.footer) {
    const footer: Built = { ...draft.footer.extra, type: 'FOOTER' };
    if (draft.footer.text !== '') footer.text = draft.footer.text;
    setIf(footer, 'code_expiration_minutes', draft.footer.codeExpirationMinutes);
    components.push(footer as TemplateComponent);
  }
  if (draft.buttons.length > 0) {
    components.push({ type: 'BUTTONS', buttons: draft.buttons.map(buttonToRequest) });
  }
  const request: TemplateCreateRequest = {
    ...draft.extra,
    name: draft.name,
    language: draft.language,
    category: draft.category,
    components,
  };
  setIf(request, 'parameter_format', draft.parameterFormat);
  setIf(request, 'message_send_ttl_seconds', draft.messageSendTtlSeconds);
  setIf(request, 'allow_category_change', draft.allowCategoryChange);
  return request;
}
