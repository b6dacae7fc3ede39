import type { IssueContext } from '../codes.js';
import { countCharacters } from '../count.js';
import { TEMPLATE_LIMITS } from '../limits.js';
import { scanVariables } from '../variables.js';
import { checkOtpButton } from './authentication.js';
import { arrayField, fieldLabel, isRecord, requiredString } from './context.js';
import type { Path, RuleContext } from './context.js';
import { checkLabel } from './label.js';

/** Where a buttons component sits. */
export type ButtonPlace = 'template' | 'card';

const TYPES = new Set([
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
]);
const CARD_TYPES = new Set(['QUICK_REPLY', 'URL', 'PHONE_NUMBER']);
const OFFER_TYPES = new Set(['COPY_CODE', 'URL']);
const CATALOG_TYPES = new Set(['MPM', 'CATALOG', 'SPM']);
const PER_TYPE_MAX: Readonly<Record<string, number>> = {
  QUICK_REPLY: TEMPLATE_LIMITS.quickReplyButtons,
  URL: TEMPLATE_LIMITS.urlButtons,
  PHONE_NUMBER: TEMPLATE_LIMITS.phoneNumberButtons,
  COPY_CODE: TEMPLATE_LIMITS.copyCodeButtons,
};
// BSPs report one button of these kinds per template [O]; Meta gives no number.
const SINGLE = new Set(['MPM', 'CATALOG']);
const WHATSAPP_LINK = /^(?:https?:\/\/)?(?:www\.)?(?:wa\.me|api\.whatsapp\.com)(?:[/?#]|$)/i;

function availability(
  ctx: RuleContext,
  type: string,
  place: ButtonPlace,
): { blocked?: IssueContext; unlisted?: IssueContext } {
  if (place === 'card') return CARD_TYPES.has(type) ? {} : { blocked: 'carousel_card' };
  const { category } = ctx;
  if (category === 'AUTHENTICATION') {
    return type === 'OTP' ? {} : { blocked: 'AUTHENTICATION' };
  }
  if (type === 'OTP' && category) return { blocked: category };
  if (ctx.limitedTimeOffer && !OFFER_TYPES.has(type)) {
    return { blocked: 'limited_time_offer' };
  }
  if (category === 'UTILITY' && CATALOG_TYPES.has(type)) return { blocked: 'UTILITY' };
  // Meta's utility page omits flows, while its Flows guide sends them as utility too.
  if (category === 'UTILITY' && type === 'FLOW') return { unlisted: 'UTILITY' };
  return {};
}

function checkUrlButton(ctx: RuleContext, button: Record<string, unknown>, path: Path): void {
  checkLabel(ctx, button, path, true);
  const url = requiredString(ctx, button, 'url', path);
  if (url === undefined) return;
  const urlPath = [...path, 'url'];
  const length = countCharacters(url);
  if (length > TEMPLATE_LIMITS.buttonUrl) {
    ctx.report('button.url_too_long', urlPath, { max: TEMPLATE_LIMITS.buttonUrl, length });
  }
  if (WHATSAPP_LINK.test(url.trim())) ctx.report('button.url_whatsapp', urlPath);
  const { variables, malformed } = scanVariables(url);
  for (const bad of malformed) ctx.report('variable.malformed', urlPath, { token: bad.raw });
  if (variables.length > TEMPLATE_LIMITS.urlVariables) {
    ctx.report('button.url_variables', urlPath, { max: TEMPLATE_LIMITS.urlVariables });
  }
  const last = variables[variables.length - 1];
  if (last) {
    if (last.end !== url.length) ctx.report('button.url_variable_position', urlPath);
    if (last.kind === 'invalid') {
      ctx.report('variable.invalid_name', urlPath, {
        token: url.slice(last.start, last.end),
        format: 'POSITIONAL',
      });
    } else if (last.name !== '1') ctx.report('button.url_variable_name', urlPath);
  }
  checkUrlExample(ctx, button.example, [...path, 'example'], variables.length > 0);
}

function checkUrlExample(ctx: RuleContext, example: unknown, path: Path, needed: boolean): void {
  if (example === undefined) {
    if (needed) ctx.report('example.missing', path);
    return;
  }
  if (!needed) {
    ctx.report('example.unused', path);
    return;
  }
  if (!Array.isArray(example) || example.some((value) => typeof value !== 'string')) {
    ctx.report('field.wrong_type', path, {
      field: fieldLabel(path),
      expected: 'a list with one example URL',
    });
    return;
  }
  if (example.length !== 1) {
    ctx.report('example.count_mismatch', path, { variables: 1, examples: example.length });
  } else if (String(example[0]).trim() === '') ctx.report('example.empty', [...path, 0]);
}

function checkPhoneButton(ctx: RuleContext, button: Record<string, unknown>, path: Path): void {
  checkLabel(ctx, button, path, true);
  const phone = requiredString(ctx, button, 'phone_number', path);
  if (phone === undefined) return;
  const length = countCharacters(phone);
  if (length > TEMPLATE_LIMITS.phoneNumber) {
    ctx.report('button.phone_too_long', [...path, 'phone_number'], {
      max: TEMPLATE_LIMITS.phoneNumber,
      length,
    });
  }
}

function checkCopyCodeButton(ctx: RuleContext, button: Record<string, unknown>, path: Path): void {
  if (button.text !== undefined) ctx.report('button.label_ignored', [...path, 'text']);
  const code = requiredString(ctx, button, 'example', path);
  if (code === undefined) return;
  const max = ctx.limitedTimeOffer
    ? TEMPLATE_LIMITS.limitedTimeOfferCopyCodeExample
    : TEMPLATE_LIMITS.copyCodeExample;
  const length = countCharacters(code);
  if (length > max) ctx.report('button.copy_code_too_long', [...path, 'example'], { max, length });
}

function checkFlowButton(ctx: RuleContext, button: Record<string, unknown>, path: Path): void {
  checkLabel(ctx, button, path, true);
  const target = ['flow_id', 'flow_name', 'flow_json'].some(
    (key) => button[key] !== undefined && button[key] !== '',
  );
  if (!target) ctx.report('button.flow_target_missing', path);
}

function checkButton(ctx: RuleContext, button: Record<string, unknown>, type: string, path: Path) {
  switch (type) {
    case 'URL':
      return checkUrlButton(ctx, button, path);
    case 'PHONE_NUMBER':
      return checkPhoneButton(ctx, button, path);
    case 'COPY_CODE':
      return checkCopyCodeButton(ctx, button, path);
    case 'OTP':
      return checkOtpButton(ctx, button, path);
    case 'FLOW':
      return checkFlowButton(ctx, button, path);
    case 'SPM':
      return undefined;
    default:
      return checkLabel(ctx, button, path, true);
  }
}

/**
 * Checks a `BUTTONS` component (reference §6.4) and returns the upper-case type of each button
 * (`undefined` where the type is unusable), for the rules that look at the whole set.
 */
export function checkButtons(
  ctx: RuleContext,
  component: Record<string, unknown>,
  path: Path,
  place: ButtonPlace,
): (string | undefined)[] {
  const buttons = arrayField(ctx, component, 'buttons', path, true);
  if (!buttons) return [];
  const listPath = [...path, 'buttons'];
  if (buttons.length === 0) ctx.report('buttons.empty', listPath);
  const max = place === 'card' ? TEMPLATE_LIMITS.carouselCardButtons : TEMPLATE_LIMITS.buttonsTotal;
  if (buttons.length > max) ctx.report('buttons.too_many', listPath, { context: place, max });

  const types = buttons.map((button: unknown, index): string | undefined => {
    const at = [...listPath, index];
    if (!isRecord(button)) {
      ctx.report('field.wrong_type', at, { field: 'Each button', expected: 'an object' });
      return undefined;
    }
    const raw = requiredString(ctx, button, 'type', at);
    if (raw === undefined) return undefined;
    const type = raw.toUpperCase();
    if (!TYPES.has(type)) {
      ctx.report('button.unknown_type', [...at, 'type'], { type: raw });
      return undefined;
    }
    const { blocked, unlisted } = availability(ctx, type, place);
    if (blocked) ctx.report('button.type_not_allowed', [...at, 'type'], { type, context: blocked });
    if (unlisted)
      ctx.report('button.type_not_listed', [...at, 'type'], { type, context: unlisted });
    checkButton(ctx, button, type, at);
    return type;
  });

  const counts = new Map<string, number>();
  for (const type of types) if (type) counts.set(type, (counts.get(type) ?? 0) + 1);
  for (const [type, count] of counts) {
    const limit = PER_TYPE_MAX[type];
    if (limit !== undefined && count > limit) {
      ctx.report('buttons.type_limit', listPath, { type, max: limit });
    }
    if (SINGLE.has(type) && count > 1) ctx.report('buttons.single_of_kind', listPath, { type });
  }
  let groups = 0;
  let previous: boolean | undefined;
  for (const type of types) {
    if (!type) continue;
    const quickReply = type === 'QUICK_REPLY';
    if (quickReply !== previous) groups++;
    previous = quickReply;
  }
  if (groups > 2) ctx.report('buttons.grouping', listPath);
  return types;
}
