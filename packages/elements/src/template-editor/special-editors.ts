import { html, nothing } from 'lit';
import { variableNames, type DraftButton, type DraftCard, type OtpType } from '@hub/core';
import { buttonsEditor } from './buttons-editor.js';
import {
  checkedOf,
  controlId,
  describedBy,
  fieldIssues,
  invalid,
  valueOf,
  type EditorContext,
} from './context.js';

const OTP_TYPES: readonly OtpType[] = ['COPY_CODE', 'ONE_TAP', 'ZERO_TAP'];

/** Authentication options: how the code is delivered, the security note and the expiry. */
export function authenticationEditor(ctx: EditorContext) {
  const { draft, t } = ctx;
  const otp: DraftButton = draft.buttons[0] ?? { type: 'OTP', otpType: 'COPY_CODE' };
  const setOtp = (change: Partial<DraftButton>) =>
    ctx.update((d) => ({ ...d, buttons: [{ ...otp, ...change }] }), 'button:0');
  const app = otp.supportedApps?.[0] ?? { packageName: '', signatureHash: '' };
  const autofill = otp.otpType === 'ONE_TAP' || otp.otpType === 'ZERO_TAP';
  const minutes = draft.footer?.codeExpirationMinutes;
  const otpDescribedBy = describedBy(ctx, 'button:0');
  return html`<fieldset class="group">
    <legend>${t('templateEditor.authentication')}</legend>
    <p class="hint">${t('templateEditor.authenticationHint')}</p>
    <div class="field">
      <label for=${controlId('button:0')}>${t('templateEditor.otpType')}</label>
      <select
        id=${controlId('button:0')}
        ?disabled=${ctx.readOnly}
        aria-invalid=${invalid(ctx, 'button:0')}
        aria-describedby=${describedBy(ctx, 'button:0')}
        @change=${(e: Event) => setOtp({ otpType: valueOf(e) as OtpType })}
      >
        ${OTP_TYPES.map(
          (type) =>
            html`<option value=${type} ?selected=${otp.otpType === type}>
              ${t(`templateEditor.otp.${type}`)}
            </option>`,
        )}
      </select>
    </div>
    ${
      autofill
        ? html`<div class="field">
              <label for="otp-autofill">${t('templateEditor.autofillText')}</label>
              <input
                id="otp-autofill"
                .value=${otp.autofillText ?? ''}
                ?readonly=${ctx.readOnly}
                aria-describedby=${otpDescribedBy}
                @input=${(e: Event) => setOtp({ autofillText: valueOf(e) })}
              />
            </div>
            <div class="field">
              <label for="otp-package">${t('templateEditor.packageName')}</label>
              <input
                id="otp-package"
                .value=${app.packageName}
                ?readonly=${ctx.readOnly}
                aria-describedby=${otpDescribedBy}
                @input=${(e: Event) =>
                  setOtp({ supportedApps: [{ ...app, packageName: valueOf(e) }] })}
              />
            </div>
            <div class="field">
              <label for="otp-hash">${t('templateEditor.signatureHash')}</label>
              <input
                id="otp-hash"
                .value=${app.signatureHash}
                ?readonly=${ctx.readOnly}
                aria-describedby=${otpDescribedBy}
                @input=${(e: Event) =>
                  setOtp({ supportedApps: [{ ...app, signatureHash: valueOf(e) }] })}
              />
            </div>
            ${
              otp.otpType === 'ZERO_TAP'
                ? html`<label class="check"
                    ><input
                      type="checkbox"
                      .checked=${otp.zeroTapTermsAccepted === true}
                      ?disabled=${ctx.readOnly}
                      aria-describedby=${otpDescribedBy}
                      @change=${(e: Event) => setOtp({ zeroTapTermsAccepted: checkedOf(e) })}
                    />${t('templateEditor.zeroTapTerms')}</label
                  >`
                : nothing
            }`
        : nothing
    }
    ${fieldIssues(ctx, 'button:0')}
    <label class="check"
      ><input
        type="checkbox"
        id=${controlId('body')}
        .checked=${draft.body.addSecurityRecommendation === true}
        ?disabled=${ctx.readOnly}
        aria-invalid=${invalid(ctx, 'body')}
        aria-describedby=${describedBy(ctx, 'body')}
        @change=${(e: Event) =>
          ctx.update(
            (d) => ({ ...d, body: { ...d.body, addSecurityRecommendation: checkedOf(e) } }),
            'body',
          )}
      />${t('templateEditor.securityRecommendation')}</label
    >
    ${fieldIssues(ctx, 'body')}
    <div class="field">
      <label for=${controlId('footer')}>${t('templateEditor.codeExpiry')}</label>
      <input
        id=${controlId('footer')}
        type="number"
        min="1"
        max="90"
        inputmode="numeric"
        .value=${minutes === undefined ? '' : String(minutes)}
        ?readonly=${ctx.readOnly}
        aria-invalid=${invalid(ctx, 'footer')}
        aria-describedby=${describedBy(ctx, 'footer', 'expiry-hint')}
        @input=${(e: Event) => {
          const value = valueOf(e);
          ctx.update(
            (d) => ({
              ...d,
              footer: value === '' ? undefined : { text: '', codeExpirationMinutes: Number(value) },
            }),
            'footer',
          );
        }}
      />
      <p class="hint" id="expiry-hint">${t('templateEditor.codeExpiryHint')}</p>
      ${fieldIssues(ctx, 'footer')}
    </div>
  </fieldset>`;
}

