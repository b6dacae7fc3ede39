import { currencyDigits, type ActivityMetric, type Growth } from '@hub/core';
import { dateFormat, numberFormat } from '../base/formatters.js';

/**
 * The formatters of one chart, for one locale and currency. Creating `Intl` objects is slow next
 * to formatting, so they are made once per page and shared across a year of days.
 */
export interface ActivityFormat {
  /** A metric value: a message count, or an amount in minor units as money. */
  value(value: number): string;
  /** A short axis label for a value (compact: `1.2K`, `€3K`). */
  axis(value: number): string;
  /** `12 Nov`. */
  day(day: string): string;
  /** `Nov 2026`, for labels at month starts. */
  month(day: string): string;
  /** `Wed, 12 Nov 2026`. */
  longDay(day: string): string;
  /** `1 – 30 Nov 2026`. */
  period(from: string, to: string): string;
  /** A relative change, signed: `+12.5%`. */
  percent(ratio: number): string;
}

const utcDate = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * The page's shared `Intl.DateTimeFormat` for `locale` and `options`, in UTC (the chart's days are
 * calendar days): making one costs more than a first chart's bars, so charts share them and make
 * only those they show.
 */
export function utcDateFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return dateFormat(locale, { ...options, timeZone: 'UTC' });
}

/** `12 Nov 2026`: the period, and the history's bounds in the period picker. */
export const mediumDay: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
};

/**
 * Formatters for `metric` in `locale`; amounts are in `currency`. Each `Intl` object is made the
 * first time it is needed (a first frame needs four of them), then shared with every chart.
 */
export function activityFormat(
  locale: string,
  metric: ActivityMetric,
  currency: string,
): ActivityFormat {
  const money = metric === 'expenses';
  const code = currency.toUpperCase();
  // Amounts are in minor units; the currency's digits are only looked up for money.
  const number = (options: Intl.NumberFormatOptions) => {
    const format = numberFormat(
      locale,
      money ? { ...options, style: 'currency', currency: code } : options,
    );
    const divisor = money ? 10 ** currencyDigits(code) : 1;
    return (value: number) => format.format(value / divisor);
  };
  const date = (options: Intl.DateTimeFormatOptions) => {
    let format: Intl.DateTimeFormat | undefined;
    return (day: string) => (format ??= utcDateFormat(locale, options)).format(utcDate(day));
  };
  const range = date(mediumDay);
  let value: ((value: number) => string) | undefined;
  let axis: ((value: number) => string) | undefined;
  return {
    value: (n) => (value ??= number({}))(n),
    axis: (n) => (axis ??= number({ notation: 'compact' }))(n),
    day: date({ day: 'numeric', month: 'short' }),
    month: date({ month: 'short', year: 'numeric' }),
    longDay: date({ weekday: 'short', ...mediumDay }),
    period: (from, to) =>
      from === to
        ? range(from)
        : utcDateFormat(locale, mediumDay).formatRange(utcDate(from), utcDate(to)),
    percent: (ratio) =>
      numberFormat(locale, {
        style: 'percent',
        maximumFractionDigits: 1,
        signDisplay: 'exceptZero',
      }).format(ratio),
  };
}

/** Which growth sentence applies. */
export function growthKind(growth: Growth): 'up' | 'down' | 'flat' | 'new' {
  return growth.fromZero ? 'new' : growth.direction;
}
