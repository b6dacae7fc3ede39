import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS properties (custom ones too) on an element through CSSOM (`style.setProperty`, names
 * in CSS spelling: `left`, `--_index`), on the first
 * render too. Lit's `styleMap` writes a `style` attribute the first time, which a strict Content
 * Security Policy (`style-src` without `'unsafe-inline'`) blocks; CSSOM is never blocked.
 *
 * @example html`<div ${cssProps({ '--_index': String(i) })}></div>`
 */
class CssPropsDirective extends Directive {
  private applied = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) {
      throw new Error('cssProps() belongs on an element, e.g. <div ${cssProps({...})}>.');
    }
  }

  render(_props: Readonly<Record<string, string>>) {
    return nothing;
  }

  override update(part: ElementPart, [props]: [Readonly<Record<string, string>>]) {
    const style = (part.element as HTMLElement).style;
    for (const name of this.applied) {
      if (!(name in props)) style.removeProperty(name);
    }
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    this.applied = new Set(Object.keys(props));
    return noChange;
  }
}

/** See {@link CssPropsDirective}: CSS properties set without a `style` attribute. */
export const cssProps = directive(CssPropsDirective);
