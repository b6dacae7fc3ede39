import { css, html, isServer } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { createHubClient, type Capability, type HubClient, type HubLive } from '@hub/core';
import { HubElement } from '../base/hub-element.js';
import { hubContext, type HubAppearance, type HubContext } from '../base/context.js';
import { sessionTokenFromEndpoint } from './session-endpoint.js';
import { defaultLocale } from '../base/document-lang.js';

declare global {
  interface HubEventMap {
    /** The session token could not be fetched; `message` is a sentence a portal may show. */
    'hub-session-error': { message: string; error: unknown };
  }
}

/**
 * Shares a Hub client, the locale, the session's permissions and the appearance with every Hub
 * Element inside it.
 *
 * Give it a ready-made `client` (npm use), or let it build one from attributes (drop-in use):
 * `base-url`, `partner-id` and `session-url`, the partner backend endpoint that returns a
 * short-lived session token, so no API key ever reaches the browser. A provider nested in another
 * inherits whatever it does not set itself.
 *
 * With `live`, the elements inside show changes the Hub reports (a number going Running, a
 * template approved) within about a second: the provider opens its client's live stream
 * (`client.live()`, served by `@hub/server`; see docs/live-updates.md) while it is connected,
 * and the lists highlight and announce the rows that changed. Where the server has no stream,
 * the lists are read again at an interval instead.
 *
 * @tagname hub-provider
 * @summary Configures the Hub Elements inside it.
 * @slot - The Hub Elements (and any other content) that use this provider.
 * @fires hub-session-error - The session endpoint failed; `detail: { message, error }`.
 */
export class HubProvider extends HubElement {
  /** Shadow styles: the `--hub-*` tokens and this element's rules (theme with `--hub-*` and `::part()`). */
  static override styles = [
    ...HubElement.styles,
    css`
      :host {
        display: block;
      }
      :host([appearance='light']) {
        color-scheme: light;
      }
      :host([appearance='dark']) {
        color-scheme: dark;
      }
    `,
  ];

  /** A client made with `createHubClient` from `@hub/core`; takes precedence over the attributes. */
  @property({ attribute: false }) client: HubClient | undefined;

  /** Base URL of the Hub Partner API (or of the partner's proxy), e.g. `/hub-api`. */
  @property({ attribute: 'base-url' }) baseUrl: string | undefined;

  /** The partner ID (ending in `PA`) used in API paths. */
  @property({ attribute: 'partner-id' }) partnerId: string | undefined;

  /** The 360dialog client (ID ending in `CL`) whose hub the elements show. */
  @property({ attribute: 'client-id' }) clientId: string | undefined;

  /**
   * The partner backend endpoint that returns `{ "token": "…" }` for this user (same-origin
   * `POST` with `{ clientId }`). Used when no `sessionToken` function is set.
   */
  @property({ attribute: 'session-url' }) sessionUrl: string | undefined;

  /**
   * Your partner account's payment type, `direct` or `partner`: the Hub sets it per partner
   * account and sends it with no client, and the elements offer some actions (Activate Inbox,
   * Signals on a plan) by it. Used when the provider builds its client from attributes.
   */
  @property({ attribute: 'payment-type' }) paymentType: 'direct' | 'partner' | undefined;

  /**
   * Keep the elements up to date with the Hub's changes as they happen, over the live stream of
   * `@hub/server` (`GET {base-url}/events`), falling back to reading again at an interval.
   */
  @property({ type: Boolean, reflect: true }) live = false;

  /** A function that returns a fresh short-lived session token; takes precedence over `session-url`. */
  @property({ attribute: false }) sessionToken: (() => Promise<string>) | undefined;

  /**
   * BCP 47 locale for strings and formatting. Defaults to the document's `lang`, then the
   * browser's language, then `en`. English, German (`de`), Spanish (`es`) and Brazilian Portuguese
   * (`pt-BR`) ship; others fall back to English unless registered with `registerMessages`.
   */
  @property({ reflect: true }) locale: string | undefined;

  /** `auto` follows the page's `color-scheme`; `light` and `dark` force one. */
  @property({ reflect: true }) appearance: HubAppearance = 'auto';

  /**
   * The capabilities of this session. Leave unset to have the provider ask the client
   * (`client.permissions.get(clientId)`: the client's `capabilities` option, every capability for
   * a partner API key, or the session as `@hub/server` describes it at `GET {base-url}/session`);
   * set it when the portal already knows them. While they are unknown, elements offer nothing
   * that needs a capability.
   */
  @property({ attribute: false }) permissions: readonly Capability[] | undefined;

  /** The client built from attributes, kept until one of its inputs changes. */
  @state() private ownClient: HubClient | undefined;

  /** Permissions loaded through the client for the current client and client ID. */
  @state() private loadedPermissions: ReadonlySet<Capability> | undefined;

