import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { instantAt, wallClock } from '../calendar/zones.js';
import { countdownState, UNIT_MS, type CountdownTarget, type CountdownUnit } from './countdown-model.js';

/**
 * The time left until the target, split into the chosen units (largest first), and the instant that split next
 * changes. Days are calendar days in the target's zone: the whole days after which the visitor's wall clock reads the
 * time it reads now, so at local midnight a day's target is whole days away in every zone, across every clock change.
 * Hours, minutes and seconds are the time that is left after them. The smallest unit is rounded up, so the count never
 * reads zero before the moment arrives.
 */
export function remaining(target: CountdownTarget, now: Date, units: readonly CountdownUnit[]): Split {
  // a tick asks three times (to render, then for the next change twice): the split holds until its `next`
  const at = now.getTime();
  const key = units.join();
  const kept = lastSplits.get(target);
  if (kept?.units === key && kept.from <= at && at < kept.next) return kept;
  const split = splitAt(target, now, units);
  lastSplits.set(target, { ...split, units: key, from: at });
  return split;
}

type Split = { parts: Map<CountdownUnit, number>; next: number };

/** Each target's last split, with its units and the instant it was made: it holds from then until its `next`. */
const lastSplits = new WeakMap<CountdownTarget, Split & { units: string; from: number }>();

function splitAt(target: CountdownTarget, now: Date, units: readonly CountdownUnit[]): Split {
  const parts = new Map(units.map((unit) => [unit, 0]));
  const start = target.start.getTime();
  if (start <= now.getTime()) return { parts, next: Infinity };
  const smallest = UNIT_MS[units[units.length - 1]!];
  let [days, from, dayLength] = [0, now.getTime(), Infinity];
  if (units[0] === 'days') ({ days, from, dayLength } = calendarDays(target, now.getTime()));
  let left = start - from;
  if (smallest === UNIT_MS.days) {
    // whole days only: a part of a day counts as one, and the count changes when the wall clock reaches the target's time
    parts.set('days', days + (left > 0 ? 1 : 0));
    const changes = instantAt(
      wallClock(start, target.timeZone) + (left > 0 ? -days : 1 - days) * UNIT_MS.days,
      target.timeZone,
    );
    return { parts, next: changes };
  }
  const next = now.getTime() + left - (Math.ceil(left / smallest) - 1) * smallest;
  left = Math.ceil(left / smallest) * smallest;
  // rounding up may fill the last part of a day (23 or 25 hours long where clocks change)
  if (left >= dayLength) [days, left] = [days + 1, left - dayLength];
  for (const unit of units) {
    const size = unit === 'days' ? Infinity : UNIT_MS[unit];
    parts.set(unit, unit === 'days' ? days : Math.floor(left / size));
    if (unit !== 'days') left %= size;
  }
  return { parts, next };
}

/** The last split into calendar days of each target, and the quarter hour of the clock it holds for. */
const splits = new WeakMap<CountdownTarget, { slot: number; days: number; shift: number; dayLength: number }>();
const QUARTER_HOUR = 900_000;

/**
 * The whole calendar days from `now` to the target in its zone (`from` is `now` that many days on, at the same wall
 * time), and how long the day after `from` lasts. Worked out with date-fns at most once a quarter hour per target:
 * clocks change on a quarter hour, so within one the days move on with the clock unchanged, as long as the time left
 * after them stays within a day.
 */
function calendarDays(target: CountdownTarget, now: number): { days: number; from: number; dayLength: number } {
  const start = target.start.getTime();
  const slot = Math.floor(now / QUARTER_HOUR);
  const kept = splits.get(target);
  if (kept?.slot === slot) {
    const from = now + kept.shift;
    if (start - from >= 0 && start - from < kept.dayLength) return { days: kept.days, from, dayLength: kept.dayLength };
  }
  const reading = wallClock(now, target.timeZone);
  let days = differenceInCalendarDays(calendarDay(wallClock(start, target.timeZone)), calendarDay(reading));
  // the same wall-clock time `days` days on; one day fewer when that is after the target
  const daysOn = (count: number) => instantAt(reading + count * UNIT_MS.days, target.timeZone);
  while (days > 0 && daysOn(days) > start) days -= 1;
  const from = daysOn(days);
  const dayLength = daysOn(days + 1) - from;
  splits.set(target, { slot, days, shift: from - now, dayLength });
  return { days, from, dayLength };
}

/** The calendar day of a clock reading (`wallClock`), as a Date at that day's local midnight, for date-fns. */
function calendarDay(reading: number): Date {
  const date = new Date(reading);
  return new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** The epoch milliseconds when what the countdown shows next changes. */
export function nextChange(target: CountdownTarget, now: Date, units: readonly CountdownUnit[]): number {
  const state = countdownState(target, now);
  if (state === 'after') return Infinity;
  if (state === 'today') return target.end.getTime();
  return remaining(target, now, units).next;
}
