import { expect } from '@open-wc/testing';
import { isTuesday } from 'date-fns/isTuesday';
import { nextTuesday } from 'date-fns/nextTuesday';
import { format } from 'date-fns/format';
import { dateInTimeZone, dayBounds, nextSaferInternetDay, saferInternetDay } from '../src/calendar/calendar.js';

/** The official dates from ../shared/facts/safer-internet-day.md, section 1. */
const OFFICIAL: Record<number, string> = {
  2004: '2004-02-06',
  2005: '2005-02-08',
  2006: '2006-02-07',
  2007: '2007-02-06',
  2008: '2008-02-12',
  2009: '2009-02-10',
  2010: '2010-02-09',
  2011: '2011-02-08',
  2012: '2012-02-07',
  2013: '2013-02-05',
  2014: '2014-02-11',
  2015: '2015-02-10',
  2016: '2016-02-09',
  2017: '2017-02-07',
  2018: '2018-02-06',
  2019: '2019-02-05',
  2020: '2020-02-11',
  2021: '2021-02-09',
  2022: '2022-02-08',
  2023: '2023-02-07',
  2024: '2024-02-06',
  2025: '2025-02-11',
  2026: '2026-02-10',
};

/** The rule computed another way, with date-fns: the first Tuesday on or after 5 February. */
function ruleByDateFns(year: number): string {
  const feb5 = new Date(year, 1, 5, 12);
  return format(isTuesday(feb5) ? feb5 : nextTuesday(feb5), 'yyyy-MM-dd');
}

describe('saferInternetDay(year)', () => {
  it('gives every official date from 2004 to 2026', () => {
    for (const [year, date] of Object.entries(OFFICIAL)) expect(saferInternetDay(Number(year)), year).to.equal(date);
  });

  it('follows the rule, the Tuesday between 5 and 11 February, for every other year to 2040', () => {
    for (let year = 2005; year <= 2040; year++) {
      if (year === 2008) continue;
      const date = saferInternetDay(year);
      expect(date, String(year)).to.equal(ruleByDateFns(year));
      const day = Number(date.slice(8));
      expect(day, String(year)).to.be.within(5, 11);
      expect(new Date(`${date}T12:00:00Z`).getUTCDay(), String(year)).to.equal(2);
    }
  });

  it('gives the dates the facts file lists for 2027 to 2035', () => {
    const expected = [
      '2027-02-09',
      '2028-02-08',
      '2029-02-06',
      '2030-02-05',
      '2031-02-11',
      '2032-02-10',
      '2033-02-08',
      '2034-02-07',
      '2035-02-06',
    ];
    expect(expected.map((_, index) => saferInternetDay(2027 + index))).to.deep.equal(expected);
  });

  it('refuses a year that is not an integer, naming it', () => {
    for (const bad of [2027.5, NaN, '2027' as unknown as number]) {
      expect(() => saferInternetDay(bad)).to.throw(TypeError, String(bad));
    }
  });

  it('refuses a year before the first Safer Internet Day, naming it', () => {
    expect(() => saferInternetDay(1850)).to.throw(RangeError, '1850');
  });
});

