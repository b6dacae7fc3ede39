import { defaultLocale, usableLocale } from './document-lang.js';
import { whenIdle } from './scheduling.js';

/**
 * `Intl` formatters shared by every element on the page, one per locale and options, made the
 * first time one is asked for. Making a formatter costs far more than using it (the first one a
 * page makes loads the locale's number data: tens of milliseconds on a first render), so
 * elements never make their own per render or per row.
 */
const formatters = new Map<string, unknown>();

/** The formatter `kind` made for `locale` and `options`, made by `make` the first time. */
function shared<T>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind}\u0000${locale}\u0000${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * The page's `Intl.NumberFormat` for `locale` and `options`, made on first use.
 *
 * @param locale - A BCP 47 tag such as `en` or `pt-BR`.
 * @param options - Formatting options; equal options (written in the same key order) return the
 *   same formatter.
 */
export function numberFormat(
  locale: string,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  return shared('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

/** The page's cardinal `Intl.PluralRules` for `locale`, made on first use. */
export function pluralRulesFor(locale: string): Intl.PluralRules {
  return shared('plural', locale, {}, () => new Intl.PluralRules(locale));
}

/**
 * The page's `Intl.DateTimeFormat` for `locale` and `options`, made on first use.
 *
 * @param locale - A BCP 47 tag such as `en` or `pt-BR`.
 * @param options - Formatting options (with `timeZone: 'UTC'` for calendar days); equal options
 *   (written in the same key order) return the same formatter.
 */
export function dateFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions = {},
): Intl.DateTimeFormat {
  return shared('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

/**
 * A date or date-time the Hub sent (`iso`), written with the page's shared formatter for `locale`
 * and `options`; a value that is no date comes back as sent, where formatting it would throw.
 */
export function formatIsoDate(
  locale: string,
  iso: string,
  options: Intl.DateTimeFormatOptions,
): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat(locale, options).format(date);
}

let warming = false;

/**
 * Makes the page's first number and date formatters when the browser is next idle, once per page.
 * The first `Intl` formatter a page makes loads the locale data every later one shares (10–25 ms
 * in Chromium); an element defined while its data is on its way then does not pay that in the
 * render that shows the data.
 */
export function warmFormattersWhenIdle(): void {
  if (warming || typeof window === 'undefined') return;
  warming = true;
  // Within 50 ms even on a page that is not idle that soon: the data these formatters are for is
  // usually a request away.
  whenIdle(() => {
    const locale = usableLocale(defaultLocale());
    numberFormat(locale).format(0);
    // The first date formatter loads the calendar data; the elements' own ones then cost little.
    dateFormat(locale, { timeZone: 'UTC' }).format(0);
  }, 50);
}
