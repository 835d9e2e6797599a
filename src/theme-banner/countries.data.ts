/**
 * What the banner knows by country, loaded only by a banner with a `country`: the national themes
 * (shared/facts/safer-internet-day.md, section 2, or the source in the comment beside a theme) and the country pages
 * whose address is sourced. Kept apart from code.
 */
import type { ThemeEntry } from './themes.data.js';

const connectReflectProtect: ThemeEntry = { title: 'Connect. Reflect. Protect.', lang: 'en' };

/** National themes by ISO 3166-1 alpha-2 country code, then year. */
export const NATIONAL_THEMES: Readonly<Record<string, Readonly<Record<number, ThemeEntry>>>> = {
  GB: {
    2016: { title: 'Play your part for a better internet', lang: 'en' },
    // UK Safer Internet Centre press release (06 Feb 2018): 'with the slogan "Create, Connect and Share Respect: A better
    // internet starts with you"' (https://saferinternet.org.uk/blog/safer-internet-day-press-release-2018); the
    // hashtag #ItStartsWithUs was the campaign's, not the theme's
    2018: { title: 'Create, connect and share respect', subtitle: 'A better internet starts with you', lang: 'en' },
    2019: { title: 'Our internet, our choice', subtitle: 'Understanding consent in a digital world', lang: 'en' },
    2020: { title: 'Free to be me', subtitle: 'Exploring identity online', lang: 'en' },
    2021: { title: 'An internet we trust', subtitle: 'Exploring reliability in the online world', lang: 'en' },
    2022: { title: 'All fun and games?', subtitle: 'Exploring respect and relationships online', lang: 'en' },
    2023: { title: 'Want to talk about it?', subtitle: 'Making space for conversations about life online', lang: 'en' },
    2024: {
      title: 'Inspiring change?',
      subtitle: 'Making a difference, managing influence and navigating change online',
      lang: 'en',
    },
    2025: { title: 'Too good to be true?', subtitle: 'Protecting yourself and others from scams online', lang: 'en' },
    2026: { title: 'Smart tech, safe choices', subtitle: 'Exploring the safe and responsible use of AI', lang: 'en' },
  },
  US: {
    2017: { title: 'Be the Change: Unite for a Better Internet', subtitle: '#OneGoodThing', lang: 'en' },
    2021: { title: 'The internet starts with "I" and ends with "T"', lang: 'en' },
    2022: { title: 'Improving Well-Being Online', lang: 'en' },
  },
  AU: {
    2019: {
      title: 'Together for a better internet',
      subtitle: 'Respect, responsibility, reasoning, resilience',
      lang: 'en',
    },
    2022: { title: 'Play it fair online', lang: 'en' },
    2023: connectReflectProtect,
    2024: connectReflectProtect,
  },
  DE: {
    2025: {
      title: 'Keine Likes für Lügen!',
      subtitle: 'Erkenne Extremismus, Populismus und Deepfakes im Netz',
      lang: 'de',
    },
    // klicksafe's motto; press release of the Thuringian data protection commissioner (04.02.2026): '„KI and me. In
    // künstlicher Beziehung." ist das Thema des Safer Internet Day 2026' (https://www.datenschutz.de/?p=10327); also
    // Internet-ABC and kinderrechte.digital
    2026: { title: 'KI and me. In künstlicher Beziehung.', lang: 'de' },
  },
  FR: {
    2025: { title: "L'IA et nous, quel futur ensemble ?", lang: 'fr' },
    // Point de Contact, of the Safer Internet France consortium: 'le slogan : « Les écrans et toi… comment ça va ? »'
    // (https://www.pointdecontact.net/la-campagne-des-safer-internet-days-2026-les-ecrans-et-toi-comment-ca-va); the
    // same words on 3-6-9-12.org and the Académie de Guadeloupe's Collège du Raizet
    2026: { title: 'Les écrans et toi… comment ça va\u00a0?', lang: 'fr' },
  },
  IL: {
    2026: { title: 'Safe to Connect', subtitle: 'Friendship and Responsibility in the Age of AI', lang: 'en' },
  },
};

/**
 * Where a banner for a country links: the national coordinator's own site, where the facts name it and its address
 * (shared/facts/safer-internet-day.md, section 3, "National coordinators"), as a partner in that country would want;
 * else the country's page on the official site where its address is sourced. Never a guessed address (the official
 * site's pages follow a pattern, but a guessed one may be missing); every other country links to the official page.
 */
export const COUNTRY_PAGES: Readonly<Record<string, { url: string; source: string }>> = {
  AU: {
    url: 'https://www.esafety.gov.au',
    source: 'shared/facts/safer-internet-day.md [S33][S35]: eSafety Commissioner',
  },
  DE: { url: 'https://www.klicksafe.de', source: 'shared/facts/safer-internet-day.md [S36][S40]: klicksafe' },
  GB: {
    url: 'https://saferinternet.org.uk',
    source: 'shared/facts/safer-internet-day.md [U21][U22]: UK Safer Internet Centre',
  },
  IL: {
    url: 'https://better-internet-for-kids.europa.eu/en/saferinternetday/israel',
    source: 'shared/facts/safer-internet-day.md [S38]',
  },
  US: { url: 'https://connectsafely.org', source: 'shared/facts/safer-internet-day.md [S31][S32]: ConnectSafely' },
};
