import { html, nothing } from 'lit';
import type { CalendarEvent } from '../calendar/ics.js';
import type { SidHost } from './host.js';
import { lazy } from './lazy.js';

let ics: typeof import('../calendar/ics.js') | undefined;
/** Each element's file, kept while its event stays the same (an element renders every second). */
const files = new WeakMap<SidHost, { key: string; url: string }>();

/**
 * The "Add to calendar" link of an element with `calendar`: it downloads `event` as an .ics file made in the browser
 * (a `data:` URL, no request to anyone). The code that writes the file is fetched the first time a page shows one;
 * until then, and if it cannot be loaded (with one warning), there is no link.
 */
export function calendarLink(host: SidHost, event: CalendarEvent, file: string) {
  if (!ics) {
    void lazy('the calendar file', () => import('../calendar/ics.js')).then((module) => {
      ics = module;
      if (module) host.requestUpdate();
    });
    return nothing;
  }
  const key = JSON.stringify(event);
  let kept = files.get(host);
  if (kept?.key !== key) files.set(host, (kept = { key, url: ics.icsUrl(event) }));
  return html`<a part="calendar" class="calendar-link" href=${kept.url} download=${file}
    >${host.messages.calendarLink}</a
  >`;
}
