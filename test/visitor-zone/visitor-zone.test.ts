import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { formatterReading, instantAt, runtimeTimeZone, wallClock } from '../../src/calendar/zones.js';
import { visibleText } from '../helpers.js';

/**
 * Run in a Chromium started with TZ=Europe/London (web-test-runner.config.js): the visitor's own zone, whose clock
 * readings come from Date's local time instead of a formatter, across both of the year's clock changes.
 */
describe("in the visitor's own time zone, with clock changes", () => {
  it('reads the clock as a formatter does, at and around each change', () => {
    expect(runtimeTimeZone(), 'the browser under test').to.equal('Europe/London');
    for (const change of ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z', '2027-03-28T01:00:00Z']) {
      const at = Date.parse(change);
      for (const offset of [-3_600_001, -1, 0, 1, 1_800_000, 3_600_000, 86_400_000]) {
        const instant = at + offset;
        expect(wallClock(instant, 'Europe/London'), `${change} ${offset}`).to.equal(
          formatterReading(instant, 'Europe/London'),
        );
      }
    }
    // a reading back to its instant, as for Lisbon, whose clocks change at the same instants and are read by formatters
    for (const reading of [
      Date.UTC(2026, 2, 29),
      Date.UTC(2026, 2, 29, 1, 30),
      Date.UTC(2026, 2, 29, 2),
      Date.UTC(2026, 9, 25, 1, 30),
      Date.UTC(2026, 9, 26),
      Date.UTC(2027, 1, 9),
    ]) {
      expect(instantAt(reading, 'Europe/London'), new Date(reading).toISOString()).to.equal(
        instantAt(reading, 'Europe/Lisbon'),
      );
    }
  });

  it('counts across a clock change as in another zone with the same rules that formatters read', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <sid-countdown now="2026-10-24T12:00:00Z" units="days hours minutes"></sid-countdown>
        <sid-countdown now="2026-10-24T12:00:00Z" units="days hours minutes" time-zone="Europe/Lisbon"></sid-countdown>
      </div>`,
    );
    const [own, lisbon] = [...wrapper.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
    await own!.updateComplete;
    await lisbon!.updateComplete;
    // 13:00 on 24 October (summer time) to midnight on 9 February (winter time): 107 days and 11 hours
    expect(visibleText(own!)).to.contain('107 days').and.to.contain('11 hours').and.to.contain('0 minutes');
    expect(visibleText(own!)).to.equal(visibleText(lisbon!));
  });
});
