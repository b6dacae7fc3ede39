import { describe, expect, it } from 'vitest';
import { OFFICIAL_EXAMPLES } from './__fixtures__/official-examples.js';
import { TEMPLATE_LIMITS as L } from './limits.js';
import type { TemplateButton, TemplateComponent, TemplateCreateRequest } from './types.js';
import { validateTemplate } from './validate.js';

/** A valid utility template; `components` replaces the body when given. */
function template(
  components: TemplateComponent[] = [{ type: 'BODY', text: 'Your parcel has shipped today.' }],
  fields: Partial<TemplateCreateRequest> = {},
): TemplateCreateRequest {
  return { name: 'parcel_update', language: 'en_US', category: 'UTILITY', components, ...fields };
}

const body = (text: string, example?: unknown): TemplateComponent =>
  ({ type: 'BODY', text, ...(example === undefined ? {} : { example }) }) as TemplateComponent;
const okBody = body('Thanks for your order, it is on its way to you.');
const withButtons = (buttons: TemplateButton[], category = 'MARKETING') =>
  template([okBody, { type: 'BUTTONS', buttons }], { category: category as 'MARKETING' });
const qr = (text = 'Yes'): TemplateButton => ({ type: 'QUICK_REPLY', text });
const url = (text = 'Open'): TemplateButton => ({ type: 'URL', text, url: 'https://example.com' });
const phone = (): TemplateButton => ({
  type: 'PHONE_NUMBER',
  text: 'Call',
  phone_number: '+4930123',
});

function codes(request: unknown): string[] {
  return validateTemplate(request).issues.map((issue) => issue.code);
}
function errors(request: unknown): string[] {
  return validateTemplate(request)
    .issues.filter((issue) => issue.severity === 'error')
    .map((issue) => issue.code);
}
const auth = (components: TemplateComponent[], fields: Partial<TemplateCreateRequest> = {}) =>
  template(components, { category: 'AUTHENTICATION', ...fields });
const otp = (button: Partial<TemplateButton> = {}): TemplateComponent => ({
  type: 'BUTTONS',
  buttons: [{ type: 'OTP', otp_type: 'COPY_CODE', ...button }],
});

describe('official examples', () => {
  it.each(OFFICIAL_EXAMPLES.map((example) => [example.title, example] as const))(
    '%s validates clean',
    (_title, example) => {
      const result = validateTemplate(example.request);
      expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
      expect(result.valid).toBe(true);
      expect(result.issues.map((issue) => issue.code)).toEqual(example.warnings);
    },
  );
});

describe('result shape', () => {
  it('is valid exactly when there is no error, and issues carry path, message and params', () => {
    const result = validateTemplate(template([body('x'.repeat(L.bodyText + 1))]));
    expect(result.valid).toBe(false);
    expect(result.issues).toEqual([
      {
        path: ['components', 0, 'text'],
        code: 'body.too_long',
        severity: 'error',
        message: 'The body can have at most 1024 characters (it has 1025).',
        params: { part: 'body', max: 1024, length: 1025 },
      },
    ]);
  });

  it('keeps warnings from making a template invalid', () => {
    const result = validateTemplate(template(undefined, { language: 'EN_us' }));
    expect(result.valid).toBe(true);
    expect(result.issues.map((issue) => [issue.code, issue.severity])).toEqual([
      ['language.case', 'warning'],
    ]);
  });
});

