import { html, nothing } from 'lit';
import type { CalendarEvent } from '../calendar/ics.js';
import type { SidHost } from './host.js';
import { lazy } from './lazy.js';

type IcsUrl = typeof import('../calendar/ics.js').icsUrl;

let writer: IcsUrl | undefined;
/** Each element's file, kept while its event stays the same (an element renders every second). */
const files = new WeakMap<SidHost, { key: string; url: string }>();

/**
 * The "Add to calendar" link of an element with `calendar`: it downloads `event` as an .ics file made in the browser
 * (a `data:` URL, no request to anyone). The code that writes the file is fetched the first time a page shows one;
 * until then, and if it cannot be loaded (with one warning), there is no link.
 */
export function calendarLink(host: SidHost, event: CalendarEvent, file: string) {
  if (writer) return linkTo(host, event, file, writer);
  void lazy('the calendar file', () => import('../calendar/ics.js')).then((module) => {
    writer = module?.icsUrl;
    if (module) host.requestUpdate();
  });
  return nothing;
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
