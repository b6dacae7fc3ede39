import { TEMPLATE_LANGUAGES } from '@hub/core';

/**
 * The emulator's own checks of a template payload: what Meta documents it refuses (the [D] rules
 * of the reference notes, `whatsapp-templates.md` §2–§11), written apart from the SDK's validator
 * so the SDK is tested against the platform's rules, not against itself. Advice and unverified
 * rules are left out: the emulator refuses only what the real platform refuses.
 */

type Json = Record<string, unknown>;
type Path = readonly (string | number)[];

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const upper = (value: unknown) => (typeof value === 'string' ? value.toUpperCase() : undefined);
// Meta does not document its counting unit; code points never refuse a text it counts shorter.
const length = (text: string) => [...text].length;

const CATEGORIES = new Set(['AUTHENTICATION', 'MARKETING', 'UTILITY']);
const COMPONENTS = new Set([
  'HEADER',
  'BODY',
  'FOOTER',
  'BUTTONS',
  'CAROUSEL',
  'LIMITED_TIME_OFFER',
]);
const HEADER_FORMATS = new Set(['TEXT', 'IMAGE', 'VIDEO', 'DOCUMENT', 'GIF', 'LOCATION']);
const BUTTONS = new Set([
  ...['QUICK_REPLY', 'URL', 'PHONE_NUMBER', 'COPY_CODE', 'OTP'],
  ...['FLOW', 'MPM', 'CATALOG', 'SPM', 'VOICE_CALL'],
]);
const BUTTON_CAPS: Readonly<Record<string, number>> = {
  QUICK_REPLY: 10,
  URL: 2,
  PHONE_NUMBER: 1,
  COPY_CODE: 1,
};
// Utility templates list these button types (§6), and flows through Meta's Flows guide.
const UTILITY_BUTTONS = new Set([
  ...['QUICK_REPLY', 'URL', 'PHONE_NUMBER', 'COPY_CODE', 'VOICE_CALL', 'FLOW'],
]);
const CARD_BUTTONS = new Set(['QUICK_REPLY', 'URL', 'PHONE_NUMBER']);
const LANGUAGES = new Set(TEMPLATE_LANGUAGES.map((language) => language.code));
const PACKAGE = /^[a-zA-Z][a-zA-Z0-9_]*(\.[a-zA-Z][a-zA-Z0-9_]*)+$/;
const SIGNATURE = /^[a-zA-Z0-9+/=]{11}$/;
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/** What the whole template decides for its parts. */
interface Scope {
  readonly category: string | undefined;
  readonly named: boolean;
  readonly offer: boolean;
}

class Problems {
  readonly list: string[] = [];
  add(path: Path, problem: string): void {
    this.list.push(`${path.join('.') || 'body'}: ${problem}`);
  }
  /** A string field; reports it when missing, empty or not a string. */
  text(owner: Json, key: string, path: Path): string | undefined {
    const value = owner[key];
    if (typeof value === 'string' && value !== '') return value;
    this.add([...path, key], value === undefined || value === '' ? 'required' : 'must be a string');
    return undefined;
  }
  /** A length limit on a string that is there. */
  max(value: string | undefined, limit: number, path: Path): void {
    if (value !== undefined && length(value) > limit) {
      this.add(path, `at most ${limit} characters`);
    }
  }
}

/** The placeholders of a text, and whether its braces are well formed (§5.3). */
function placeholders(text: string): { names: string[]; wellFormed: boolean } {
  const names = [...text.matchAll(PLACEHOLDER)].map((match) => match[1]!.trim());
  const rest = text.replace(PLACEHOLDER, '');
  return { names, wellFormed: !rest.includes('{{') && !rest.includes('}}') };
}

