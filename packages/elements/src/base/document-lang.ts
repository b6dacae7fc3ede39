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

/**
 * Re-renders `element` whenever the page's `<html lang>` changes, until
 * {@link stopFollowingDocumentLang}. One observer serves every element: a portal that switches
 * language switches every Hub Element at once.
 */
export function followDocumentLang(element: ReactiveElement): void {
  listeners.add(element);
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const listener of listeners) listener.requestUpdate();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/** Stops re-rendering `element` on `<html lang>` changes; the last one lets the observer go. */
export function stopFollowingDocumentLang(element: ReactiveElement): void {
  listeners.delete(element);
  if (listeners.size > 0) return;
  observer?.disconnect();
  observer = undefined;
}