/** The limited-time offer strip of a marketing template. */
export function offerEditor(ctx: EditorContext) {
  const { draft, t } = ctx;
  const offer = draft.limitedTimeOffer;
  return html`<fieldset class="group">
    <legend>${t('templateEditor.offer')}</legend>
    <label class="check"
      ><input
        type="checkbox"
        .checked=${offer !== undefined}
        ?disabled=${ctx.readOnly}
        @change=${(e: Event) =>
          ctx.update(
            (d) => ({
              ...d,
              limitedTimeOffer: checkedOf(e) ? { text: '', hasExpiration: true } : undefined,
            }),
            'offer',
          )}
      />${t('templateEditor.offerEnable')}</label
    >
    ${
      offer
        ? html`<div class="field">
              <label for=${controlId('offer')}>${t('templateEditor.offerText')}</label>
              <input
                id=${controlId('offer')}
                .value=${offer.text}
                ?readonly=${ctx.readOnly}
                aria-invalid=${invalid(ctx, 'offer')}
                aria-describedby=${describedBy(ctx, 'offer')}
                @input=${(e: Event) =>
                  ctx.update(
                    (d) => ({ ...d, limitedTimeOffer: { ...offer, text: valueOf(e) } }),
                    'offer',
                  )}
              />
            </div>
            <label class="check"
              ><input
                type="checkbox"
                .checked=${offer.hasExpiration === true}
                ?disabled=${ctx.readOnly}
                @change=${(e: Event) =>
                  ctx.update(
                    (d) => ({ ...d, limitedTimeOffer: { ...offer, hasExpiration: checkedOf(e) } }),
                    'offer',
                  )}
              />${t('templateEditor.offerExpires')}</label
            >`
        : nothing
    }
    ${fieldIssues(ctx, 'offer')}
  </fieldset>`;
}

const newCard = (): DraftCard => ({
  header: { format: 'IMAGE', handles: [''] },
  body: { text: '', samples: {} },
  buttons: [{ type: 'QUICK_REPLY', text: '' }],
});

