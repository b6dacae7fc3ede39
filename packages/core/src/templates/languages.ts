/** A language a template can be written in. */
export interface TemplateLanguage {
  /** The code the create request takes, e.g. `en_US` (underscore, never a hyphen). */
  readonly code: string;
  /** Meta's English label, for a picker. */
  readonly name: string;
}

// Meta's "Supported Languages" list (reference §3), in Meta's order, as `code:label` pairs.
const LIST =
  'af:Afrikaans|sq:Albanian|ar:Arabic|ar_EG:Arabic (EGY)|ar_AE:Arabic (UAE)|ar_LB:Arabic (LBN)|' +
  'ar_MA:Arabic (MAR)|ar_QA:Arabic (QAT)|az:Azerbaijani|be_BY:Belarusian|bn:Bengali|' +
  'bn_IN:Bengali (IND)|bg:Bulgarian|ca:Catalan|zh_CN:Chinese (CHN)|zh_HK:Chinese (HKG)|' +
  'zh_TW:Chinese (TAI)|hr:Croatian|cs:Czech|da:Danish|prs_AF:Dari|nl:Dutch|nl_BE:Dutch (BEL)|' +
  'en:English|en_GB:English (UK)|en_US:English (US)|en_AE:English (UAE)|en_AU:English (AUS)|' +
  'en_CA:English (CAN)|en_GH:English (GHA)|en_IE:English (IRL)|en_IN:English (IND)|' +
  'en_JM:English (JAM)|en_MY:English (MYS)|en_NZ:English (NZL)|en_QA:English (QAT)|' +
  'en_SG:English (SGP)|en_UG:English (UGA)|en_ZA:English (ZAF)|et:Estonian|fil:Filipino|' +
  'fi:Finnish|fr:French|fr_BE:French (BEL)|fr_CA:French (CAN)|fr_CH:French (CHE)|' +
  'fr_CI:French (CIV)|fr_MA:French (MAR)|ka:Georgian|de:German|de_AT:German (AUT)|' +
  'de_CH:German (CHE)|el:Greek|gu:Gujarati|ha:Hausa|he:Hebrew|hi:Hindi|hu:Hungarian|' +
  'id:Indonesian|ga:Irish|it:Italian|ja:Japanese|kn:Kannada|kk:Kazakh|rw_RW:Kinyarwanda|' +
  'ko:Korean|ky_KG:Kyrgyz (Kyrgyzstan)|lo:Lao|lv:Latvian|lt:Lithuanian|mk:Macedonian|ms:Malay|' +
  'ml:Malayalam|mr:Marathi|nb:Norwegian|ps_AF:Pashto|fa:Persian|pl:Polish|' +
  'pt_BR:Portuguese (BR)|pt_PT:Portuguese (POR)|pa:Punjabi|ro:Romanian|ru:Russian|sr:Serbian|' +
  'si_LK:Sinhala|sk:Slovak|sl:Slovenian|es:Spanish|es_AR:Spanish (ARG)|es_CL:Spanish (CHL)|' +
  'es_CO:Spanish (COL)|es_CR:Spanish (CRI)|es_DO:Spanish (DOM)|es_EC:Spanish (ECU)|' +
  'es_HN:Spanish (HND)|es_MX:Spanish (MEX)|es_PA:Spanish (PAN)|es_PE:Spanish (PER)|' +
  'es_ES:Spanish (SPA)|es_UY:Spanish (URY)|sw:Swahili|sv:Swedish|ta:Tamil|te:Telugu|th:Thai|' +
  'tr:Turkish|uk:Ukrainian|ur:Urdu|uz:Uzbek|vi:Vietnamese|zu:Zulu';

/**
 * Every language code Meta accepts for templates (111 codes, Meta's list of May 2026), with the
 * label Meta shows.
 *
 * @example
 * ```ts
 * TEMPLATE_LANGUAGES.find((l) => l.code === 'pt_BR')?.name; // 'Portuguese (BR)'
 * ```
 */
export const TEMPLATE_LANGUAGES: readonly TemplateLanguage[] = LIST.split('|').map((pair) => {
  const [code = '', name = ''] = pair.split(':');
  return { code, name };
});

const BY_CODE = new Map(TEMPLATE_LANGUAGES.map((language) => [language.code, language]));
const BY_NAME = new Map(
  TEMPLATE_LANGUAGES.map((language) => [language.name.toLowerCase(), language]),
);
const BY_LOOSE_CODE = new Map(
  TEMPLATE_LANGUAGES.map((language) => [language.code.toLowerCase(), language]),
);

/**
 * The language with exactly this code, or `undefined`.
 *
 * @example
 * ```ts
 * findTemplateLanguage('en_US')?.name; // 'English (US)'
 * ```
 */
export function findTemplateLanguage(code: string): TemplateLanguage | undefined {
  return BY_CODE.get(code);
}

/**
 * The supported code a user probably meant: `en-us` and `EN_US` both give `en_US`. Returns
 * `undefined` when nothing matches.
 *
 * @example
 * ```ts
 * suggestTemplateLanguage('en-GB'); // 'en_GB'
 * ```
 */
export function suggestTemplateLanguage(code: string): string | undefined {
  return BY_LOOSE_CODE.get(code.replace(/-/g, '_').toLowerCase())?.code;
}

/**
 * The code of the language a user typed into a language picker: a code in any case or with a
 * hyphen, or a language's full name (case-insensitive), Meta's English label or the name
 * `displayName` gives it (the picker's own words, e.g. from `Intl.DisplayNames`). `undefined`
 * when nothing matches, e.g. for a name still being typed. The picker should apply it when the
 * field is left, not on every keystroke: "English" is a complete name on the way to "English (US)".
 *
 * @example
 * ```ts
 * resolveTemplateLanguage('german'); // 'de'
 * resolveTemplateLanguage('pt-br'); // 'pt_BR'
 * resolveTemplateLanguage('Deutsch', (code) => germanNames.of(code)); // 'de'
 * ```
 */
export function resolveTemplateLanguage(
  text: string,
  displayName?: (code: string) => string | undefined,
): string | undefined {
  const trimmed = text.trim();
  const wanted = trimmed.toLowerCase();
  const named =
    BY_NAME.get(wanted) ??
    (displayName &&
      TEMPLATE_LANGUAGES.find((language) => displayName(language.code)?.toLowerCase() === wanted));
  return named?.code ?? suggestTemplateLanguage(trimmed);
}

// Meta's right-to-left template languages.
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'prs']);

/**
 * Whether a template language is written right to left (Arabic, Hebrew, Persian, Urdu, Pashto,
 * Dari), so its text is laid out that way.
 *
 * @example
 * ```ts
 * isRightToLeftLanguage('ar_EG'); // true
 * ```
 */
export function isRightToLeftLanguage(code: string): boolean {
  return RTL.has(code.split(/[_-]/)[0]?.toLowerCase() ?? '');
}
