import {
  COUNTRY_ALIASES,
  COUNTRY_SLUGS,
  GLOBAL_THEMES,
  NATIONAL_THEMES,
  OFFICIAL_PAGE,
  type ThemeEntry,
} from './themes.data.js';

/** A year's theme as the banner shows it. */
export interface SaferInternetDayTheme {
  year: number;
  /** The country of a national theme, or `undefined` for the global theme and the day's name alone. */
  country?: string;
  /** The theme, or `undefined` when no theme is known for that year (the banner then shows the day's name). */
  title?: string;
  subtitle?: string;
  /** The language of `title` and `subtitle`. */
  lang?: string;
  /** The interface string with the official wording in every language, where there is one. */
  key?: ThemeEntry['key'];
  /** `national`, `global`, or `none` when only the day's name can be shown. */
  source: 'national' | 'global' | 'none';
}

/**
 * The theme of `year`: the national theme of `country` (an ISO 3166-1 alpha-2 code) when one is known, else the global
 * theme, else none, so that a future year's theme is never invented.
 */
export function themeFor(year: number, country?: string): SaferInternetDayTheme {
  const code = country ? countryCode(country) : undefined;
  const national = code ? NATIONAL_THEMES[code]?.[year] : undefined;
  if (national) return { year, country: code, ...national, source: 'national' };
  const global = GLOBAL_THEMES[year];
  if (global) return { year, ...global, source: 'global' };
  return { year, source: 'none' };
}

/**
 * The ISO 3166-1 alpha-2 code `country` stands for, in capitals (`gb` → `GB`, and `UK` → `GB`), or `undefined` when it
 * is not a country's code.
 */
export function countryCode(country: string): string | undefined {
  const code = country.trim().toUpperCase();
  const canonical = COUNTRY_ALIASES[code] ?? code;
  return Object.hasOwn(COUNTRY_SLUGS, canonical) ? canonical : undefined;
}

/** Whether `code` is an ISO 3166-1 alpha-2 country code (in any case), or a common alias of one such as `UK`. */
export function isCountryCode(code: string): boolean {
  return countryCode(code) !== undefined;
}

/**
 * The official "in your country" page, such as `…/saferinternetday/united-kingdom`, or the official page when there
 * is no country or `country` is not a country's code.
 */
export function countryPage(country?: string): string {
  const code = country ? countryCode(country) : undefined;
  return code ? `${OFFICIAL_PAGE}/${COUNTRY_SLUGS[code]}` : OFFICIAL_PAGE;
}
