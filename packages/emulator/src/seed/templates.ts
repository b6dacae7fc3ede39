import type { Random } from '../random.js';
import type { AuditRecord, TemplateRecord } from '../state.js';
import type { ClientSeed } from './clients.js';
import { TEMPLATE_EXAMPLES, TEMPLATE_TEXTS, familyOf } from './template-texts.js';

const categories: Record<string, string> = {
  order_confirmation: 'UTILITY',
  appointment_reminder: 'UTILITY',
  seasonal_offer: 'MARKETING',
  delivery_update: 'UTILITY',
  feedback_request: 'MARKETING',
  verification_code: 'AUTHENTICATION',
};

const rejections = [
  'INVALID_FORMAT',
  'INCORRECT_CATEGORY',
  'ABUSIVE_CONTENT',
  'TAG_CONTENT_MISMATCH',
  'SCAM',
];

/** Status mix: mostly approved, and every other state at least once across the seed. */
const statusCycle = [
  'approved',
  'approved',
  'approved',
  'pending',
  'approved',
  'rejected',
  'approved',
  'paused',
  'approved',
  'disabled',
  'approved',
  'in_appeal',
  'approved',
  'rejected',
  'submitted',
  'approved',
];

const system: AuditRecord = { user_id: 'system', user_name: 'system' };

/** Builds Meta-format components of a seeded template in one language. */
export function seedComponents(
  name: string,
  language: string,
  domain: string,
): Record<string, unknown>[] {
  if (name === 'verification_code') {
    return [
      {
        type: 'BODY',
        text: '*{{1}}* is your verification code. For your security, do not share this code.',
        add_security_recommendation: true,
      },
      { type: 'FOOTER', text: 'This code expires in 10 minutes.', code_expiration_minutes: 10 },
      { type: 'BUTTONS', buttons: [{ type: 'OTP', otp_type: 'COPY_CODE', text: 'Copy code' }] },
    ];
  }
  const text = TEMPLATE_TEXTS[name]![familyOf(language)];
  const example = TEMPLATE_EXAMPLES[name]!;
  const components: Record<string, unknown>[] = [];
  if (text.header) components.push({ type: 'HEADER', format: 'TEXT', text: text.header });
  components.push({ type: 'BODY', text: text.body, example: { body_text: [example.body] } });
  if (text.footer) components.push({ type: 'FOOTER', text: text.footer });
  if (text.buttons) {
    const url = example.url?.replace('{domain}', domain);
    components.push({
      type: 'BUTTONS',
      buttons: text.buttons.map((label) =>
        url
          ? {
              type: 'URL',
              text: label,
              url,
              ...(url.includes('{{1}}') ? { example: [url.replace('{{1}}', 'AB123456')] } : {}),
            }
          : { type: 'QUICK_REPLY', text: label },
      ),
    });
  }
  return components;
}

/** About 60 templates: each client's templates in each of its languages, in every status. */
export function seedTemplates(
  random: Random,
  clients: ClientSeed[],
  partnerId: string,
  firstId: number,
): TemplateRecord[] {
  const names = Object.keys(categories);
  const out: TemplateRecord[] = [];
  clients.forEach((seed, c) => {
    // Five of the six templates per client, a different one left out each time.
    const chosen = names.filter((_, k) => k !== c % names.length);
    for (const name of chosen) {
      for (const language of seed.languages) {
        const index = out.length;
        const status = statusCycle[index % statusCycle.length]!;
        const created = new Date(
          Date.parse(seed.client.created_at) +
            (index * 5 + 2) * 86_400_000 +
            random.int(0, 86_399) * 1000,
        ).toISOString();
        out.push({
          id: String(firstId + index * 7919),
          partner_id: partnerId,
          waba_account_id: seed.waba.id,
          name,
          language:
            name === 'verification_code' && familyOf(language) !== 'en' ? 'en_US' : language,
          category: categories[name]!,
          status,
          components: seedComponents(name, language, seed.client.contact_info.webpage_url.slice(8)),
          rejected_reason: status === 'rejected' ? rejections[index % rejections.length]! : null,
          namespace: seed.waba.namespace,
          created_at: created,
          created_by: {
            user_id: `u${random.int(1000, 9999)}`,
            user_name: seed.client.contact_info.full_name,
          },
          modified_at: created,
          modified_by: system,
        });
      }
    }
  });
  // Auth templates only exist in English here; drop the duplicate name+language pairs that makes.
  const seen = new Set<string>();
  return out.filter((t) => {
    const key = `${t.waba_account_id}/${t.name}/${t.language}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
