import { html, nothing } from 'lit';
import type { CalendarEvent } from '../calendar/ics.js';
import type { SidHost } from './host.js';
import { whenLoaded } from './lazy.js';

type IcsUrl = typeof import('../calendar/ics.js').icsUrl;

/** Each element's file, kept while its event stays the same (an element renders every second). */
const files = new WeakMap<SidHost, { key: string; url: string }>();

/**
 * The "Add to calendar" link of an element with `calendar`: it downloads `event` as an .ics file made in the browser
 * (a `data:` URL, no request to anyone). The code that writes the file is fetched the first time a page shows one;
 * until then, and if it cannot be loaded (with one warning), there is no link.
 */
export function calendarLink(host: SidHost, event: CalendarEvent, file: string) {
  const ics = whenLoaded(host, 'the calendar file', () => import('../calendar/ics.js'));
  return ics ? linkTo(host, event, file, ics.icsUrl) : nothing;
}

/** The link itself, with the .ics writer at hand. */
export function linkTo(host: SidHost, event: CalendarEvent, file: string, icsUrl: IcsUrl) {
  const key = JSON.stringify(event);
  let kept = files.get(host);
  if (kept?.key !== key) files.set(host, (kept = { key, url: icsUrl(event) }));
  return html`<a part="calendar" class="calendar-link" href=${kept.url} download=${file}
    >${host.messages.calendarLink}</a
  >`;
}
