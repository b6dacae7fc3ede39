import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  isRightToLeftLanguage,
  previewTemplate,
  type MessageTemplate,
  type PreviewButton,
  type PreviewCard,
  type PreviewHeader,
  type PreviewStrings,
  type PreviewValues,
  type TemplateCreateRequest,
  type TemplatePreview,
} from '@hub/core';
import { HubElement } from '../base/hub-element.js';
import { emptyView } from '../base/status-views.js';
import { formattedText } from './formatted-text.js';
import { templatePreviewMessages } from './messages.js';
import { styles } from './template-preview.styles.js';

const MEDIA_ICON = { IMAGE: '🖼', VIDEO: '▶', DOCUMENT: '📄', GIF: 'GIF' } as const;
const BUTTON_ICON: Partial<Record<PreviewButton['type'], string>> = {
  URL: '↗',
  PHONE_NUMBER: '✆',
  COPY_CODE: '⧉',
  OTP: '⧉',
  QUICK_REPLY: '↩',
  CATALOG: '☰',
  MPM: '☰',
  SPM: '☰',
  FLOW: '☰',
  VOICE_CALL: '✆',
};

/**
 * A WhatsApp-style chat bubble showing a message template as the recipient sees it.
 *
 * Give it a template — a create request (as the editor builds it) or a template from
 * `client.templates` — and optional `values` for the variables; without values the template's
 * examples are shown. The bubble is rendered from `@hub/core`'s `previewTemplate` tree, never from
 * HTML strings, so markup in template text shows as text. Right-to-left languages (Arabic, Hebrew,
 * Persian, Urdu…) are laid out right to left. It needs no provider.
 *
 * @tagname hub-template-preview
 * @summary WhatsApp-style preview of a message template.
 * @csspart chat - The chat background around the message.
 * @csspart bubble - The message bubble (and each carousel card's bubble).
 * @csspart header - The header: text, media placeholder or location.
 * @csspart body - The body text.
 * @csspart footer - The footer text.
 * @csspart buttons - The list of buttons under the bubble.
 * @csspart button - One button.
 * @csspart cards - The carousel's list of cards.
 * @csspart empty - Shown when there is no template.
 * @cssprop [--hub-template-preview-background=light-dark(#efeae2, #0b141a)] - The chat wallpaper.
 * @cssprop [--hub-template-preview-bubble=light-dark(#ffffff, #202c33)] - Bubble and button background.
 * @cssprop [--hub-template-preview-text=light-dark(#111b21, #e9edef)] - Message text.
 * @cssprop [--hub-template-preview-meta=light-dark(#54656f, #8696a0)] - Footer, time and placeholders.
 * @cssprop [--hub-template-preview-link=light-dark(#027eb5, #53bdeb)] - Button labels.
 * @cssprop [--hub-template-preview-width=20rem] - Maximum width of the bubble.
 */
export class HubTemplatePreview extends HubElement {
  /** Shadow styles: the `--hub-*` tokens and this element's rules (theme with `--hub-*` and `::part()`). */
  static override styles = [...HubElement.styles, styles];

  /** English strings of the preview. */
  static override messages = templatePreviewMessages;

  /** The template to show: a create request, or a template read through `client.templates`. */
  @property({ attribute: false }) template: TemplateCreateRequest | MessageTemplate | undefined;

  /** Values for the variables; any left out fall back to the template's examples. */
  @property({ attribute: false }) values: PreviewValues | undefined;

  /**
   * The template's language code (e.g. `ar`), which sets the text direction; defaults to the
   * template's own `language`.
   */
  @property() language: string | undefined;

