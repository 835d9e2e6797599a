import { GLOBAL_THEMES, NATIONAL_THEMES, OFFICIAL_PAGE, type ThemeEntry } from './themes.data.js';

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
  const code = country?.toUpperCase();
  const national = code ? NATIONAL_THEMES[code]?.[year] : undefined;
  if (national) return { year, country: code, ...national, source: 'national' };
  const global = GLOBAL_THEMES[year];
  if (global) return { year, ...global, source: 'global' };
  return { year, source: 'none' };
}

/** Whether `code` is an ISO 3166-1 alpha-2 region this runtime can name. */
export function isCountryCode(code: string): boolean {
  return /^[a-z]{2}$/i.test(code) && countryName(code) !== undefined;
}

/**
 * The official "in your country" page, such as `…/saferinternetday/united-kingdom`, or the official page when there
 * is no country.
 */
export function countryPage(country?: string): string {
  const name = country && isCountryCode(country) ? countryName(country) : undefined;
  if (!name) return OFFICIAL_PAGE;
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${OFFICIAL_PAGE}/${slug}`;
}

function countryName(code: string): string | undefined {
  try {
    return new Intl.DisplayNames('en', { type: 'region', fallback: 'none' }).of(code.toUpperCase());
  } catch {
    return undefined;
  }
}
