import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { HubElement } from '../base/hub-element.js';
import { styles } from './help-links.styles.js';
import { helpLinksMessages } from './messages.js';
import { HELP_LINK_KINDS, helpLinkUrl, type HelpLinkKind, type HelpLinks } from './links.js';

/**
 * The Client Hub menu's help links: Documentation, Roadmap, Status and Support. Each opens in a
 * new tab. They lead to 360dialog's pages unless the partner sets its own (a white-label portal
 * points Support at its own desk); only `https:` and same-origin addresses are linked. It needs
 * no `<hub-provider>`.
 *
 * @tagname hub-help-links
 * @summary Documentation, Roadmap, Status and Support links.
 *
 * @csspart list - The list of links.
 * @csspart link - One link (`data-link` is `docs`, `roadmap`, `status` or `support`).
 *
 * @cssprop [--hub-help-links-gap] - Space between the links.
 */
export class HubHelpLinks extends HubElement {
  /** Shadow styles: the `--hub-*` tokens and this element's rules. */
  static override styles = [...HubElement.styles, styles];
  static override messages = helpLinksMessages;

  /** The Documentation page; 360dialog's API documentation by default. */
  @property({ attribute: 'docs-url' }) docsUrl: string | undefined;
  /** The Roadmap page. */
  @property({ attribute: 'roadmap-url' }) roadmapUrl: string | undefined;
  /** The Status page. */
  @property({ attribute: 'status-url' }) statusUrl: string | undefined;
  /** Where a client creates a support ticket. */
  @property({ attribute: 'support-url' }) supportUrl: string | undefined;

  /**
   * All addresses at once, for a portal that keeps them in its configuration; an attribute set on
   * the element wins. `null` hides a link.
   */
  @property({ attribute: false }) links: Partial<HelpLinks> = {};

  /** `horizontal` (default) for a header, `vertical` for a menu or a settings page. */
  @property({ reflect: true }) layout: 'horizontal' | 'vertical' = 'horizontal';

  override render() {
    const attributes: Record<HelpLinkKind, string | undefined> = {
      docs: this.docsUrl,
      roadmap: this.roadmapUrl,
      status: this.statusUrl,
      support: this.supportUrl,
    };
    const shown = HELP_LINK_KINDS.flatMap((kind) => {
      const url = helpLinkUrl(kind, attributes[kind] ?? this.links[kind], 'hub-help-links');
      return url ? [{ kind, url }] : [];
    });
    if (shown.length === 0) return nothing;
    return html`<nav aria-label=${this.t('helpLinks.label')}>
      <ul part="list">
        ${shown.map(
          ({ kind, url }) =>
            html`<li>
              <a part="link" data-link=${kind} href=${url} target="_blank" rel="noopener"
                >${this.t(`helpLinks.${kind}`)}<span class="visually-hidden">
                  ${this.t('helpLinks.newTab')}</span
                ></a
              >
            </li>`,
        )}
      </ul>
    </nav>`;
  }
}
