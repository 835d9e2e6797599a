import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/sid-countdown.js';
import type { SidCountdown } from '../src/sid-countdown.js';
import { captureWarnings, visibleText } from './helpers.js';

const BRUSSELS = 'Europe/Brussels';

async function countdown(template: ReturnType<typeof html>): Promise<SidCountdown> {
  const el = await fixture<SidCountdown>(template);
  await el.updateComplete;
  return el;
}

/** What a screen-reader user hears: the one sentence, or the visible message when there is no counter. */
function spoken(el: SidCountdown): string {
  const sentence = el.shadowRoot!.querySelector('.visually-hidden');
  return (sentence ?? el.shadowRoot!.querySelector('[part="message"]'))!.textContent!.replace(/\s+/g, ' ').trim();
}

function matchesState(el: Element, state: string): boolean {
  try {
    return el.matches(`:state(${state})`);
  } catch {
    return true; // engines without :state() cannot show it; the text tests cover them
  }
}

describe('<sid-countdown> states', () => {
  it('counts down before the day, in the chosen time zone, with the date in a <time> element', async () => {
    const el = await countdown(html`<sid-countdown now="2027-02-01T09:00:00Z" time-zone=${BRUSSELS}></sid-countdown>`);
    expect(visibleText(el)).to.equal(
      'Safer Internet Day 7 days 14 hours 0 minutes 0 seconds Tuesday, February 9, 2027',
    );
    const time = el.shadowRoot!.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2027-02-09');
    expect(matchesState(el, 'before')).to.equal(true);
  });

  it('gives a screen reader one sentence and hides the ticking numbers', async () => {
    const el = await countdown(html`<sid-countdown now="2027-02-01T09:00:00Z" time-zone=${BRUSSELS}></sid-countdown>`);
    expect(spoken(el)).to.equal('7 days and 14 hours until Safer Internet Day, Tuesday, February 9, 2027');
    expect(el.shadowRoot!.querySelector('[part="counter"]')!.getAttribute('aria-hidden')).to.equal('true');
    expect(el.shadowRoot!.querySelector('[aria-live]')).to.equal(null);
  });

  it('says "today" for the whole calendar day', async () => {
    for (const now of ['2027-02-08T23:00:00Z', '2027-02-09T22:59:59Z']) {
      const el = await countdown(html`<sid-countdown now=${now} time-zone=${BRUSSELS}></sid-countdown>`);
      expect(visibleText(el), now).to.equal(
        'Safer Internet Day Today is Safer Internet Day! Tuesday, February 9, 2027',
      );
      expect(matchesState(el, 'today')).to.equal(true);
    }
  });

  it('counts to next year once the day is over', async () => {
    const el = await countdown(
      html`<sid-countdown now="2027-02-09T23:00:00Z" time-zone=${BRUSSELS} units="days"></sid-countdown>`,
    );
    expect(visibleText(el)).to.equal('Safer Internet Day 363 days Tuesday, February 8, 2028');
  });

  it('shows a different day on each side of the date line at the same instant', async () => {
    const now = '2027-02-08T12:00:00Z';
    const east = await countdown(html`<sid-countdown now=${now} time-zone="Pacific/Kiritimati"></sid-countdown>`);
    const west = await countdown(html`<sid-countdown now=${now} time-zone="Pacific/Pago_Pago"></sid-countdown>`);
    expect(visibleText(east)).to.contain('Today is Safer Internet Day!');
    expect(visibleText(west)).to.contain('23 hours 0 minutes 0 seconds');
  });

  it("counts to a partner's own day, and says when it has passed", async () => {
    const before = await countdown(
      html`<sid-countdown date="2027-02-20" now="2027-02-19T12:00:00Z" time-zone="UTC" units="hours"></sid-countdown>`,
    );
    expect(visibleText(before)).to.equal('Safer Internet Day 12 hours Saturday, February 20, 2027');
    const after = await countdown(
      html`<sid-countdown date="2027-02-20" now="2027-02-21T00:00:00Z" time-zone="UTC"></sid-countdown>`,
    );
    expect(visibleText(after)).to.equal('Safer Internet Day This took place on Saturday, February 20, 2027.');
    expect(after.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2027-02-20');
    expect(matchesState(after, 'after')).to.equal(true);
  });

  it("counts to a partner's moment given with an offset, and shows its time in the chosen zone", async () => {
    const el = await countdown(
      html`<sid-countdown
        date="2027-02-09T10:00:00+01:00"
        now="2027-02-09T08:30:00Z"
        time-zone=${BRUSSELS}
        units="hours minutes"
      ></sid-countdown>`,
    );
    expect(visibleText(el)).to.match(
      /^Safer Internet Day 0 hours 30 minutes Tuesday, February 9, 2027,? at 10:00\sAM$/,
    );
    expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2027-02-09T09:00:00.000Z');
  });
});

describe('<sid-countdown> output', () => {
  it('shows only the chosen units, rounding the smallest up so it never reads zero early', async () => {
    const el = await countdown(
      html`<sid-countdown now="2027-02-08T22:59:00Z" time-zone=${BRUSSELS} units="seconds days"></sid-countdown>`,
    );
    expect(visibleText(el)).to.contain('0 days 60 seconds');
    const days = await countdown(
      html`<sid-countdown now="2027-02-08T22:00:00Z" time-zone=${BRUSSELS} units="days"></sid-countdown>`,
    );
    expect(visibleText(days)).to.contain('1 day ');
  });

  it('keeps a large number whole, group separators included', async () => {
    const el = await countdown(
      html`<sid-countdown now="2026-11-22T12:00:00Z" time-zone="UTC" units="hours"></sid-countdown>`,
    );
    expect([...el.shadowRoot!.querySelectorAll('[part="value"]')].map((value) => value.textContent)).to.deep.equal([
      '1,884',
    ]);
  });

  it('writes units long, short or narrow, as Intl does', async () => {
    const short = await countdown(
      html`<sid-countdown now="2027-02-01T09:00:00Z" time-zone=${BRUSSELS} format="short"></sid-countdown>`,
    );
    expect(visibleText(short)).to.contain('7 days 14 hr 0 min 0 sec');
    const narrow = await countdown(
      html`<sid-countdown now="2027-02-01T09:00:00Z" time-zone=${BRUSSELS} format="narrow"></sid-countdown>`,
    );
    const counter = narrow.shadowRoot!.querySelector('[part="counter"]')!.textContent!.replace(/\s+/g, '');
    const intl = (value: number, unit: string) =>
      new Intl.NumberFormat('en', { style: 'unit', unit, unitDisplay: 'narrow' }).format(value);
    expect(counter).to.equal(
      [intl(7, 'day'), intl(14, 'hour'), intl(0, 'minute'), intl(0, 'second')].join('').replace(/\s+/g, ''),
    );
  });

  it('shows each unit in the order its language writes it: the name above the number in Swahili ("siku 5")', async () => {
    const order = async (lang: string) => {
      const el = await countdown(
        html`<sid-countdown lang=${lang} now="2027-02-01T09:00:00Z" time-zone=${BRUSSELS}></sid-countdown>`,
      );
      const unit = el.shadowRoot!.querySelector('[part="unit"]')!;
      const top = (part: string) => unit.querySelector(`[part="${part}"]`)!.getBoundingClientRect().top;
      return top('label') < top('value') ? 'name first' : 'number first';
    };
    expect(await order('sw')).to.equal('name first');
    expect(await order('en')).to.equal('number first');
  });

  it("speaks the page's language through Intl: numbers, plurals, units and the date", async () => {
    const el = await countdown(
      html`<div lang="de">
        <sid-countdown now="2027-02-08T21:00:00Z" time-zone=${BRUSSELS} units="days hours"></sid-countdown>
      </div>`,
    );
    const inner = el.querySelector('sid-countdown') ?? el;
    await (inner as SidCountdown).updateComplete;
    expect(visibleText(inner)).to.contain('0 Tage 2 Stunden').and.to.contain('Dienstag, 9. Februar 2027');
  });

  it('re-renders when its own lang changes', async () => {
    const el = await countdown(
      html`<sid-countdown now="2027-02-01T09:00:00Z" time-zone=${BRUSSELS} units="days"></sid-countdown>`,
    );
    el.setAttribute('lang', 'fr');
    await el.updateComplete;
    expect(visibleText(el)).to.contain('8 jours').and.to.contain('mardi 9 février 2027');
  });

  it('brings properties set from code to their type (found by the fuzzer: a number as units threw)', async () => {
    const el = await countdown(html`<sid-countdown now="2027-02-01T09:00:00Z" time-zone=${BRUSSELS}></sid-countdown>`);
    const warnings = await captureWarnings(async () => {
      (el as unknown as Record<string, unknown>).units = 3.1e22;
      (el as unknown as Record<string, unknown>).format = null;
      (el as unknown as Record<string, unknown>).date = {};
      await el.updateComplete;
    });
    expect(visibleText(el)).to.contain('7 days 14 hours 0 minutes 0 seconds');
    expect(warnings).to.have.length(2);
    expect(warnings.join('\n')).to.contain('units="3.1e+22"').and.to.contain('date="[object Object]"');
  });

  it('goes back to the defaults, without a warning, when attributes are removed', async () => {
    const el = await countdown(
      html`<sid-countdown
        now="2027-02-01T09:00:00Z"
        time-zone=${BRUSSELS}
        units="days"
        format="narrow"
        theme="dark"
      ></sid-countdown>`,
    );
    const warnings = await captureWarnings(async () => {
      el.removeAttribute('units');
      el.removeAttribute('format');
      el.removeAttribute('theme');
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal([]);
    expect(visibleText(el)).to.contain('7 days 14 hours 0 minutes 0 seconds');
  });

  it('mirrors attributes as properties and re-renders when a property changes', async () => {
    const el = await countdown(html`<sid-countdown now="2027-02-01T09:00:00Z" time-zone=${BRUSSELS}></sid-countdown>`);
    expect(el.timeZone).to.equal(BRUSSELS);
    el.units = 'days';
    el.now = '2027-02-05T09:00:00Z';
    await el.updateComplete;
    expect(visibleText(el)).to.contain('4 days').and.not.to.contain('hours');
  });
});

describe('<sid-countdown> bad attribute values', () => {
  const cases: [string, ReturnType<typeof html>, string][] = [
    [
      'time-zone',
      html`<sid-countdown time-zone="Mars/Olympus_Mons" now="2027-02-01T09:00:00Z"></sid-countdown>`,
      'Mars/Olympus_Mons',
    ],
    ['date', html`<sid-countdown date="9 February" now="2027-02-01T09:00:00Z"></sid-countdown>`, '9 February'],
    ['date', html`<sid-countdown date="2027-02-30" now="2027-02-01T09:00:00Z"></sid-countdown>`, '2027-02-30'],
    [
      'date',
      html`<sid-countdown date="2027-02-09T10:00:00" now="2027-02-01T09:00:00Z"></sid-countdown>`,
      '2027-02-09T10:00:00',
    ],
    ['units', html`<sid-countdown units="weeks" now="2027-02-01T09:00:00Z"></sid-countdown>`, 'weeks'],
    ['units', html`<sid-countdown units="" now="2027-02-01T09:00:00Z"></sid-countdown>`, ''],
    ['now', html`<sid-countdown now="yesterday"></sid-countdown>`, 'yesterday'],
    ['format', html`<sid-countdown format="tiny" now="2027-02-01T09:00:00Z"></sid-countdown>`, 'tiny'],
    ['theme', html`<sid-countdown theme="purple" now="2027-02-01T09:00:00Z"></sid-countdown>`, 'purple'],
  ];
  for (const [attribute, template, value] of cases) {
    it(`warns once about ${attribute}="${value}" and still shows a countdown`, async () => {
      let el!: SidCountdown;
      const warnings = await captureWarnings(async () => {
        el = await countdown(template);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<sid-countdown>').and.to.contain(`${attribute}="${value}"`);
      const text = visibleText(el);
      expect(text).to.contain('Safer Internet Day').and.to.match(/\d/);
      expect(text).to.not.contain('NaN');
    });
  }
});

describe('<sid-countdown> live, with a fake clock', () => {
  let clock: sinon.SinonFakeTimers;
  afterEach(() => clock?.restore());

  function fakeClock(iso: string): void {
    clock = sinon.useFakeTimers({ now: new Date(iso), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  }

  async function settle(el: SidCountdown): Promise<void> {
    await el.updateComplete;
    await Promise.resolve();
  }

  it('fires sid-countdown-start when the day begins and sid-countdown-end when it ends, then counts to next year', async () => {
    fakeClock('2027-02-08T22:59:58Z');
    const el = await countdown(
      html`<sid-countdown time-zone=${BRUSSELS} units="days hours minutes seconds"></sid-countdown>`,
    );
    const events: string[] = [];
    const record = (event: Event) =>
      events.push(`${event.type} ${(event as CustomEvent).detail.date} ${event.bubbles && event.composed}`);
    document.addEventListener('sid-countdown-start', record);
    document.addEventListener('sid-countdown-end', record);
    try {
      expect(visibleText(el)).to.contain('0 days 0 hours 0 minutes 2 seconds');
      await clock.tickAsync(2000);
      await settle(el);
      expect(visibleText(el)).to.contain('Today is Safer Internet Day!');
      await clock.tickAsync(24 * 3_600_000);
      await settle(el);
      expect(visibleText(el)).to.contain('Tuesday, February 8, 2028');
      expect(events).to.deep.equal(['sid-countdown-start 2027-02-09 true', 'sid-countdown-end 2027-02-09 true']);
    } finally {
      document.removeEventListener('sid-countdown-start', record);
      document.removeEventListener('sid-countdown-end', record);
    }
  });

  it('keeps one timer for every countdown on the page', async () => {
    fakeClock('2027-02-01T09:00:00Z');
    const el = await fixture<HTMLElement>(
      html`<div>
        <sid-countdown time-zone=${BRUSSELS}></sid-countdown>
        <sid-countdown time-zone="Asia/Tokyo" units="days"></sid-countdown>
        <sid-countdown time-zone="America/Lima" units="hours minutes"></sid-countdown>
      </div>`,
    );
    await Promise.all([...el.querySelectorAll('sid-countdown')].map((c) => (c as SidCountdown).updateComplete));
    await Promise.resolve();
    expect(clock.countTimers()).to.equal(1);
  });

  it('wakes once per change of what is shown: every second with seconds, never between days with days only', async () => {
    fakeClock('2027-02-01T09:00:00.500Z');
    const seconds = await countdown(html`<sid-countdown time-zone=${BRUSSELS}></sid-countdown>`);
    const days = await countdown(html`<sid-countdown time-zone="UTC" units="days"></sid-countdown>`);
    const secondTicks = sinon.spy(seconds, 'tick');
    const dayTicks = sinon.spy(days, 'tick');
    await clock.tickAsync(5_000);
    expect(secondTicks.callCount).to.equal(5);
    expect(dayTicks.callCount).to.equal(0);
    seconds.remove();
    await clock.tickAsync(3 * 86_400_000);
    expect(dayTicks.callCount).to.equal(3);
    expect(visibleText(days)).to.contain('5 days');
  });

  it('keeps the spoken sentence while the seconds tick, and changes it with its two largest units', async () => {
    fakeClock('2027-02-08T21:49:30Z');
    const el = await countdown(html`<sid-countdown time-zone=${BRUSSELS}></sid-countdown>`);
    const sentence = () => el.shadowRoot!.querySelector('.visually-hidden')!.textContent!.trim();
    expect(sentence()).to.match(/^1 hour and 10 minutes until Safer Internet Day/);
    await clock.tickAsync(1_000);
    await settle(el);
    expect(visibleText(el)).to.contain('1 hour 10 minutes 29 seconds');
    expect(sentence()).to.match(/^1 hour and 10 minutes until/);
    await clock.tickAsync(30_000);
    await settle(el);
    expect(sentence()).to.match(/^1 hour and 9 minutes until/);
  });

  it('keeps no timer while disconnected or while the page is hidden, and catches up when visible', async () => {
    fakeClock('2027-02-01T09:00:00Z');
    const el = await countdown(html`<sid-countdown time-zone=${BRUSSELS}></sid-countdown>`);
    await Promise.resolve();
    expect(clock.countTimers()).to.equal(1);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await Promise.resolve();
      expect(clock.countTimers()).to.equal(0);
      clock.setSystemTime(new Date('2027-02-05T09:00:00Z'));
    } finally {
      delete (document as unknown as Record<string, unknown>).visibilityState;
    }
    document.dispatchEvent(new Event('visibilitychange'));
    await settle(el);
    expect(visibleText(el)).to.contain('3 days 14 hours');
    expect(clock.countTimers()).to.equal(1);
    el.remove();
    await Promise.resolve();
    expect(clock.countTimers()).to.equal(0);
  });

  it('keeps no timer when the clock is frozen with now', async () => {
    fakeClock('2027-02-01T09:00:00Z');
    await countdown(html`<sid-countdown now="2027-02-01T09:00:00Z"></sid-countdown>`);
    await Promise.resolve();
    expect(clock.countTimers()).to.equal(0);
  });

  it('does not drift when the clock jumps: it reads the clock, it does not count ticks', async () => {
    fakeClock('2027-02-01T09:00:00Z');
    const el = await countdown(html`<sid-countdown time-zone=${BRUSSELS} units="days hours"></sid-countdown>`);
    clock.setSystemTime(new Date('2027-02-07T21:00:00Z'));
    await clock.tickAsync(3_600_000);
    await settle(el);
    expect(visibleText(el)).to.contain('1 day 1 hour');
  });
});

describe('<sid-countdown> accessibility, to the letter', () => {
  const part = (el: SidCountdown, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

  it('has its title as a heading at heading-level, 2 by default', async () => {
    const el = await countdown(html`<sid-countdown now="2027-02-01T09:00:00Z" time-zone="UTC"></sid-countdown>`);
    expect([part(el, 'heading')!.getAttribute('role'), part(el, 'heading')!.getAttribute('aria-level')]).to.deep.equal([
      'heading',
      '2',
    ]);
    const nested = await countdown(
      html`<sid-countdown now="2027-02-01T09:00:00Z" time-zone="UTC" heading-level="4"></sid-countdown>`,
    );
    expect(part(nested, 'heading')!.getAttribute('aria-level')).to.equal('4');
  });

  it('lets the visitor stop the seconds, and start them again, with a button', async () => {
    const clock = sinon.useFakeTimers({
      now: new Date('2027-02-01T09:00:00.500Z'),
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
    });
    try {
      const el = await countdown(html`<sid-countdown time-zone="UTC"></sid-countdown>`);
      const button = () => part(el, 'seconds-button')!;
      expect(button().getAttribute('aria-label')).to.equal('Hide the seconds');
      expect(visibleText(el)).to.contain('seconds');
      button().click();
      await el.updateComplete;
      expect(visibleText(el)).to.not.contain('second');
      expect(button().getAttribute('aria-label')).to.equal('Show the seconds');
      // it stands still: no change until the next minute
      const ticks = sinon.spy(el, 'tick');
      await clock.tickAsync(60_000);
      expect(ticks.callCount).to.equal(1);
      button().click();
      await el.updateComplete;
      expect(visibleText(el)).to.contain('seconds');
    } finally {
      clock.restore();
    }
  });

  it('shows no seconds button when the seconds are not shown, or are the only unit', async () => {
    const days = await countdown(html`<sid-countdown now="2027-02-01T09:00:00Z" units="days hours"></sid-countdown>`);
    const only = await countdown(html`<sid-countdown now="2027-02-01T09:00:00Z" units="seconds"></sid-countdown>`);
    expect([part(days, 'seconds-button'), part(only, 'seconds-button')]).to.deep.equal([null, null]);
  });

  it('tells a screen reader, politely and once, when the day begins while the page is open', async () => {
    const clock = sinon.useFakeTimers({
      now: new Date('2027-02-08T23:59:59Z'),
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
    });
    try {
      const el = await countdown(html`<sid-countdown time-zone="UTC"></sid-countdown>`);
      const status = () => el.shadowRoot!.querySelector('[role="status"]')!;
      expect(status().textContent!.trim()).to.equal('');
      await clock.tickAsync(1_000);
      await el.updateComplete;
      await el.updateComplete;
      expect(status().textContent!.trim()).to.equal('Today is Safer Internet Day!');
    } finally {
      clock.restore();
    }
  });

  // only Chromium's launcher can emulate forced colours (Windows high contrast)
  if (navigator.userAgent.includes('Chrome/'))
    it('keeps the seconds button visibly a button in forced colours (Chromium)', async () => {
      expect(await executeServerCommand('emulate-forced-colors', { active: true })).to.equal(true);
      try {
        const el = await countdown(html`<sid-countdown now="2027-02-01T09:00:00Z" time-zone="UTC"></sid-countdown>`);
        const style = getComputedStyle(part(el, 'seconds-button')!);
        expect(style.borderTopStyle).to.equal('solid');
        expect(style.borderTopColor).to.not.equal('rgba(0, 0, 0, 0)');
      } finally {
        await executeServerCommand('emulate-forced-colors', { active: false });
      }
    });

  // only Chromium's launcher can set the browser's own preference
  if (navigator.userAgent.includes('Chrome/'))
    it('with reduced motion, starts with the seconds still, and the button to show them', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      // the page hears of the change at its next frame, as when a visitor changes the setting
      for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
      try {
        const el = await countdown(html`<sid-countdown now="2027-02-01T09:00:00Z" time-zone="UTC"></sid-countdown>`);
        expect(visibleText(el)).to.contain('minutes').and.to.not.contain('second');
        expect(part(el, 'seconds-button')!.getAttribute('aria-label')).to.equal('Show the seconds');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
        for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    });
});

describe('<sid-countdown> accessibility', () => {
  const states = {
    before: '2027-02-01T09:00:00Z',
    today: '2027-02-09T12:00:00Z',
  };
  for (const theme of ['light', 'dark']) {
    for (const [state, now] of Object.entries(states)) {
      it(`passes axe ${state} the day, ${theme}`, async () => {
        const el = await countdown(
          html`<sid-countdown now=${now} time-zone=${BRUSSELS} theme=${theme}></sid-countdown>`,
        );
        await expect(el).to.be.accessible();
      });
    }
    it(`passes axe after a partner's date, ${theme}`, async () => {
      const el = await countdown(
        html`<sid-countdown date="2027-02-01" now="2027-02-03T00:00:00Z" theme=${theme}></sid-countdown>`,
      );
      await expect(el).to.be.accessible();
    });
  }

  it('shows fallback text until it upgrades, then its own content', async () => {
    const el = await countdown(
      html`<sid-countdown now="2027-02-01T09:00:00Z" time-zone=${BRUSSELS}
        >Safer Internet Day is on 9 February 2027</sid-countdown
      >`,
    );
    expect(visibleText(el)).to.not.contain('is on 9 February');
    expect(el.textContent).to.contain('is on 9 February');
  });

  it('keeps the height a page reserves with the :not(:defined) recipe, in every state, from 280 px wide', async () => {
    const reserved = 10.5 * parseFloat(getComputedStyle(document.documentElement).fontSize);
    const states = ['2027-02-01T09:00:00Z', '2027-02-09T09:00:00Z'];
    for (const width of [280, 600, 1024]) {
      for (const now of states) {
        const wrapper = await fixture<HTMLElement>(
          html`<div style="width: ${width}px">
            <sid-countdown now=${now} time-zone="UTC"></sid-countdown>
          </div>`,
        );
        const el = wrapper.querySelector('sid-countdown')!;
        await el.updateComplete;
        expect(el.getBoundingClientRect().height, `${width}px ${now}`).to.be.closeTo(reserved, 0.5);
      }
    }
    const after = await fixture<HTMLElement>(
      html`<div style="width: 600px">
        <sid-countdown date="2027-02-01" now="2027-03-01T00:00:00Z"></sid-countdown>
      </div>`,
    );
    await after.querySelector('sid-countdown')!.updateComplete;
    expect(after.querySelector('sid-countdown')!.getBoundingClientRect().height).to.be.closeTo(reserved, 0.5);
  });

  it('lets a partner replace the heading and the message of the day through slots', async () => {
    const el = await countdown(
      html`<sid-countdown now="2027-02-09T12:00:00Z" time-zone=${BRUSSELS}>
        <span slot="heading">Our school's Safer Internet Day</span>
        <span slot="today">Join us in the hall at 10:00!</span>
      </sid-countdown>`,
    );
    expect(visibleText(el)).to.equal(
      "Our school's Safer Internet Day Join us in the hall at 10:00! Tuesday, February 9, 2027",
    );
  });
});

describe('<sid-countdown> language and direction', () => {
  it('follows the closest lang across shadow roots', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="it"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<sid-countdown now="2027-02-01T09:00:00Z" time-zone="Europe/Rome" units="days"></sid-countdown>';
    const el = root.querySelector('sid-countdown')!;
    await el.updateComplete;
    expect(visibleText(el)).to.contain('8 giorni').and.to.contain('martedì 9 febbraio 2027');
  });

  it("re-renders when the document's lang changes", async () => {
    const before = document.documentElement.lang;
    const el = await countdown(
      html`<sid-countdown now="2027-02-01T09:00:00Z" time-zone=${BRUSSELS} units="days"></sid-countdown>`,
    );
    try {
      document.documentElement.lang = 'es';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(visibleText(el)).to.contain('8 días');
    } finally {
      document.documentElement.lang = before;
    }
  });

  it('lays out right to left in a right-to-left language unless the page sets dir', async () => {
    const el = await countdown(
      html`<sid-countdown lang="he" now="2027-02-01T09:00:00Z" time-zone="Asia/Jerusalem"></sid-countdown>`,
    );
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(getComputedStyle(base).direction).to.equal('rtl');
    const units = [...el.shadowRoot!.querySelectorAll('[part="unit"]')].map(
      (unit) => unit.getBoundingClientRect().left,
    );
    expect(units[0]).to.be.greaterThan(units[units.length - 1]!);
    const ltr = await fixture<HTMLElement>(
      html`<div dir="ltr"><sid-countdown lang="he" now="2027-02-01T09:00:00Z"></sid-countdown></div>`,
    );
    const inner = ltr.querySelector('sid-countdown')!;
    await inner.updateComplete;
    expect(getComputedStyle(inner.shadowRoot!.querySelector('[part="base"]')!).direction).to.equal('ltr');
  });
});

describe('<sid-countdown> translations', () => {
  it('waits for its language and then shows no English interface text', async () => {
    const el = await countdown(
      html`<sid-countdown lang="de-AT" now="2027-02-09T12:00:00Z" time-zone="Europe/Vienna"></sid-countdown>`,
    );
    expect(visibleText(el)).to.equal('Safer Internet Day Heute ist Safer Internet Day! Dienstag, 9. Februar 2027');
  });
});