describe('request fields', () => {
  it('rejects what is not an object', () => {
    for (const value of [null, undefined, 42, 'x', [], true]) {
      expect(codes(value)).toEqual(['request.not_object']);
    }
  });

  it('requires name, language, category and components', () => {
    expect(validateTemplate({}).issues.map((issue) => issue.path)).toEqual([
      ['name'],
      ['language'],
      ['category'],
      ['components'],
    ]);
  });

  it('limits the name to 512 characters', () => {
    expect(codes(template(undefined, { name: 'a'.repeat(L.nameMax) }))).toEqual([]);
    expect(codes(template(undefined, { name: 'a'.repeat(L.nameMax + 1) }))).toEqual([
      'name.too_long',
    ]);
  });

  it('allows only a-z, 0-9 and _ in the name, a leading digit or underscore included', () => {
    expect(codes(template(undefined, { name: '1_offer_2' }))).toEqual([]);
    expect(codes(template(undefined, { name: '_offer' }))).toEqual([]);
    for (const name of ['Offer', 'my offer', 'my-offer', 'offer!', 'café']) {
      expect(codes(template(undefined, { name }))).toEqual(['name.invalid_characters']);
    }
  });

  it('accepts exactly the listed language codes, warns on case and rejects hyphens', () => {
    expect(codes(template(undefined, { language: 'prs_AF' }))).toEqual([]);
    expect(codes(template(undefined, { language: 'en_us' }))).toEqual(['language.case']);
    const hyphen = validateTemplate(template(undefined, { language: 'en-US' })).issues[0];
    expect(hyphen?.code).toBe('language.unsupported');
    expect(hyphen?.message).toContain('en_US');
    expect(codes(template(undefined, { language: 'xx_YY' }))).toEqual(['language.unsupported']);
  });

  it('compares category and parameter format case-insensitively', () => {
    expect(codes(template(undefined, { category: 'Utility' as 'UTILITY' }))).toEqual([]);
    expect(codes(template(undefined, { category: 'TRANSACTIONAL' as 'UTILITY' }))).toEqual([
      'category.unsupported',
    ]);
    expect(codes(template(undefined, { parameter_format: 'Named' as 'NAMED' }))).toEqual([]);
    expect(codes(template(undefined, { parameter_format: 'numbered' as 'NAMED' }))).toEqual([
      'parameter_format.unsupported',
    ]);
  });

  it('applies each category’s time-to-live range', () => {
    const ttl = (category: string, seconds: unknown) =>
      codes(
        category === 'AUTHENTICATION'
          ? auth([{ type: 'BODY' }, otp()], { message_send_ttl_seconds: seconds as number })
          : template(undefined, {
              category: category as 'UTILITY',
              message_send_ttl_seconds: seconds as number,
            }),
      );
    expect(ttl('AUTHENTICATION', 30)).toEqual([]);
    expect(ttl('AUTHENTICATION', 900)).toEqual([]);
    expect(ttl('AUTHENTICATION', -1)).toEqual([]);
    expect(ttl('AUTHENTICATION', 29)).toEqual(['ttl.out_of_range']);
    expect(ttl('AUTHENTICATION', 901)).toEqual(['ttl.out_of_range']);
    expect(ttl('UTILITY', 43_200)).toEqual([]);
    expect(ttl('UTILITY', 43_201)).toEqual(['ttl.out_of_range']);
    expect(ttl('UTILITY', 29)).toEqual(['ttl.out_of_range']);
    expect(ttl('MARKETING', 43_200)).toEqual([]);
    expect(ttl('MARKETING', 2_592_000)).toEqual([]);
    expect(ttl('MARKETING', 2_592_001)).toEqual(['ttl.marketing_out_of_range']);
    expect(ttl('UTILITY', 60.5)).toEqual(['field.wrong_type']);
    expect(ttl('UTILITY', '60')).toEqual(['field.wrong_type']);
  });
});

describe('components', () => {
  it('needs exactly one body and at most one of each other component', () => {
    expect(codes(template([{ type: 'FOOTER', text: 'x' }]))).toEqual(['components.body_missing']);
    expect(codes(template([okBody, okBody]))).toEqual(['component.duplicate']);
    expect(
      codes(template([okBody, { type: 'FOOTER', text: 'a' }, { type: 'FOOTER', text: 'b' }])),
    ).toEqual(['component.duplicate']);
  });

  it('rejects unknown component types and warns about an unusual order', () => {
    expect(codes(template([okBody, { type: 'SIDEBAR' } as unknown as TemplateComponent]))).toEqual([
      'component.unknown_type',
    ]);
    expect(codes(template([{ type: 'FOOTER', text: 'Bye' }, okBody]))).toEqual([
      'components.order',
    ]);
  });
});

