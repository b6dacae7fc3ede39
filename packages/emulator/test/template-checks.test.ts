import { describe, expect, it } from 'vitest';
// Meta's and 360dialog's official examples, kept once for the SDK's validator and the emulator.
import { OFFICIAL_EXAMPLES } from '../../core/src/templates/__fixtures__/official-examples.js';
import { createEmulator, DEMO_API_KEY, DEMO_PARTNER_ID } from '../src/index.js';
import { templateProblems } from '../src/routes/template-checks.js';

const body = (text: string, values?: string[]) => ({
  type: 'BODY',
  text,
  ...(values && { example: { body_text: [values] } }),
});
const utility = (...components: object[]) => ({
  name: 'order_update',
  language: 'en_US',
  category: 'UTILITY',
  components,
});
const authentication = (...buttons: object[]) => ({
  name: 'login_code',
  language: 'en',
  category: 'AUTHENTICATION',
  components: [
    { type: 'BODY', add_security_recommendation: true },
    { type: 'BUTTONS', buttons },
  ],
});

describe('templateProblems: what the platform accepts', () => {
  it.each(OFFICIAL_EXAMPLES.map((example) => [example.title, example.request] as const))(
    'accepts the official example: %s',
    (_, request) => {
      expect(templateProblems(request)).toEqual([]);
    },
  );

  it('accepts every seeded template', () => {
    const emulator = createEmulator();
    // Meta reads authentication templates back with the preset text a create must not send.
    const created = emulator.state.templates.filter((t) => t.category !== 'AUTHENTICATION');
    for (const { name, language, category, components } of created) {
      expect(templateProblems({ name, language, category, components }), name).toEqual([]);
    }
  });
});

describe('templateProblems: what the platform refuses (reference §2–§11)', () => {
  it.each([
    ['not an object', [], ['body: must be a JSON object']],
    [
      'name, language, category',
      { name: 'Order Update', language: 'en-US', category: 'PROMO', components: [body('Hi')] },
      [
        'name: lowercase letters, digits and underscores, at most 512 characters',
        'language: not a supported language',
        'category: AUTHENTICATION, MARKETING or UTILITY',
      ],
    ],
    ['no body', utility({ type: 'FOOTER', text: 'Bye' }), ['components: a BODY is required']],
    [
      'two bodies',
      utility(body('Hi there'), body('Hi again')),
      ['components.1.type: only one BODY'],
    ],
    ['empty body text', utility(body('')), ['components.0.text: required']],
    [
      'a gap in the numbering, without examples',
      utility(body('Hi {{1}}, your code {{3}} is ready.')),
      [
        'components.0.text: parameters must be numbered from {{1}} without gaps',
        'components.0.example: example values are required',
      ],
    ],
    [
      'adjacent and dangling parameters',
      utility(body('{{1}} {{2}} is ready', ['a', 'b'])),
      [
        'components.0.text: adjacent parameters',
        'components.0.text: the text cannot start or end with a parameter',
      ],
    ],
    [
      'examples that do not match the parameters',
      utility(body('Hi {{1}}, order {{2}} ships today.', ['Ana'])),
      ['components.0.example.body_text: 2 parameters but 1 example values'],
    ],
    [
      'a footer with a parameter, too long',
      utility(body('Hi there'), { type: 'FOOTER', text: `Bye {{1}} ${'x'.repeat(60)}` }),
      [
        'components.1.text: at most 60 characters',
        'components.1.text: parameters are not supported',
      ],
    ],
    [
      'interleaved quick replies and a long label',
      utility(body('Hi there'), {
        type: 'BUTTONS',
        buttons: [
          { type: 'QUICK_REPLY', text: 'Yes' },
          { type: 'URL', text: 'Go', url: 'https://x.test' },
          { type: 'QUICK_REPLY', text: 'A label far longer than allowed' },
        ],
      }),
      [
        'components.1.buttons.2.text: at most 25 characters',
        'components.1.buttons: quick replies must be grouped together',
      ],
    ],
    [
      'a URL variable in the middle, without example',
      utility(body('Hi there'), {
        type: 'BUTTONS',
        buttons: [{ type: 'URL', text: 'Go', url: 'https://x.test/{{1}}/track' }],
      }),
      [
        'components.1.buttons.0.url: at most 1 parameter, at the end of the URL',
        'components.1.buttons.0.example: one example URL is required',
      ],
    ],
    [
      'a carousel outside marketing',
      utility(body('Pick one'), { type: 'CAROUSEL', cards: [] }),
      [
        'components.1.type: CAROUSEL is not allowed in UTILITY templates',
        'components.1.cards: from 2 to 10 cards',
      ],
    ],
    [
      'authentication without OTP, with text',
      {
        ...authentication({ type: 'QUICK_REPLY', text: 'Yes' }),
        components: [
          { type: 'BODY', text: 'Your code' },
          { type: 'BUTTONS', buttons: [{ type: 'QUICK_REPLY', text: 'Yes' }] },
        ],
      },
      [
        'components.0.text: not supported in authentication templates',
        'components.1.buttons.0.type: QUICK_REPLY is not allowed here',
        'components.1.buttons: exactly one OTP button',
      ],
    ],
    [
      'zero-tap without accepted terms, a bad signature hash',
      authentication({
        type: 'OTP',
        otp_type: 'ZERO_TAP',
        supported_apps: [{ package_name: 'com.example.app', signature_hash: 'short' }],
      }),
      [
        'components.1.buttons.0.supported_apps.0.signature_hash: not an app signature hash',
        'components.1.buttons.0.zero_tap_terms_accepted: the zero-tap terms must be accepted',
      ],
    ],
    [
      'an authentication TTL out of range',
      { ...authentication({ type: 'OTP', otp_type: 'COPY_CODE' }), message_send_ttl_seconds: 1000 },
      ['message_send_ttl_seconds: 30 to 900 seconds, or -1'],
    ],
  ])('refuses %s', (_, payload, problems) => {
    expect(templateProblems(payload)).toEqual(problems);
  });
});

describe('template statuses on the routes', () => {
  it('refuses to delete a disabled template (Meta §11.7), and deletes others', async () => {
    const emulator = createEmulator();
    const remove = (waba: string, id: string) =>
      emulator.handle(
        new Request(
          `https://hub.example/api/v2/partners/${DEMO_PARTNER_ID}/waba_accounts/${waba}/waba_templates/${id}`,
          { method: 'DELETE', headers: { 'x-api-key': DEMO_API_KEY } },
        ),
      );
    const disabled = emulator.state.templates.find((t) => t.status === 'disabled')!;
    expect((await remove(disabled.waba_account_id, disabled.id)).status).toBe(400);
    expect(emulator.state.templates).toContain(disabled);
    const approved = emulator.state.templates.find(
      (t) => t.status === 'approved' && t.name !== disabled.name,
    )!;
    expect((await remove(approved.waba_account_id, approved.id)).status).toBe(200);
    const left = emulator.state.templates.filter(
      (t) => t.waba_account_id === approved.waba_account_id && t.name === approved.name,
    );
    expect(left).toEqual([]);
  });
});
