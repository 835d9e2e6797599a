/**
 * The Safer Internet Day calendar: pure functions, no DOM, safe to import in Node.
 *
 * Dates are calendar dates written `YYYY-MM-DD`; instants are `Date`s. A calendar day begins and ends at different
 * instants in different time zones, so every instant here is computed for a named IANA zone from what a clock there
 * reads (zones.ts), never from the runtime's local time.
 */

import { clockNow } from './clock.js';
import { bounds, dateIn, FIRST_YEAR, nextSid, parseDate, sidDate, type SaferInternetDayOccurrence } from './days.js';
import { runtimeTimeZone } from './zones.js';

export { FIRST_YEAR, OFFICIAL_PAGE, parseDate, type SaferInternetDayOccurrence } from './days.js';
export { isValidTimeZone, runtimeTimeZone } from './zones.js';

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
  return sidDate(year);
}

/**
 * The Safer Internet Day that is today in `timeZone`, or else the next one, with the instants its calendar day begins
 * and ends there.
 * @throws TypeError when `now` is not a valid Date; RangeError when `timeZone` is not a known IANA time zone.
 */
export function nextSaferInternetDay(options: NextSaferInternetDayOptions = {}): SaferInternetDayOccurrence {
  const now = options.now ?? clockNow();
  assertValidDate(now, 'nextSaferInternetDay');
  return nextSid(now, options.timeZone ?? runtimeTimeZone());
}

/**
 * The instants a calendar day begins and ends in `timeZone`. A day may last 23 or 25 hours, or begin at 01:00 where
 * clocks skip midnight.
 * @throws RangeError when `date` is not a `YYYY-MM-DD` calendar date or `timeZone` is unknown.
 */
export function dayBounds(date: string, timeZone: string): { start: Date; end: Date } {
  if (!parseDate(date)) {
    throw new RangeError(`dayBounds: date must be a YYYY-MM-DD calendar date, got ${describe(date)}`);
  }
  return bounds(date, timeZone);
}

/**
 * The calendar date, `YYYY-MM-DD`, that `instant` falls on in `timeZone`.
 * @throws TypeError when `instant` is not a valid Date; RangeError when `timeZone` is unknown.
 */
export function dateInTimeZone(instant: Date, timeZone: string): string {
  assertValidDate(instant, 'dateInTimeZone');
  return dateIn(instant, timeZone);
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
