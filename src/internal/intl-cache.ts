import { intlFallback } from './i18n.js';
import { baseLanguage, translationFor } from './locale.js';

/** `Intl` formatters are costly to build; every element on the page shares one per set of options. */
const cache = new Map<string, unknown>();

type Formatter<T> = new (locale: string, options: object) => T;

/**
 * The formatter `kind` for `locale`; or, where the language's file brings CLDR's patterns and this browser's `Intl`
 * writes otherwise (Chromium has no data for some languages), one built from those patterns.
 */
function cached<T>(kind: Formatter<T>, locale: string, options: object): T {
  const fallback = intlFallback(translationFor(locale));
  const key = `${kind.name}|${locale}|${JSON.stringify(options)}|${!!fallback}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    const build = fallback?.formatters[kind.name as 'NumberFormat' | 'DateTimeFormat' | 'ListFormat'];
    formatter = ((build && build(locale, options, fallback!.data)) as T | undefined) ?? new kind(locale, options);
    cache.set(key, formatter);
  }
  return formatter;
}

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat =>
  cached(Intl.NumberFormat, locale, options);

export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached(Intl.DateTimeFormat, locale, options);

export const listFormat = (locale: string, options: Intl.ListFormatOptions): Intl.ListFormat =>
  cached(Intl.ListFormat, locale, options);

/**
 * Whether `locale` is English without Unicode extensions (`-u-nu-…` chooses other digits): it writes whole numbers
 * below 1,000 in plain digits, so no formatter is needed for them. The first formatter of a page loads the engine's
 * locale data, 130 ms and more on a phone, which a page with nothing but an English carousel need not pay.
 */
export const plainEnglish = (locale: string): boolean => baseLanguage(locale) === 'en' && !locale.includes('-u-');

/** A count (an index, a number of tips) as `locale` writes it. */
export const formatCount = (locale: string, value: number): string =>
  plainEnglish(locale) && Number.isInteger(value) && value >= 0 && value < 1000
    ? String(value)
    : numberFormat(locale, {}).format(value);