/** The variables of a text with their examples (§5): form, numbering, position, examples. */
function checkVariables(
  problems: Problems,
  text: string,
  owner: Json,
  path: Path,
  scope: Scope,
  keys: { positional: string; named: string; atEdges: boolean },
): string[] {
  const { names, wellFormed } = placeholders(text);
  if (!wellFormed) problems.add([...path, 'text'], 'malformed placeholder');
  const pattern = scope.named ? /^[a-z_][a-z0-9_]*$/ : /^[1-9][0-9]*$/;
  for (const name of names.filter((n) => !pattern.test(n))) {
    problems.add(
      [...path, 'text'],
      `{{${name}}} is not a ${scope.named ? 'named' : 'positional'} parameter`,
    );
  }
  const distinct = [...new Set(names)];
  if (!scope.named) {
    const numbers = distinct.map(Number).sort((a, b) => a - b);
    if (numbers.some((n, i) => n !== i + 1)) {
      problems.add([...path, 'text'], 'parameters must be numbered from {{1}} without gaps');
    }
  }
  if (/\}\}\s*\{\{/.test(text)) problems.add([...path, 'text'], 'adjacent parameters');
  const trimmed = text.trim();
  if (
    keys.atEdges &&
    names.length > 0 &&
    (/^\{\{[^{}]*\}\}/.test(trimmed) || /\{\{[^{}]*\}\}$/.test(trimmed))
  ) {
    problems.add([...path, 'text'], 'the text cannot start or end with a parameter');
  }
  if (distinct.length > 0) checkExamples(problems, owner, path, scope, keys, distinct);
  return distinct;
}

function checkExamples(
  problems: Problems,
  owner: Json,
  path: Path,
  scope: Scope,
  keys: { positional: string; named: string },
  names: readonly string[],
): void {
  const example = owner.example;
  const at = [...path, 'example'];
  if (!isObject(example)) return problems.add(at, 'example values are required');
  if (scope.named) {
    const given = example[keys.named];
    const values = Array.isArray(given) ? given.filter(isObject) : [];
    const named = new Set(values.map((value) => value.param_name));
    for (const name of names) {
      if (!named.has(name)) problems.add([...at, keys.named], `no example for {{${name}}}`);
    }
    for (const value of values) {
      if (!names.includes(String(value.param_name))) {
        problems.add([...at, keys.named], `${String(value.param_name)} matches no parameter`);
      }
    }
    return;
  }
  const given = example[keys.positional];
  // Meta nests the body's values ([["a", "b"]]); its newer pages and one carousel example do not.
  const values = Array.isArray(given)
    ? Array.isArray(given[0])
      ? given[0]
      : given
    : typeof given === 'string'
      ? [given]
      : undefined;
  if (!values) return problems.add([...at, keys.positional], 'example values are required');
  if (values.length !== names.length) {
    problems.add(
      [...at, keys.positional],
      `${names.length} parameters but ${values.length} example values`,
    );
  }
}

function checkHeader(
  problems: Problems,
  header: Json,
  path: Path,
  scope: Scope,
  card: boolean,
): void {
  const format = upper(header.format);
  if (!format || !HEADER_FORMATS.has(format))
    return problems.add([...path, 'format'], 'unknown format');
  const media = format === 'IMAGE' || format === 'VIDEO';
  const refused =
    (card || scope.offer) && !media
      ? true
      : (format === 'GIF' && scope.category !== 'MARKETING') ||
        (format === 'LOCATION' && scope.category === 'AUTHENTICATION');
  if (refused) problems.add([...path, 'format'], `${format} is not allowed here`);
  if (format === 'TEXT') {
    const text = problems.text(header, 'text', path);
    if (text === undefined) return;
    problems.max(text, 60, [...path, 'text']);
    const names = checkVariables(problems, text, header, path, scope, {
      positional: 'header_text',
      named: 'header_text_named_params',
      atEdges: false,
    });
    if (names.length > 1) problems.add([...path, 'text'], 'at most 1 parameter');
  } else if (format !== 'LOCATION') {
    const handles = isObject(header.example) ? header.example.header_handle : undefined;
    if (!Array.isArray(handles) || handles.length === 0) {
      problems.add([...path, 'example', 'header_handle'], 'a sample media handle is required');
    }
  }
}

/** A body: the template's (`max` 1024, 600 with an offer) or a card's (160, parameters anywhere). */
function checkBody(problems: Problems, body: Json, path: Path, scope: Scope, max: number): void {
  if (scope.category === 'AUTHENTICATION') {
    if (body.text !== undefined)
      problems.add([...path, 'text'], 'not supported in authentication templates');
    return;
  }
  const text = problems.text(body, 'text', path);
  if (text === undefined) return;
  problems.max(text, max, [...path, 'text']);
  checkVariables(problems, text, body, path, scope, {
    positional: 'body_text',
    named: 'body_text_named_params',
    // Meta's no-dangling-parameter rule is about the message body, not a card's text.
    atEdges: max > 160,
  });
}