describe('header', () => {
  const header = (fields: Record<string, unknown>) =>
    template([{ type: 'HEADER', ...fields } as TemplateComponent, okBody]);

  it('limits text headers to 60 characters', () => {
    expect(codes(header({ format: 'TEXT', text: 'h'.repeat(L.headerText) }))).toEqual([]);
    expect(codes(header({ format: 'TEXT', text: 'h'.repeat(L.headerText + 1) }))).toEqual([
      'header.too_long',
    ]);
  });

  it('allows one variable with an example, and no second one', () => {
    expect(
      codes(header({ format: 'TEXT', text: 'Hi {{1}}!', example: { header_text: ['Ana'] } })),
    ).toEqual([]);
    expect(codes(header({ format: 'TEXT', text: 'Hi {{1}}!' }))).toEqual(['example.missing']);
    expect(
      codes(
        header({
          format: 'TEXT',
          text: 'Hi {{1}} and {{2}}',
          example: { header_text: ['a', 'b'] },
        }),
      ),
    ).toEqual(['header.too_many_variables']);
  });

  it('warns about formatting markers, line breaks and emojis but not underscores of a variable', () => {
    expect(codes(header({ format: 'TEXT', text: '*Sale* now' }))).toEqual([
      'header.formatting_characters',
    ]);
    expect(codes(header({ format: 'TEXT', text: 'Sale\nnow' }))).toEqual(['header.newline']);
    expect(codes(header({ format: 'TEXT', text: 'Sale 🎉' }))).toEqual(['header.emoji']);
    const named = template(
      [
        {
          type: 'HEADER',
          format: 'TEXT',
          text: 'From {{sale_start_date}} on',
          example: {
            header_text_named_params: [{ param_name: 'sale_start_date', example: 'May 1' }],
          },
        },
        okBody,
      ],
      { parameter_format: 'NAMED' },
    );
    expect(codes(named)).toEqual([]);
  });

  it('needs a sample handle for media headers and rejects unknown formats', () => {
    expect(codes(header({ format: 'VIDEO', example: { header_handle: ['h'] } }))).toEqual([]);
    expect(codes(header({ format: 'DOCUMENT' }))).toEqual(['header.media_example_missing']);
    expect(codes(header({ format: 'IMAGE', example: { header_handle: [] } }))).toEqual([
      'header.media_example_missing',
    ]);
    expect(codes(header({ format: 'AUDIO' }))).toEqual(['header.format_unsupported']);
  });

  it('keeps GIF headers to marketing templates', () => {
    const gif = {
      type: 'HEADER',
      format: 'GIF',
      example: { header_handle: ['h'] },
    } as TemplateComponent;
    expect(codes(template([gif, okBody], { category: 'MARKETING' }))).toEqual([]);
    expect(codes(template([gif, okBody]))).toEqual(['header.format_not_allowed']);
  });
});

