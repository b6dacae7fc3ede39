import { warmFormattersWhenIdle } from './formatters.js';

/**
 * Registers a custom element unless the tag is already taken.
 *
 * Partners sometimes load Hub Elements twice (the drop-in file on one page, the npm package in a
 * micro-frontend). `customElements.define` would throw on the second registration and stop the
 * page's script; the first registration wins instead, and a warning names a clash between two
 * different classes so a duplicated bundle can be found.
 *
 * @param tag - The custom element name, e.g. `hub-provider`.
 * @param ctor - The element class.
 * @returns `true` when this call registered the tag, `false` when it was already registered.
 */
export function define(tag: string, ctor: CustomElementConstructor): boolean {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== ctor) {
      console.warn(
        `<${tag}> is already defined by another copy of Hub Elements; keeping the first one. ` +
          'Load the library once per page to avoid version mismatches.',
      );
    }
    return false;
  }
  customElements.define(tag, ctor);
  warmFormattersWhenIdle();
  return true;
}