function checkFooter(problems: Problems, footer: Json, path: Path, scope: Scope): void {
  if (scope.offer) problems.add([...path, 'type'], 'limited-time offer templates have no footer');
  if (scope.category === 'AUTHENTICATION') {
    const minutes = footer.code_expiration_minutes;
    if (
      minutes !== undefined &&
      !(Number.isInteger(minutes) && Number(minutes) >= 1 && Number(minutes) <= 90)
    ) {
      problems.add([...path, 'code_expiration_minutes'], 'a whole number from 1 to 90');
    }
    return;
  }
  const text = problems.text(footer, 'text', path);
  problems.max(text, 60, [...path, 'text']);
  if (text !== undefined && placeholders(text).names.length > 0) {
    problems.add([...path, 'text'], 'parameters are not supported');
  }
}

function checkOtp(problems: Problems, button: Json, path: Path): void {
  const type = upper(button.otp_type);
  if (type !== 'COPY_CODE' && type !== 'ONE_TAP' && type !== 'ZERO_TAP') {
    return problems.add([...path, 'otp_type'], 'COPY_CODE, ONE_TAP or ZERO_TAP');
  }
  if (typeof button.autofill_text === 'string')
    problems.max(button.autofill_text, 25, [...path, 'autofill_text']);
  if (type === 'COPY_CODE') return;
  // Graph API v20 and earlier put the one app on the button itself.
  const apps = Array.isArray(button.supported_apps)
    ? button.supported_apps
    : button.package_name !== undefined
      ? [{ package_name: button.package_name, signature_hash: button.signature_hash }]
      : [];
  if (apps.length === 0 || apps.length > 5)
    problems.add([...path, 'supported_apps'], '1 to 5 apps');
  apps.forEach((app: unknown, index) => {
    const at = [...path, 'supported_apps', index];
    const fields = isObject(app) ? app : {};
    const name = fields.package_name;
    if (typeof name !== 'string' || !PACKAGE.test(name) || name.length > 224)
      problems.add([...at, 'package_name'], 'not an Android package name');
    if (typeof fields.signature_hash !== 'string' || !SIGNATURE.test(fields.signature_hash))
      problems.add([...at, 'signature_hash'], 'not an app signature hash');
  });
  if (type === 'ZERO_TAP' && button.zero_tap_terms_accepted !== true) {
    problems.add([...path, 'zero_tap_terms_accepted'], 'the zero-tap terms must be accepted');
  }
}

function checkButton(problems: Problems, button: Json, path: Path, scope: Scope): void {
  const type = upper(button.type)!;
  const label = (required: boolean) => {
    const text = required
      ? problems.text(button, 'text', path)
      : typeof button.text === 'string'
        ? button.text
        : undefined;
    problems.max(text, 25, [...path, 'text']);
  };
  if (type === 'QUICK_REPLY' || type === 'PHONE_NUMBER' || type === 'FLOW') label(true);
  else if (type !== 'COPY_CODE' && type !== 'SPM') label(false);
  if (type === 'URL') {
    label(true);
    const url = problems.text(button, 'url', path);
    if (url === undefined) return;
    problems.max(url, 2000, [...path, 'url']);
    const { names } = placeholders(url);
    if (names.length > 1 || (names.length === 1 && !/\{\{[^{}]*\}\}$/.test(url))) {
      problems.add([...path, 'url'], 'at most 1 parameter, at the end of the URL');
    }
    const example = button.example;
    if (
      names.length > 0 &&
      !(Array.isArray(example) && example.length === 1 && typeof example[0] === 'string')
    ) {
      problems.add([...path, 'example'], 'one example URL is required');
    }
  } else if (type === 'PHONE_NUMBER') {
    problems.max(problems.text(button, 'phone_number', path), 20, [...path, 'phone_number']);
  } else if (type === 'COPY_CODE') {
    const code = button.example;
    if (typeof code !== 'string' || code === '')
      problems.add([...path, 'example'], 'a sample code is required');
    else problems.max(code, scope.offer ? 15 : 20, [...path, 'example']);
  } else if (type === 'OTP') {
    checkOtp(problems, button, path);
  } else if (
    type === 'FLOW' &&
    ![button.flow_id, button.flow_name, button.flow_json].some((v) => v !== undefined)
  ) {
    problems.add([...path, 'flow_id'], 'flow_id, flow_name or flow_json is required');
  }
}

