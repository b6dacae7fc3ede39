import { describe, expect, it } from 'vitest';
import { toUsagePeriods } from './balance.js';

const wire = (row: Record<string, number | string>) => ({
  balance: 1,
  currency: 'eur',
  usage: [{ period_date: '2026-03-01', ...row }],
});

describe('toUsagePeriods', () => {
  it('reads the newer pricing categories when the Hub sends them, zero when not', () => {
    const [day] = toUsagePeriods(
      wire({
        marketing_quantity: 10,
        marketing_price: 0.61,
        marketing_lite_quantity: 4,
        marketing_lite_paid_quantity: 3,
        marketing_lite_price: '0.15',
        authentication_international_quantity: 2,
        authentication_international_price: 0.08,
        referral_conversion_quantity: 5,
        referral_conversion_price: 0,
      }),
    );
    expect(day!.byCategory.marketing_lite).toEqual({
      quantity: 4,
      paidQuantity: 3,
      cost: { amountMinor: 15, currency: 'EUR' },
    });
    expect(day!.byCategory.authentication_international.cost.amountMinor).toBe(8);
    expect(day!.byCategory.referral_conversion.quantity).toBe(5);
    expect(day!.byCategory.utility).toEqual({
      quantity: 0,
      paidQuantity: 0,
      cost: { amountMinor: 0, currency: 'EUR' },
    });
    // Without Hub totals, the totals are the categories' and nothing is unattributed.
    expect(day!.quantity).toBe(21);
    expect(day!.cost.amountMinor).toBe(84);
    expect(day!.unattributed).toEqual({
      quantity: 0,
      paidQuantity: 0,
      cost: { amountMinor: 0, currency: 'EUR' },
    });
  });

  it('keeps what the Hub totals hold beyond the categories as unattributed', () => {
    const [day] = toUsagePeriods(
      wire({
        marketing_quantity: 10,
        marketing_paid_quantity: 10,
        marketing_price: 0.61,
        quantity: 13,
        paid_quantity: 12,
        total_price: 0.75,
      }),
    );
    expect(day!.unattributed).toEqual({
      quantity: 3,
      paidQuantity: 2,
      cost: { amountMinor: 14, currency: 'EUR' },
    });
    expect(day!.cost.amountMinor).toBe(75);
  });

  it('takes a total below the category sum as rounding, never a negative charge', () => {
    const [day] = toUsagePeriods(
      wire({ marketing_price: 0.006, utility_price: 0.006, total_price: 0.01 }),
    );
    expect(day!.unattributed.cost.amountMinor).toBe(0);
  });
});
