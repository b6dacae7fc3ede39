import { LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { hubContext, type HubContext } from './context.js';
import { translate, type MessageParams } from './localize.js';
import type { MessageKey } from './messages.js';
import { tokens } from '../styles/tokens.js';
import './events.js';

/**
 * The base class of every Hub Element: reads the nearest `<hub-provider>` through context, resolves
 * the theme tokens, translates strings and emits typed `hub-*` events.
 */
export class HubElement extends LitElement {
  static override styles = [tokens];

  /** What the nearest `<hub-provider>` shares; `undefined` when the element has no provider. */
  @consume({ context: hubContext, subscribe: true })
  @state()
  protected hub: HubContext | undefined;

  /** The locale in effect: the provider's, else the document's `lang`, else English. */
  protected get resolvedLocale(): string {
    return this.hub?.locale || document.documentElement.lang || 'en';
  }

  /** Translates a message into the locale in effect. */
  protected t(key: MessageKey, params?: MessageParams): string {
    return translate(this.resolvedLocale, key, params);
  }

  /**
   * Dispatches a `hub-*` event that bubbles and crosses shadow roots, so a portal can listen on
   * any ancestor (or `document`).
   *
   * @returns `false` when the event was cancelable and a listener called `preventDefault()`.
   */
  protected emit<K extends keyof HubEventMap>(
    type: K,
    detail: HubEventMap[K],
    options: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(
      new CustomEvent(type, {
        detail,
        bubbles: true,
        composed: true,
        cancelable: options.cancelable ?? false,
      }),
    );
  }
}
