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

export { OFFICIAL_PAGE } from '../calendar/days.js';
