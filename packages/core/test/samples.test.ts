import { describe, expect, it } from 'vitest';
import { parseWire } from '../src/schemas/common.js';
import { apiKeyListSchema, apiKeySchema, toApiKey } from '../src/schemas/api-key.js';
import {
  clientBalanceSchema,
  partnerBalanceSchema,
  toClientBalance,
  toPartnerBalances,
  toUsagePeriods,
} from '../src/schemas/balance.js';
import { channelListSchema, channelSchema, toHubNumber } from '../src/schemas/channel.js';
import { clientListSchema, clientSchema, toClientAccount } from '../src/schemas/client.js';
import { errorFromResponse } from '../src/schemas/error.js';
import { profileSchema, toBusinessProfile } from '../src/schemas/profile.js';
import { templateListSchema, templateSchema, toMessageTemplate } from '../src/schemas/template.js';
import {
  commerceSettingsSchema,
  toCommerceSettings,
  toWabaAccount,
  wabaSchema,
} from '../src/schemas/waba.js';

/** The sample payloads of docs/reference hub-api.md, with its example values. */
const audit = { user_id: 'system', user_name: 'system' };

describe('documented sample payloads parse', () => {
  it('client list (envelope with doc example counters, extra fields tolerated)', () => {
    const wire = parseWire(
      clientListSchema,
      {
        count: 8,
        filters: {},
        limit: 20,
        offset: 0,
        sort: ['name', '-created_at'],
        total: 100,
        clients: [
          {
            id: '3CpBg3xvCL',
            name: 'Company',
            status: 'active',
            organisation: 'Company Ltd',
            max_channels: 10,
            partner_payload: 'crm-42',
            meta_info: { business_vertical: 'RETAIL', timezone: 'Europe/Berlin' },
            contact_info: {
              email: 'ops@company.example',
              country: 'DE',
              webpage_url: 'https://company.example',
            },
            contact_user: { phone: '+4930123456', email: 'a@company.example', name: 'A' },
            created_at: '2023-01-02T12:00:00Z',
            created_by: audit,
            modified_at: '2023-01-02T12:00:00Z',
            modified_by: audit,
            suspicious: false,
          },
        ],
      },
      'GET /clients',
    );
    expect(toClientAccount(parseWire(clientSchema, wire.clients[0], 'item'))).toMatchObject({
      id: '3CpBg3xvCL',
      maxNumbers: 10,
      paymentType: 'unknown',
      country: 'DE',
    });
  });

  it('channel list', () => {
    const wire = parseWire(
      channelListSchema,
      {
        count: 1,
        filters: { id: 'abOd1CH' },
        limit: 20,
        offset: 0,
        sort: ['created_at', '-modified_at'],
        total: 1,
        partner_channels: [
          {
            id: 'abOd1CH',
            client_id: '3CpBg3xvCL',
            status: 'ready',
            account_mode: 'live',
            current_limit: 'TIER_1K',
            current_quality_rating: 'NA',
            created_at: '2023-01-02T12:00:00Z',
            terminated_at: null,
            is_oba: true,
            setup_info: {
              phone_number: '4930123456789',
              phone_name: 'Company',
              verification_method: 'sms',
            },
            profile_info: { about_text: 'Hi', business_vertical: 'RETAIL' },
            waba_account: {
              id: 'DWLgd6WA',
              external_id: '21546354756578',
              name: 'Company',
              namespace: '1234_abcd12_12ab_123456ab',
              status: 'approved',
              fb_account_status: 'verified',
              on_behalf_of_business_info: {
                id: '1',
                name: 'Company',
                status: 'approved',
                type: 'x',
              },
            },
            integration: { enabled: true, app_id: '104148', state: 'running' },
          },
        ],
      },
      'GET /channels',
    );
    expect(toHubNumber(parseWire(channelSchema, wire.partner_channels[0], 'item'))).toMatchObject({
      phoneNumber: '+4930123456789',
      qualityRating: 'UNKNOWN',
      unknownQualityRating: null,
      messagingTier: 'TIER_1K',
      accountType: 'on_behalf_of',
      isOfficialBusinessAccount: true,
      terminatedAt: null,
    });
  });

  it('WABA account', () => {
    const waba = toWabaAccount(
      parseWire(
        wabaSchema,
        {
          id: 'DWLgd6WA',
          name: 'Company',
          namespace: '1234_abcd12_12ab_123456ab',
          partner_id: 'f167CmPA',
          client_id: '3CpBg3xvCL',
          external_id: '21546354756578',
          timezone_id: '69',
          fb_business_id: '348728345238956',
          status: 'approved',
          settings: { marketing_messages_lite_api_status: 'ELIGIBLE' },
        },
        'GET /waba',
      ),
    );
    expect(waba).toMatchObject({ businessManagerId: '348728345238956', timezoneId: '69' });
    // The type and message-on-behalf state come with the number, not with the WABA object.
    expect(waba).not.toHaveProperty('accountType');
  });

  it('template list (lower-case statuses normalised)', () => {
    const wire = parseWire(
      templateListSchema,
      {
        count: 1,
        total: 1,
        limit: 50,
        offset: 0,
        sort: ['business_templates.name'],
        waba_templates: [
          {
            id: '594425479261596',
            partner_id: 'f167CmPA',
            waba_account_id: 'DWLgd6WA',
            name: 'order_update',
            language: 'en_US',
            category: 'utility',
            status: 'rejected',
            components: [{ type: 'BODY', text: 'Hi {{1}}', example: { body_text: [['Anna']] } }],
            rejected_reason: 'INVALID_FORMAT',
            namespace: '1234_abcd12_12ab_123456ab',
            created_at: '2023-01-02T12:00:00Z',
            created_by: audit,
            modified_at: '2023-01-02T12:00:00Z',
            modified_by: audit,
          },
        ],
      },
      'GET /templates',
    );
    expect(
      toMessageTemplate(parseWire(templateSchema, wire.waba_templates[0], 'item')),
    ).toMatchObject({
      status: 'REJECTED',
      category: 'UTILITY',
      rejectedReason: 'INVALID_FORMAT',
    });
  });

  it('API key create and list', () => {
    const created = parseWire(
      apiKeySchema,
      {
        id: '201126',
        api_key: 'secret',
        address: 'https://waba-v2.360dialog.io',
        app_id: '104148',
      },
      'POST',
    );
    expect(toApiKey(created)).toEqual({
      id: '201126',
      key: 'secret',
      address: 'https://waba-v2.360dialog.io',
      appId: '104148',
    });
    const list = parseWire(
      apiKeyListSchema,
      {
        api_keys: [
          {
            id: 201126,
            api_key: '****cret',
            address: 'https://waba-v2.360dialog.io',
            app_id: 104148,
          },
        ],
      },
      'GET',
    );
    expect(list.api_keys.map(toApiKey)[0]?.id).toBe('201126');
  });

  it('partner balance, as one record or one per currency', () => {
    expect(
      toPartnerBalances(parseWire(partnerBalanceSchema, { total: 100.45, currency: 'eur' }, 'GET')),
    ).toEqual([{ amountMinor: 10045, currency: 'EUR' }]);
    expect(
      toPartnerBalances(parseWire(partnerBalanceSchema, [{ currency: 'usd', total: 0.0 }], 'GET')),
    ).toEqual([{ amountMinor: 0, currency: 'USD' }]);
  });

  it('client balance with usage (.NET model)', () => {
    const wire = parseWire(
      clientBalanceSchema,
      {
        balance: 42.5,
        currency: 'eur',
        last_renewal: { date: '2025-06-01T00:00:00Z', amount: 50 },
        estimated_template_cost: 0.0613,
        granularity: 'day',
        bi_price_for_currency_and_client_country: 0.07,
        usage: [
          {
            period_date: '2025-06-02',
            quantity: 30,
            free_quantity: 10,
            paid_quantity: 20,
            free_tier: 0,
            free_entry_point: 0,
            marketing_quantity: 10,
            marketing_paid_quantity: 10,
            marketing_price: 0.61,
            utility_quantity: 10,
            utility_paid_quantity: 10,
            utility_price: 0.25,
            service_quantity: 10,
            service_paid_quantity: 0,
            service_price: 0,
            total_price: 0.86,
          },
        ],
      },
      'GET /balance',
    );
    expect(toClientBalance('c', wire)).toMatchObject({
      balance: { amountMinor: 4250, currency: 'EUR' },
      autoRenewal: null,
    });
    const [day] = toUsagePeriods(wire);
    expect(day).toMatchObject({ date: '2025-06-02', quantity: 30, cost: { amountMinor: 86 } });
    expect(day!.byCategory.authentication).toEqual({
      quantity: 0,
      paidQuantity: 0,
      cost: { amountMinor: 0, currency: 'EUR' },
    });
  });

  it('business profile and commerce settings (Meta shapes)', () => {
    const profile = parseWire(
      profileSchema,
      {
        data: [
          {
            about: 'Hi',
            address: 'Main St',
            description: 'Shop',
            email: 'a@b.example',
            messaging_product: 'whatsapp',
            profile_picture_url: 'https://x/p.png',
            websites: ['https://b.example'],
            vertical: 'RETAIL',
          },
        ],
      },
      'GET',
    );
    expect(toBusinessProfile(profile)).toMatchObject({
      vertical: 'RETAIL',
      websites: ['https://b.example'],
    });
    const commerce = parseWire(
      commerceSettingsSchema,
      { data: [{ id: '1', is_cart_enabled: true, is_catalog_visible: false }] },
      'GET',
    );
    expect(toCommerceSettings(commerce)).toEqual({ cartEnabled: true, catalogVisible: false });
  });

  it('error envelope with details and error_data', () => {
    const error = errorFromResponse(
      404,
      new Headers(),
      {
        meta: {
          success: false,
          http_code: 404,
          developer_message: 'Channel not found',
          details: ['id: unknown'],
          error_data: { code: 'E404', message: 'm', real_message: 'r', status: 404 },
        },
      },
      'GET /x',
    );
    expect(error).toMatchObject({
      kind: 'not_found',
      code: 'E404',
      developerMessage: 'Channel not found',
    });
  });
});
