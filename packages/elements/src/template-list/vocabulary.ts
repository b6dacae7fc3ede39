// The words of templates the template elements share: statuses, categories and language names.
// `base/badges.ts` draws the status badge itself.
import { findTemplateLanguage, normalizeTemplateCategory } from '@hub/core';
import type { Translate } from '../base/badges.js';
import { templateMessages } from './template-messages.js';

/** A status the catalog has words for, e.g. `APPROVED`. */
type KnownStatus = keyof typeof templateMessages extends infer K
  ? K extends `templateList.status.${infer S}`
    ? S
    : never
  : never;

/** The status in upper case when the catalog has words for it. */
function knownStatus(status: string): KnownStatus | undefined {
  const upper = status.toUpperCase();
  return `templateList.status.${upper}` in templateMessages ? (upper as KnownStatus) : undefined;
}

/**
 * The words for a template status. One the Hub added after this version reads "Unknown (VALUE)":
 * the raw value is what Meta's and the Hub's docs know it by.
 */
export function templateStatusLabel(t: Translate, status: string): string {
  const known = knownStatus(status);
  return known
    ? t(`templateList.status.${known}`)
    : t('common.unknownValue', { value: status.toUpperCase() });
}

/** What a template status means for the user: what can be done and what happens next. */
export function templateStatusHelp(t: Translate, status: string): string {
  const known = knownStatus(status);
  return known ? t(`templateList.statusHelp.${known}`) : t('templateList.statusHelp.unknown');
}

/** The word for a template category; one Meta added after this version reads "Unknown (VALUE)". */
export function templateCategoryLabel(t: Translate, category: string): string {
  const known = normalizeTemplateCategory(category);
  if (known) return t(`templateList.category.${known}`);
  return category ? t('common.unknownValue', { value: category }) : t('common.unknown');
}

const displayNames = new Map<string, Intl.DisplayNames | undefined>();

function namesIn(locale: string): Intl.DisplayNames | undefined {
  if (!displayNames.has(locale)) {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([locale], {
        type: 'language',
        // "English (United States)" rather than "American English": the region stays visible.
        languageDisplay: 'standard',
        fallback: 'none',
      });
    } catch {
      // A locale this browser cannot name languages in: Meta's English labels stand in.
      names = undefined;
    }
    displayNames.set(locale, names);
  }
  return displayNames.get(locale);
}

/**
 * The name of a template language in `locale` (`pt_BR` → "Portuguese (Brazil)" in English,
 * "Portugiesisch (Brasilien)" in German), from the browser's `Intl.DisplayNames`; Meta's English
 * label where the browser has no name for it. `undefined` for a code Meta does not list.
 */
export function templateLanguageName(locale: string, code: string): string | undefined {
  const language = findTemplateLanguage(code);
  if (!language) return undefined;
  let name: string | undefined;
  try {
    name = namesIn(locale)?.of(code.replace('_', '-'));
  } catch {
    // A code the browser's data cannot parse (none of Meta's today).
  }
  return name ?? language.name;
}
