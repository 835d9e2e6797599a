import { FIRST_YEAR, nextSid } from '../../calendar/days.js';
import type { BannerHost } from '../banner-options.js';
import { OFFICIAL_PAGE } from '../global-theme.js';

/** The national themes and the country codes, which a banner loads only once it has a `country`. */
export type Countries = typeof import('../themes.js');

export const LAYOUTS: readonly string[] = ['card', 'bar'];
const TEXTS = ['heading', 'message', 'cta', 'href', 'country'] as const;

/** Warns about the partner's texts that are given but empty, and an unknown layout; the defaults are used instead. */
export function checkTexts(host: BannerHost, changed: Map<PropertyKey, unknown>): void {
  for (const name of TEXTS) {
    const value = host[name];
    if (changed.has(name) && value != null && value.trim() === '')
      host.warn(name, value, 'it is empty; using the default');
  }
  if (changed.has('layout') && host.layout != null && !LAYOUTS.includes(host.layout)) {
    host.warn('layout', host.layout, 'expected card or bar; using card');
  }
}

/** The banner's year: the partner's, or the next Safer Internet Day's (which moves on once a day has passed). */
export function checkYear(host: BannerHost): number {
  const year = host.year;
  if (year != null) {
    if (Number.isInteger(year) && year >= FIRST_YEAR && year <= 9999) return year;
    // Name the value as the partner wrote it ("soon"), not as the number it became (NaN).
    const written = host.getAttribute('year');
    const value = written !== null && Object.is(Number(written), year) ? written : year;
    host.warn('year', value, `expected a year from ${FIRST_YEAR}; using the next Safer Internet Day`);
  }
  return nextSid().year;
}

/**
 * The country's ISO 3166-1 alpha-2 code, or `undefined` (with a warning for a value that is not one, and none when
 * the country data could not be loaded, which gave its own).
 */
export function checkCountry(host: BannerHost, countries: Countries | undefined): string | undefined {
  const country = host.country;
  if (!country?.trim() || !countries) return undefined;
  const code = countries.countryCode(country);
  if (!code)
    host.warn('country', country, 'expected an ISO 3166-1 alpha-2 code such as GB or DE; showing the global theme');
  return code;
}

/** The call to action's URL: the partner's when it is http(s), else the official page for the country. */
export function checkLink(host: BannerHost, country: string | undefined, countries: Countries | undefined): string {
  const fallback = countries?.countryPage(country) ?? OFFICIAL_PAGE;
  const href = host.href?.trim();
  if (!href) return fallback;
  try {
    const url = new URL(href, document.baseURI);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {
    // not a URL at all
  }
  host.warn('href', host.href, 'only http: and https: links are allowed; using the default');
  return fallback;
}
