import { moneyFormatter, type ActivityMetric, type Growth } from '@hub/core';

/**
 * Intl formatters of one chart render, for one locale and currency. Creating `Intl` objects is
 * slow next to formatting, so a render makes them once and shares them across a year of days.
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

/** Formatters for `metric` in `locale`; amounts are in `currency`. */
export function activityFormat(
  locale: string,
  metric: ActivityMetric,
  currency: string,
): ActivityFormat {
  const count = new Intl.NumberFormat(locale);
  const compact = new Intl.NumberFormat(locale, { notation: 'compact' });
  const short = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const long = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const month = new Intl.DateTimeFormat(locale, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const range = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const percent = new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const money = moneyFormatter(currency, locale);
  const compactMoney = moneyFormatter(currency, locale, { notation: 'compact' });
  return {
    value: (value) => (metric === 'expenses' ? money(value) : count.format(value)),
    axis: (value) => (metric === 'expenses' ? compactMoney(value) : compact.format(value)),
    day: (day) => short.format(utcDate(day)),
    month: (day) => month.format(utcDate(day)),
    longDay: (day) => long.format(utcDate(day)),
    period: (from, to) =>
      from === to ? range.format(utcDate(from)) : range.formatRange(utcDate(from), utcDate(to)),
    percent: (ratio) => percent.format(ratio),
  };
}

/** Which growth sentence applies. */
export function growthKind(growth: Growth): 'up' | 'down' | 'flat' | 'new' {
  return growth.fromZero ? 'new' : growth.direction;
}
