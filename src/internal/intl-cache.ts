import { intlFallback } from './i18n.js';
import { translationFor } from './locale.js';

/** `Intl` formatters are costly to build; every element on the page shares one per set of options. */
const cache = new Map<string, unknown>();

type Formatter<T> = { supportedLocalesOf(locale: string): string[] } & (new (locale: string, options: object) => T);

/** Whether this browser's `Intl` has data for a locale, by formatter kind: asked once per page. */
const supported = new Map<string, boolean>();

/**
 * The formatter `kind` for `locale`; or, where this browser's `Intl` has no data for the language and its file brings
 * CLDR's patterns (Chromium has none for Irish, Icelandic and Maltese), one built from those patterns.
 */
function cached<T>(kind: Formatter<T>, locale: string, options: object): T {
  const support = `${kind.name}|${locale}`;
  if (!supported.has(support)) supported.set(support, kind.supportedLocalesOf(locale).length > 0);
  const fallback = supported.get(support) ? undefined : intlFallback(translationFor(locale));
  const key = `${kind.name}|${locale}|${JSON.stringify(options)}|${!!fallback}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    const build = fallback?.formatters[kind.name as 'NumberFormat' | 'DateTimeFormat' | 'ListFormat'];
    formatter =
      ((build && fallback && build(locale, options, fallback.data)) as T | undefined) || new kind(locale, options);
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
