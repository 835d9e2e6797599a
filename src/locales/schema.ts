/**
 * The shape of the library's words, below everything else: what a translation holds, and the audiences its tips are
 * for. It imports nothing but English's keys, so any module (the elements, the loaders, the builds) can use it.
 */
import type { en } from './en.js';

/** Who a tip is for; a tip's id begins with its audience (`children-trusted-adult`). */
export const AUDIENCES = ['children', 'teens', 'parents', 'educators'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Every interface string, as English has them. */
export type Messages = { [K in keyof typeof en]: string };

/** A built-in tip's words, keyed by the tip's `id` in a translation. */
export interface TipText {
  title: string;
  text: string;
}

/**
 * One language in one file: every interface string, and every built-in tip. `npm test` checks that each language has
 * every key and tip of English, with the same placeholders, and no empty string.
 */
export interface Translation {
  messages: Messages;
  tips: Record<string, TipText>;
  /** Only for a language some browser's `Intl` has no data for: CLDR's patterns, used in that browser alone. */
  intl?: IntlFallback;
}

/** What every element needs of a language: its interface strings, and the `Intl` fallback where it has one. */
export type Interface = Pick<Translation, 'messages' | 'intl'>;

/** The parts a language is loaded in: its interface strings, and its words for each audience's tips. */
export type Part = 'interface' | Audience;

/**
 * What the elements ask of `Intl`, for a browser that has no data for a language (Chromium has none for Irish,
 * Icelandic and Maltese): CLDR's full date pattern with and without the time, weekday names from Sunday, month names
 * as they read in a date, a two-item list, and each unit as long, short and narrow, by plural category (one string when
 * every category is the same; `other` for the categories left out).
 */
export interface IntlFallback {
  date: string;
  dateTime: string;
  weekdays: string[];
  months: string[];
  list: string;
  units: Record<
    'day' | 'hour' | 'minute' | 'second',
    Record<'long' | 'short' | 'narrow', string | Partial<Record<Intl.LDMLPluralRule, string>>>
  >;
}
