import { adoptStyles, isServer, LitElement, type PropertyValues } from 'lit';
import { HubError } from '@hub/core';
import { state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { hubContext, type HubContext } from './context.js';
import { onMessagesChange, registerEnglish, translate, type MessageParams } from './localize.js';
import type { Message, MessageKey } from './messages.js';
import { tokens } from '../styles/tokens.js';
import { shared } from '../styles/shared.js';
import { createHubEvent, RENAMED_EVENTS } from './events.js';
import {
  defaultLocale,
  followDocumentLang,
  stopFollowingDocumentLang,
  usableLocale,
} from './document-lang.js';

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
  // Typed by its keys' shape, not as `Messages`: a subclass's catalog adds its keys to `Messages`
  // only where its module is loaded, which the declarations a consumer compiles do not guarantee.
  static messages: Readonly<Record<string, Message>> = {};

  protected static override finalize(): void {
    super.finalize();
    registerEnglish(this.messages);
  }

  /** What the nearest `<hub-provider>` shares; `undefined` when the element has no provider. */
  @consume({ context: hubContext, subscribe: true })
  @state()
  protected hub: HubContext | undefined;

  private stopFollowingMessages: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // A portal that switches language by setting `<html lang>` sees every element follow.
    followDocumentLang(this);
    // A shipped translation arrives after the first render; so may a portal's own.
    this.stopFollowingMessages = onMessagesChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    stopFollowingDocumentLang(this);
    this.stopFollowingMessages?.();
  }

  /**
   * True while the element draws server-rendered markup (`@lit-labs/ssr`, see docs/ssr.md): on the
   * server, where no provider answers, and in the client render that hydrates that markup. Elements
   * that need a provider show their loading state then, so both sides draw the same first state.
   */
  protected prerendering = isServer;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // lit's hydrate support hands back the shadow root the server declared, filled and unstyled.
    const declared = this.shadowRoot !== null;
    const root = super.createRenderRoot();
    if (declared && root.hasChildNodes()) {
      this.prerendering = true;
      // Its inline `<style>`s are refused under a strict `style-src`: adopt the sheets as usual.
      adoptStyles(root as ShadowRoot, (this.constructor as typeof LitElement).elementStyles);
    }
    return root;
  }

  protected override update(changed: PropertyValues): void {
    if (!this.prerendering || isServer) return super.update(changed);
    // Hydrate with what the server saw (no provider), then draw with the provider at once.
    const hub = this.hub;
    // eslint-disable-next-line lit/no-property-change-update -- hidden for this one render only
    this.hub = undefined;
    super.update(changed);
    this.prerendering = false;
    // eslint-disable-next-line lit/no-property-change-update -- after super.update: renders again
    this.hub = hub;
    this.requestUpdate();
  }

  /** The locale in effect: the provider's, else the document's `lang`, else the browser's, else English. */
  protected get resolvedLocale(): string {
    return usableLocale(this.hub?.locale || defaultLocale());
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
