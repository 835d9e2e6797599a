import { OFFICIAL_PAGE } from '../../calendar/days.js';
import { icsUrl, type CalendarEvent } from '../../calendar/ics.js';
import { linkTo } from '../../internal/calendar-link.js';
import { fill } from '../../internal/i18n.js';
import type { CountdownHost } from '../countdown-options.js';
import type { CountdownTarget } from '../countdown-model.js';

/**
 * The countdown's "Add to calendar" link, with `calendar`: this part and the .ics writer are fetched together the
 * first time a page shows one, so that a countdown without it carries none of this.
 */
export const countdownCalendar = (host: CountdownHost, target: CountdownTarget) =>
  linkTo(host, calendarEvent(host, target), `${fileName(target)}.ics`, icsUrl);

/** The countdown's target as a calendar event: a whole day, or a partner's moment in UTC. */
function calendarEvent(host: CountdownHost, target: CountdownTarget): CalendarEvent {
  const messages = host.messages;
  const heading = host.querySelector('[slot="heading"]')?.textContent?.trim();
  const year = target.date.slice(0, 4);
  const sid = target.isSaferInternetDay;
  return {
    uid: `${fileName(target)}@sid-widgets`,
    summary: heading || (sid ? fill(messages.bannerDay, { name: messages.dayName, year }) : messages.dayName),
    ...(target.isMoment ? { start: target.start } : { date: target.date }),
    url: sid ? OFFICIAL_PAGE : undefined,
    lang: heading ? undefined : host.locale,
  };
}

/** `safer-internet-day-2027`, or `event-2027-03-01` (`event-20270301T090000Z` for a moment). */
const fileName = (target: CountdownTarget) =>
  target.isSaferInternetDay
    ? `safer-internet-day-${target.date.slice(0, 4)}`
    : `event-${target.isMoment ? target.start.toISOString().replace(/[-:]|\.\d+/g, '') : target.date}`;