describe('body and variables', () => {
  it('limits the body to 1024 characters', () => {
    expect(codes(template([body('b'.repeat(L.bodyText))]))).toEqual([]);
    expect(codes(template([body('b'.repeat(L.bodyText + 1))]))).toEqual(['body.too_long']);
  });

  it('counts an emoji as one character', () => {
    expect(codes(template([body('😀'.repeat(L.bodyText))]))).toEqual([]);
    expect(codes(template([body('😀'.repeat(L.bodyText + 1))]))).toEqual(['body.too_long']);
  });

  it('warns when the example values push the body over its limit', () => {
    const text = `Hello {{1}}, ${'b'.repeat(L.bodyText - 30)} thanks.`;
    expect(codes(template([body(text, { body_text: [['x'.repeat(40)]] })]))).toEqual([
      'text.too_long_with_examples',
    ]);
  });

  it('requires well-formed placeholders', () => {
    for (const text of ['Hi {{1} there', 'Hi {1}} there', 'Hi {{{1}}} there', 'Hi }} there']) {
      expect(errors(template([body(text, { body_text: [['a']] })]))).toContain(
        'variable.malformed',
      );
    }
    for (const text of ['Hi {{ 1 }} there', 'Hi {{#1}} there', 'Hi {{}} there']) {
      expect(errors(template([body(text)]))).toContain('variable.invalid_name');
    }
  });

  it('requires positional variables to be numbered 1..n without gaps', () => {
    const text = (a: number, b: number) => `Dear {{${a}}}, your code {{${b}}} is ready.`;
    expect(codes(template([body(text(1, 2), { body_text: [['a', 'b']] })]))).toEqual([]);
    expect(codes(template([body(text(1, 3), { body_text: [['a', 'b']] })]))).toEqual([
      'variable.sequence',
    ]);
    expect(codes(template([body(text(0, 1), { body_text: [['a', 'b']] })]))).toEqual([
      'variable.sequence',
    ]);
    expect(codes(template([body(text(2, 1), { body_text: [['a', 'b']] })]))).toEqual([
      'variable.out_of_order',
    ]);
  });

  it('does not mix positional and named variables', () => {
    expect(errors(template([body('Dear {{name}}, your order is ready.')]))).toEqual([
      'variable.format_mismatch',
    ]);
    expect(
      errors(template([body('Dear {{1}}, your order is ready.')], { parameter_format: 'NAMED' })),
    ).toEqual(['variable.format_mismatch']);
    expect(
      codes(
        template(
          [
            body('Dear {{name2}}, your order is ready.', {
              body_text_named_params: [{ param_name: 'name2', example: 'Ana' }],
            }),
          ],
          { parameter_format: 'NAMED' },
        ),
      ),
    ).toEqual(['variable.name_digits']);
  });

  it('rejects adjacent variables, also when only whitespace separates them', () => {
    const adjacent = (sep: string) =>
      errors(
        template([body(`Your items {{1}}${sep}{{2}} are ready.`, { body_text: [['a', 'b']] })]),
      );
    expect(adjacent('')).toEqual(['variable.adjacent']);
    expect(adjacent('  ')).toEqual(['variable.adjacent']);
    expect(adjacent(', ')).toEqual([]);
  });

  it('rejects a body starting or ending with a variable; punctuation after it only warns', () => {
    const ex = { body_text: [['a']] };
    expect(codes(template([body('{{1}} is your name in our records.', ex)]))).toEqual([
      'variable.dangling',
    ]);
    expect(codes(template([body('Your name in our records is {{1}}', ex)]))).toEqual([
      'variable.dangling',
    ]);
    expect(codes(template([body('Your name in our records is {{1}}.', ex)]))).toEqual([
      'variable.ends_with_punctuation',
    ]);
    expect(codes(template([body('Your name in our records is *{{1}}* now', ex)]))).toEqual([]);
  });

  it('warns when there are too few words for the variables', () => {
    // 2 variables need 5 other words.
    const ex = { body_text: [['a', 'b']] };
    expect(codes(template([body('One {{1}} two three {{2}} four five', ex)]))).toEqual([]);
    expect(codes(template([body('One {{1}} two three {{2}} four', ex)]))).toEqual([
      'variable.too_many_for_length',
    ]);
  });

  it('needs one non-empty example per variable', () => {
    const text = 'Hello {{1}}, your table for {{2}} is booked.';
    expect(codes(template([body(text)]))).toEqual(['example.missing']);
    expect(codes(template([body(text, { body_text: [['a']] })]))).toEqual([
      'example.count_mismatch',
    ]);
    expect(codes(template([body(text, { body_text: [['a', 'b', 'c']] })]))).toEqual([
      'example.count_mismatch',
    ]);
    expect(codes(template([body(text, { body_text: [['a', ' ']] })]))).toEqual(['example.empty']);
    expect(codes(template([body('No variables here at all.', { body_text: [['a']] })]))).toEqual([
      'example.count_mismatch',
    ]);
    expect(codes(template([body(text, { body_text: [['a', 2]] })]))).toEqual(['field.wrong_type']);
  });

  it('matches named examples to the names in the text', () => {
    const named = (params: unknown) =>
      codes(
        template(
          [
            body('Hello {{first_name}}, welcome back to the shop.', {
              body_text_named_params: params,
            }),
          ],
          {
            parameter_format: 'NAMED',
          },
        ),
      );
    expect(named([{ param_name: 'first_name', example: 'Ana' }])).toEqual([]);
    expect(named([])).toEqual(['example.missing']);
    expect(
      named([
        { param_name: 'first_name', example: 'Ana' },
        { param_name: 'last_name', example: 'Lee' },
      ]),
    ).toEqual(['example.unknown_name']);
    expect(
      named([
        { param_name: 'first_name', example: 'Ana' },
        { param_name: 'first_name', example: 'Bo' },
      ]),
    ).toEqual(['example.duplicate_name']);
  });
});

