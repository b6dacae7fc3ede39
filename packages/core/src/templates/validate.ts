import { normalizeTemplateCategory } from './categories.js';
import { TEMPLATE_ISSUE_CODES } from './codes.js';
import type { IssueContext, IssueParams, TemplateIssueCode } from './codes.js';
import { countCharacters } from './count.js';
import { findTemplateLanguage, suggestTemplateLanguage } from './languages.js';
import { TEMPLATE_LIMITS } from './limits.js';
import { checkAuthentication } from './rules/authentication.js';
import { checkButtons } from './rules/buttons.js';
import { checkCarousel } from './rules/carousel.js';
import { arrayField, isRecord, optionalBoolean, requiredString } from './rules/context.js';
import type { Path, RuleContext } from './rules/context.js';
import { checkHeader } from './rules/header.js';
import { checkLimitedTimeOffer } from './rules/limited-time-offer.js';
import { checkText } from './rules/text.js';
import type {
  ParameterFormat,
  TemplateCategory,
  TemplateIssue,
  TemplateValidation,
} from './types.js';
import { scanVariables } from './variables.js';

type Report = RuleContext['report'];

interface Found {
  readonly value: Record<string, unknown>;
  readonly path: Path;
}

// The order of every official example; other orders are unverified, so they only warn.
const ORDER = ['HEADER', 'LIMITED_TIME_OFFER', 'BODY', 'CAROUSEL', 'FOOTER', 'BUTTONS'];
const NAME = /^[a-z0-9_]+$/;

function checkName(ctx: RuleContext, request: Record<string, unknown>): void {
  const { report } = ctx;
  const name = requiredString(ctx, request, 'name', []);
  if (name === undefined) return;
  const length = countCharacters(name);
  if (length > TEMPLATE_LIMITS.nameMax) {
    report('name.too_long', ['name'], { max: TEMPLATE_LIMITS.nameMax, length });
  }
  if (!NAME.test(name)) report('name.invalid_characters', ['name']);
}

function checkLanguage(ctx: RuleContext, request: Record<string, unknown>): void {
  const { report } = ctx;
  const language = requiredString(ctx, request, 'language', []);
  if (language === undefined || findTemplateLanguage(language)) return;
  const suggestion = suggestTemplateLanguage(language);
  // Case is unverified (Meta's list is one spelling), a hyphen is plainly not a listed code.
  if (suggestion && !language.includes('-')) {
    report('language.case', ['language'], { suggestion });
  } else {
    report('language.unsupported', ['language'], { language, suggestion: suggestion ?? '' });
  }
}

function readCategory(
  ctx: RuleContext,
  request: Record<string, unknown>,
): TemplateCategory | undefined {
  const { report } = ctx;
  const raw = requiredString(ctx, request, 'category', []);
  if (raw === undefined) return undefined;
  const category = normalizeTemplateCategory(raw);
  if (!category) report('category.unsupported', ['category'], { category: raw });
  return category;
}

function readFormat(report: Report, request: Record<string, unknown>): ParameterFormat {
  const raw = request.parameter_format;
  if (raw === undefined) return 'POSITIONAL';
  const format = typeof raw === 'string' ? raw.toUpperCase() : undefined;
  if (format === 'POSITIONAL' || format === 'NAMED') return format;
  report('parameter_format.unsupported', ['parameter_format'], { format: String(raw) });
  return 'POSITIONAL';
}

