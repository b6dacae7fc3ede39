import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateCreateRequest } from '@hub/core';
import '../define/hub-template-preview.js';
import type { HubTemplatePreview } from './template-preview.js';

const request = (over: Partial<TemplateCreateRequest> = {}): TemplateCreateRequest => ({
  name: 'order_update',
  language: 'en_US',
  category: 'UTILITY',
  components: [
    { type: 'HEADER', format: 'TEXT', text: 'Order {{1}}', example: { header_text: ['#42'] } },
    {
      type: 'BODY',
      text: 'Hi *{{1}}*, _your_ ~old~ ```code``` order\n- one\n- two\n> quoted',
      example: { body_text: [['Ana']] },
    },
    { type: 'FOOTER', text: 'Acme' },
    {
      type: 'BUTTONS',
      buttons: [
        { type: 'QUICK_REPLY', text: 'Yes' },
        { type: 'QUICK_REPLY', text: 'No' },
        { type: 'QUICK_REPLY', text: 'Maybe' },
        { type: 'QUICK_REPLY', text: 'Later' },
      ],
    },
  ],
  ...over,
});

async function preview(template: TemplateCreateRequest | undefined) {
  return fixture<HubTemplatePreview>(
    html`<hub-template-preview .template=${template}></hub-template-preview>`,
  );
}

describe('<hub-template-preview>', () => {
  it('renders formatting, samples, lists, quote, footer and folds more than three buttons', async () => {
    const el = await preview(request());
    const root = el.shadowRoot!;
    expect(root.querySelector('[part=header]')!.textContent).to.equal('Order #42');
    expect(root.querySelector('.body strong')!.textContent).to.equal('Ana');
    expect(root.querySelector('.body em')!.textContent).to.equal('your');
    expect(root.querySelector('.body s')!.textContent).to.equal('old');
    expect(root.querySelector('.body code.mono')!.textContent).to.equal('code');
    expect(root.querySelectorAll('.body ul > li')).to.have.length(2);
    expect(root.querySelector('.body blockquote')!.textContent).to.equal('quoted');
    expect(root.querySelector('[part=footer]')!.textContent).to.equal('Acme');
    const buttons = [...root.querySelectorAll('[part=button]')].map((b) => b.textContent!.trim());
    expect(buttons).to.deep.equal(['↩Yes', '↩No', '☰See all options']);
    expect(root.textContent).to.contain('phones only');
    await expect(el).to.be.accessible();
  });

  it('shows markup in template text as text, never as elements', async () => {
    const el = await preview(
      request({
        components: [
          { type: 'HEADER', format: 'TEXT', text: '<b>head</b>' },
          { type: 'BODY', text: '<img src=x onerror="window.__pwned=1"> *<i>bold</i>*' },
          { type: 'FOOTER', text: '<script>alert(1)</script>' },
        ],
      }),
    );
    const root = el.shadowRoot!;
    expect(root.querySelector('img, i, b, script')).to.equal(null);
    expect(root.querySelector('.body')!.textContent).to.contain('<img src=x');
    expect(root.querySelector('.body strong')!.textContent).to.equal('<i>bold</i>');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('lays out right-to-left languages right to left', async () => {
    const el = await preview(
      request({ language: 'ar', components: [{ type: 'BODY', text: 'مرحبا' }] }),
    );
    const chat = el.shadowRoot!.querySelector('[part=chat]')!;
    expect(chat.getAttribute('dir')).to.equal('rtl');
    expect(chat.getAttribute('lang')).to.equal('ar');
  });

  it('shows media and location placeholders, a limited-time offer and carousel cards', async () => {
    const el = await preview({
      name: 'promo',
      language: 'en',
      category: 'MARKETING',
      components: [
        { type: 'HEADER', format: 'IMAGE', example: { header_handle: ['h'] } },
        { type: 'LIMITED_TIME_OFFER', limited_time_offer: { text: 'Deal', has_expiration: true } },
        { type: 'BODY', text: 'Body' },
        {
          type: 'CAROUSEL',
          cards: [1, 2].map((n) => ({
            components: [
              { type: 'HEADER', format: 'VIDEO' },
              { type: 'BODY', text: `Card ${n}` },
              { type: 'BUTTONS', buttons: [{ type: 'URL', text: 'Open', url: 'https://a.test' }] },
            ],
          })),
        },
      ],
    });
    const root = el.shadowRoot!;
    expect(root.querySelector('[part=header]')!.textContent).to.contain('Image');
    expect(root.querySelector('.offer')!.textContent).to.contain('Deal');
    const cards = root.querySelectorAll('[part=cards] > li');
    expect(cards).to.have.length(2);
    expect(cards[1]!.getAttribute('aria-label')).to.equal('Card 2 of 2');
    expect(cards[1]!.textContent).to.contain('Video');
    await expect(el).to.be.accessible();

    el.template = {
      name: 'here',
      language: 'en',
      category: 'UTILITY',
      components: [
        { type: 'HEADER', format: 'LOCATION' },
        { type: 'BODY', text: 'x' },
      ],
    };
    await el.updateComplete;
    expect(root.querySelector('[part=header]')!.textContent).to.contain('Location');
  });

  it('shows the text WhatsApp supplies for authentication templates', async () => {
    const el = await preview({
      name: 'otp',
      language: 'en',
      category: 'AUTHENTICATION',
      components: [
        { type: 'BODY', add_security_recommendation: true },
        { type: 'FOOTER', code_expiration_minutes: 5 },
        { type: 'BUTTONS', buttons: [{ type: 'OTP', otp_type: 'COPY_CODE', text: 'Copy' }] },
      ],
    });
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain('123456 is your verification code.');
    expect(text).to.contain('do not share this code');
    expect(text).to.contain('expires in 5 minutes');
  });

  it('shows an empty state without a template, and the given values over the examples', async () => {
    const el = await preview(undefined);
    expect(el.shadowRoot!.textContent).to.contain('Nothing to preview');
    el.template = request();
    el.values = { body: { '1': 'Zoë' } };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.body strong')!.textContent).to.equal('Zoë');
  });
});
