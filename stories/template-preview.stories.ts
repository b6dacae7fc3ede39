import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { BodyComponent, TemplateCreateRequest } from '@hub/core';
import '@hub/elements/define/hub-template-preview.js';

const body = (text: string, example?: string[]): BodyComponent => ({
  type: 'BODY' as const,
  text,
  ...(example ? { example: { body_text: [example] } } : {}),
});

const templates: Record<string, TemplateCreateRequest> = {
  text: {
    name: 'order_update',
    language: 'en_US',
    category: 'UTILITY',
    components: [
      { type: 'HEADER', format: 'TEXT', text: 'Order {{1}}', example: { header_text: ['#4521'] } },
      body(
        'Hi *{{1}}*, your order is _on its way_.\n\n* Tracking: ```{{2}}```\n* Old date: ~Monday~\n> Questions? Reply to this message.',
        ['Ana', 'AB-123-XY'],
      ),
      { type: 'FOOTER', text: 'Acme Shop' },
      {
        type: 'BUTTONS',
        buttons: [
          {
            type: 'URL',
            text: 'Track parcel',
            url: 'https://acme.test/t/{{1}}',
            example: ['AB123'],
          },
          { type: 'PHONE_NUMBER', text: 'Call us', phone_number: '+4930123456' },
        ],
      },
    ],
  },
  media: {
    name: 'spring_sale',
    language: 'en',
    category: 'MARKETING',
    components: [
      { type: 'HEADER', format: 'IMAGE', example: { header_handle: ['4::aW1hZ2U='] } },
      body('Our *spring sale* starts today: up to 40% off.'),
      {
        type: 'BUTTONS',
        buttons: ['Shop now', 'Remind me', 'Not interested', 'Stop promotions'].map((text) => ({
          type: 'QUICK_REPLY',
          text,
        })),
      },
    ],
  },
  location: {
    name: 'pickup_ready',
    language: 'en',
    category: 'UTILITY',
    components: [{ type: 'HEADER', format: 'LOCATION' }, body('Your parcel waits for you here.')],
  },
  authentication: {
    name: 'login_code',
    language: 'en',
    category: 'AUTHENTICATION',
    components: [
      { type: 'BODY', add_security_recommendation: true },
      { type: 'FOOTER', code_expiration_minutes: 10 },
      { type: 'BUTTONS', buttons: [{ type: 'OTP', otp_type: 'COPY_CODE', text: 'Copy code' }] },
    ],
  },
  carousel: {
    name: 'new_collection',
    language: 'en',
    category: 'MARKETING',
    components: [
      body('Meet the new collection.'),
      {
        type: 'CAROUSEL',
        cards: ['Jackets', 'Boots', 'Scarves'].map((name) => ({
          components: [
            { type: 'HEADER', format: 'IMAGE', example: { header_handle: ['h'] } },
            { type: 'BODY', text: `*${name}* for the season.` },
            { type: 'BUTTONS', buttons: [{ type: 'QUICK_REPLY', text: 'Show me' }] },
          ],
        })),
      },
    ],
  },
  offer: {
    name: 'flash_deal',
    language: 'en',
    category: 'MARKETING',
    components: [
      { type: 'HEADER', format: 'IMAGE', example: { header_handle: ['h'] } },
      {
        type: 'LIMITED_TIME_OFFER',
        limited_time_offer: { text: 'Flash deal', has_expiration: true },
      },
      body('20% off everything until midnight.'),
      {
        type: 'BUTTONS',
        buttons: [
          { type: 'COPY_CODE', example: 'FLASH20' },
          { type: 'URL', text: 'Shop', url: 'https://acme.test' },
        ],
      },
    ],
  },
  rightToLeft: {
    name: 'order_update',
    language: 'ar',
    category: 'UTILITY',
    components: [
      body('مرحبا *{{1}}*، طلبك في الطريق.', ['سارة']),
      { type: 'FOOTER', text: 'متجر أكمي' },
      { type: 'BUTTONS', buttons: [{ type: 'QUICK_REPLY', text: 'شكرا' }] },
    ],
  },
  markup: {
    name: 'markup_as_text',
    language: 'en',
    category: 'UTILITY',
    components: [body('<b>Not bold</b> <img src=x onerror=alert(1)> stays *text*.')],
  },
};

const meta: Meta<{ kind: string }> = {
  title: 'Components/hub-template-preview',
  component: 'hub-template-preview',
  args: { kind: 'text' },
  argTypes: { kind: { control: 'select', options: Object.keys(templates) } },
  render: ({ kind }) =>
    html`<hub-template-preview .template=${templates[kind]}></hub-template-preview>`,
};
export default meta;

type Story = StoryObj<{ kind: string }>;

/** Header, formatted body with samples, footer, URL and phone buttons. */
export const Text: Story = {};
/** Image header; four quick replies fold behind "See all options" (phones only). */
export const MediaAndManyButtons: Story = { args: { kind: 'media' } };
/** A location header. */
export const Location: Story = { args: { kind: 'location' } };
/** WhatsApp's own text for one-time passcodes. */
export const Authentication: Story = { args: { kind: 'authentication' } };
/** Carousel cards scroll sideways (focus the list and use the arrow keys). */
export const Carousel: Story = { args: { kind: 'carousel' } };
/** A limited-time offer with a copy-code button. */
export const LimitedTimeOffer: Story = { args: { kind: 'offer' } };
/** Arabic: laid out right to left. */
export const RightToLeft: Story = { args: { kind: 'rightToLeft' } };
/** Markup in template text is shown as text, never as elements. */
export const MarkupAsText: Story = { args: { kind: 'markup' } };
/** No template yet. */
export const Empty: Story = { render: () => html`<hub-template-preview></hub-template-preview>` };
/** Dark colour scheme. */
export const Dark: Story = {
  render: ({ kind }) =>
    html`<div style="color-scheme:dark;padding:1rem;background:#0f1115">
      <hub-template-preview .template=${templates[kind]}></hub-template-preview>
    </div>`,
};
/** 343 px wide, a phone inside a portal's margins: the carousel's cards scroll sideways. */
export const Narrow: Story = {
  args: { kind: 'carousel' },
  render: ({ kind }) =>
    html`<div style="max-inline-size:343px">
      <hub-template-preview .template=${templates[kind]}></hub-template-preview>
    </div>`,
};
