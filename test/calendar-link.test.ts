import { expect, fixture, html } from '@open-wc/testing';
import ICAL from 'ical.js';
import '../src/index.js';
import { settle } from './helpers.js';

const OFFICIAL = 'https://better-internet-for-kids.europa.eu/en/saferinternetday';

/** The element's "Add to calendar" link, once it is there (its writer is fetched the first time), or null. */
async function link(el: Element): Promise<HTMLAnchorElement> {
  await settle(el);
  const find = () => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="calendar"]');
  // without calendar there is never a link: no wait for one
  for (let i = 0; i < 50 && !find() && el.hasAttribute('calendar'); i++) await settle(el);
  return find()!;
}

/** The .ics file a link downloads, as text. */
function file(anchor: HTMLAnchorElement): string {
  const [type, data] = anchor.href.split(',');
  expect(type).to.equal('data:text/calendar;charset=utf-8');
  return decodeURIComponent(data!);
}

/** The one event of a file, as a calendar program reads it. */
function event(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

describe('"Add to calendar" (calendar)', () => {
  it('is not there without calendar', async () => {
    const el = await fixture(html`<sid-countdown now="2027-02-01T09:00:00Z"></sid-countdown>`);
    expect(await link(el)).to.equal(null);
  });

  // first with calendar in this file: the link's part is fetched now, once for all three
  it('appears on every countdown of a page once its part has arrived, not only on the first to ask', async () => {
    const wrapper = await fixture(
      html`<div>
        <sid-countdown calendar now="2027-02-01T09:00:00Z"></sid-countdown>
        <sid-countdown calendar now="2027-02-01T09:00:00Z" units="days"></sid-countdown>
        <sid-countdown calendar now="2027-02-01T09:00:00Z" lang="de"></sid-countdown>
      </div>`,
    );
    const links = await Promise.all([...wrapper.children].map(link));
    expect(links.map((anchor) => anchor?.textContent?.trim())).to.deep.equal([
      'Add to calendar',
      'Add to calendar',
      'Zum Kalender hinzufügen',
    ]);
  });

  it("gives the countdown's day as an all-day event, valid iCalendar, made in the browser", async () => {
    const el = await fixture(
      html`<sid-countdown calendar now="2027-02-01T09:00:00Z" time-zone="Europe/Brussels"></sid-countdown>`,
    );
    const anchor = await link(el);
    expect(anchor.textContent!.trim()).to.equal('Add to calendar');
    expect(anchor.getAttribute('download')).to.equal('safer-internet-day-2027.ics');
    const text = file(anchor);
    // CRLF line ends, every line at most 75 octets
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, '')).to.not.contain('\n');
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    const { calendar, vevent, event: day } = event(text);
    expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
    expect(day.uid).to.equal('safer-internet-day-2027@sid-widgets');
    expect(day.summary).to.equal('Safer Internet Day 2027');
    expect(day.startDate.isDate).to.equal(true);
    expect(day.startDate.toString()).to.equal('2027-02-09');
    expect(day.endDate.toString()).to.equal('2027-02-10');
    expect(vevent.getFirstPropertyValue('url')).to.equal(OFFICIAL);
    expect(vevent.getFirstPropertyValue('dtstamp')).to.not.equal(null);
  });

  it('holds the date of the day in the chosen zone', async () => {
    // 20:00 UTC on 10 February 2026, Safer Internet Day: still the day in UTC, the next day already at UTC+14
    const dates = [];
    for (const zone of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      const el = await fixture(
        html`<sid-countdown calendar now="2026-02-10T20:00:00Z" time-zone=${zone}></sid-countdown>`,
      );
      dates.push(event(file(await link(el))).event.startDate.toString());
    }
    expect(dates).to.deep.equal(['2026-02-10', '2026-02-10', '2027-02-09']);
  });

  it("writes the event in the element's language, marked as such", async () => {
    const el = await fixture(html`<sid-countdown calendar lang="fr" now="2027-02-01T09:00:00Z"></sid-countdown>`);
    const anchor = await link(el);
    expect(anchor.textContent!.trim()).to.equal('Ajouter au calendrier');
    const { vevent, event: day } = event(file(anchor));
    expect(day.summary).to.equal('Journée pour un Internet plus sûr 2027');
    expect(vevent.getFirstProperty('summary')!.getParameter('language')).to.equal('fr');
  });

  it("gives a partner's moment as a timed event in UTC, named by their heading, long lines folded", async () => {
    const heading = 'Assemblée de l’école : sécurité en ligne, parents bienvenus — salle polyvalente, entrée côté cour';
    const el = await fixture(
      html`<sid-countdown calendar date="2027-03-01T10:00:00+01:00" now="2027-02-01T09:00:00Z"
        ><span slot="heading">${heading}</span></sid-countdown
      >`,
    );
    const anchor = await link(el);
    expect(anchor.getAttribute('download')).to.equal('event-20270301T090000Z.ics');
    const text = file(anchor);
    expect(text).to.contain('DTSTART:20270301T090000Z');
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    const { vevent, event: moment } = event(text);
    expect(moment.summary).to.equal(heading);
    expect(moment.startDate.toJSDate().toISOString()).to.equal('2027-03-01T09:00:00.000Z');
    expect(vevent.getFirstPropertyValue('url')).to.equal(null);
  });

  it("gives the banner's day with its theme, and its link", async () => {
    const el = await fixture(html`<sid-theme-banner calendar year="2026"></sid-theme-banner>`);
    const anchor = await link(el);
    const { vevent, event: day } = event(file(anchor));
    expect(day.summary).to.equal('Safer Internet Day 2026: Together for a better internet');
    expect(day.startDate.toString()).to.equal('2026-02-10');
    expect(vevent.getFirstPropertyValue('url')).to.equal(OFFICIAL);
    // a national theme in another language than the banner's is left out: one language per event
    const german = await fixture(html`<sid-theme-banner calendar year="2025" country="DE"></sid-theme-banner>`);
    expect(event(file(await link(german))).event.summary).to.equal('Safer Internet Day 2025');
  });

  it('asks nothing of the network to make the file', async () => {
    const before = performance.getEntriesByType('resource').length;
    const el = await fixture(html`<sid-countdown calendar now="2027-02-01T09:00:00Z"></sid-countdown>`);
    const anchor = await link(el);
    expect(anchor.href.startsWith('data:')).to.equal(true);
    const fetched = performance
      .getEntriesByType('resource')
      .slice(before)
      .map((entry) => entry.name);
    expect(fetched.filter((name) => !name.includes('/src/'))).to.deep.equal([]);
  });
});
