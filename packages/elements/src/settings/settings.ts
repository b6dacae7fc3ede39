import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { HubElement } from '../base/hub-element.js';
import type { HelpLinks } from '../help-links/links.js';
import { styles } from './settings.styles.js';
import { settingsMessages } from './messages.js';

/** The settings elements composed by tag name, so a page that registers only some still works. */
const COMPOSED = {
  permissions: 'hub-partner-permissions',
  partnerChange: 'hub-partner-change',
} as const;

type Composed = keyof typeof COMPOSED;

/**
 * The client's settings, as in the Client Hub: which numbers the partner may manage
 * (`<hub-partner-permissions>`), the current partner and a change of partner
 * (`<hub-partner-change>`), and the help links. Each composed element shows once its tag is
 * registered; until then its section is left out. The user's own name, email and sign-out belong
 * to the partner's sign-in, not to the Hub: the portal puts them in the `user-settings` slot.
 * Place it inside a `<hub-provider>`.
 *
 * @tagname hub-settings
 * @summary The client's settings: partner permissions, partner change, help, the user's account.
 *
 * @slot user-settings - The partner's own user settings (name, email, sign-out); its section shows only when filled.
 *
 * @csspart section - One section (`data-section` is `permissions`, `partner-change`, `help` or `user`).
 * @csspart section-title - A section's heading.
 *
 * @cssprop [--hub-settings-gap] - Space between the sections.
 */
export class HubSettings extends HubElement {
  /** Shadow styles: the `--hub-*` tokens and this element's rules. */
  static override styles = [...HubElement.styles, styles];
  static override messages = settingsMessages;

  /** The help links' addresses (see `<hub-help-links>`); unset ones lead to 360dialog's pages. */
  @property({ attribute: false }) helpLinks: Partial<HelpLinks> = {};

  /** Passed to `<hub-partner-permissions>`: the Hub's origin for its permission page (default the real Hub). */
  @property({ attribute: 'hub-origin' }) hubOrigin = '';

  /** Passed to `<hub-partner-permissions>`: the page of yours the Hub sends the result back to. */
  @property({ attribute: 'redirect-url' }) redirectUrl = '';

  /** Passed to `<hub-partner-change>`: your name as the client's partner. */
  @property({ attribute: 'partner-name' }) partnerName = '';

  @state() private hasUserSettings = false;
  @state() private composed: Partial<Record<Composed, HTMLElement>> = {};

  override connectedCallback(): void {
    super.connectedCallback();
    for (const key of Object.keys(COMPOSED) as Composed[]) {
      // Created once: re-creating on each render would lose its state (a loaded list, a popup).
      void customElements.whenDefined(COMPOSED[key]).then(() => {
        if (this.composed[key]) return;
        this.composed = { ...this.composed, [key]: document.createElement(COMPOSED[key]) };
      });
    }
  }

  protected override updated(): void {
    // The composed elements are created here, not by the template, so their settings are set here.
    const { permissions, partnerChange } = this.composed;
    if (permissions) {
      if (this.hubOrigin) permissions.setAttribute('hub-origin', this.hubOrigin);
      if (this.redirectUrl) permissions.setAttribute('redirect-url', this.redirectUrl);
    }
    if (partnerChange && this.partnerName) {
      partnerChange.setAttribute('partner-name', this.partnerName);
    }
  }

  override render() {
    const { permissions, partnerChange } = this.composed;
    return html`<div class="sections">
      ${this.section('permissions', this.t('settings.permissions'), permissions)}
      ${this.section('partner-change', this.t('settings.partnerChange'), partnerChange)}
      ${this.section(
        'help',
        this.t('settings.help'),
        html`<hub-help-links layout="vertical" .links=${this.helpLinks}></hub-help-links>`,
      )}
      <section
        part="section"
        data-section="user"
        aria-labelledby="user-title"
        ?hidden=${!this.hasUserSettings}
      >
        <h2 part="section-title" id="user-title">${this.t('settings.user')}</h2>
        <slot name="user-settings" @slotchange=${this.onUserSlot}></slot>
      </section>
    </div>`;
  }

  private section(
    name: string,
    title: string,
    content: TemplateResult | HTMLElement | undefined,
  ): TemplateResult | typeof nothing {
    if (!content) return nothing;
    return html`<section part="section" data-section=${name} aria-labelledby="${name}-title">
      <h2 part="section-title" id="${name}-title">${title}</h2>
      ${content}
    </section>`;
  }

  private onUserSlot = (event: Event): void => {
    const slot = event.target as HTMLSlotElement;
    this.hasUserSettings = slot.assignedNodes({ flatten: true }).length > 0;
  };
}
