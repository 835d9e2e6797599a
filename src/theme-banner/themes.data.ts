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

/** The official Safer Internet Day page, and the pattern of its "in your country" pages. */
export const OFFICIAL_PAGE = 'https://better-internet-for-kids.europa.eu/en/saferinternetday';
