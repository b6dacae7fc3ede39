import type { Random } from '../random.js';
import type { BalanceRecord, ClientRecord, WabaRecord } from '../state.js';

/** A seeded client with what belongs to it, before numbers and templates are added. */
export interface ClientSeed {
  client: ClientRecord;
  waba: WabaRecord;
  balance: BalanceRecord;
  /**
   * Phone pattern of its numbers: the curated ones use fictional-looking ranges (e.g. Ofcom's
   * drama range); `bulk` is a wider range for scale tests, which need thousands of numbers.
   */
  phone: PhonePattern & { bulk: PhonePattern };
  /** Template languages the client writes in. */
  languages: string[];
  vertical: string;
  timezoneId: string;
}

/** A prefix (calling code and more) followed by `digits` random digits. */
export interface PhonePattern {
  prefix: string;
  digits: number;
}

interface Profile {
  id: string;
  name: string;
  organisation: string;
  /**
   * How the seeded funds look (the Hub sets the payment type per partner account and sends none
   * per client, so it is not on the client record).
   */
  payment: 'direct' | 'partner';
  currency: 'eur' | 'usd';
  country: string;
  language: string;
  contact: string;
  domain: string;
  phone: PhonePattern & { bulk: PhonePattern };
  languages: string[];
  vertical: string;
  timezoneId: string;
  obo: boolean;
}

const profiles: Profile[] = [
  {
    id: 'bNapo1CL',
    name: 'Bella Napoli Ristoranti',
    organisation: 'Bella Napoli S.r.l.',
    payment: 'partner',
    currency: 'eur',
    country: 'IT',
    language: 'it',
    contact: 'Giulia Esposito',
    domain: 'bellanapoli.example',
    phone: { prefix: '+39347', digits: 7, bulk: { prefix: '+393', digits: 9 } },

    languages: ['it', 'en_US'],
    vertical: 'RESTAURANT',
    timezoneId: '76',
    obo: false,
  },
  {
    id: 'nRdL1cCL',
    name: 'Nordlicht Reisen',
    organisation: 'Nordlicht Reisen GmbH',
    payment: 'direct',
    currency: 'eur',
    country: 'DE',
    language: 'de',
    contact: 'Jonas Becker',
    domain: 'nordlicht-reisen.example',
    phone: { prefix: '+4930', digits: 8, bulk: { prefix: '+49151', digits: 8 } },

    languages: ['de', 'en_GB', 'nl'],
    vertical: 'TRAVEL',
    timezoneId: '69',
    obo: true,
  },
  {
    id: 'lUmHe4CL',
    name: 'Lumen Health Clinics',
    organisation: 'Lumen Health Inc.',
    payment: 'direct',
    currency: 'usd',
    country: 'US',
    language: 'en',
    contact: 'Maya Thompson',
    domain: 'lumenhealth.example',
    phone: { prefix: '+1415555', digits: 4, bulk: { prefix: '+1415', digits: 7 } },

    languages: ['en_US', 'es_MX'],
    vertical: 'HEALTH',
    timezoneId: '1',
    obo: false,
  },
  {
    id: 'cVerd3CL',
    name: 'Casa Verde Imóveis',
    organisation: 'Casa Verde Imóveis Ltda.',
    payment: 'partner',
    currency: 'usd',
    country: 'BR',
    language: 'pt',
    contact: 'Rafael Oliveira',
    domain: 'casaverde.example',
    phone: { prefix: '+55119', digits: 8, bulk: { prefix: '+55119', digits: 8 } },

    languages: ['pt_BR', 'es'],
    vertical: 'OTHER',
    timezoneId: '45',
    obo: false,
  },
  {
    id: 'kTeCo5CL',
    name: 'Kite & Co. Outdoor',
    organisation: 'Kite & Co. Ltd',
    payment: 'partner',
    currency: 'eur',
    country: 'GB',
    language: 'en',
    contact: 'Olivia Hughes',
    domain: 'kiteandco.example',
    phone: { prefix: '+447700900', digits: 3, bulk: { prefix: '+447', digits: 9 } },

    languages: ['en_GB', 'fr'],
    vertical: 'RETAIL',
    timezoneId: '66',
    obo: false,
  },
  {
    id: 'sHaRa6CL',
    name: 'Sahara Logistics',
    organisation: 'Sahara Logistics FZE',
    payment: 'direct',
    currency: 'usd',
    country: 'AE',
    language: 'ar',
    contact: 'Omar Al Mansouri',
    domain: 'saharalogistics.example',
    phone: { prefix: '+97150', digits: 7, bulk: { prefix: '+97150', digits: 7 } },

    languages: ['ar', 'en_US'],
    vertical: 'PROF_SERVICES',
    timezoneId: '161',
    obo: true,
  },
  {
    id: 'mSol07CL',
    name: 'Mercado Sol',
    organisation: 'Mercado Sol S.A. de C.V.',
    payment: 'direct',
    currency: 'usd',
    country: 'MX',
    language: 'es',
    contact: 'Valentina Ruiz',
    domain: 'mercadosol.example',
    phone: { prefix: '+5255', digits: 8, bulk: { prefix: '+5255', digits: 8 } },

    languages: ['es_MX', 'en_US'],
    vertical: 'GROCERY',
    timezoneId: '91',
    obo: false,
  },
];

