import { TEMPLATE_LIMITS } from '../limits.js';
import { checkButtons } from './buttons.js';
import { arrayField, isRecord, requiredString } from './context.js';
import type { Path, RuleContext } from './context.js';
import { checkHeader } from './header.js';
import { checkText } from './text.js';

const CARD_BODY = {
  part: 'card_body',
  max: TEMPLATE_LIMITS.carouselCardBodyText,
  tooLong: 'body.too_long',
  // The 160 applies to the sent text, so long example values are a warning at creation.
  examplesCountAsError: false,
  bodyRules: false,
  positionalKey: 'body_text',
  namedKey: 'body_text_named_params',
} as const;

/** Checks one card and returns a signature of its shape, to compare cards with each other. */
function checkCard(
  ctx: RuleContext,
  card: Record<string, unknown>,
  path: Path,
  formats: Set<string>,
): string | undefined {
  const components = arrayField(ctx, card, 'components', path, true);
  if (!components) return undefined;
  const seen = new Set<string>();
  let buttons: (string | undefined)[] = [];
  components.forEach((component: unknown, index) => {
    const at = [...path, 'components', index];
    if (!isRecord(component)) {
      ctx.report('field.wrong_type', at, { field: 'Each component', expected: 'an object' });
      return;
    }
    const raw = requiredString(ctx, component, 'type', at);
    if (raw === undefined) return;
    const type = raw.toUpperCase();
    if (type !== 'HEADER' && type !== 'BODY' && type !== 'BUTTONS') {
      ctx.report('carousel.card_component', [...at, 'type'], { type: raw });
      return;
    }
    if (seen.has(type)) {
      ctx.report('component.duplicate', [...at, 'type'], { type });
      return;
    }
    seen.add(type);
    if (type === 'HEADER') {
      const format = checkHeader(ctx, component, at, 'card');
      if (format) formats.add(format);
    } else if (type === 'BODY') {
      const text = requiredString(ctx, component, 'text', at);
      if (text !== undefined) checkText(ctx, text, component, at, CARD_BODY);
    } else {
      buttons = checkButtons(ctx, component, at, 'card');
    }
  });
  if (!seen.has('HEADER')) ctx.report('carousel.card_header_missing', [...path, 'components']);
  return `${[...seen].sort().join('+')}|${buttons.join('+')}`;
}

/** Checks a `CAROUSEL` component (reference §8): 2–10 cards of the same shape. */
export function checkCarousel(
  ctx: RuleContext,
  component: Record<string, unknown>,
  path: Path,
): void {
  const cards = arrayField(ctx, component, 'cards', path, true);
  if (!cards) return;
  const { carouselCardsMin: min, carouselCardsMax: max } = TEMPLATE_LIMITS;
  if (cards.length < min || cards.length > max) {
    ctx.report('carousel.card_count', [...path, 'cards'], { min, max });
  }
  const formats = new Set<string>();
  let first: string | undefined;
  cards.forEach((card: unknown, index) => {
    const at = [...path, 'cards', index];
    if (!isRecord(card)) {
      ctx.report('field.wrong_type', at, { field: 'Each card', expected: 'an object' });
      return;
    }
    const signature = checkCard(ctx, card, at, formats);
    if (signature === undefined) return;
    if (first === undefined) first = signature;
    else if (signature !== first) ctx.report('carousel.cards_differ', at);
  });
  if (formats.size > 1) ctx.report('carousel.mixed_media', [...path, 'cards']);
}
