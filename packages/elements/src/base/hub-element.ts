import { LitElement } from 'lit';
import { HubError } from '@hub/core';
import { state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { hubContext, type HubContext } from './context.js';
import { registerEnglish, translate, type MessageParams } from './localize.js';
import type { MessageKey, Messages } from './messages.js';
import { tokens } from '../styles/tokens.js';
import { shared } from '../styles/shared.js';
import { createHubEvent, RENAMED_EVENTS } from './events.js';
import { documentLang, followDocumentLang, stopFollowingDocumentLang } from './document-lang.js';

/**
 * The base class of every Hub Element: reads the nearest `<hub-provider>` through context, resolves
 * the theme tokens, translates strings and emits typed `hub-*` events.
 *
 * @cssprop [--hub-color-text] - Main text colour.
 * @cssprop [--hub-color-text-muted] - Secondary text: hints, captions, table headers.
 * @cssprop [--hub-color-surface] - Background of panels, tables and dialogs.
 * @cssprop [--hub-color-surface-raised] - Background of toolbars, headers and hovered rows.
 * @cssprop [--hub-color-border] - Borders and separators.
 * @cssprop [--hub-color-accent] - Primary actions, links and selection.
 * @cssprop [--hub-color-on-accent] - Text on the accent colour.
 * @cssprop [--hub-color-success] - Positive states (approved, connected, high quality).
 * @cssprop [--hub-color-warning] - States that need attention (pending, medium quality).
 * @cssprop [--hub-color-danger] - Errors and destructive actions.
 * @cssprop [--hub-color-focus-ring] - Keyboard focus outline; defaults to the accent.
 * @cssprop [--hub-font-family=inherit] - Text font; inherits the portal's font by default.
 * @cssprop [--hub-font-family-mono] - Font for IDs, code and monospaced WhatsApp text.
 * @cssprop [--hub-font-size=0.875rem] - Base text size.
 * @cssprop [--hub-radius=0.375rem] - Corner radius of controls and panels.
 * @cssprop [--hub-spacing=0.5rem] - The spacing unit; paddings and gaps are multiples of it.
 */
export class HubElement extends LitElement {
  /** Shadow styles: the `--hub-*` tokens and this element's rules (theme with `--hub-*` and `::part()`). */
  static override styles = [tokens, shared];

  /**
   * The English strings this element shows (its component's catalog, plus any it borrows), the
   * fallback for every locale. Subclasses set it; it is registered when the class is defined.
   */
  static messages: Messages = {};

  protected static override finalize(): void {
    super.finalize();
    registerEnglish(this.messages);
  }

  /** What the nearest `<hub-provider>` shares; `undefined` when the element has no provider. */
  @consume({ context: hubContext, subscribe: true })
  @state()
  protected hub: HubContext | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // A portal that switches language by setting `<html lang>` sees every element follow.
    followDocumentLang(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    stopFollowingDocumentLang(this);
  }

  /** The locale in effect: the provider's, else the document's `lang`, else English. */
  protected get resolvedLocale(): string {
    return this.hub?.locale || documentLang() || 'en';
  }

  /** Translates a message into the locale in effect. */
  protected t(key: MessageKey, params?: MessageParams): string {
    return translate(this.resolvedLocale, key, params);
  }

  /** A sentence for the user about `error`, in the locale in effect. */
  protected errorMessage(error: unknown): string {
    return error instanceof HubError ? this.t(`error.${error.kind}`) : this.t('error.unknown');
  }

  /**
   * Dispatches a bubbling, composed `hub-*` event (see {@link createHubEvent}).
   *
   * @returns `false` when the event was cancelable and a listener called `preventDefault()`.
   */
  protected emit<K extends keyof HubEventMap>(
    type: K,
    detail: HubEventMap[K],
    options: { cancelable?: boolean } = {},
  ): boolean {
    const proceed = this.dispatchEvent(createHubEvent(type, detail, options));
    const oldName = RENAMED_EVENTS[type];
    if (!oldName) return proceed;
    const old = createHubEvent(oldName, detail as HubEventMap[typeof oldName], options);
    return this.dispatchEvent(old) && proceed;
  }
}