  private preview: TemplatePreview | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('template') || changed.has('values') || changed.has('hub')) {
      this.preview = this.template
        ? previewTemplate(this.template, this.values, { strings: this.strings() })
        : undefined;
    }
  }

  private strings(): PreviewStrings {
    return {
      verificationCode: (code) => this.t('templatePreview.verificationCode', { code }),
      securityRecommendation: this.t('templatePreview.securityRecommendation'),
      codeExpiry: (count) => this.t('templatePreview.codeExpiry', { count }),
      copyCode: this.t('templatePreview.copyCode'),
      autofill: this.t('templatePreview.autofill'),
      copyOfferCode: this.t('templatePreview.copyOfferCode'),
      seeAllOptions: this.t('templatePreview.seeAllOptions'),
      sampleCode: '123456',
    };
  }

  protected override render() {
    const preview = this.preview;
    if (!preview) {
      return emptyView(this.t('templatePreview.empty'), this.t('templatePreview.emptyHint'));
    }
    const language = this.language ?? this.template?.language ?? '';
    const dir = isRightToLeftLanguage(language) ? 'rtl' : 'ltr';
    return html`<figure class="chat" part="chat" dir=${dir} lang=${language.replace('_', '-')}>
      <figcaption class="visually-hidden">${this.t('templatePreview.label')}</figcaption>
      <div class="message">
        <div class="bubble" part="bubble">
          ${this.renderHeader(preview.header)} ${this.renderOffer(preview)}
          <div class="body" part="body">${formattedText(preview.body)}</div>
          ${preview.footer ? html`<p class="footer" part="footer">${preview.footer}</p>` : nothing}
          <span class="time" aria-hidden="true">12:00</span>
        </div>
        ${this.renderButtons(preview.inlineButtons, preview.seeAllLabel)}
        ${preview.carousel ? this.renderCards(preview.carousel) : nothing}
      </div>
      ${
        preview.phoneOnly
          ? html`<p class="note">${this.t('templatePreview.phoneOnly')}</p>`
          : nothing
      }
    </figure>`;
  }

  private renderHeader(header: PreviewHeader | undefined): TemplateResult | typeof nothing {
    if (!header) return nothing;
    if (header.type === 'text') {
      return header.text ? html`<p class="header-text" part="header">${header.text}</p>` : nothing;
    }
    const [icon, label] =
      header.type === 'location'
        ? ['📍', this.t('templatePreview.location')]
        : [MEDIA_ICON[header.format], this.t(`templatePreview.${lower(header.format)}`)];
    return html`<div class="media" part="header">
      <span class="media-icon" aria-hidden="true">${icon}</span><span>${label}</span>
    </div>`;
  }

  private renderOffer(preview: TemplatePreview) {
    const offer = preview.limitedTimeOffer;
    if (!offer) return nothing;
    return html`<div class="offer">
      <span aria-hidden="true">🎁</span>
      <span
        ><strong>${offer.text}</strong>${
          offer.hasExpiration
            ? html`<small>${this.t('templatePreview.offerExpires')}</small>`
            : nothing
        }</span
      >
    </div>`;
  }

  private renderButtons(buttons: readonly PreviewButton[], seeAll?: string) {
    if (buttons.length === 0) return nothing;
    return html`<ul class="buttons" part="buttons" aria-label=${this.t('templatePreview.buttons')}>
      ${buttons.map(
        (button) =>
          html`<li class="button" part="button">
            <span aria-hidden="true">${BUTTON_ICON[button.type] ?? ''}</span>${button.label}
          </li>`,
      )}
      ${
        seeAll
          ? html`<li class="button" part="button"><span aria-hidden="true">☰</span>${seeAll}</li>`
          : nothing
      }
    </ul>`;
  }

  private renderCards(cards: readonly PreviewCard[]) {
    return html`<ol
      class="cards"
      part="cards"
      tabindex="0"
      aria-label=${this.t('templatePreview.cards')}
    >
      ${cards.map(
        (card, index) =>
          html`<li
            class="card"
            aria-label=${this.t('templatePreview.card', { n: index + 1, count: cards.length })}
          >
            <div class="bubble" part="bubble">
              ${this.renderHeader(card.header)}
              ${card.body ? html`<div class="body">${formattedText(card.body)}</div>` : nothing}
            </div>
            ${this.renderButtons(card.buttons)}
          </li>`,
      )}
    </ol>`;
  }
}

const lower = <T extends string>(value: T) => value.toLowerCase() as Lowercase<T>;
