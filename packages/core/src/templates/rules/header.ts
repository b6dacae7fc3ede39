import type { IssueContext } from '../codes.js';
import { TEMPLATE_LIMITS } from '../limits.js';
import { substituteVariables } from '../variables.js';
import { isRecord, requiredString } from './context.js';
import type { Path, RuleContext } from './context.js';
import { checkText } from './text.js';

const FORMATS = new Set(['TEXT', 'IMAGE', 'VIDEO', 'DOCUMENT', 'GIF', 'LOCATION']);
const MEDIA = new Set(['IMAGE', 'VIDEO', 'DOCUMENT', 'GIF']);
const MARKDOWN = /[*_~`]/;
const EMOJI = /\p{Extended_Pictographic}/u;

/** Where a header sits, which narrows the formats it may have. */
export type HeaderPlace = 'template' | 'card';

function disallowedIn(
  ctx: RuleContext,
  format: string,
  place: HeaderPlace,
): IssueContext | undefined {
  const imageOrVideo = format === 'IMAGE' || format === 'VIDEO';
  if (place === 'card') return imageOrVideo ? undefined : 'carousel_card';
  if (ctx.limitedTimeOffer && !imageOrVideo) return 'limited_time_offer';
  // GIF headers exist only in the Marketing Messages API; location headers are not for OTPs.
  if (format === 'GIF' && ctx.category && ctx.category !== 'MARKETING') {
    return ctx.category;
  }
  if (format === 'LOCATION' && ctx.category === 'AUTHENTICATION') return 'AUTHENTICATION';
  return undefined;
}

/** Checks a `HEADER` component (reference §6.1) at the top level or on a carousel card. */
export function checkHeader(
  ctx: RuleContext,
  header: Record<string, unknown>,
  path: Path,
  place: HeaderPlace,
): string | undefined {
  const raw = requiredString(ctx, header, 'format', path);
  if (raw === undefined) return undefined;
  const format = raw.toUpperCase();
  if (!FORMATS.has(format)) {
    ctx.report('header.format_unsupported', [...path, 'format'], { format: raw });
    return undefined;
  }
  const context = disallowedIn(ctx, format, place);
  if (context) ctx.report('header.format_not_allowed', [...path, 'format'], { format, context });

  if (format === 'TEXT') {
    const text = requiredString(ctx, header, 'text', path);
    if (text !== undefined) checkHeaderText(ctx, text, header, path);
  } else if (MEDIA.has(format)) {
    const example = header.example;
    const handles = isRecord(example) ? example.header_handle : undefined;
    const ok =
      Array.isArray(handles) &&
      handles.length > 0 &&
      handles.every((handle) => typeof handle === 'string' && handle !== '');
    if (!ok) {
      ctx.report('header.media_example_missing', [...path, 'example', 'header_handle'], { format });
    }
  }
  return format;
}

function checkHeaderText(
  ctx: RuleContext,
  text: string,
  header: Record<string, unknown>,
  path: Path,
): void {
  checkText(ctx, text, header, path, {
    part: 'header',
    max: TEMPLATE_LIMITS.headerText,
    tooLong: 'header.too_long',
    examplesCountAsError: false,
    bodyRules: false,
    maxVariables: TEMPLATE_LIMITS.headerVariables,
    positionalKey: 'header_text',
    namedKey: 'header_text_named_params',
  });
  const textPath = [...path, 'text'];
  // Placeholders such as {{sale_start_date}} contain underscores that are not formatting.
  const literal = substituteVariables(text, () => '');
  if (MARKDOWN.test(literal)) ctx.report('header.formatting_characters', textPath);
  if (literal.includes('\n')) ctx.report('header.newline', textPath);
  if (EMOJI.test(literal)) ctx.report('header.emoji', textPath);
}
