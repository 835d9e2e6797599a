import { countryCode } from './countries.js';
import { HELPLINES, type Helpline } from './helplines.data.js';

export type { Helpline } from './helplines.data.js';
export { countryCode } from './countries.js';

/**
 * The sourced helpline for children and young people in `country` (an ISO 3166-1 code, or UK/EL), or none. Where a
 * country has a line per language community, the one in `language` (a tag such as `fr` or `fr-BE`), else the
 * country's main line: a French-speaking page in Belgium shows 103 Écoute-Enfants, a Dutch-speaking one Awel.
 */
export function helplineFor(country: string | undefined, language = ''): Helpline | undefined {
  const code = country ? countryCode(country) : undefined;
  const lines = code ? HELPLINES[code] : undefined;
  if (!lines || !Array.isArray(lines)) return lines as Helpline | undefined;
  const base = language.split('-')[0]!.toLowerCase();
  return lines.find((line) => line.lang === base) ?? lines[0];
}
