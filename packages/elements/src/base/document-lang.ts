import type { ReactiveElement } from 'lit';

/** The connected elements that show text in the document's language. */
const listeners = new Set<ReactiveElement>();
let observer: MutationObserver | undefined;

/**
 * The `lang` of the page's `<html>`, or `''` where there is no document (server rendering, Node).
 */
export function documentLang(): string {
  return typeof document === 'undefined' ? '' : document.documentElement.lang;
}

/** The browser's preferred language, or `''` where there is none (Node before 21). */
function browserLanguage(): string {
  return typeof navigator === 'undefined' ? '' : (navigator.language ?? '');
}

const usable = new Map<string, string>();

/**
 * `tag` as a locale `Intl` accepts: `en_US` (a common way pages write it) becomes `en-US`, and a
 * tag that is no locale at all becomes `en`, rather than every formatter throwing.
 */
export function usableLocale(tag: string): string {
  let locale = usable.get(tag);
  if (locale === undefined) {
    try {
      locale = Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0] ?? 'en';
    } catch {
      locale = 'en';
    }
    usable.set(tag, locale);
  }
  return locale;
}

/**
 * The locale a Hub Element uses when no provider names one: the page's `<html lang>`, else the
 * browser's language, else English.
 */
export function defaultLocale(): string {
  return documentLang() || browserLanguage() || 'en';
}

const rerenderAll = () => {
  for (const listener of listeners) listener.requestUpdate();
};

/**
 * Re-renders `element` whenever the page's `<html lang>` or the browser's language changes, until
 * {@link stopFollowingDocumentLang}. One observer serves every element: a portal that switches
 * language switches every Hub Element at once.
 */
export function followDocumentLang(element: ReactiveElement): void {
  listeners.add(element);
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(rerenderAll);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  window.addEventListener('languagechange', rerenderAll);
}

/** Stops re-rendering `element` on language changes; the last one lets the observers go. */
export function stopFollowingDocumentLang(element: ReactiveElement): void {
  listeners.delete(element);
  if (listeners.size > 0 || !observer) return;
  observer.disconnect();
  observer = undefined;
  window.removeEventListener('languagechange', rerenderAll);
}
