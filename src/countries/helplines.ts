import { countryCode } from './countries.js';
import { HELPLINES, type Helpline } from './helplines.data.js';

export type { Helpline } from './helplines.data.js';
export { countryCode } from './countries.js';

/** The sourced helpline for children and young people in `country` (an ISO 3166-1 code, or UK/EL), or none. */
export function helplineFor(country: string | undefined): Helpline | undefined {
  const code = country ? countryCode(country) : undefined;
  return code ? HELPLINES[code] : undefined;
}
