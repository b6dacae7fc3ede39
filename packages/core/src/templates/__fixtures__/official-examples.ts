import type { TemplateCreateRequest } from '../types.js';

/** A template built from an official example [E] in the reference, with the warnings it may get. */
export interface OfficialExample {
  readonly title: string;
  /** Where in `shared/reference/whatsapp-templates.md` the example is described. */
  readonly source: string;
  readonly request: TemplateCreateRequest;
  /** Warning codes expected: [O] advice the example happens to trigger. */
  readonly warnings: readonly string[];
}

export const OFFICIAL_EXAMPLES: readonly OfficialExample[] = [
  {
    title: 'authentication, copy code (the shape given verbatim)',
    source: '§7',
    request: {
      name: 'verification_code',
      language: 'en_US',
      category: 'authentication',
      message_send_ttl_seconds: 60,
      components: [
        { type: 'body', add_security_recommendation: true },
        { type: 'footer', code_expiration_minutes: 5 },
        { type: 'buttons', buttons: [{ type: 'otp', otp_type: 'copy_code', text: 'Copy Code' }] },
      ],
    },
    warnings: [],
  },
  {
    title: 'authentication, one-tap with the deprecated button-level app fields',
    source: '§7, §14 (one-tap example)',
    request: {
      name: 'one_tap_code',
      language: 'en_US',
      category: 'AUTHENTICATION',
      components: [
        { type: 'BODY', add_security_recommendation: true },
        { type: 'FOOTER', code_expiration_minutes: 10 },
        {
          type: 'BUTTONS',
          buttons: [
            {
              type: 'OTP',
              otp_type: 'ONE_TAP',
              text: 'Copy Code',
              autofill_text: 'Autofill',
              package_name: 'com.example.luckyshrub',
              signature_hash: 'K8a/AINcGX7',
            },
          ],
        },
      ],
    },
    warnings: ['otp.deprecated_app_fields'],
  },
  {
    title: 'authentication, zero-tap with supported_apps',
    source: '§7',
    request: {
      name: 'zero_tap_code',
      language: 'en_US',
      category: 'AUTHENTICATION',
      message_send_ttl_seconds: 900,
      components: [
        { type: 'BODY', add_security_recommendation: true },
        { type: 'FOOTER', code_expiration_minutes: 90 },
        {
          type: 'BUTTONS',
          buttons: [
            {
              type: 'OTP',
              otp_type: 'zero_tap',
              text: 'Copy Code',
              autofill_text: 'Autofill',
              zero_tap_terms_accepted: true,
              supported_apps: [
                { package_name: 'com.example.luckyshrub', signature_hash: 'K8a/AINcGX7' },
              ],
            },
          ],
        },
      ],
    },
    warnings: [],
  },
  {
    title: 'utility, lower-case enums, formatted body with blank lines, image header',
    source: '§1 (case of enums), §6.2 (*You’re all set!*\\n\\n…)',
    request: {
      name: 'order_confirmation',
      language: 'en_US',
      category: 'utility',
      components: [
        {
          type: 'header',
          format: 'image',
          example: { header_handle: ['4::aW1hZ2UvanBlZw==:ARb'] },
        },
        {
          type: 'body',
          text: "*You're all set!*\n\nYour order {{1}} is confirmed and will arrive on {{2}}. Thank you for shopping with us.",
          example: { body_text: [['#12345', 'Friday']] },
        },
        { type: 'footer', text: 'Lucky Shrub' },
        {
          type: 'buttons',
          buttons: [
            { type: 'quick_reply', text: 'Track my order' },
            { type: 'quick_reply', text: 'Talk to us' },
          ],
        },
      ],
    },
    warnings: [],
  },
  {
    title:
      'marketing, named parameters ending “{{order_number}}.”, bold variable, punctuated labels',
    source: '§5.3 rule 5, §12 (*{{discount_code}}*), §6.4 (“Send me more like this!”, “Book now!”)',
    request: {
      name: 'order_discount',
      language: 'en_US',
      category: 'marketing',
      parameter_format: 'named',
      components: [
        {
          type: 'body',
          text: 'Thank you, {{first_name}}! Use code *{{discount_code}}* on your next visit. Your order number is {{order_number}}.',
          example: {
            body_text_named_params: [
              { param_name: 'order_number', example: '80192' },
              { param_name: 'first_name', example: 'Pablo' },
              { param_name: 'discount_code', example: 'SAVE15' },
            ],
          },
        },
        {
          type: 'buttons',
          buttons: [
            { type: 'quick_reply', text: 'Send me more like this!' },
            {
              type: 'url',
              text: 'Book now!',
              url: 'https://www.luckyshrub.com/book/{{1}}',
              example: ['summer2023'],
            },
          ],
        },
      ],
    },
    warnings: ['variable.ends_with_punctuation'],
  },
  {
    title: 'marketing, text header ending “{{1}}!”, URL example as a full URL, phone button',
    source: '§5.3 rule 5 (approved header), §14 (URL example forms)',
    request: {
      name: 'seasonal_promotion',
      language: 'en_US',
      category: 'MARKETING',
      components: [
        {
          type: 'HEADER',
          format: 'TEXT',
          text: 'Our {{1}} is on!',
          example: { header_text: ['Summer Sale'] },
        },
        {
          type: 'BODY',
          text: 'Shop now through {{1}} and use code {{2}} to get {{3}} off of all merchandise.',
          example: { body_text: [['the end of August', '25OFF', '25%']] },
        },
        { type: 'FOOTER', text: 'Use the buttons below to manage your marketing subscriptions' },
        {
          type: 'BUTTONS',
          buttons: [
            {
              type: 'URL',
              text: 'Shop now',
              url: 'https://www.luckyshrub.com/shop?promo={{1}}',
              example: ['https://www.luckyshrub.com/shop?promo=summer2023'],
            },
            { type: 'PHONE_NUMBER', text: 'Call us', phone_number: '+15550051234' },
            { type: 'QUICK_REPLY', text: 'Unsubscribe' },
          ],
        },
      ],
    },
    warnings: [],
  },
  {
    title: 'marketing with a TTL of 120 s (Meta’s TTL page)',
    source: '§14 (marketing TTL example)',
    request: {
      name: 'flash_sale',
      language: 'en_US',
      category: 'MARKETING',
      message_send_ttl_seconds: 120,
      components: [
        { type: 'BODY', text: 'Our flash sale ends in two hours. Come and see what is left!' },
      ],
    },
    warnings: ['ttl.marketing_out_of_range'],
  },
  {
    title: 'utility, location header',
    source: '§1 (“location” / “LOCATION”), §6.1',
    request: {
      name: 'pickup_location',
      language: 'en_GB',
      category: 'UTILITY',
      components: [
        { type: 'header', format: 'location' },
        {
          type: 'body',
          text: 'Your parcel {{1}} is ready for pickup at the location above.',
          example: { body_text: [['FX-1923']] },
        },
      ],
    },
    warnings: [],
  },
  {
    title: 'coupon code: copy-code button plus a quick reply',
    source: '§9 (coupon code templates)',
    request: {
      name: 'coupon_code_fall2025',
      language: 'en_US',
      category: 'MARKETING',
      components: [
        { type: 'HEADER', format: 'TEXT', text: 'Our Fall Sale is on!' },
        {
          type: 'BODY',
          text: 'Shop now through November and use code {{1}} to get {{2}} off of all merchandise!',
          example: { body_text: [['25OFF', '25%']] },
        },
        {
          type: 'BUTTONS',
          buttons: [
            { type: 'QUICK_REPLY', text: 'Unsubscribe' },
            { type: 'COPY_CODE', example: '250FF' },
          ],
        },
      ],
    },
    warnings: [],
  },
  {
    title: 'limited-time offer',
    source: '§9',
    request: {
      name: 'limited_time_offer_caribbean',
      language: 'en_US',
      category: 'MARKETING',
      components: [
        { type: 'header', format: 'image', example: { header_handle: ['4::aW1hZ2UvcG5n:ARb'] } },
        {
          type: 'limited_time_offer',
          limited_time_offer: { text: 'Expiring offer!', has_expiration: true },
        },
        {
          type: 'body',
          text: 'Good news, {{1}}! Use code {{2}} to get 25% off all Caribbean Destination packages!',
          example: { body_text: [['Pablo', 'CARIBE25']] },
        },
        {
          type: 'buttons',
          buttons: [
            { type: 'copy_code', example: 'CARIBE25' },
            {
              type: 'url',
              text: 'Book now!',
              url: 'https://awesomedestinations.com/offers?code={{1}}',
              example: ['https://awesomedestinations.com/offers?ref=n3mtql'],
            },
          ],
        },
      ],
    },
    warnings: [],
  },
  {
    title: 'media card carousel',
    source: '§8',
    request: {
      name: 'summer_carousel',
      language: 'en_US',
      category: 'marketing',
      components: [
        {
          type: 'body',
          text: 'Rare succulents for sale! {{1}}, add these unique plants to your collection.',
          example: { body_text: [['Pablo']] },
        },
        {
          type: 'carousel',
          cards: [1, 2].map((n) => ({
            components: [
              { type: 'header', format: 'image', example: { header_handle: [`4::card${n}:ARb`] } },
              {
                type: 'body',
                text: `Add a touch of the tropics with plant {{1}}. Use code {{2}} for ${n}0% off!`,
                example: { body_text: [[`number ${n}`, `CODE${n}`]] },
              },
              {
                type: 'buttons',
                buttons: [
                  { type: 'quick_reply', text: 'Send me more like this!' },
                  {
                    type: 'url',
                    text: 'Buy now',
                    url: 'https://www.luckyshrub.com/shop?code={{1}}',
                    example: ['BLUE_ELF'],
                  },
                ],
              },
            ],
          })),
        },
      ],
    },
    warnings: [],
  },
  {
    title: 'flat positional body_text (360dialog’s newer page)',
    source: '§14 (positional body_text shape)',
    request: {
      name: 'flat_examples',
      language: 'de',
      category: 'UTILITY',
      components: [
        {
          type: 'BODY',
          text: 'Hallo {{1}}, Ihre Bestellung {{2}} ist unterwegs.',
          example: { body_text: ['Anna', '4711'] },
        },
      ],
    },
    warnings: [],
  },
  {
    title: 'single-string body_text for one variable (carousel page)',
    source: '§14 (positional body_text shape)',
    request: {
      name: 'single_string_example',
      language: 'pt_BR',
      category: 'MARKETING',
      components: [
        {
          type: 'BODY',
          text: 'Olá {{1}}, temos novidades para você nesta semana.',
          example: { body_text: 'Ana' },
        },
      ],
    },
    warnings: [],
  },
];
