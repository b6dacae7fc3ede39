import type { TemplateCategory } from './types.js';

/** A template category, as a picker offers it (the elements own its label and description). */
export interface TemplateCategoryInfo {
  readonly value: TemplateCategory;
}

/**
 * The three categories (reference §4), in the order a picker should offer them: marketing (the
 * catch-all), utility, authentication.
 *
 * @example
 * ```ts
 * TEMPLATE_CATEGORIES.map((c) => c.value); // ['MARKETING', 'UTILITY', 'AUTHENTICATION']
 * ```
 */
export const TEMPLATE_CATEGORIES: readonly TemplateCategoryInfo[] = [
  { value: 'MARKETING' },
  { value: 'UTILITY' },
  { value: 'AUTHENTICATION' },
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
