/** The codes a `country` attribute accepts, for every element that has one. No DOM. */

/**
 * Every ISO 3166-1 alpha-2 code, and XK, the code the EU uses for Kosovo: the codes `country` accepts. Written as one
 * string, which costs a page a third of what a list of names would.
 */
export const COUNTRY_CODES: ReadonlySet<string> = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY ' +
    'BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK ' +
    'FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR ' +
    'IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ' +
    'ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM ' +
    'PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF ' +
    'TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW'
  ).split(' '),
);

/** Codes people write for a country whose ISO code is another: the United Kingdom and Greece as the EU writes them. */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR' };

/**
 * The ISO 3166-1 alpha-2 code `country` stands for, in capitals (`gb` → `GB`, and `UK` → `GB`), or `undefined` when it
 * is not a country's code.
 */
export function countryCode(country: string): string | undefined {
  const code = String(country).trim().toUpperCase();
  const canonical = COUNTRY_ALIASES[code] ?? code;
  return COUNTRY_CODES.has(canonical) ? canonical : undefined;
}
