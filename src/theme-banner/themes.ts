import { countryCode } from '../countries/countries.js';
import { COUNTRY_PAGES, NATIONAL_THEMES } from './countries.data.js';

export { countryCode } from '../countries/countries.js';
import { globalTheme, OFFICIAL_PAGE, type SaferInternetDayTheme } from './global-theme.js';

export type { SaferInternetDayTheme } from './global-theme.js';

/**
 * The theme of `year`: the national theme of `country` (an ISO 3166-1 alpha-2 code) when one is known, else the global
 * theme, else none, so that a future year's theme is never invented.
 */
export function themeFor(year: number, country?: string): SaferInternetDayTheme {
  const code = country ? countryCode(country) : undefined;
  const national = code ? NATIONAL_THEMES[code]?.[year] : undefined;
  return national ? { year, country: code, ...national, source: 'national' } : globalTheme(year);
}

/** Whether `code` is an ISO 3166-1 alpha-2 country code (in any case), or a common alias of one such as `UK`. */
export function isCountryCode(code: string): boolean {
  return countryCode(code) !== undefined;
}

/**
 * The country's own Safer Internet Day page where its address is sourced (Israel's, `…/saferinternetday/israel`), else
 * the official page: an address is never guessed.
 */
export function countryPage(country?: string): string {
  const code = country ? countryCode(country) : undefined;
  return (code && COUNTRY_PAGES[code]?.url) || OFFICIAL_PAGE;
}
