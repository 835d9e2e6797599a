import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/sid-countdown.js';
import type { SidCountdown } from '../src/sid-countdown.js';
import { visibleText } from './helpers.js';

/**
 * Days are calendar days in the countdown's zone, and the rest is wall-clock time: at local midnight the countdown
 * reads whole days, and at noon whole days and 12 hours, on both sides of every clock change. The offsets are written
 * out by hand (from each zone's rules for 2026), so that these tests do not lean on the library's own zone arithmetic.
 */
const CHANGES = [
  // zone, the day before a change and its offset, the day after it and its offset
  ['Australia/Sydney', '2026-10-03', '+10:00', '2026-10-05', '+11:00'],
  ['Australia/Sydney', '2026-04-04', '+11:00', '2026-04-06', '+10:00'],
  ['Europe/Brussels', '2026-03-28', '+01:00', '2026-03-30', '+02:00'],
  ['Europe/Brussels', '2026-10-24', '+02:00', '2026-10-26', '+01:00'],
  ['America/New_York', '2026-03-07', '-05:00', '2026-03-09', '-04:00'],
  ['America/New_York', '2026-10-31', '-04:00', '2026-11-02', '-05:00'],
  ['Pacific/Auckland', '2026-04-04', '+13:00', '2026-04-06', '+12:00'],
  ['Pacific/Auckland', '2026-09-26', '+12:00', '2026-09-28', '+13:00'],
  // Chile's clocks change at midnight itself
  ['America/Santiago', '2026-04-04', '-03:00', '2026-04-06', '-04:00'],
  ['America/Santiago', '2026-09-05', '-04:00', '2026-09-07', '-03:00'],
] as const;

const NEXT_SID = '2027-02-09';

/** Calendar days from one `YYYY-MM-DD` to another, by plain date arithmetic. */
const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

const plural = (value: number, unit: string) => `${value} ${unit}${value === 1 ? '' : 's'}`;
const counter = (days: number, hours: number) => `${plural(days, 'day')} ${plural(hours, 'hour')} 0 minutes 0 seconds`;

async function countdownAt(now: string, zone: string, date?: string): Promise<SidCountdown> {
  const el = await fixture<SidCountdown>(
    html`<sid-countdown now=${now} time-zone=${zone} date=${date ?? ''}></sid-countdown>`,
  );
  await el.updateComplete;
  return el;
}

describe('<sid-countdown> across clock changes', () => {
  for (const [zone, before, beforeOffset, after, afterOffset] of CHANGES) {
    // the second day after the change, so that a count from the day before crosses it
    const crossing = new Date(Date.parse(after) + 86_400_000).toISOString().slice(0, 10);
    for (const [day, offset] of [
      [before, beforeOffset],
      [after, afterOffset],
    ] as const) {
      it(`reads whole days at midnight and 12 hours more at noon in ${zone} on ${day}`, async () => {
        const midnight = await countdownAt(`${day}T00:00:00${offset}`, zone);
        expect(visibleText(midnight)).to.contain(counter(daysBetween(day, NEXT_SID), 0));
        const noon = await countdownAt(`${day}T12:00:00${offset}`, zone);
        expect(visibleText(noon)).to.contain(counter(daysBetween(day, NEXT_SID) - 1, 12));
        if (day !== before) return;
        // a partner's date just after the change: the count crosses it, in a 23- or 25-hour day
        const across = await countdownAt(`${day}T00:00:00${offset}`, zone, crossing);
        expect(visibleText(across)).to.contain(counter(3, 0));
        const acrossNoon = await countdownAt(`${day}T12:00:00${offset}`, zone, crossing);
        expect(visibleText(acrossNoon)).to.contain(counter(2, 12));
      });
    }
  }

  it('speaks whole days as days alone', async () => {
    const el = await countdownAt('2026-10-01T00:00:00+10:00', 'Australia/Sydney');
    const sentence = el.shadowRoot!.querySelector('.visually-hidden')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(sentence).to.match(/^131 days until Safer Internet Day/);
  });

  it("counts a partner's moment in calendar days of the chosen zone", async () => {
    // 10:00 in Brussels is 20:00 in Sydney on 9 February 2027, summer time there; 20:00 on 3 October is winter time
    const el = await countdownAt('2026-10-03T20:00:00+10:00', 'Australia/Sydney', '2027-02-09T10:00:00+01:00');
    expect(visibleText(el)).to.contain(counter(daysBetween('2026-10-03', NEXT_SID), 0));
  });

  it('with days only, changes its count at local midnight on both sides of a clock change', async () => {
    const clock = sinon.useFakeTimers({
      now: new Date('2026-10-24T12:00:00+02:00'),
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
    });
    try {
      const el = await fixture<SidCountdown>(
        html`<sid-countdown time-zone="Europe/Brussels" date="2026-10-28" units="days"></sid-countdown>`,
      );
      await el.updateComplete;
      const shown = async (iso: string) => {
        await clock.tickAsync(new Date(iso).getTime() - Date.now());
        await el.updateComplete;
        return visibleText(el);
      };
      expect(visibleText(el)).to.contain('4 days');
      expect(await shown('2026-10-24T23:59:59+02:00')).to.contain('4 days');
      expect(await shown('2026-10-25T00:00:00+02:00')).to.contain('3 days');
      // the 25th lasts 25 hours: its last hour still counts 3 days
      expect(await shown('2026-10-25T23:59:59+01:00')).to.contain('3 days');
      expect(await shown('2026-10-26T00:00:00+01:00')).to.contain('2 days');
    } finally {
      clock.restore();
    }
  });
});