function allowed(type: string, scope: Scope, card: boolean): boolean {
  if (card) return CARD_BUTTONS.has(type);
  if (scope.category === 'AUTHENTICATION') return type === 'OTP';
  if (type === 'OTP') return false;
  if (scope.offer) return type === 'COPY_CODE' || type === 'URL';
  return scope.category !== 'UTILITY' || UTILITY_BUTTONS.has(type);
}

function checkButtons(
  problems: Problems,
  component: Json,
  path: Path,
  scope: Scope,
  card: boolean,
): string[] {
  const list = component.buttons;
  const at = [...path, 'buttons'];
  if (!Array.isArray(list) || list.length === 0) {
    problems.add(at, 'at least one button is required');
    return [];
  }
  if (list.length > (card ? 2 : 10)) problems.add(at, `at most ${card ? 2 : 10} buttons`);
  const types = list.map((button: unknown, index): string => {
    const type = isObject(button) ? upper(button.type) : undefined;
    if (!type || !BUTTONS.has(type)) {
      problems.add([...at, index, 'type'], 'unknown button type');
      return '';
    }
    if (!allowed(type, scope, card))
      problems.add([...at, index, 'type'], `${type} is not allowed here`);
    checkButton(problems, button as Json, [...at, index], scope);
    return type;
  });
  for (const [type, cap] of Object.entries(BUTTON_CAPS)) {
    if (types.filter((t) => t === type).length > cap)
      problems.add(at, `at most ${cap} ${type} buttons`);
  }
  const quick = types.map((type) => type === 'QUICK_REPLY');
  if (quick.filter((q, i) => i > 0 && q !== quick[i - 1]).length > 1) {
    problems.add(at, 'quick replies must be grouped together');
  }
  if (scope.category === 'AUTHENTICATION' && types.filter((t) => t === 'OTP').length !== 1) {
    problems.add(at, 'exactly one OTP button');
  }
  return types;
}

function checkCarousel(problems: Problems, carousel: Json, path: Path, scope: Scope): void {
  const cards = carousel.cards;
  if (!Array.isArray(cards) || cards.length < 2 || cards.length > 10) {
    return problems.add([...path, 'cards'], 'from 2 to 10 cards');
  }
  const shapes = cards.map((card: unknown, index) => {
    const at = [...path, 'cards', index];
    const components =
      isObject(card) && Array.isArray(card.components) ? card.components.filter(isObject) : [];
    const parts = new Map(components.map((c) => [upper(c.type), c]));
    const header = parts.get('HEADER');
    if (!header) problems.add([...at, 'components'], 'an image or video header is required');
    components.forEach((component, i) => {
      const where = [...at, 'components', i];
      const type = upper(component.type);
      if (type === 'HEADER') checkHeader(problems, component, where, scope, true);
      else if (type === 'BODY') checkBody(problems, component, where, scope, 160);
      else if (type !== 'BUTTONS')
        problems.add([...where, 'type'], `${String(type)} is not allowed on a card`);
    });
    const buttons = parts.get('BUTTONS');
    const types = buttons
      ? checkButtons(
          problems,
          buttons,
          [...at, 'components', components.indexOf(buttons)],
          scope,
          true,
        )
      : [];
    return JSON.stringify([[...parts.keys()].sort(), types, upper(header?.format)]);
  });
  if (new Set(shapes).size > 1)
    problems.add([...path, 'cards'], 'every card needs the same components and buttons');
}

