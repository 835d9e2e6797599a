import { html } from 'lit';
import { calendarLink } from '../../internal/calendar-link.js';
import type { BannerHost } from '../banner-options.js';

/** Text in another language than the banner's, isolated so that its punctuation stays put in a right-to-left page. */
export function isolate(text: string, lang: string | undefined) {
  return lang ? html`<bdi>${text}</bdi>` : text;
}

/** The banner's "Add to calendar" link: that year's day, all day, named `summary`, linking to `url`. */
export function bannerCalendar(host: BannerHost, year: number, date: string, summary: string, url: string) {
  const event = { uid: `safer-internet-day-${year}@sid-widgets`, summary, date, url, lang: host.locale };
  return calendarLink(host, event, `safer-internet-day-${year}.ics`);
}