function checkTtl(
  report: Report,
  request: Record<string, unknown>,
  category: TemplateCategory | undefined,
): void {
  const ttl = request.message_send_ttl_seconds;
  if (ttl === undefined) return;
  const path = ['message_send_ttl_seconds'];
  if (typeof ttl !== 'number' || !Number.isInteger(ttl)) {
    report('field.wrong_type', path, {
      field: 'The time-to-live',
      expected: 'a whole number of seconds',
    });
    return;
  }
  const L = TEMPLATE_LIMITS;
  if (category === 'AUTHENTICATION' || category === 'UTILITY') {
    const [min, max] =
      category === 'AUTHENTICATION'
        ? [L.ttlAuthenticationMin, L.ttlAuthenticationMax]
        : [L.ttlUtilityMin, L.ttlUtilityMax];
    if (ttl !== -1 && (ttl < min || ttl > max)) {
      report('ttl.out_of_range', path, { category, range: `${min}–${max} (or -1)` });
    }
  } else if (category === 'MARKETING' && (ttl < L.ttlMarketingMin || ttl > L.ttlMarketingMax)) {
    // Meta's own TTL example sets 120 s on a marketing template, so its range only warns.
    report('ttl.marketing_out_of_range', path, {
      range: `${L.ttlMarketingMin}–${L.ttlMarketingMax}`,
    });
  }
}

/** Sorts the components by type, reporting unknown types and duplicates. */
function collectComponents(ctx: RuleContext, components: unknown[]): Map<string, Found> {
  const { report } = ctx;
  const found = new Map<string, Found>();
  let lastRank = -1;
  let outOfOrder = false;
  components.forEach((component: unknown, index) => {
    const path = ['components', index];
    if (!isRecord(component)) {
      report('field.wrong_type', path, { field: 'Each component', expected: 'an object' });
      return;
    }
    const raw = requiredString(ctx, component, 'type', path);
    if (raw === undefined) return;
    const type = raw.toUpperCase();
    const rank = ORDER.indexOf(type);
    if (rank < 0) {
      report('component.unknown_type', [...path, 'type'], { type: raw });
      return;
    }
    if (found.has(type)) {
      report('component.duplicate', [...path, 'type'], { type });
      return;
    }
    found.set(type, { value: component, path });
    if (rank < lastRank) outOfOrder = true;
    lastRank = rank;
  });
  if (outOfOrder) report('components.order', ['components']);
  return found;
}

/** Reports the components a category or template kind cannot have (reference §6–§9). */
function checkCombinations(ctx: RuleContext, found: ReadonlyMap<string, Found>): void {
  const notAllowed = (type: string, context: IssueContext): void => {
    const at = found.get(type);
    if (at) ctx.report('component.not_allowed', [...at.path, 'type'], { type, context });
  };
  const { category } = ctx;
  if (category === 'AUTHENTICATION') {
    for (const type of ['HEADER', 'CAROUSEL', 'LIMITED_TIME_OFFER']) {
      notAllowed(type, 'AUTHENTICATION');
    }
  } else if (category && category !== 'MARKETING') {
    notAllowed('CAROUSEL', category);
    notAllowed('LIMITED_TIME_OFFER', category);
  }
  if (ctx.limitedTimeOffer) notAllowed('FOOTER', 'limited_time_offer');
  if (found.has('CAROUSEL')) {
    for (const type of ['HEADER', 'LIMITED_TIME_OFFER', 'FOOTER', 'BUTTONS']) {
      const at = found.get(type);
      if (at) ctx.report('carousel.top_level_component', [...at.path, 'type'], { type });
    }
  }
}

function checkFooter(ctx: RuleContext, footer: Found): void {
  const text = requiredString(ctx, footer.value, 'text', footer.path);
  if (text === undefined) return;
  const path = [...footer.path, 'text'];
  const length = countCharacters(text);
  const max = TEMPLATE_LIMITS.footerText;
  if (length > max) ctx.report('footer.too_long', path, { max, length });
  const { variables, malformed } = scanVariables(text);
  if (variables.length > 0 || malformed.length > 0) ctx.report('footer.variable', path);
}