function checkTtl(problems: Problems, ttl: unknown, category: string | undefined): void {
  if (ttl === undefined) return;
  const at = ['message_send_ttl_seconds'];
  if (!Number.isInteger(ttl)) return problems.add(at, 'must be a whole number of seconds');
  const seconds = Number(ttl);
  // Meta's own TTL example sets 120 s on a marketing template, outside the range it documents.
  const range =
    category === 'AUTHENTICATION' ? [30, 900] : category === 'UTILITY' ? [30, 43200] : undefined;
  if (range && seconds !== -1 && (seconds < range[0]! || seconds > range[1]!)) {
    problems.add(at, `${range[0]} to ${range[1]} seconds, or -1`);
  }
}

/**
 * What the platform refuses in a create payload, one `path: problem` per problem; empty when it
 * would be accepted.
 */
export function templateProblems(payload: unknown): string[] {
  const problems = new Problems();
  if (!isObject(payload)) {
    problems.add([], 'must be a JSON object');
    return problems.list;
  }
  const name = problems.text(payload, 'name', []);
  if (name !== undefined && !/^[a-z0-9_]{1,512}$/.test(name)) {
    problems.add(['name'], 'lowercase letters, digits and underscores, at most 512 characters');
  }
  const language = problems.text(payload, 'language', []);
  if (language !== undefined && !LANGUAGES.has(language))
    problems.add(['language'], 'not a supported language');
  const raw = problems.text(payload, 'category', []);
  const category = CATEGORIES.has(upper(raw) ?? '') ? upper(raw) : undefined;
  if (raw !== undefined && !category)
    problems.add(['category'], 'AUTHENTICATION, MARKETING or UTILITY');
  const format = payload.parameter_format;
  if (format !== undefined && upper(format) !== 'NAMED' && upper(format) !== 'POSITIONAL') {
    problems.add(['parameter_format'], 'named or positional');
  }
  if (
    payload.allow_category_change !== undefined &&
    typeof payload.allow_category_change !== 'boolean'
  ) {
    problems.add(['allow_category_change'], 'value is not a valid boolean');
  }
  checkTtl(problems, payload.message_send_ttl_seconds, category);
  const components = payload.components;
  if (!Array.isArray(components)) {
    problems.add(['components'], 'required');
    return problems.list;
  }
  const found = new Map<string, { value: Json; path: Path }>();
  components.forEach((component: unknown, index) => {
    const type = isObject(component) ? upper(component.type) : undefined;
    if (!type || !COMPONENTS.has(type))
      return problems.add(['components', index, 'type'], 'unknown component type');
    if (found.has(type)) return problems.add(['components', index, 'type'], `only one ${type}`);
    found.set(type, { value: component as Json, path: ['components', index] });
  });
  const scope: Scope = {
    category,
    named: upper(format) === 'NAMED',
    offer: found.has('LIMITED_TIME_OFFER'),
  };
  const marketingOnly = ['CAROUSEL', 'LIMITED_TIME_OFFER'];
  for (const [type, { path }] of found) {
    const refused =
      (category && category !== 'MARKETING' && marketingOnly.includes(type)) ||
      (category === 'AUTHENTICATION' && type === 'HEADER');
    if (refused) problems.add([...path, 'type'], `${type} is not allowed in ${category} templates`);
  }
  const part = (type: string) => found.get(type);
  const body = part('BODY');
  if (!body) problems.add(['components'], 'a BODY is required');
  else checkBody(problems, body.value, body.path, scope, scope.offer ? 600 : 1024);
  const header = part('HEADER');
  if (header) checkHeader(problems, header.value, header.path, scope, false);
  const footer = part('FOOTER');
  if (footer) checkFooter(problems, footer.value, footer.path, scope);
  const buttons = part('BUTTONS');
  const types = buttons ? checkButtons(problems, buttons.value, buttons.path, scope, false) : [];
  if (category === 'AUTHENTICATION' && !buttons)
    problems.add(['components'], 'exactly one OTP button');
  const offer = part('LIMITED_TIME_OFFER');
  if (offer) {
    const fields = isObject(offer.value.limited_time_offer) ? offer.value.limited_time_offer : {};
    const at = [...offer.path, 'limited_time_offer'];
    problems.max(problems.text(fields, 'text', at), 16, [...at, 'text']);
    if (!types.includes('URL'))
      problems.add([...offer.path], 'a limited-time offer needs a URL button');
  }
  const carousel = part('CAROUSEL');
  if (carousel) checkCarousel(problems, carousel.value, carousel.path, scope);
  return problems.list;
}