describe('footer', () => {
  it('limits the footer to 60 characters without variables', () => {
    const footer = (text: string) => template([okBody, { type: 'FOOTER', text }]);
    expect(codes(footer('f'.repeat(L.footerText)))).toEqual([]);
    expect(codes(footer('f'.repeat(L.footerText + 1)))).toEqual(['footer.too_long']);
    expect(codes(footer('Hi {{1}}'))).toEqual(['footer.variable']);
  });
});

describe('buttons', () => {
  it('allows 10 buttons and no more', () => {
    expect(codes(withButtons(Array.from({ length: 10 }, () => qr())))).toEqual([]);
    expect(codes(withButtons(Array.from({ length: 11 }, () => qr())))).toEqual([
      'buttons.too_many',
      'buttons.type_limit',
    ]);
  });

  it('caps URL, phone and copy-code buttons per template', () => {
    expect(codes(withButtons([url(), url()]))).toEqual([]);
    expect(codes(withButtons([url(), url(), url()]))).toEqual(['buttons.type_limit']);
    expect(codes(withButtons([phone()]))).toEqual([]);
    expect(codes(withButtons([phone(), phone()]))).toEqual(['buttons.type_limit']);
    const copy: TemplateButton = { type: 'COPY_CODE', example: 'SAVE' };
    expect(codes(withButtons([copy, copy]))).toEqual(['buttons.type_limit']);
  });

  it('keeps quick replies in one group', () => {
    const ok = [
      [qr(), qr()],
      [qr(), qr(), url(), phone()],
      [url(), phone(), qr(), qr()],
    ];
    for (const buttons of ok) expect(codes(withButtons(buttons))).toEqual([]);
    for (const buttons of [
      [qr(), url(), qr()],
      [url(), qr(), url()],
    ]) {
      expect(codes(withButtons(buttons))).toEqual(['buttons.grouping']);
    }
  });

  it('limits labels to 25 characters and accepts punctuation in them', () => {
    expect(codes(withButtons([qr('l'.repeat(L.buttonLabel))]))).toEqual([]);
    expect(codes(withButtons([qr('l'.repeat(L.buttonLabel + 1))]))).toEqual([
      'button.label_too_long',
    ]);
    expect(codes(withButtons([qr("Don't stop! Ok?")]))).toEqual([]);
    expect(codes(withButtons([qr('')]))).toEqual(['field.required']);
  });

  it('checks URL buttons: length, one variable at the end, its example', () => {
    const button = (address: string, example?: unknown): TemplateButton => ({
      type: 'URL',
      text: 'Go',
      url: address,
      ...(example === undefined ? {} : { example: example as string[] }),
    });
    const head = 'https://example.com/';
    expect(codes(withButtons([button(head + 'u'.repeat(L.buttonUrl - head.length))]))).toEqual([]);
    expect(codes(withButtons([button(head + 'u'.repeat(L.buttonUrl - head.length + 1))]))).toEqual([
      'button.url_too_long',
    ]);
    expect(codes(withButtons([button(`${head}{{1}}`, ['abc'])]))).toEqual([]);
    expect(codes(withButtons([button(`${head}{{1}}`)]))).toEqual(['example.missing']);
    expect(codes(withButtons([button(`${head}{{1}}`, 'abc')]))).toEqual(['field.wrong_type']);
    expect(codes(withButtons([button(`${head}{{1}}/x`, ['abc'])]))).toEqual([
      'button.url_variable_position',
    ]);
    expect(codes(withButtons([button(`${head}{{1}}{{2}}`, ['abc'])]))).toEqual([
      'button.url_variables',
      'button.url_variable_name',
    ]);
    expect(codes(withButtons([button(head, ['abc'])]))).toEqual(['example.unused']);
    expect(codes(withButtons([button('https://wa.me/15551234')]))).toEqual(['button.url_whatsapp']);
  });

  it('limits phone numbers to 20 characters', () => {
    const button = (number: string): TemplateButton => ({
      type: 'PHONE_NUMBER',
      text: 'Call',
      phone_number: number,
    });
    expect(codes(withButtons([button('+'.padEnd(L.phoneNumber, '1'))]))).toEqual([]);
    expect(codes(withButtons([button('+'.padEnd(L.phoneNumber + 1, '1'))]))).toEqual([
      'button.phone_too_long',
    ]);
  });

  it('limits the copy-code example to 20 characters and warns about a custom label', () => {
    const copy = (example: string, text?: string): TemplateButton => ({
      type: 'COPY_CODE',
      example,
      ...(text ? { text } : {}),
    });
    expect(codes(withButtons([copy('c'.repeat(L.copyCodeExample))]))).toEqual([]);
    expect(codes(withButtons([copy('c'.repeat(L.copyCodeExample + 1))]))).toEqual([
      'button.copy_code_too_long',
    ]);
    expect(codes(withButtons([copy('SAVE', 'Copy it')]))).toEqual(['button.label_ignored']);
  });

  it('knows which buttons each category may use', () => {
    expect(codes(withButtons([{ type: 'TELEPORT' } as unknown as TemplateButton]))).toEqual([
      'button.unknown_type',
    ]);
    expect(codes(withButtons([{ type: 'OTP', otp_type: 'COPY_CODE' }]))).toEqual([
      'button.type_not_allowed',
    ]);
    expect(codes(withButtons([{ type: 'CATALOG', text: 'View catalog' }], 'UTILITY'))).toEqual([
      'button.type_not_allowed',
    ]);
    expect(codes(withButtons([{ type: 'FLOW', text: 'Book', flow_id: '1' }], 'UTILITY'))).toEqual([
      'button.type_not_listed',
    ]);
    expect(codes(withButtons([{ type: 'FLOW', text: 'Book' }]))).toEqual([
      'button.flow_target_missing',
    ]);
    expect(codes(withButtons([{ type: 'VOICE_CALL', text: 'Call us' }], 'UTILITY'))).toEqual([]);
    expect(
      codes(
        withButtons([
          { type: 'MPM', text: 'View items' },
          { type: 'MPM', text: 'More' },
        ]),
      ),
    ).toEqual(['buttons.single_of_kind']);
  });

  it('rejects an empty list of buttons', () => {
    expect(codes(withButtons([]))).toEqual(['buttons.empty']);
  });
});

