/**
 * Safer Internet Day themes, from shared/facts/safer-internet-day.md (section 2), kept apart from code. A theme
 * listed there as unverified (the United States in 2015) is left out. `key` names the interface string that carries
 * the official wording in every language, for themes that have one.
 */
export interface ThemeEntry {
  title: string;
  subtitle?: string;
  /** The language the title is written in. */
  lang: string;
  key?: 'globalTheme';
}

const together: ThemeEntry = { title: 'Together for a better internet', lang: 'en', key: 'globalTheme' };
const createBetter: ThemeEntry = { title: "Let's create a better internet together", lang: 'en' };

/** The global (EU) theme of each year. */
export const GLOBAL_THEMES: Readonly<Record<number, ThemeEntry>> = {
  2007: { title: 'Crossing borders', lang: 'en' },
  2008: { title: 'Life online is what you make of it', lang: 'en' },
  2009: { title: 'Cyberbullying', subtitle: 'Block bullying online! Keep it fun, keep control', lang: 'en' },
  2010: { title: 'Think B4 U post!', lang: 'en' },
  2011: { title: 'Virtual lives', subtitle: "It's more than a game, it's your life", lang: 'en' },
  2012: { title: 'Connecting generations', subtitle: 'Discover the digital world together… safely!', lang: 'en' },
  2013: { title: 'Online rights and responsibilities', subtitle: 'Connect with respect', lang: 'en' },
  2014: createBetter,
  2015: createBetter,
  2016: { title: 'Play your part for a better internet', lang: 'en' },
  2017: { title: 'Be the change: Unite for a better internet', lang: 'en' },
  2018: { title: 'Create, connect and share respect: A better internet starts with you', lang: 'en' },
  2019: together,
  2020: together,
  2021: together,
  2022: together,
  2023: together,
  2024: together,
  2025: together,
  2026: together,
};

const connectReflectProtect: ThemeEntry = { title: 'Connect. Reflect. Protect.', lang: 'en' };

/** National themes by ISO 3166-1 alpha-2 country code, then year. */
export const NATIONAL_THEMES: Readonly<Record<string, Readonly<Record<number, ThemeEntry>>>> = {
  GB: {
    2016: { title: 'Play your part for a better internet', lang: 'en' },
    2018: { title: 'Create, connect and share respect', subtitle: '#ItStartsWithUs', lang: 'en' },
    2019: { title: 'Our internet, our choice', subtitle: 'Understanding consent in a digital world', lang: 'en' },
    2020: { title: 'Free to be me', subtitle: 'Exploring identity online', lang: 'en' },
    2021: { title: 'An internet we trust', subtitle: 'Exploring reliability in the online world', lang: 'en' },
    2022: { title: 'All fun and games?', subtitle: 'Exploring respect and relationships online', lang: 'en' },
    2023: { title: 'Want to talk about it?', subtitle: 'Making space for conversations about life online', lang: 'en' },
    2024: { title: 'Inspiring change?', subtitle: 'Making a difference, managing influence and navigating change online', lang: 'en' },
    2025: { title: 'Too good to be true?', subtitle: 'Protecting yourself and others from scams online', lang: 'en' },
    2026: { title: 'Smart tech, safe choices', subtitle: 'Exploring the safe and responsible use of AI', lang: 'en' },
  },
  US: {
    2017: { title: 'Be the Change: Unite for a Better Internet', subtitle: '#OneGoodThing', lang: 'en' },
    2021: { title: 'The internet starts with "I" and ends with "T"', lang: 'en' },
    2022: { title: 'Improving Well-Being Online', lang: 'en' },
  },
  AU: {
    2019: { title: 'Together for a better internet', subtitle: 'Respect, responsibility, reasoning, resilience', lang: 'en' },
    2022: { title: 'Play it fair online', lang: 'en' },
    2023: connectReflectProtect,
    2024: connectReflectProtect,
  },
  DE: {
    2025: { title: 'Keine Likes für Lügen!', subtitle: 'Erkenne Extremismus, Populismus und Deepfakes im Netz', lang: 'de' },
  },
  FR: {
    2025: { title: "L'IA et nous, quel futur ensemble ?", lang: 'fr' },
  },
  IL: {
    2026: { title: 'Safe to Connect', subtitle: 'Friendship and Responsibility in the Age of AI', lang: 'en' },
  },
};

