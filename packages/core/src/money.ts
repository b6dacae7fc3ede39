/**
 * An amount of money: an integer count of the currency's minor unit (cents for EUR/USD, yen for
 * JPY) plus an upper-case ISO 4217 code. Integers add exactly, so totals never drift; a plain
 * `number` stays exact up to ±2^53 minor units, far beyond any Hub balance.
 */
export interface Money {
  /** Integer amount in minor units, e.g. `1050` for €10.50. */
  amountMinor: number;
  /** Upper-case ISO 4217 code, e.g. `EUR`. */
  currency: string;
}

const digitsCache = new Map<string, number>();

/** Decimal places of a currency's minor unit (2 for EUR, 0 for JPY, 3 for KWD), per `Intl`. */
export function currencyDigits(currency: string): number {
  const code = currency.toUpperCase();
  let digits = digitsCache.get(code);
  if (digits === undefined) {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
        .maximumFractionDigits ?? 2;
    digitsCache.set(code, digits);
  }
  return digits;
}

/**
 * Converts a decimal amount in major units (as the Hub sends it, e.g. `100.45` or `"100.45"`)
 * into {@link Money}. It works on the decimal text rather than multiplying floats, rounding half
 * away from zero at the minor unit, so `0.1 + 0.2`-style errors cannot creep in.
 */
export function moneyFromDecimal(amount: number | string, currency: string): Money {
  const code = currency.toUpperCase();
  const digits = currencyDigits(code);
  const text = typeof amount === 'number' ? decimalText(amount) : amount.trim();
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) {
    throw new RangeError(`Not a decimal amount: ${String(amount)}`);
  }
  const [, sign, whole = '', fraction = ''] = match;
  const kept = fraction.slice(0, digits).padEnd(digits, '0');
  let minor = Number(whole || '0') * 10 ** digits + Number(kept || '0');
  if ((fraction[digits] ?? '0') >= '5') minor += 1;
  if (!Number.isSafeInteger(minor)) throw new RangeError(`Amount out of range: ${String(amount)}`);
  return { amountMinor: sign === '-' && minor !== 0 ? -minor : minor, currency: code };
}

/** Plain decimal text of a number, without exponent notation (`1e-7` → `0.0000001`). */
function decimalText(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite amount: ${value}`);
  const text = String(value);
  return /e/i.test(text) ? value.toFixed(20).replace(/\.?0+$/, '') : text;
}

/** The amount as a decimal string in major units, e.g. `"10.50"`; exact, for sending to APIs. */
export function moneyToDecimal(money: Money): string {
  const digits = currencyDigits(money.currency);
  const negative = money.amountMinor < 0;
  const text = String(Math.abs(money.amountMinor)).padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  const fraction = digits > 0 ? `.${text.slice(text.length - digits)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** Zero in a currency. */
export function zeroMoney(currency: string): Money {
  return { amountMinor: 0, currency: currency.toUpperCase() };
}

/** Adds two amounts of the same currency exactly; mixing currencies throws a `RangeError`. */
export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) {
    throw new RangeError(`Cannot add ${a.currency} and ${b.currency}`);
  }
  const amountMinor = a.amountMinor + b.amountMinor;
  if (!Number.isSafeInteger(amountMinor)) throw new RangeError('Money sum out of range');
  return { amountMinor, currency: a.currency };
}

/**
 * Sums amounts of one currency exactly. `currency` gives the result's currency when the list is
 * empty and is checked against every item otherwise.
 */
export function sumMoney(items: Iterable<Money>, currency: string): Money {
  let total = zeroMoney(currency);
  for (const item of items) total = addMoney(total, item);
  return total;
}

/**
 * Formats an amount for people with `Intl.NumberFormat`, e.g. `€1,234.50` in `en-GB` or
 * `1.234,50 €` in `de-DE`. Extra `Intl` options (like `currencyDisplay: 'code'`) pass through.
 * To format many amounts of one currency, make one {@link moneyFormatter} instead.
 */
export function formatMoney(
  money: Money,
  locale?: string | readonly string[],
  options?: Omit<Intl.NumberFormatOptions, 'style' | 'currency'>,
): string {
  return moneyFormatter(money.currency, locale, options)(money.amountMinor);
}

/**
 * A formatter of amounts in minor units of one currency, as {@link formatMoney} writes them.
 * Creating an `Intl.NumberFormat` costs far more than formatting with one, so a chart of a year
 * of days makes its formatter once and calls it for every figure.
 *
 * @param currency - ISO 4217 code of the amounts, in any case.
 * @param locale - The locale(s) to format for; the runtime's when omitted.
 * @param options - Extra `Intl` options, such as `notation: 'compact'`.
 * @returns A function from an integer amount in minor units to its text.
 */
export function moneyFormatter(
  currency: string,
  locale?: string | readonly string[],
  options?: Omit<Intl.NumberFormatOptions, 'style' | 'currency'>,
): (amountMinor: number) => string {
  const code = currency.toUpperCase();
  const divisor = 10 ** currencyDigits(code);
  const format = new Intl.NumberFormat(locale as string | string[] | undefined, {
    ...options,
    style: 'currency',
    currency: code,
  });
  return (amountMinor) => format.format(amountMinor / divisor);
}