describe('authentication', () => {
  it('uses WhatsApp’s text: custom body or footer text is rejected, as is a header', () => {
    expect(codes(auth([{ type: 'BODY' }, otp()]))).toEqual([]);
    expect(codes(auth([body('Your code is {{1}}, keep it.'), otp()]))).toEqual([
      'authentication.custom_text',
    ]);
    expect(codes(auth([{ type: 'BODY' }, { type: 'FOOTER', text: 'Bye' }, otp()]))).toEqual([
      'authentication.custom_text',
    ]);
    expect(
      codes(auth([{ type: 'HEADER', format: 'TEXT', text: 'Code' }, { type: 'BODY' }, otp()])),
    ).toEqual(['component.not_allowed']);
  });

  it('accepts a code expiry of 1 to 90 minutes', () => {
    const expiry = (minutes: unknown) =>
      codes(
        auth([
          { type: 'BODY' },
          { type: 'FOOTER', code_expiration_minutes: minutes as number },
          otp(),
        ]),
      );
    expect(expiry(1)).toEqual([]);
    expect(expiry(90)).toEqual([]);
    expect(expiry(0)).toEqual(['footer.code_expiration_range']);
    expect(expiry(91)).toEqual(['footer.code_expiration_range']);
    expect(expiry(2.5)).toEqual(['footer.code_expiration_range']);
  });

  it('needs exactly one OTP button and no other', () => {
    expect(codes(auth([{ type: 'BODY' }]))).toEqual(['otp.count']);
    const two: TemplateComponent = {
      type: 'BUTTONS',
      buttons: [
        { type: 'OTP', otp_type: 'COPY_CODE' },
        { type: 'OTP', otp_type: 'COPY_CODE' },
      ],
    };
    expect(codes(auth([{ type: 'BODY' }, two]))).toEqual(['otp.count']);
    expect(codes(auth([{ type: 'BODY' }, { type: 'BUTTONS', buttons: [qr()] }]))).toEqual([
      'button.type_not_allowed',
      'otp.count',
    ]);
    expect(codes(auth([{ type: 'BODY' }, otp({ otp_type: 'MAGIC_LINK' as 'COPY_CODE' })]))).toEqual(
      ['otp.type_unsupported'],
    );
  });

  it('checks one-tap and zero-tap apps', () => {
    const app = { package_name: 'com.example.app', signature_hash: 'K8a/AINcGX7' };
    const oneTap = (fields: Partial<TemplateButton>) =>
      codes(auth([{ type: 'BODY' }, otp({ otp_type: 'ONE_TAP', ...fields })]));
    expect(oneTap({ supported_apps: [app] })).toEqual([]);
    expect(oneTap({})).toEqual(['otp.supported_apps_missing']);
    expect(oneTap({ supported_apps: Array.from({ length: L.supportedApps }, () => app) })).toEqual(
      [],
    );
    expect(
      oneTap({ supported_apps: Array.from({ length: L.supportedApps + 1 }, () => app) }),
    ).toEqual(['otp.supported_apps_too_many']);
    expect(oneTap({ supported_apps: [{ ...app, signature_hash: 'K8a/AINcGX' }] })).toEqual([
      'otp.signature_hash_invalid',
    ]);
    expect(oneTap({ supported_apps: [{ ...app, signature_hash: 'K8a/AINcGX7!' }] })).toEqual([
      'otp.signature_hash_invalid',
    ]);
    for (const name of ['app', 'com.1example', 'com..app', 'com.ex-ample']) {
      expect(oneTap({ supported_apps: [{ ...app, package_name: name }] })).toEqual([
        'otp.package_name_invalid',
      ]);
    }
    const long = `a.${'b'.repeat(L.packageName - 2)}`;
    expect(oneTap({ supported_apps: [{ ...app, package_name: long }] })).toEqual([]);
    expect(oneTap({ supported_apps: [{ ...app, package_name: `${long}c` }] })).toEqual([
      'otp.package_name_invalid',
    ]);
    expect(oneTap({ supported_apps: [app], autofill_text: 'a'.repeat(L.autofillText) })).toEqual(
      [],
    );
    expect(
      oneTap({ supported_apps: [app], autofill_text: 'a'.repeat(L.autofillText + 1) }),
    ).toEqual(['otp.autofill_too_long']);
    expect(oneTap({ supported_apps: [app], otp_type: 'ZERO_TAP' })).toEqual(['otp.zero_tap_terms']);
    expect(
      oneTap({ supported_apps: [app], otp_type: 'ZERO_TAP', zero_tap_terms_accepted: true }),
    ).toEqual([]);
  });
});

