import { commonMessages, type Message, type MessageKey, type Messages } from './messages.js';
import { numberFormat, pluralRulesFor } from './formatters.js';

const catalogs = new Map<string, Messages>();
/** The English text of every key whose component is loaded: the last fallback. */
const english: { [K in MessageKey]?: Message } = { ...commonMessages };
const changeListeners = new Set<() => void>();

/**
 * The translations that ship with Hub Elements, by language. Each is its own module, fetched the
 * first time a page shows that language, so a page in English never downloads them. Brazilian
 * Portuguese also serves the other Portuguese locales, which is closer than English.
 */
const shippedLanguages: Readonly<Record<string, () => Promise<Messages>>> = {
  de: async () => (await import('../locales/de.js')).deMessages,
  es: async () => (await import('../locales/es.js')).esMessages,
  pt: async () => (await import('../locales/pt-BR.js')).ptBRMessages,
};
const requestedLanguages = new Set<string>();

function loadShippedLanguage(language: string): void {
  const load = shippedLanguages[language];
  if (!load || requestedLanguages.has(language)) return;
  requestedLanguages.add(language);
  load().then(
    (messages) => {
      // Under the language, so regional tags (de-AT, pt-PT) find it as their fallback; strings a
      // portal registered itself keep precedence over the shipped ones.
      catalogs.set(language, { ...messages, ...catalogs.get(language) });
      notifyChange();
    },
    (error: unknown) => {
      console.warn(
        `Hub Elements could not load its "${language}" strings; showing English.`,
        error,
      );
    },
  );
}

function notifyChange(): void {
  for (const listener of changeListeners) listener();
}

/**
 * Calls `listener` whenever strings are added for any locale: a shipped translation finished
 * loading, or a portal called {@link registerMessages}. Elements re-render on it.
 *
 * @returns A function that stops the calls.
 */
export function onMessagesChange(listener: () => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

/**
 * Adds a component's English strings to the fallback. Each element class brings its own catalog
 * (`static messages`), registered when the class is defined, so only the strings of the elements
 * a page uses are bundled.
 */
export function registerEnglish(messages: Readonly<Record<string, Message>>): void {
  Object.assign(english, messages);
}

/**
 * Adds (or extends) the translation of Hub Elements' strings for a locale. Connected elements
 * re-render with them.
 *
 * German (`de`), Spanish (`es`) and Brazilian Portuguese (`pt-BR`) ship with the library and load
 * by themselves when a page first shows them; strings registered here take precedence over
 * theirs. Missing keys fall back to the language without its region (`pt` for `pt-BR`), then to
 * English, so a partial translation never shows a raw key.
 *
 * @param locale - A BCP 47 tag such as `de` or `pt-BR`.
 * @param messages - The strings to add; see `englishMessages` for every key and its English text.
 */
export function registerMessages(locale: string, messages: Messages): void {
  const key = locale.toLowerCase();
  catalogs.set(key, { ...catalogs.get(key), ...messages });
  notifyChange();
}

function lookup(locale: string, key: MessageKey): Message {
  const tag = locale.toLowerCase();
  const language = tag.split('-')[0] ?? tag;
  loadShippedLanguage(language);
  return catalogs.get(tag)?.[key] ?? catalogs.get(language)?.[key] ?? english[key] ?? key;
}

/** Parameters substituted into a message's `{name}` placeholders; numbers are formatted for the locale. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Returns the string for `key` in `locale`, with `params` substituted. A shipped translation that
 * has not loaded yet starts loading, and the English string stands in until it has.
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
    return typeof value === 'number' ? numberFormat(locale).format(value) : value;
  });
}

function pluralCategory(locale: string, count: string | number | undefined): Intl.LDMLPluralRule {
  return typeof count === 'number' ? pluralRulesFor(locale).select(count) : 'other';
}
