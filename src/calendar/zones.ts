/** Time zones: which ones the runtime knows, and its own. */
import { clockNow } from './clock.js';

/** Whether `timeZone` is an IANA time zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  let valid = known.get(timeZone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
      valid = true;
    } catch {
      valid = false;
    }
    known.set(timeZone, valid);
  }
  return valid;
}

/** Every zone asked about, and whether the runtime knows it: building a formatter to find out costs about 1 ms. */
const known = new Map<string, boolean>();

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

function readRuntimeTimeZone(): string {
  const reported = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (reported && isValidTimeZone(reported)) return reported;
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