describe('carousel', () => {
  const card = (fields: { text?: string; buttons?: TemplateButton[]; format?: string } = {}) => ({
    components: [
      { type: 'HEADER', format: fields.format ?? 'IMAGE', example: { header_handle: ['h'] } },
      ...(fields.text === undefined ? [] : [{ type: 'BODY', text: fields.text }]),
      { type: 'BUTTONS', buttons: fields.buttons ?? [qr()] },
    ],
  });
  const carousel = (cards: unknown[], category = 'MARKETING') =>
    template([okBody, { type: 'CAROUSEL', cards } as TemplateComponent], {
      category: category as 'MARKETING',
    });

  it('takes 2 to 10 cards', () => {
    expect(codes(carousel([card(), card()]))).toEqual([]);
    expect(codes(carousel(Array.from({ length: L.carouselCardsMax }, () => card())))).toEqual([]);
    expect(codes(carousel([card()]))).toEqual(['carousel.card_count']);
    expect(codes(carousel(Array.from({ length: L.carouselCardsMax + 1 }, () => card())))).toEqual([
      'carousel.card_count',
    ]);
  });

  it('limits card bodies to 160 characters and cards to 2 buttons', () => {
    const text = (n: number) => 't'.repeat(n);
    expect(codes(carousel([card({ text: text(160) }), card({ text: text(160) })]))).toEqual([]);
    expect(codes(carousel([card({ text: text(161) }), card({ text: text(1) })]))).toEqual([
      'body.too_long',
    ]);
    expect(
      codes(carousel([card({ buttons: [qr(), url()] }), card({ buttons: [qr(), url()] })])),
    ).toEqual([]);
    const three = [qr(), url(), phone()];
    expect(codes(carousel([card({ buttons: three }), card({ buttons: three })]))).toEqual([
      'buttons.too_many',
      'buttons.too_many',
    ]);
  });

  it('requires cards of the same shape with an image or video header', () => {
    expect(codes(carousel([card({ text: 'Hi there' }), card()]))).toEqual([
      'carousel.cards_differ',
    ]);
    expect(codes(carousel([card({ buttons: [qr()] }), card({ buttons: [url()] })]))).toEqual([
      'carousel.cards_differ',
    ]);
    expect(codes(carousel([card({ format: 'DOCUMENT' }), card({ format: 'DOCUMENT' })]))).toEqual([
      'header.format_not_allowed',
      'header.format_not_allowed',
    ]);
    expect(codes(carousel([card(), card({ format: 'VIDEO' })]))).toEqual(['carousel.mixed_media']);
    expect(codes(carousel([{ components: [{ type: 'BODY', text: 'x' }] }, card()]))).toEqual([
      'carousel.card_header_missing',
      'carousel.cards_differ',
    ]);
  });

  it('is for marketing only', () => {
    expect(codes(carousel([card(), card()], 'UTILITY'))).toEqual(['component.not_allowed']);
  });
});

