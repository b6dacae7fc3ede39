/**
 * An enum value as the platform accepts it: Meta compares enum values case-insensitively and its
 * own examples use both the upper-case and the lower-case spelling.
 */
export type CaseInsensitive<T extends string> = T | Lowercase<T>;

/** The three template categories. */
export type TemplateCategory = 'AUTHENTICATION' | 'MARKETING' | 'UTILITY';

/** How variables are written: `{{1}}` (positional, the default) or `{{first_name}}` (named). */
export type ParameterFormat = 'POSITIONAL' | 'NAMED';

/** The header formats. */
export type HeaderFormat = 'TEXT' | 'IMAGE' | 'VIDEO' | 'DOCUMENT' | 'GIF' | 'LOCATION';

/** Header formats that carry a sample media handle. */
export type MediaHeaderFormat = 'IMAGE' | 'VIDEO' | 'DOCUMENT' | 'GIF';

/** The button types. */
export type ButtonType =
  | 'QUICK_REPLY'
  | 'URL'
  | 'PHONE_NUMBER'
  | 'COPY_CODE'
  | 'OTP'
  | 'FLOW'
  | 'MPM'
  | 'CATALOG'
  | 'SPM'
  | 'VOICE_CALL';

/** How an authentication template hands the code to the user. */
export type OtpType = 'COPY_CODE' | 'ONE_TAP' | 'ZERO_TAP';

/** The component types. */
export type ComponentType =
  'HEADER' | 'BODY' | 'FOOTER' | 'BUTTONS' | 'CAROUSEL' | 'LIMITED_TIME_OFFER';

/** One example value of a named variable. */
export interface NamedParamExample {
  param_name: string;
  example: string;
}

/** The `example` of a header. */
export interface HeaderExample {
  header_text?: string[];
  header_text_named_params?: NamedParamExample[];
  header_handle?: string[];
}

/**
 * The `example` of a body. Positional values are emitted as one array holding one array; the
 * flat form and a single string are accepted too, because Meta's and 360dialog's pages show them.
 */
export interface BodyExample {
  body_text?: string[][] | string[] | string;
  body_text_named_params?: NamedParamExample[];
}

/** A `HEADER` component. */
export interface HeaderComponent {
  type: CaseInsensitive<'HEADER'>;
  format: CaseInsensitive<HeaderFormat>;
  text?: string;
  example?: HeaderExample;
}

/** A `BODY` component; authentication bodies have no text. */
export interface BodyComponent {
  type: CaseInsensitive<'BODY'>;
  text?: string;
  example?: BodyExample;
  add_security_recommendation?: boolean;
}

/** A `FOOTER` component; authentication footers carry only `code_expiration_minutes`. */
export interface FooterComponent {
  type: CaseInsensitive<'FOOTER'>;
  text?: string;
  code_expiration_minutes?: number;
}

/** An Android app allowed to receive one-tap or zero-tap codes. */
export interface SupportedApp {
  package_name: string;
  signature_hash: string;
}

/** A button as the create request carries it; which fields apply depends on `type`. */
export interface TemplateButton {
  type: CaseInsensitive<ButtonType>;
  text?: string;
  url?: string;
  phone_number?: string;
  example?: string | string[];
  otp_type?: CaseInsensitive<OtpType>;
  autofill_text?: string;
  supported_apps?: SupportedApp[];
  zero_tap_terms_accepted?: boolean;
  /** Deprecated from Graph API v21: use `supported_apps`. */
  package_name?: string;
  /** Deprecated from Graph API v21: use `supported_apps`. */
  signature_hash?: string;
  flow_id?: string;
  flow_name?: string;
  flow_json?: string;
  flow_action?: string;
  navigate_screen?: string;
  [field: string]: unknown;
}

/** A `BUTTONS` component. */
export interface ButtonsComponent {
  type: CaseInsensitive<'BUTTONS'>;
  buttons: TemplateButton[];
}

/** One card of a carousel: a media header, an optional body and up to two buttons. */
export interface CarouselCard {
  components: (HeaderComponent | BodyComponent | ButtonsComponent)[];
}

/** A `CAROUSEL` component (marketing only). */
export interface CarouselComponent {
  type: CaseInsensitive<'CAROUSEL'>;
  cards: CarouselCard[];
}

/** A `LIMITED_TIME_OFFER` component (marketing only). */
export interface LimitedTimeOfferComponent {
  type: CaseInsensitive<'LIMITED_TIME_OFFER'>;
  limited_time_offer: { text: string; has_expiration?: boolean };
}

/** Any component of a create request. */
export type TemplateComponent =
  | HeaderComponent
  | BodyComponent
  | FooterComponent
  | ButtonsComponent
  | CarouselComponent
  | LimitedTimeOfferComponent;

/**
 * The body of `POST …/message_templates` (Meta) and `POST /v1/configs/templates` (360dialog).
 */
export interface TemplateCreateRequest {
  name: string;
  language: string;
  category: CaseInsensitive<TemplateCategory>;
  parameter_format?: CaseInsensitive<ParameterFormat>;
  message_send_ttl_seconds?: number;
  allow_category_change?: boolean;
  components: TemplateComponent[];
  [field: string]: unknown;
}

/** One problem found by {@link validateTemplate}. */
export interface TemplateIssue {
  /** Where the problem is in the request, e.g. `['components', 1, 'buttons', 0, 'text']`. */
  path: (string | number)[];
  /** A stable identifier; the full list is {@link TEMPLATE_ISSUE_CODES}. */
  code: string;
  /** A sentence for the user, in English. */
  message: string;
  /** Errors are what the platform rejects; warnings are advice and do not block. */
  severity: 'error' | 'warning';
  /** The values interpolated into `message`, so the message can be translated from `code`. */
  params?: Readonly<Record<string, string | number>>;
}

/** The result of {@link validateTemplate}. */
export interface TemplateValidation {
  /** True exactly when no issue is an error. */
  valid: boolean;
  issues: TemplateIssue[];
}