function digits(random: Random, length: number): string {
  let out = String(random.int(1, 9));
  while (out.length < length) out += String(random.int(0, 9));
  return out;
}

/** A day and an hour in ms. */
export const DAY = 86_400_000;
const HOUR = 3_600_000;

/** The start (UTC) of the day of `time`, in ms. */
export function startOfDay(time: number): number {
  return Math.floor(time / DAY) * DAY;
}

/**
 * The seeded clients, their WhatsApp Business Accounts and their funds; dates relative to the day
 * of `now` (ms since the epoch).
 */
export function seedClients(random: Random, partnerId: string, now: number): ClientSeed[] {
  const today = startOfDay(now);
  return profiles.map((p, i) => {
    // Long enough ago for their numbers and templates, created after them, to lie in the past.
    const created = new Date(today - (1000 - i * 61) * DAY + 9.5 * HOUR).toISOString();
    const wabaId = `${p.id.slice(0, 5)}WA`;
    const eurLike = p.currency === 'eur';
    const balance =
      random.int(p.payment === 'partner' ? 0 : 900, p.payment === 'partner' ? 0 : 52_000) / 100;
    return {
      client: {
        id: p.id,
        name: p.name,
        status: 'active',
        organisation: p.organisation,
        max_channels: p.payment === 'partner' ? 10 : 5,
        partner_payload: `crm-${1000 + i * 37}`,
        contact_info: {
          email: `${p.contact.split(' ')[0]!.toLowerCase()}@${p.domain}`,
          country: p.country,
          language: p.language,
          full_name: p.contact,
          webpage_url: `https://${p.domain}`,
        },
        created_at: created,
        modified_at: created,
      },
      waba: {
        id: wabaId,
        name: p.name,
        namespace: `${digits(random, 4)}_${p.id.slice(0, 6).toLowerCase()}_${digits(random, 2)}ab_${digits(random, 6)}cd`,
        partner_id: partnerId,
        client_id: p.id,
        external_id: digits(random, 15),
        timezone_id: p.timezoneId,
        fb_business_id: digits(random, 15),
        fb_account_status: p.obo
          ? 'verified'
          : random.pick(['verified', 'verified', 'pending', 'not_verified']),
        status: 'approved',
        on_behalf_of_business_info: p.obo
          ? { id: digits(random, 15), name: p.organisation, status: 'approved', type: 'BUSINESS' }
          : null,
      },
      balance: {
        balance,
        currency: p.currency,
        last_renewal:
          p.payment === 'direct'
            ? {
                date: new Date(today - (3 + i * 2) * DAY).toISOString(),
                amount: eurLike ? 50 : 100,
              }
            : null,
        auto_renewal:
          p.payment === 'direct'
            ? { enabled: i % 3 !== 2, threshold: 10, amount: eurLike ? 50 : 100 }
            : { enabled: true, threshold: 200, amount: 100 },
      },
      phone: p.phone,
      languages: p.languages,
      vertical: p.vertical,
      timezoneId: p.timezoneId,
    };
  });
}

/**
 * The payment type the demo portal configures for a seeded client. The Hub sets it per partner
 * account and sends none with a client; the demo shows both kinds, so it keeps one per client.
 */
export function demoPaymentType(clientId: string): 'direct' | 'partner' | undefined {
  return profiles.find((p) => p.id === clientId)?.payment;
}