describe('limited-time offer', () => {
  const offer = (text = 'Expiring offer!') =>
    ({
      type: 'LIMITED_TIME_OFFER',
      limited_time_offer: { text, has_expiration: true },
    }) as TemplateComponent;
  const buttons = (code = 'SAVE15'): TemplateComponent => ({
    type: 'BUTTONS',
    buttons: [{ type: 'COPY_CODE', example: code }, url('Book now')],
  });
  const lto = (components: TemplateComponent[], category = 'MARKETING') =>
    template(components, { category: category as 'MARKETING' });

  it('limits the offer text to 16 characters', () => {
    expect(codes(lto([offer('o'.repeat(16)), okBody, buttons()]))).toEqual([]);
    expect(codes(lto([offer('o'.repeat(17)), okBody, buttons()]))).toEqual([
      'limited_time_offer.text_too_long',
    ]);
  });

  it('limits the body to 600 characters with the example values', () => {
    expect(codes(lto([offer(), body('b'.repeat(600)), buttons()]))).toEqual([]);
    expect(codes(lto([offer(), body('b'.repeat(601)), buttons()]))).toEqual(['body.too_long']);
    // 18 characters around the b's; the 17-character value replaces the 5-character {{1}}.
    const text = (n: number) => `Hello {{1}}, ${'b'.repeat(n)} bye.`;
    const example = { body_text: [['Anastasia Beatrix']] };
    expect(codes(lto([offer(), body(text(570), example), buttons()]))).toEqual([]);
    expect(codes(lto([offer(), body(text(571), example), buttons()]))).toEqual(['body.too_long']);
  });

  it('limits the offer code to 15 characters', () => {
    expect(codes(lto([offer(), okBody, buttons('c'.repeat(15))]))).toEqual([]);
    expect(codes(lto([offer(), okBody, buttons('c'.repeat(16))]))).toEqual([
      'button.copy_code_too_long',
    ]);
  });

  it('has no footer, needs a URL button and is for marketing only', () => {
    expect(codes(lto([offer(), okBody, { type: 'FOOTER', text: 'f' }, buttons()]))).toEqual([
      'component.not_allowed',
    ]);
    expect(
      codes(
        lto([offer(), okBody, { type: 'BUTTONS', buttons: [{ type: 'COPY_CODE', example: 'A' }] }]),
      ),
    ).toEqual(['limited_time_offer.url_button_missing']);
    expect(codes(lto([offer(), okBody, buttons()], 'UTILITY'))).toEqual(['component.not_allowed']);
    expect(codes(lto([offer(), okBody, { type: 'BUTTONS', buttons: [url(), qr()] }]))).toEqual([
      'button.type_not_allowed',
    ]);
  });
});

describe('robustness', () => {
  it('reports an unreadable object instead of throwing', () => {
    const hostile = {
      get name(): string {
        throw new Error('boom');
      },
    };
    expect(codes(hostile)).toEqual(['request.unreadable']);
  });

  it('handles huge strings and deep nesting quickly', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = { components: [deep], example: [deep] };
    const huge = '{{'.repeat(50_000) + '*_~`'.repeat(50_000);
    const start = performance.now();
    expect(validateTemplate(deep).valid).toBe(false);
    expect(validateTemplate(template([body(huge)], { name: huge })).valid).toBe(false);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
