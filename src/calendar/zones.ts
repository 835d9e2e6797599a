/**
 * Time zones: which ones the runtime knows, its own, and what a clock in one reads at an instant. Offsets come from
 * `Intl.DateTimeFormat#formatToParts`, which every browser of the floor has (`timeZoneName: 'longOffset'` does not:
 * Safari 15.4, Chrome 95).
 */
import { clockNow, reportedTimeZone } from './clock.js';

/** Whether `timeZone` is an IANA time zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  return clockIn(timeZone) !== undefined;
}

/**
 * A clock reading in `timeZone` at `instant` (epoch ms): the ms since 1970 by the calendar and clock there, as if that
 * were UTC. Readings subtract to wall-clock time, and `new Date(reading)` has the reading in its UTC fields.
 * @throws RangeError when `timeZone` is unknown.
 */
export function wallClock(instant: number, timeZone: string): number {
  // the visitor's own zone is the one Date keeps its local time in: its readings need no formatter (a phone spends
  // about a millisecond building one, and a countdown's first render reads the clock some twenty times)
  if (timeZone === runtimeZone && runtimeIsLocal) return instant - new Date(instant).getTimezoneOffset() * 60_000;
  return formatterReading(instant, timeZone);
}

/** `wallClock` as a formatter reads it, for any zone the runtime knows (exported for the test of the visitor's zone). */
export function formatterReading(instant: number, timeZone: string): number {
  const format = clockIn(timeZone);
  if (!format) throw new RangeError(`Unknown IANA time zone ${JSON.stringify(String(timeZone))}`);
  const field: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const { type, value } of format.formatToParts(instant)) field[type] = Number(value);
  const reading = Date.UTC(field.year!, field.month! - 1, field.day!, field.hour! % 24, field.minute!, field.second!);
  return reading + (((instant % 1000) + 1000) % 1000);
}

/**
 * The instant (epoch ms) a clock in `timeZone` reads `reading` (see `wallClock`). Where clocks go back and a reading
 * happens twice, the first; where they skip it, the instant they skip to (a day whose midnight is skipped begins at
 * 01:00).
 * @throws RangeError when `timeZone` is unknown.
 */
export function instantAt(reading: number, timeZone: string): number {
  // the zone's offsets a day either side: at most one change of the clocks lies between them
  const [before, after] = [reading - DAY, reading + DAY].map((instant) => wallClock(instant, timeZone) - instant);
  const early = reading - before!;
  if (before === after || wallClock(early, timeZone) === reading) return early;
  const late = reading - after!;
  return wallClock(late, timeZone) === reading ? late : early;
}

const DAY = 86_400_000;

/** A formatter per zone asked about (undefined for a zone the runtime does not know): each costs about 1 ms to build. */
const clocks = new Map<string, Intl.DateTimeFormat | undefined>();

function clockIn(timeZone: string): Intl.DateTimeFormat | undefined {
  if (!clocks.has(timeZone)) {
    let format: Intl.DateTimeFormat | undefined;
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      format = undefined;
    }
    clocks.set(timeZone, format);
  }
  return clocks.get(timeZone);
}

/**
 * The runtime's own time zone (the visitor's, in a browser). When the runtime reports one it cannot use itself
 * (Chromium reports `Etc/Unknown` when it cannot map the system's zone), a zone at the runtime's present offset from
 * UTC, else UTC, with one console warning.
 */
export function runtimeTimeZone(): string {
  // building a formatter costs about a millisecond on a phone, and every element asks at every update: the zone is
  // read once per page
  return (runtimeZone ??= readRuntimeTimeZone());
}

let runtimeZone: string | undefined;
/** Whether `runtimeZone` is the zone the runtime keeps local time in (not one chosen in its place). */
let runtimeIsLocal = false;

function readRuntimeTimeZone(): string {
  const reported = reportedTimeZone();
  if (reported && isValidTimeZone(reported)) {
    runtimeIsLocal = true;
    return reported;
  }
  // read once per page (runtimeTimeZone), so this warning is given once
  const zone = offsetZone(clockNow().getTimezoneOffset());
  console.warn(
    `sid-widgets: the browser reports its time zone as ${JSON.stringify(reported)}, which it cannot use; counting in ` +
      `${zone} instead (set time-zone on the element to choose one).`,
  );
  return zone;
}

/**
 * A zone that keeps `minutesBehind` (as `getTimezoneOffset` gives it) all year: `Etc/GMT-2` for UTC+2, an offset zone
 * such as `+05:30` where the runtime knows them, else UTC.
 */
function offsetZone(minutesBehind: number): string {
  const ahead = -minutesBehind;
  if (!Number.isInteger(ahead) || ahead === 0) return 'UTC';
  const [sign, hours, minutes] = [ahead > 0 ? '+' : '-', Math.floor(Math.abs(ahead) / 60), Math.abs(ahead) % 60];
  const zones = [`${sign}${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`];
  if (!minutes) zones.unshift(`Etc/GMT${sign === '+' ? '-' : '+'}${hours}`);
  return zones.find(isValidTimeZone) ?? 'UTC';
}