function checkComponents(ctx: RuleContext, found: ReadonlyMap<string, Found>): void {
  const authentication = ctx.category === 'AUTHENTICATION';
  const header = found.get('HEADER');
  const body = found.get('BODY');
  const footer = found.get('FOOTER');
  const buttons = found.get('BUTTONS');
  const carousel = found.get('CAROUSEL');
  const offer = found.get('LIMITED_TIME_OFFER');

  if (header && !authentication) checkHeader(ctx, header.value, header.path, 'template');
  if (body && !authentication) {
    const text = requiredString(ctx, body.value, 'text', body.path);
    if (text !== undefined) {
      checkText(ctx, text, body.value, body.path, {
        part: 'body',
        max: ctx.limitedTimeOffer
          ? TEMPLATE_LIMITS.limitedTimeOfferBodyText
          : TEMPLATE_LIMITS.bodyText,
        tooLong: 'body.too_long',
        examplesCountAsError: ctx.limitedTimeOffer,
        bodyRules: true,
        positionalKey: 'body_text',
        namedKey: 'body_text_named_params',
      });
    }
  }
  if (footer && !authentication && !ctx.limitedTimeOffer) checkFooter(ctx, footer);
  const types = buttons ? checkButtons(ctx, buttons.value, buttons.path, 'template') : [];
  const buttonsPath = buttons ? [...buttons.path, 'buttons'] : ['components'];
  if (authentication) checkAuthentication(ctx, body, footer, types, buttonsPath);
  if (offer) {
    checkLimitedTimeOffer(ctx, offer.value, offer.path);
    if (!types.includes('URL')) ctx.report('limited_time_offer.url_button_missing', buttonsPath);
  }
  if (carousel) checkCarousel(ctx, carousel.value, carousel.path);
}

function checkRequest(report: Report, request: unknown): void {
  if (!isRecord(request)) {
    report('request.not_object', []);
    return;
  }
  // Rules on the request's own fields need no knowledge of the template's kind.
  const base: RuleContext = {
    category: undefined,
    format: 'POSITIONAL',
    limitedTimeOffer: false,
    report,
  };
  checkName(base, request);
  checkLanguage(base, request);
  const category = readCategory(base, request);
  const format = readFormat(report, request);
  checkTtl(report, request, category);
  optionalBoolean(base, request, 'allow_category_change', []);
  const components = arrayField(base, request, 'components', [], true);
  if (!components) return;
  const found = collectComponents(base, components);
  const ctx: RuleContext = {
    category,
    format,
    limitedTimeOffer: found.has('LIMITED_TIME_OFFER'),
    report,
  };
  if (!found.has('BODY')) report('components.body_missing', ['components']);
  checkCombinations(ctx, found);
  checkComponents(ctx, found);
}

/**
 * Checks a template create request against the platform's rules before it is submitted, so the
 * user sees at each field what Meta would reject.
 *
 * Rules that Meta documents, or that follow from its definitions, are errors; behaviour only
 * observed by other providers, and points the documentation leaves open, are warnings; nothing an
 * official example does is rejected. Enum values are compared case-insensitively. It never
 * throws, whatever it is given.
 *
 * @param request - The create-request JSON (`name`, `language`, `category`, `components`, …), as
 *   parsed from anywhere: it is not trusted to have the right shape.
 * @returns `valid` (no error among the issues) and every issue, each with the path of the field.
 *
 * @example
 * ```ts
 * const { valid, issues } = validateTemplate({
 *   name: 'order_update',
 *   language: 'en_US',
 *   category: 'UTILITY',
 *   components: [{ type: 'BODY', text: 'Your order {{1}} has shipped.', example: { body_text: [['#1234']] } }],
 * });
 * // { valid: true, issues: [] }
 * ```
 */
export function validateTemplate(request: unknown): TemplateValidation {
  const issues: TemplateIssue[] = [];
  const report: Report = (code: TemplateIssueCode, path: Path, params?: IssueParams) => {
    const info = TEMPLATE_ISSUE_CODES[code];
    const issue: TemplateIssue = {
      path: [...path],
      code,
      message: info.message(params ?? {}),
      severity: info.severity,
    };
    if (params) issue.params = params;
    issues.push(issue);
  };
  try {
    checkRequest(report, request);
  } catch {
    // Only exotic objects (throwing getters, proxies) get here; JSON never does.
    report('request.unreadable', []);
  }
  return { valid: !issues.some((issue) => issue.severity === 'error'), issues };
}