  /** The hold on the live stream of the client it was opened for. */
  private liveHold: { client: HubClient; hold: HubLive } | undefined;

  @provide({ context: hubContext })
  @state()
  protected provided: HubContext = {
    client: undefined,
    clientId: undefined,
    locale: 'en',
    permissions: undefined,
    appearance: 'auto',
  };

  /** What the client built from attributes was built from; it is built again when one changes. */
  private builtFrom: readonly unknown[] | undefined;

  protected override willUpdate(): void {
    this.provide();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The elements inside connect right after the provider and ask for the context at once: with
    // the client already in it, their reads leave then, before any element renders. Only a
    // context that is complete is given this early: a framework may set the provider's
    // properties just after putting it in the page, and a client built without them (another
    // base URL, no client ID) would send requests that the first update then throws away.
    if (this.readyAtConnect()) this.provide();
    this.holdLive();
  }

  /** A ready-made client, or every attribute a client is built from, and a client ID. */
  private readyAtConnect(): boolean {
    const clientId = this.clientId ?? this.hub?.clientId;
    if (!clientId) return false;
    if (this.client) return true;
    return !!this.partnerId && !!this.baseUrl && !!(this.sessionToken ?? this.sessionUrl);
  }

  /** Works out what the elements inside get from the current properties and the outer provider. */
  private provide(): void {
    const inputs = [
      this.baseUrl,
      this.partnerId,
      this.clientId,
      this.sessionUrl,
      this.sessionToken,
      this.paymentType,
    ];
    if (!this.builtFrom || inputs.some((input, i) => input !== this.builtFrom![i])) {
      this.builtFrom = inputs;
      this.ownClient = this.buildClient();
    }
    const outer = this.hub;
    const client = this.client ?? this.ownClient ?? outer?.client;
    const clientId = this.clientId ?? outer?.clientId;
    if (client !== this.provided.client || clientId !== this.provided.clientId) {
      this.loadPermissions(client, clientId);
    }
    this.provided = {
      client,
      clientId,
      locale: this.locale || outer?.locale || defaultLocale(),
      permissions: this.permissions
        ? new Set(this.permissions)
        : (this.loadedPermissions ??
          (clientId === outer?.clientId ? outer?.permissions : undefined)),
      appearance: this.appearance === 'auto' && outer ? outer.appearance : this.appearance,
    };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.releaseLive();
  }

  protected override updated(): void {
    this.holdLive();
  }

  /** Holds the live stream of the provided client while `live` is set and the provider connected. */
  private holdLive(): void {
    const client = this.live && this.isConnected && !isServer ? this.provided.client : undefined;
    if (client === this.liveHold?.client) return;
    this.releaseLive();
    if (client) this.liveHold = { client, hold: client.live() };
  }

  private releaseLive(): void {
    this.liveHold?.hold.close();
    this.liveHold = undefined;
  }

  private loadPermissions(client: HubClient | undefined, clientId: string | undefined): void {
    this.loadedPermissions = undefined;
    // Server rendering draws the first state only: the session and every request stay in the browser.
    if (!client || !clientId || this.permissions || isServer) return;
    // An outer provider showing the same client already loads them.
    if (client === this.hub?.client && clientId === this.hub.clientId) return;
    client.permissions.get(clientId).then(
      (granted) => {
        // A late answer for a client that is no longer shown must not grant anything.
        if (this.provided.client === client && this.provided.clientId === clientId) {
          this.loadedPermissions = granted.capabilities;
        }
      },
      () => {
        // Unknown permissions fail closed; the elements' own requests report the error itself.
      },
    );
  }

  private buildClient(): HubClient | undefined {
    const tokenSource =
      this.sessionToken ??
      (this.sessionUrl ? sessionTokenFromEndpoint(this.sessionUrl, this.clientId) : undefined);
    if (!this.partnerId || !tokenSource || isServer) return undefined;
    const inputs = this.builtFrom;
    const sessionToken = async () => {
      try {
        return await tokenSource();
      } catch (error) {
        // A client replaced since (its inputs changed) no longer speaks for the provider.
        if (this.builtFrom !== inputs) throw error;
        const reason = error instanceof Error ? error.message : String(error);
        this.emit('hub-session-error', {
          message: this.t('provider.sessionFailed', { reason }),
          error,
        });
        throw error;
      }
    };
    return createHubClient({
      ...(this.baseUrl ? { baseUrl: absolute(this.baseUrl) } : {}),
      partnerId: this.partnerId,
      auth: { sessionToken },
      ...(this.paymentType === 'direct' || this.paymentType === 'partner'
        ? { paymentType: this.paymentType }
        : {}),
    });
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

/** `url` resolved against the page; as given where there is no page (server rendering). */
function absolute(url: string): string {
  return typeof document === 'undefined' ? url : new URL(url, document.baseURI).href;
}
