/**
 * The calendar's arithmetic, for the elements: the same as calendar.ts (the public API), without its checks of the
 * arguments, which the elements have checked already (each attribute, with a warning); so a page with a countdown
 * carries no error message it can never show.
 */

import { clockNow } from './clock.js';
import { instantAt, runtimeTimeZone, wallClock } from './zones.js';

export { isValidTimeZone, runtimeTimeZone } from './zones.js';

/** The official Safer Internet Day page (shared/facts/safer-internet-day.md, [S2]). */
export const OFFICIAL_PAGE = 'https://better-internet-for-kids.europa.eu/en/saferinternetday';

/** The first Safer Internet Day. */
export const FIRST_YEAR = 2004;

/** The years whose official date does not follow the rule. */
const OFFICIAL_EXCEPTIONS: Readonly<Record<number, string>> = {
  2004: '2004-02-06',
  2008: '2008-02-12',
};

/** A Safer Internet Day, or any other calendar day, as it falls in one time zone. */
export interface SaferInternetDayOccurrence {
  /** The year of that Safer Internet Day. */
  year: number;
  /** Its date, `YYYY-MM-DD`. */
  date: string;
  /** The instant the day begins in the time zone. */
  start: Date;
  /** The instant the day ends (the next day begins) in the time zone. */
  end: Date;
  /** Whether `now` falls within the day. */
  isToday: boolean;
}

/** The official date of Safer Internet Day in `year` (an integer from 2004 to 9999), as `YYYY-MM-DD`. */
export function sidDate(year: number): string {
  const exception = OFFICIAL_EXCEPTIONS[year];
  if (exception) return exception;
  const weekdayOfFeb5 = new Date(Date.UTC(year, 1, 5)).getUTCDay();
  const tuesday = 5 + ((2 - weekdayOfFeb5 + 7) % 7);
  return formatDate(year, 2, tuesday);
}

/** The Safer Internet Day that is today in `timeZone` (a known zone), or else the next one. */
export function nextSid(now: Date = clockNow(), timeZone: string = runtimeTimeZone()): SaferInternetDayOccurrence {
  const today = dateIn(now, timeZone);
  let year = Math.max(Number(today.slice(0, 4)), FIRST_YEAR);
  if (sidDate(year) < today) year += 1;
  const date = sidDate(year);
  const { start, end } = bounds(date, timeZone);
  return { year, date, start, end, isToday: start <= now && now < end };
}

/** The instants a calendar day (a `YYYY-MM-DD` date that exists) begins and ends in `timeZone`. */
export function bounds(date: string, timeZone: string): { start: Date; end: Date } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // a day begins when the clock first reads its midnight (or, where clocks skip midnight, the time they skip to), and
  // ends when the next day (its day overflowing into the next month) begins
  return {
    start: new Date(instantAt(Date.UTC(year, month - 1, day), timeZone)),
    end: new Date(instantAt(Date.UTC(year, month - 1, day + 1), timeZone)),
  };
}

/** The calendar date, `YYYY-MM-DD`, that `instant` falls on in `timeZone`. */
export function dateIn(instant: Date, timeZone: string): string {
  const reading = new Date(wallClock(instant.getTime(), timeZone));
  return formatDate(reading.getUTCFullYear(), reading.getUTCMonth() + 1, reading.getUTCDate());
}

/**
 * Parses `YYYY-MM-DD` into `[year, month, day]` (month 1–12), or returns `undefined` for anything else, including
 * dates that do not exist such as `2027-02-30`.
 */
export function parseDate(value: string): [number, number, number] | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return formatDate(year, month, day) === value ? [year, month, day] : undefined;
}

/** Writes a date, normalising overflowing months and days (the 29th of February 2027 becomes 1 March). */
function formatDate(year: number, month: number, day: number): string {
  const normalised = new Date(Date.UTC(year, month - 1, day));
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(normalised.getUTCFullYear(), 4)}-${pad(normalised.getUTCMonth() + 1, 2)}-${pad(normalised.getUTCDate(), 2)}`;
}
