import { GLOBAL_THEMES } from './themes.data.js';
import type { ThemeEntry } from './themes.data.js';

export { OFFICIAL_PAGE } from './themes.data.js';

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

/** The global theme of `year`, else none, so that a future year's theme is never invented. */
export function globalTheme(year: number): SaferInternetDayTheme {
  const global = GLOBAL_THEMES[year];
  return global ? { year, ...global, source: 'global' } : { year, source: 'none' };
}
