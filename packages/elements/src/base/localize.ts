import { commonMessages, type Message, type MessageKey, type Messages } from './messages.js';

const catalogs = new Map<string, Messages>();
/** The English text of every key whose component is loaded: the last fallback. */
const english: { [K in MessageKey]?: Message } = { ...commonMessages };

/**
 * Adds a component's English strings to the fallback. Each element class brings its own catalog
 * (`static messages`), registered when the class is defined, so only the strings of the elements
 * a page uses are bundled.
 */
export function registerEnglish(messages: Messages): void {
  Object.assign(english, messages);
}

/**
 * Adds (or extends) the translation of Hub Elements' strings for a locale.
 *
 * Missing keys fall back to the language without its region (`pt` for `pt-BR`), then to English,
 * so a partial translation never shows a raw key.
 *
 * @param locale - A BCP 47 tag such as `de` or `pt-BR`.
 * @param messages - The strings to add; see `englishMessages` for every key and its English text.
 */
export function registerMessages(locale: string, messages: Messages): void {
  const key = locale.toLowerCase();
  catalogs.set(key, { ...catalogs.get(key), ...messages });
}

function lookup(locale: string, key: MessageKey): Message {
  const tag = locale.toLowerCase();
  const language = tag.split('-')[0] ?? tag;
  return catalogs.get(tag)?.[key] ?? catalogs.get(language)?.[key] ?? english[key] ?? key;
}

/** Parameters substituted into a message's `{name}` placeholders; numbers are formatted for the locale. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Returns the string for `key` in `locale`, with `params` substituted.
 *
 * @param locale - The BCP 47 locale to translate into.
 * @param key - The message key.
 * @param params - Values for `{name}` placeholders; a `count` parameter also picks the plural form.
 */
export function translate(locale: string, key: MessageKey, params: MessageParams = {}): string {
  const message = lookup(locale, key);
  const template =
    typeof message === 'string'
      ? message
      : (message[pluralCategory(locale, params['count'])] ?? message.other ?? '');
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
  });
}

function pluralCategory(locale: string, count: string | number | undefined): Intl.LDMLPluralRule {
  return typeof count === 'number' ? new Intl.PluralRules(locale).select(count) : 'other';
}
