import { bounds, dateIn, FIRST_YEAR, nextSid, parseDate, sidDate } from '../calendar/days.js';

export type CountdownUnit = 'days' | 'hours' | 'minutes' | 'seconds';
export type CountdownState = 'before' | 'today' | 'after';

export const ALL_UNITS: readonly CountdownUnit[] = ['days', 'hours', 'minutes', 'seconds'];

export const UNIT_MS: Record<CountdownUnit, number> = {
  days: 86_400_000,
  hours: 3_600_000,
  minutes: 60_000,
  seconds: 1_000,
};

/** What a countdown counts to: a whole calendar day, or a moment such as a partner's event. */
export interface CountdownTarget {
  /** The calendar date shown to the visitor, `YYYY-MM-DD`, in the countdown's time zone. */
  date: string;
  /** The instant the day (or the moment) begins. */
  start: Date;
  /** The instant that day ends in the countdown's time zone. */
  end: Date;
  /** True when the target is a moment with a time of day, false for a whole day. */
  isMoment: boolean;
  /** True when the target is the next Safer Internet Day, which rolls over to next year by itself. */
  rollsOver: boolean;
  /** True when the target is a Safer Internet Day (the next one, or a partner's date that is one), not another event. */
  isSaferInternetDay: boolean;
  /** The moment this target was worked out for. */
  computedAt: Date;
  /** The IANA time zone whose calendar days are counted. */
  timeZone: string;
}

/**
 * The years `date` and `now` may fall in: from 1970 to 9998, so that the day after any date, and the next Safer
 * Internet Day after any moment, are within the calendar's years.
 */
export const YEARS = { first: 1970, last: 9998 } as const;

/** ISO 8601: `YYYY-MM-DD`, then `THH:MM[:SS[.sss]]`, then `Z` or a `±HH:MM` offset. */
const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** Whether an ISO value's calendar date exists and falls within `YEARS`. */
const inYears = (value: string): boolean => {
  const year = Number(value.slice(0, 4));
  return !!parseDate(value.slice(0, 10)) && year >= YEARS.first && year <= YEARS.last;
};

/** Whether `value` is a date the `date` attribute accepts: a `YYYY-MM-DD` day or an ISO date-time with an offset. */
export function isValidTargetDate(value: string): boolean {
  if (!inYears(value)) return false;
  // a day, or a moment with an offset, which means the same instant everywhere
  return !!parseDate(value) || (!!ISO.exec(value)?.[4] && !Number.isNaN(Date.parse(value)));
}

/** The moment a `now` attribute freezes the clock at, or `undefined` when it is not strict ISO 8601 within `YEARS`. */
export function parseMoment(value: string): Date | undefined {
  if (!ISO.test(value) || !inYears(value)) return undefined;
  const moment = new Date(value);
  return Number.isNaN(moment.getTime()) ? undefined : moment;
}

/**
 * The target at `now`: the given day or moment, or else the Safer Internet Day that is today or next in `timeZone`.
 * `date` must already be valid (see `isValidTargetDate`).
 */
export function countdownTarget(now: Date, timeZone: string, date?: string): CountdownTarget {
  if (!date) {
    const { date: day, start, end } = nextSid(now, timeZone);
    return {
      date: day,
      start,
      end,
      isMoment: false,
      rollsOver: true,
      isSaferInternetDay: true,
      computedAt: now,
      timeZone,
    };
  }
  if (parseDate(date)) {
    const isSaferInternetDay = isSaferInternetDayDate(date);
    return {
      date,
      ...bounds(date, timeZone),
      isMoment: false,
      rollsOver: false,
      isSaferInternetDay,
      computedAt: now,
      timeZone,
    };
  }
  const start = new Date(date);
  const day = dateIn(start, timeZone);
  const end = bounds(day, timeZone).end;
  return {
    date: day,
    start,
    end,
    isMoment: true,
    rollsOver: false,
    isSaferInternetDay: false,
    computedAt: now,
    timeZone,
  };
}

/** Whether `date` (`YYYY-MM-DD`) is the Safer Internet Day of its year. */
function isSaferInternetDayDate(date: string): boolean {
  const year = Number(date.slice(0, 4));
  return year >= FIRST_YEAR && sidDate(year) === date;
}

/**
 * Whether a target still holds at `now` for the same attributes: a fixed date always does; the next Safer Internet Day
 * does until its day ends (or the clock is set back before the moment it was worked out for).
 */
export function targetHolds(target: CountdownTarget, now: Date): boolean {
  return !target.rollsOver || (target.computedAt <= now && now < target.end);
}

export function countdownState(target: CountdownTarget, now: Date): CountdownState {
  if (now < target.start) return 'before';
  return now < target.end ? 'today' : 'after';
}

/** Each `units` value read, by its text: a countdown asks for its units several times a second. */
const readUnits = new Map<string, { units: readonly CountdownUnit[]; unknown: readonly string[] }>();

/**
 * Reads a `units` attribute: known unit names, in any order and case, returned largest first. Unknown names are
 * returned apart so the element can warn about them.
 */
export function parseUnits(value: string): { units: readonly CountdownUnit[]; unknown: readonly string[] } {
  let read = readUnits.get(value);
  if (!read) {
    const words = value
      .toLowerCase()
      .split(/[\s,]+/)
      .filter(Boolean);
    const unknown = words.filter((word) => !(ALL_UNITS as readonly string[]).includes(word));
    read = { units: ALL_UNITS.filter((unit) => words.includes(unit)), unknown };
    if (readUnits.size < 100) readUnits.set(value, read);
  }
  return read;
}
