import { isValidTimeZone, runtimeTimeZone } from '../../calendar/days.js';
import { clockNow } from '../../calendar/clock.js';
import type { CountdownHost } from '../countdown-options.js';
import {
  ALL_UNITS,
  isValidTargetDate,
  parseMoment,
  parseUnits,
  YEARS,
  type CountdownUnit,
} from '../countdown-model.js';

const RANGE = `from ${YEARS.first} to ${YEARS.last}`;

export const FORMATS: readonly string[] = ['long', 'short', 'narrow'];

/** The clock: frozen at `now` when it is a valid ISO date-time, else the library's one clock. */
export function currentTime(host: CountdownHost): Date {
  if (host.now) {
    const frozen = parseMoment(host.now);
    if (frozen) return frozen;
    host.warn(
      'now',
      host.now,
      `expected an ISO date-time ${RANGE}, such as 2027-02-09T10:00:00Z; using the real clock`,
    );
  }
  return clockNow();
}

/** The time zone whose calendar day counts: `time-zone` when it is a known IANA zone, else the visitor's. */
export function zoneOf(host: CountdownHost): string {
  if (host.timeZone && !isValidTimeZone(host.timeZone)) {
    host.warn('time-zone', host.timeZone, "not a known IANA time zone; using the visitor's time zone");
    return runtimeTimeZone();
  }
  return host.timeZone || runtimeTimeZone();
}

/** The partner's target date when it is valid, else `undefined` for the next Safer Internet Day. */
export function targetDateOf(host: CountdownHost): string | undefined {
  if (!host.date) return undefined;
  if (isValidTargetDate(host.date)) return host.date;
  host.warn(
    'date',
    host.date,
    `expected YYYY-MM-DD or an ISO date-time with an offset, ${RANGE}; using the next Safer Internet Day`,
  );
  return undefined;
}

/**
 * The units shown, largest first: those chosen, but not the seconds while they stand still (the visitor hid them, or
 * prefers reduced motion), unless they are the only unit.
 */
export function shownUnits(host: CountdownHost): readonly CountdownUnit[] {
  const units = chosenUnits(host);
  return host.secondsPaused && units.length > 1 ? units.filter((unit) => unit !== 'seconds') : units;
}

/** The units `units` chooses, largest first: the known ones, or all four. */
export function chosenUnits(host: CountdownHost): readonly CountdownUnit[] {
  if (host.units == null) return ALL_UNITS;
  const { units, unknown } = parseUnits(host.units);
  if (unknown.length > 0 || units.length === 0) {
    const rest = units.length ? 'ignoring the rest' : 'showing all four';
    host.warn('units', host.units, `expected some of ${ALL_UNITS.join(' ')}; ${rest}`);
  }
  return units.length ? units : ALL_UNITS;
}

/** Warns about an unknown `format`; `long` is used instead. */
export function checkFormat(host: CountdownHost): void {
  if (host.format != null && !FORMATS.includes(host.format)) {
    host.warn('format', host.format, 'expected long, short or narrow; using long');
  }
}

let reducedMotion: boolean | undefined;

/**
 * Whether the visitor prefers reduced motion: one media query for the page, whose answer is kept and updated when the
 * setting changes (reading `matches` at every tick costs a style check).
 */
export function prefersReducedMotion(): boolean {
  if (reducedMotion === undefined) {
    const query = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)');
    reducedMotion = !!query?.matches;
    query?.addEventListener?.('change', (event) => (reducedMotion = event.matches));
  }
  return reducedMotion;
}
