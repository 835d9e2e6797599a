/**
 * One calendar event as an iCalendar file (RFC 5545), made in the browser: a visitor's "Add to calendar" downloads it
 * from a `data:` URL, so no request goes to anyone. Pure functions, no DOM.
 */
import { clockNow } from './clock.js';

export interface CalendarEvent {
  /** A stable identifier, so that adding the same day twice updates one event. */
  uid: string;
  /** The event's title, in the visitor's language. */
  summary: string;
  /** A whole day, `YYYY-MM-DD`, as an all-day event; or `start`, a moment, as a timed event in UTC. */
  date?: string;
  start?: Date;
  /** The page the event links to. */
  url?: string;
  /** The language of the summary (`LANGUAGE` parameter), such as `de`. */
  lang?: string;
}

/** `2027-02-09` → `20270209`; a Date → `20270209T090000Z`. */
const stamp = (value: string | Date) =>
  typeof value === 'string' ? value.replaceAll('-', '') : `${value.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

/** Line breaks of every kind: CRLF, CR or LF alone, NEL and the Unicode line and paragraph separators. */
const BREAKS = /\r\n|[\n\r\u0085\u2028\u2029]/g;
/** Every other control character, C0 but tab, DEL and C1, which no content line may hold (RFC 5545 3.1, 3.3.11). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** TEXT as RFC 5545 writes it: backslash, semicolon, comma and line breaks escaped (3.3.11), other controls dropped. */
const text = (value: string) =>
  value
    .replace(/[\\;,]/g, (char) => `\\${char}`)
    .replace(BREAKS, '\\n')
    .replace(CONTROLS, '');
/** A value that is not TEXT (a URI), with no line break or control character left in it. */
const bare = (value: string) => value.replace(BREAKS, '').replace(CONTROLS, '');

/**
 * A content line folded after at most 75 octets, each continuation starting with one space (3.1), never inside a
 * character's UTF-8 bytes.
 */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const pieces: string[] = [];
  let [piece, size, limit] = ['', 0, 75];
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > limit) {
      pieces.push(piece);
      [piece, size, limit] = ['', 0, 74];
    }
    piece += char;
    size += bytes;
  }
  pieces.push(piece);
  return pieces.join('\r\n ');
}

/** A language tag that a parameter can hold as it is. */
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

/** The event as an iCalendar file: CRLF line ends, folded lines, escaped text. */
export function icsFile(event: CalendarEvent): string {
  const when = event.date
    ? [`DTSTART;VALUE=DATE:${stamp(event.date)}`, `DTEND;VALUE=DATE:${stamp(nextDay(event.date))}`]
    : [`DTSTART:${stamp(event.start!)}`];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//sid-widgets//Safer Internet Day//EN',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:${text(event.uid)}`,
    `DTSTAMP:${stamp(new Date(Math.floor(clockNow().getTime() / 1000) * 1000))}`,
    ...when,
    `SUMMARY${event.lang && LANGUAGE_TAG.test(event.lang) ? `;LANGUAGE=${event.lang}` : ''}:${text(event.summary)}`,
    ...(event.url ? [`URL:${bare(event.url)}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** The file as a `data:` URL, for a link's `href` with `download`. */
export function icsUrl(event: CalendarEvent): string {
  return `data:text/calendar;charset=utf-8,${encodeURIComponent(icsFile(event))}`;
}

function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}
