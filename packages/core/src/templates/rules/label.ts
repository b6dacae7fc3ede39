import { countCharacters } from '../count.js';
import { TEMPLATE_LIMITS } from '../limits.js';
import { requiredString } from './context.js';
import type { Path, RuleContext } from './context.js';

/** Checks a button's label: present and at most 25 characters. */
export function checkLabel(
  ctx: RuleContext,
  button: Record<string, unknown>,
  path: Path,
  required: boolean,
  max: number = TEMPLATE_LIMITS.buttonLabel,
): void {
  if (!required && button.text === undefined) return;
  const text = requiredString(ctx, button, 'text', path);
  if (text === undefined) return;
  const length = countCharacters(text);
  if (length > max) ctx.report('button.label_too_long', [...path, 'text'], { max, length });
}