/** Carousel cards: each a media header, a short body and up to two buttons. */
export function carouselEditor(ctx: EditorContext) {
  const { draft, t } = ctx;
  const cards = draft.carousel?.cards;
  const setCards = (next: DraftCard[] | undefined) =>
    ctx.update(
      (d) => ({ ...d, carousel: next ? { ...d.carousel, cards: next } : undefined }),
      'carousel',
    );
  const setCard = (index: number, change: Partial<DraftCard>) =>
    ctx.update(
      (d) => ({
        ...d,
        carousel: {
          ...d.carousel,
          cards: (d.carousel?.cards ?? []).map((c, i) => (i === index ? { ...c, ...change } : c)),
        },
      }),
      `card:${index}`,
    );
  return html`<fieldset
    class="group"
    id=${controlId('carousel')}
    tabindex="-1"
    aria-describedby=${describedBy(ctx, 'carousel')}
  >
    <legend>${t('templateEditor.carousel')}</legend>
    <label class="check"
      ><input
        type="checkbox"
        .checked=${cards !== undefined}
        ?disabled=${ctx.readOnly}
        @change=${(e: Event) => setCards(checkedOf(e) ? [newCard(), newCard()] : undefined)}
      />${t('templateEditor.carouselEnable')}</label
    >
    ${fieldIssues(ctx, 'carousel')}
    ${
      cards
        ? html`<ol class="card-list">
              ${cards.map((card, index) => {
                const header = card.header;
                const format = header?.format === 'VIDEO' ? 'VIDEO' : 'IMAGE';
                const handle = header && 'handles' in header ? (header.handles[0] ?? '') : '';
                const title = t('templateEditor.cardTitle', { n: index + 1 });
                const field = `card:${index}` as const;
                const cardDescribedBy = describedBy(ctx, field);
                return html`<li>
                  <fieldset class="group">
                    <legend>${title}</legend>
                    <div class="field">
                      <label for="card-${index}-format">${t('templateEditor.headerType')}</label>
                      <select
                        id="card-${index}-format"
                        ?disabled=${ctx.readOnly}
                        aria-describedby=${cardDescribedBy}
                        @change=${(e: Event) =>
                          setCard(index, {
                            header: { format: valueOf(e) as 'IMAGE' | 'VIDEO', handles: [handle] },
                          })}
                      >
                        ${(['IMAGE', 'VIDEO'] as const).map(
                          (f) =>
                            html`<option value=${f} ?selected=${format === f}>
                              ${t(`templateEditor.headerFormat.${f}`)}
                            </option>`,
                        )}
                      </select>
                    </div>
                    <div class="field">
                      <label for=${controlId(field)}>${t('templateEditor.mediaHandle')}</label>
                      <input
                        id=${controlId(field)}
                        .value=${handle}
                        ?readonly=${ctx.readOnly}
                        aria-invalid=${invalid(ctx, field)}
                        aria-describedby=${cardDescribedBy}
                        @input=${(e: Event) =>
                          setCard(index, { header: { format, handles: [valueOf(e)] } })}
                      />
                    </div>
                    <div class="field">
                      <label for="card-${index}-body">${t('templateEditor.cardBody')}</label>
                      <textarea
                        id="card-${index}-body"
                        rows="2"
                        dir="auto"
                        .value=${card.body?.text ?? ''}
                        ?readonly=${ctx.readOnly}
                        aria-describedby=${cardDescribedBy}
                        @input=${(e: Event) =>
                          setCard(index, {
                            body: { text: valueOf(e), samples: card.body?.samples ?? {} },
                          })}
                      ></textarea>
                    </div>
                    ${variableNames(card.body?.text ?? '').map((name) => {
                      const id = `card-${index}-sample-${name}`;
                      const samples = card.body?.samples ?? {};
                      return html`<div class="field">
                        <label for=${id}
                          >${t('templateEditor.cardSample', { variable: `{{${name}}}` })}</label
                        >
                        <input
                          id=${id}
                          .value=${samples[name] ?? ''}
                          ?readonly=${ctx.readOnly}
                          aria-describedby=${cardDescribedBy}
                          @input=${(e: Event) =>
                            setCard(index, {
                              body: {
                                text: card.body?.text ?? '',
                                samples: { ...samples, [name]: valueOf(e) },
                              },
                            })}
                        />
                      </div>`;
                    })}
                    ${buttonsEditor(ctx, {
                      buttons: card.buttons,
                      set: (buttons) => setCard(index, { buttons }),
                      types: ['QUICK_REPLY', 'URL'],
                      idPrefix: `card-${index}-button`,
                      max: 2,
                      field,
                    })}
                    ${fieldIssues(ctx, field)}
                    <button
                      type="button"
                      class="btn btn-ghost"
                      ?disabled=${ctx.readOnly || cards.length <= 2}
                      @click=${() => setCards(cards.filter((_, i) => i !== index))}
                    >
                      ${t('templateEditor.remove', { item: title })}
                    </button>
                  </fieldset>
                </li>`;
              })}
            </ol>
            <button
              type="button"
              class="btn"
              ?disabled=${ctx.readOnly || cards.length >= 10}
              @click=${() => setCards([...cards, newCard()])}
            >
              ${t('templateEditor.addCard')}
            </button>`
        : nothing
    }
  </fieldset>`;
}
