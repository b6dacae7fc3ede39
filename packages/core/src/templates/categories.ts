import type { TemplateCategory } from './types.js';

/** A template category with what it is for. */
export interface TemplateCategoryInfo {
  readonly value: TemplateCategory;
  readonly label: string;
  /** When to choose it, in one sentence for the user. */
  readonly description: string;
}

/**
 * The three categories (reference §4), in the order a picker should offer them.
 *
 * @example
 * ```ts
 * TEMPLATE_CATEGORIES.map((c) => c.value); // ['MARKETING', 'UTILITY', 'AUTHENTICATION']
 * ```
 */
export const TEMPLATE_CATEGORIES: readonly TemplateCategoryInfo[] = [
  {
    value: 'MARKETING',
    label: 'Marketing',
    description:
      'Promotions, offers, announcements and anything that mixes them with other content; also the category for templates whose purpose is unclear.',
  },
  {
    value: 'UTILITY',
    label: 'Utility',
    description:
      'Non-promotional messages about something the user did or asked for (an order, an account, a booking), or essential alerts. Meta approves a utility template it judges promotional as marketing.',
  },
  {
    value: 'AUTHENTICATION',
    label: 'Authentication',
    description:
      'One-time passcodes only, with the text WhatsApp provides and a copy-code, one-tap or zero-tap button.',
  },
];

/**
 * The category in its canonical upper case, or `undefined` when the value is not a category.
 * Meta compares categories case-insensitively.
 *
 * @example
 * ```ts
 * normalizeTemplateCategory('utility'); // 'UTILITY'
 * ```
 */
export function normalizeTemplateCategory(value: string): TemplateCategory | undefined {
  const upper = value.toUpperCase();
  return TEMPLATE_CATEGORIES.find((category) => category.value === upper)?.value;
}