/** The official Safer Internet Day page; a country's page is this followed by `/` and the country's slug. */
export const OFFICIAL_PAGE = 'https://better-internet-for-kids.europa.eu/en/saferinternetday';

/**
 * Every ISO 3166-1 alpha-2 code, and XK, the code the EU uses for Kosovo, with the English slug of its "in your
 * country" page (`…/saferinternetday/israel`).
 * Only Israel's page is sourced; the other slugs follow the same pattern from the country's short English name, fixed
 * here rather than taken from the browser's `Intl.DisplayNames`, whose names differ between engines (Türkiye or
 * Turkey, "Hong Kong SAR China") and which also names regions that are not countries ("EU", "ZZ").
 */
export const COUNTRY_SLUGS: Readonly<Record<string, string>> = {
  AD: 'andorra', AE: 'united-arab-emirates', AF: 'afghanistan', AG: 'antigua-and-barbuda', AI: 'anguilla',
  AL: 'albania', AM: 'armenia', AO: 'angola', AQ: 'antarctica', AR: 'argentina', AS: 'american-samoa', AT: 'austria',
  AU: 'australia', AW: 'aruba', AX: 'aland-islands', AZ: 'azerbaijan',
  BA: 'bosnia-and-herzegovina', BB: 'barbados', BD: 'bangladesh', BE: 'belgium', BF: 'burkina-faso', BG: 'bulgaria',
  BH: 'bahrain', BI: 'burundi', BJ: 'benin', BL: 'saint-barthelemy', BM: 'bermuda', BN: 'brunei', BO: 'bolivia',
  BQ: 'bonaire-sint-eustatius-and-saba', BR: 'brazil', BS: 'bahamas', BT: 'bhutan', BV: 'bouvet-island',
  BW: 'botswana', BY: 'belarus', BZ: 'belize',
  CA: 'canada', CC: 'cocos-islands', CD: 'democratic-republic-of-the-congo', CF: 'central-african-republic',
  CG: 'congo', CH: 'switzerland', CI: 'cote-divoire', CK: 'cook-islands', CL: 'chile', CM: 'cameroon', CN: 'china',
  CO: 'colombia', CR: 'costa-rica', CU: 'cuba', CV: 'cabo-verde', CW: 'curacao', CX: 'christmas-island', CY: 'cyprus',
  CZ: 'czechia',
  DE: 'germany', DJ: 'djibouti', DK: 'denmark', DM: 'dominica', DO: 'dominican-republic', DZ: 'algeria',
  EC: 'ecuador', EE: 'estonia', EG: 'egypt', EH: 'western-sahara', ER: 'eritrea', ES: 'spain', ET: 'ethiopia',
  FI: 'finland', FJ: 'fiji', FK: 'falkland-islands', FM: 'micronesia', FO: 'faroe-islands', FR: 'france',
  GA: 'gabon', GB: 'united-kingdom', GD: 'grenada', GE: 'georgia', GF: 'french-guiana', GG: 'guernsey', GH: 'ghana',
  GI: 'gibraltar', GL: 'greenland', GM: 'gambia', GN: 'guinea', GP: 'guadeloupe', GQ: 'equatorial-guinea',
  GR: 'greece', GS: 'south-georgia-and-the-south-sandwich-islands', GT: 'guatemala', GU: 'guam', GW: 'guinea-bissau',
  GY: 'guyana',
  HK: 'hong-kong', HM: 'heard-island-and-mcdonald-islands', HN: 'honduras', HR: 'croatia', HT: 'haiti', HU: 'hungary',
  ID: 'indonesia', IE: 'ireland', IL: 'israel', IM: 'isle-of-man', IN: 'india', IO: 'british-indian-ocean-territory',
  IQ: 'iraq', IR: 'iran', IS: 'iceland', IT: 'italy',
  JE: 'jersey', JM: 'jamaica', JO: 'jordan', JP: 'japan',
  KE: 'kenya', KG: 'kyrgyzstan', KH: 'cambodia', KI: 'kiribati', KM: 'comoros', KN: 'saint-kitts-and-nevis',
  KP: 'north-korea', KR: 'south-korea', KW: 'kuwait', KY: 'cayman-islands', KZ: 'kazakhstan',
  LA: 'laos', LB: 'lebanon', LC: 'saint-lucia', LI: 'liechtenstein', LK: 'sri-lanka', LR: 'liberia', LS: 'lesotho',
  LT: 'lithuania', LU: 'luxembourg', LV: 'latvia', LY: 'libya',
  MA: 'morocco', MC: 'monaco', MD: 'moldova', ME: 'montenegro', MF: 'saint-martin', MG: 'madagascar',
  MH: 'marshall-islands', MK: 'north-macedonia', ML: 'mali', MM: 'myanmar', MN: 'mongolia', MO: 'macao',
  MP: 'northern-mariana-islands', MQ: 'martinique', MR: 'mauritania', MS: 'montserrat', MT: 'malta', MU: 'mauritius',
  MV: 'maldives', MW: 'malawi', MX: 'mexico', MY: 'malaysia', MZ: 'mozambique',
  NA: 'namibia', NC: 'new-caledonia', NE: 'niger', NF: 'norfolk-island', NG: 'nigeria', NI: 'nicaragua',
  NL: 'netherlands', NO: 'norway', NP: 'nepal', NR: 'nauru', NU: 'niue', NZ: 'new-zealand',
  OM: 'oman',
  PA: 'panama', PE: 'peru', PF: 'french-polynesia', PG: 'papua-new-guinea', PH: 'philippines', PK: 'pakistan',
  PL: 'poland', PM: 'saint-pierre-and-miquelon', PN: 'pitcairn-islands', PR: 'puerto-rico', PS: 'palestine',
  PT: 'portugal', PW: 'palau', PY: 'paraguay',
  QA: 'qatar',
  RE: 'reunion', RO: 'romania', RS: 'serbia', RU: 'russia', RW: 'rwanda',
  SA: 'saudi-arabia', SB: 'solomon-islands', SC: 'seychelles', SD: 'sudan', SE: 'sweden', SG: 'singapore',
  SH: 'saint-helena', SI: 'slovenia', SJ: 'svalbard-and-jan-mayen', SK: 'slovakia', SL: 'sierra-leone',
  SM: 'san-marino', SN: 'senegal', SO: 'somalia', SR: 'suriname', SS: 'south-sudan', ST: 'sao-tome-and-principe',
  SV: 'el-salvador', SX: 'sint-maarten', SY: 'syria', SZ: 'eswatini',
  TC: 'turks-and-caicos-islands', TD: 'chad', TF: 'french-southern-territories', TG: 'togo', TH: 'thailand',
  TJ: 'tajikistan', TK: 'tokelau', TL: 'timor-leste', TM: 'turkmenistan', TN: 'tunisia', TO: 'tonga', TR: 'turkiye',
  TT: 'trinidad-and-tobago', TV: 'tuvalu', TW: 'taiwan', TZ: 'tanzania',
  UA: 'ukraine', UG: 'uganda', UM: 'united-states-minor-outlying-islands', US: 'united-states', UY: 'uruguay',
  UZ: 'uzbekistan',
  VA: 'vatican-city', VC: 'saint-vincent-and-the-grenadines', VE: 'venezuela', VG: 'british-virgin-islands',
  VI: 'united-states-virgin-islands', VN: 'vietnam', VU: 'vanuatu',
  WF: 'wallis-and-futuna', WS: 'samoa',
  XK: 'kosovo',
  YE: 'yemen', YT: 'mayotte',
  ZA: 'south-africa', ZM: 'zambia', ZW: 'zimbabwe',
};

/** Codes people write for a country whose ISO code is another: the United Kingdom and Greece as the EU writes them. */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR' };