describe('nextSaferInternetDay()', () => {
  it('finds the next day when it is still ahead', () => {
    const next = nextSaferInternetDay({ now: new Date('2026-11-22T12:00:00Z'), timeZone: 'Europe/Brussels' });
    expect(next).to.include({ year: 2027, date: '2027-02-09', isToday: false });
    expect(next.start.toISOString()).to.equal('2027-02-08T23:00:00.000Z');
    expect(next.end.toISOString()).to.equal('2027-02-09T23:00:00.000Z');
  });

  it('is today for the whole calendar day in the chosen zone, and then rolls over', () => {
    const zone = 'America/New_York';
    const first = nextSaferInternetDay({ now: new Date('2027-02-09T05:00:00Z'), timeZone: zone });
    expect(first).to.include({ year: 2027, isToday: true });
    const last = nextSaferInternetDay({ now: new Date('2027-02-10T04:59:59.999Z'), timeZone: zone });
    expect(last).to.include({ year: 2027, isToday: true });
    const after = nextSaferInternetDay({ now: new Date('2027-02-10T05:00:00Z'), timeZone: zone });
    expect(after).to.include({ year: 2028, date: '2028-02-08', isToday: false });
  });

  it('knows the day starts earlier east of the date line than west of it', () => {
    const now = new Date('2027-02-08T12:00:00Z');
    const kiritimati = nextSaferInternetDay({ now, timeZone: 'Pacific/Kiritimati' });
    expect(kiritimati.isToday).to.equal(true);
    expect(kiritimati.start.toISOString()).to.equal('2027-02-08T10:00:00.000Z');
    const pagoPago = nextSaferInternetDay({ now, timeZone: 'Pacific/Pago_Pago' });
    expect(pagoPago.isToday).to.equal(false);
    expect(pagoPago.start.toISOString()).to.equal('2027-02-09T11:00:00.000Z');
    const apia = nextSaferInternetDay({ now, timeZone: 'Pacific/Apia' });
    expect(apia.start.toISOString()).to.equal('2027-02-08T11:00:00.000Z');
  });

  it('handles half-hour and three-quarter-hour offsets', () => {
    const now = new Date('2027-01-01T00:00:00Z');
    expect(nextSaferInternetDay({ now, timeZone: 'Asia/Kolkata' }).start.toISOString()).to.equal(
      '2027-02-08T18:30:00.000Z',
    );
    expect(nextSaferInternetDay({ now, timeZone: 'Asia/Kathmandu' }).start.toISOString()).to.equal(
      '2027-02-08T18:15:00.000Z',
    );
    // Chatham keeps summer time (UTC+13:45) in February.
    expect(nextSaferInternetDay({ now, timeZone: 'Pacific/Chatham' }).start.toISOString()).to.equal(
      '2027-02-08T10:15:00.000Z',
    );
    expect(nextSaferInternetDay({ now, timeZone: 'Australia/Adelaide' }).start.toISOString()).to.equal(
      '2027-02-08T13:30:00.000Z',
    );
  });

  it('uses the summer offset where February is summer', () => {
    const sydney = nextSaferInternetDay({ now: new Date('2027-01-01T00:00:00Z'), timeZone: 'Australia/Sydney' });
    expect(sydney.start.toISOString()).to.equal('2027-02-08T13:00:00.000Z');
    expect(sydney.end.getTime() - sydney.start.getTime()).to.equal(24 * 3_600_000);
  });

  it('rejects an unknown time zone or an invalid date, naming the value', () => {
    expect(() => nextSaferInternetDay({ timeZone: 'Mars/Olympus_Mons' })).to.throw(RangeError, 'Mars/Olympus_Mons');
    expect(() => nextSaferInternetDay({ now: new Date('nonsense') })).to.throw(TypeError, 'Invalid Date');
  });

  it('defaults to the runtime clock and zone', () => {
    const next = nextSaferInternetDay();
    expect(next.end.getTime()).to.be.greaterThan(Date.now());
    expect(next.date).to.equal(saferInternetDay(next.year));
  });
});

describe('dayBounds()', () => {
  it('gives a 23-hour and a 25-hour day where clocks change', () => {
    const spring = dayBounds('2027-03-28', 'Europe/London');
    expect(spring.end.getTime() - spring.start.getTime()).to.equal(23 * 3_600_000);
    const autumn = dayBounds('2027-10-31', 'Europe/London');
    expect(autumn.end.getTime() - autumn.start.getTime()).to.equal(25 * 3_600_000);
  });

  it('starts at 01:00 on a day whose midnight is skipped', () => {
    // Chile moved its clocks forward at midnight on 2022-09-11.
    const { start } = dayBounds('2022-09-11', 'America/Santiago');
    expect(start.toISOString()).to.equal('2022-09-11T04:00:00.000Z');
    expect(dateInTimeZone(new Date(start.getTime() - 1), 'America/Santiago')).to.equal('2022-09-10');
  });

  it('refuses a date that does not exist', () => {
    expect(() => dayBounds('2027-02-30', 'UTC')).to.throw(RangeError, '2027-02-30');
  });
});
