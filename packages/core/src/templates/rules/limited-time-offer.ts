import { countCharacters } from '../count.js';
import { TEMPLATE_LIMITS } from '../limits.js';
import { fieldLabel, isRecord, optionalBoolean, requiredString } from './context.js';
import type { Path, RuleContext } from './context.js';

/** Checks a `LIMITED_TIME_OFFER` component's offer (reference §9). */
export function checkLimitedTimeOffer(
  ctx: RuleContext,
  component: Record<string, unknown>,
  path: Path,
): void {
  const at = [...path, 'limited_time_offer'];
  const offer = component.limited_time_offer;
  if (!isRecord(offer)) {
    const code = offer === undefined ? 'field.required' : 'field.wrong_type';
    ctx.report(code, at, { field: fieldLabel(at), expected: 'an object' });
    return;
  }
  const text = requiredString(ctx, offer, 'text', at);
  if (text !== undefined) {
    const length = countCharacters(text);
    const max = TEMPLATE_LIMITS.limitedTimeOfferText;
    if (length > max)
      ctx.report('limited_time_offer.text_too_long', [...at, 'text'], { max, length });
  }
  optionalBoolean(ctx, offer, 'has_expiration', at);
}
