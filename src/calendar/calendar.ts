/**
 * The Safer Internet Day calendar: pure functions, no DOM, safe to import in Node.
 *
 * Dates are calendar dates written `YYYY-MM-DD`; instants are `Date`s. A calendar day begins and ends at different
 * instants in different time zones, so every instant here is computed for a named IANA zone from what a clock there
 * reads (zones.ts), never from the runtime's local time.
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

export interface NextSaferInternetDayOptions {
  /** The moment to count from; default the current time. */
  now?: Date;
  /** The IANA time zone whose calendar day counts; default the runtime's. */
  timeZone?: string;
}

/**
 * The official date of Safer Internet Day in `year`, as `YYYY-MM-DD`: the Tuesday between 5 and 11 February, except
 * for the official dates of 2004 (a Friday) and 2008 (12 February).
 * @throws TypeError when `year` is not an integer; RangeError when it is before 2004 or after 9999.
 */
export function saferInternetDay(year: number): string {
  if (typeof year !== 'number' || !Number.isInteger(year)) {
    throw new TypeError(`saferInternetDay: year must be an integer, got ${describe(year)}`);
  }
  if (year < FIRST_YEAR || year > 9999) {
    throw new RangeError(`saferInternetDay: year must be from ${FIRST_YEAR} to 9999, got ${year}`);
  }
  const exception = OFFICIAL_EXCEPTIONS[year];
  if (exception) return exception;
  const weekdayOfFeb5 = new Date(Date.UTC(year, 1, 5)).getUTCDay();
  const tuesday = 5 + ((2 - weekdayOfFeb5 + 7) % 7);
  return formatDate(year, 2, tuesday);
}

/**
 * The Safer Internet Day that is today in `timeZone`, or else the next one, with the instants its calendar day begins
 * and ends there.
 * @throws TypeError when `now` is not a valid Date; RangeError when `timeZone` is not a known IANA time zone.
 */
export function nextSaferInternetDay(options: NextSaferInternetDayOptions = {}): SaferInternetDayOccurrence {
  const now = options.now ?? clockNow();
  assertValidDate(now, 'nextSaferInternetDay');
  const timeZone = options.timeZone ?? runtimeTimeZone();
  const today = dateInTimeZone(now, timeZone);
  let year = Math.max(Number(today.slice(0, 4)), FIRST_YEAR);
  if (saferInternetDay(year) < today) year += 1;
  return occurrence(year, saferInternetDay(year), now, timeZone);
}

/**
 * The instants a calendar day begins and ends in `timeZone`. A day may last 23 or 25 hours, or begin at 01:00 where
 * clocks skip midnight.
 * @throws RangeError when `date` is not a `YYYY-MM-DD` calendar date or `timeZone` is unknown.
 */
export function dayBounds(date: string, timeZone: string): { start: Date; end: Date } {
  const parts = parseDate(date);
  if (!parts) throw new RangeError(`dayBounds: date must be a YYYY-MM-DD calendar date, got ${describe(date)}`);
  const [year, month, day] = parts;
  // a day begins when the clock first reads its midnight (or, where clocks skip midnight, the time they skip to), and
  // ends when the next day (its day overflowing into the next month) begins
  return {
    start: new Date(instantAt(Date.UTC(year, month - 1, day), timeZone)),
    end: new Date(instantAt(Date.UTC(year, month - 1, day + 1), timeZone)),
  };
}

/**
 * The calendar date, `YYYY-MM-DD`, that `instant` falls on in `timeZone`.
 * @throws TypeError when `instant` is not a valid Date; RangeError when `timeZone` is unknown.
 */
export function dateInTimeZone(instant: Date, timeZone: string): string {
  assertValidDate(instant, 'dateInTimeZone');
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

function occurrence(year: number, date: string, now: Date, timeZone: string): SaferInternetDayOccurrence {
  const { start, end } = dayBounds(date, timeZone);
  return { year, date, start, end, isToday: start <= now && now < end };
}

/** Writes a date, normalising overflowing months and days (the 29th of February 2027 becomes 1 March). */
function formatDate(year: number, month: number, day: number): string {
  const normalised = new Date(Date.UTC(year, month - 1, day));
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(normalised.getUTCFullYear(), 4)}-${pad(normalised.getUTCMonth() + 1, 2)}-${pad(normalised.getUTCDate(), 2)}`;
}

function assertValidDate(value: unknown, caller: string): asserts value is Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new TypeError(`${caller}: expected a valid Date, got ${describe(value)}`);
  }
}

function describe(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
