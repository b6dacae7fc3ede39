import { describe, expect, it } from 'vitest';
import { OFFICIAL_EXAMPLES } from './__fixtures__/official-examples.js';
import { previewTemplate } from './preview.js';
import type { TemplateButton, TemplateCreateRequest } from './types.js';

const example = (title: string): TemplateCreateRequest => {
  const found = OFFICIAL_EXAMPLES.find((entry) => entry.title.startsWith(title));
  if (!found) throw new Error(`no fixture ${title}`);
  return found.request;
};

const withButtons = (buttons: TemplateButton[]): TemplateCreateRequest => ({
  name: 'b',
  language: 'en',
  category: 'MARKETING',
  components: [
    { type: 'BODY', text: 'Pick one of these options below.' },
    { type: 'BUTTONS', buttons },
  ],
});
const qr = (text: string): TemplateButton => ({ type: 'QUICK_REPLY', text });

describe('previewTemplate', () => {
  it('fills variables from the examples, parses the body and keeps the header literal', () => {
    const preview = previewTemplate(example('marketing, text header'));
    expect(preview.header).toEqual({ type: 'text', text: 'Our Summer Sale is on!' });
    expect(preview.bodyText).toBe(
      'Shop now through the end of August and use code 25OFF to get 25% off of all merchandise.',
    );
    expect(preview.footer).toBe('Use the buttons below to manage your marketing subscriptions');
    expect(preview.buttons.map((button) => [button.type, button.label])).toEqual([
      ['URL', 'Shop now'],
      ['PHONE_NUMBER', 'Call us'],
      ['QUICK_REPLY', 'Unsubscribe'],
    ]);
    expect(preview.buttons[0]?.url).toBe('https://www.luckyshrub.com/shop?promo=summer2023');
    expect(preview.phoneOnly).toBe(true);
  });

  it('prefers given values, and formatting around a variable applies to its value', () => {
    const preview = previewTemplate(example('marketing, named parameters'), {
      body: { discount_code: 'WELCOME' },
      buttons: { 1: 'winter' },
    });
    expect(preview.body[0]?.children).toContainEqual({
      type: 'bold',
      children: [{ type: 'text', text: 'WELCOME' }],
    });
    expect(preview.bodyText).toContain('Thank you, Pablo!');
    expect(preview.buttons[1]?.url).toBe('https://www.luckyshrub.com/book/winter');
  });

  it('shows a variable with neither value nor example as written', () => {
    const preview = previewTemplate({
      category: 'UTILITY',
      components: [{ type: 'BODY', text: 'Hello {{1}}, see you soon.' }],
    });
    expect(preview.bodyText).toBe('Hello {{1}}, see you soon.');
  });

  it('writes the authentication text WhatsApp supplies', () => {
    const preview = previewTemplate(example('authentication, copy code'), { code: '424242' });
    expect(preview.bodyText).toBe(
      '*424242* is your verification code. For your security, do not share this code.',
    );
    expect(preview.body[0]?.children[0]).toEqual({
      type: 'bold',
      children: [{ type: 'text', text: '424242' }],
    });
    expect(preview.footer).toBe('This code expires in 5 minutes.');
    expect(preview.buttons).toEqual([{ type: 'OTP', otpType: 'COPY_CODE', label: 'Copy Code' }]);
    const plain = previewTemplate({
      category: 'AUTHENTICATION',
      components: [
        { type: 'BODY' },
        { type: 'BUTTONS', buttons: [{ type: 'OTP', otp_type: 'ONE_TAP' }] },
      ],
    });
    expect(plain.bodyText).toBe('*123456* is your verification code.');
    expect(plain.footer).toBeUndefined();
    expect(plain.buttons[0]?.label).toBe('Autofill');
  });

  it('shows up to three buttons, and otherwise two plus "See all options"', () => {
    const three = previewTemplate(withButtons([qr('a'), qr('b'), qr('c')]));
    expect(three.inlineButtons.map((button) => button.label)).toEqual(['a', 'b', 'c']);
    expect(three.seeAllLabel).toBeUndefined();
    expect(three.phoneOnly).toBe(false);
    const four = previewTemplate(withButtons([qr('a'), qr('b'), qr('c'), qr('d')]));
    expect(four.inlineButtons.map((button) => button.label)).toEqual(['a', 'b']);
    expect(four.buttons).toHaveLength(4);
    expect(four.seeAllLabel).toBe('See all options');
    expect(four.phoneOnly).toBe(true);
  });

  it('renders media and location headers, carousel cards and the limited-time offer', () => {
    expect(previewTemplate(example('utility, location header')).header).toEqual({
      type: 'location',
    });
    const offer = previewTemplate(example('limited-time offer'));
    expect(offer.header).toEqual({ type: 'media', format: 'IMAGE', handle: '4::aW1hZ2UvcG5n:ARb' });
    expect(offer.limitedTimeOffer).toEqual({ text: 'Expiring offer!', hasExpiration: true });
    expect(offer.buttons[0]).toEqual({
      type: 'COPY_CODE',
      label: 'Copy offer code',
      code: 'CARIBE25',
    });
    expect(offer.phoneOnly).toBe(true);
    const carousel = previewTemplate(example('media card carousel'), {
      cards: [{ body: { '1': 'Aloe' } }],
    });
    expect(carousel.carousel).toHaveLength(2);
    expect(carousel.carousel?.[0]?.body?.[0]?.children[0]).toEqual({
      type: 'text',
      text: 'Add a touch of the tropics with plant Aloe. Use code CODE1 for 10% off!',
    });
    expect(carousel.carousel?.[1]?.buttons[1]?.url).toBe(
      'https://www.luckyshrub.com/shop?code=BLUE_ELF',
    );
  });

  it('takes translated strings for the words WhatsApp adds', () => {
    const preview = previewTemplate(
      withButtons([qr('a'), qr('b'), qr('c'), qr('d')]),
      {},
      {
        strings: { seeAllOptions: 'Alle Optionen' },
      },
    );
    expect(preview.seeAllLabel).toBe('Alle Optionen');
  });

  it('never throws and shows an empty bubble for unreadable input', () => {
    for (const input of [null, 42, 'x', { components: 'x' }, { components: [null, { type: 7 }] }]) {
      expect(previewTemplate(input).body).toEqual([{ type: 'line', children: [] }]);
    }
    const hostile = {
      get components(): unknown {
        throw new Error('boom');
      },
    };
    expect(previewTemplate(hostile).buttons).toEqual([]);
  });
});
