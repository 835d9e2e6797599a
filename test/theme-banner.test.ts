import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/sid-theme-banner.js';
import type { SidThemeBanner } from '../src/sid-theme-banner.js';
import type { SidCountdown } from '../src/sid-countdown.js';
import { countryCode, countryPage, isCountryCode, themeFor } from '../src/theme-banner/themes.js';
import { COUNTRY_PAGES, NATIONAL_THEMES } from '../src/theme-banner/countries.data.js';
import { COUNTRY_CODES } from '../src/countries/countries.js';
import { saferInternetDay, nextSaferInternetDay } from '../src/calendar/calendar.js';
import { captureWarnings, visibleText } from './helpers.js';

const OFFICIAL = 'https://better-internet-for-kids.europa.eu/en/saferinternetday';

async function banner(template: ReturnType<typeof html>): Promise<SidThemeBanner> {
  const el = await fixture<SidThemeBanner>(template);
  await el.updateComplete;
  return el;
}

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

describe('themeFor(year, country)', () => {
  it('gives the global theme of every year the facts file lists', () => {
    const expected: Record<number, string> = {
      2007: 'Crossing borders',
      2008: 'Life online is what you make of it',
      2009: 'Cyberbullying',
      2010: 'Think B4 U post!',
      2011: 'Virtual lives',
      2012: 'Connecting generations',
      2013: 'Online rights and responsibilities',
      2014: "Let's create a better internet together",
      2015: "Let's create a better internet together",
      2016: 'Play your part for a better internet',
      2017: 'Be the change: Unite for a better internet',
      2018: 'Create, connect and share respect: A better internet starts with you',
    };
    for (let year = 2019; year <= 2026; year++) expected[year] = 'Together for a better internet';
    for (const [year, title] of Object.entries(expected)) {
      expect(themeFor(Number(year)), year).to.include({ title, source: 'global', lang: 'en' });
    }
    expect(themeFor(2011).subtitle).to.equal("It's more than a game, it's your life");
  });

  it('gives every national theme the facts file lists, in its language', () => {
    const national: [string, number, string, string][] = [
      ['GB', 2016, 'Play your part for a better internet', 'en'],
      ['GB', 2018, 'Create, connect and share respect', 'en'],
      ['GB', 2019, 'Our internet, our choice', 'en'],
      ['GB', 2020, 'Free to be me', 'en'],
      ['GB', 2021, 'An internet we trust', 'en'],
      ['GB', 2022, 'All fun and games?', 'en'],
      ['GB', 2023, 'Want to talk about it?', 'en'],
      ['GB', 2024, 'Inspiring change?', 'en'],
      ['GB', 2025, 'Too good to be true?', 'en'],
      ['GB', 2026, 'Smart tech, safe choices', 'en'],
      ['US', 2017, 'Be the Change: Unite for a Better Internet', 'en'],
      ['US', 2021, 'The internet starts with "I" and ends with "T"', 'en'],
      ['US', 2022, 'Improving Well-Being Online', 'en'],
      ['AU', 2019, 'Together for a better internet', 'en'],
      ['AU', 2022, 'Play it fair online', 'en'],
      ['AU', 2023, 'Connect. Reflect. Protect.', 'en'],
      ['AU', 2024, 'Connect. Reflect. Protect.', 'en'],
      ['DE', 2025, 'Keine Likes für Lügen!', 'de'],
      ['FR', 2025, "L'IA et nous, quel futur ensemble ?", 'fr'],
      ['DE', 2026, 'KI and me. In künstlicher Beziehung.', 'de'],
      ['FR', 2026, 'Les écrans et toi… comment ça va\u00a0?', 'fr'],
      ['IL', 2026, 'Safe to Connect', 'en'],
    ];
    for (const [country, year, title, lang] of national) {
      expect(themeFor(year, country), `${country} ${year}`).to.include({ title, lang, country, source: 'national' });
    }
    expect(themeFor(2026, 'gb').title, 'lower-case code').to.equal('Smart tech, safe choices');
    // the theme line, not the campaign's hashtag
    expect(themeFor(2018, 'GB').subtitle).to.equal('A better internet starts with you');
  });

  it('falls back to the global theme, then to nothing, never inventing one', () => {
    expect(themeFor(2015, 'US'), 'unverified US 2015 theme').to.include({
      source: 'global',
      title: "Let's create a better internet together",
    });
    expect(themeFor(2026, 'BE')).to.include({ source: 'global', title: 'Together for a better internet' });
    for (const year of [2004, 2005, 2006])
      expect(themeFor(year), `${year}: no slogan`).to.deep.equal({ year, source: 'none' });
    expect(themeFor(2027), 'no theme announced yet').to.deep.equal({ year: 2027, source: 'none' });
    expect(themeFor(2031, 'GB')).to.deep.equal({ year: 2031, source: 'none' });
    expect(themeFor(2026, 'XX'), 'not a country').to.include({
      source: 'global',
      title: 'Together for a better internet',
    });
  });

  it('reads UK as GB, and EL as GR, as people write them', () => {
    expect(themeFor(2025, 'UK')).to.include({ country: 'GB', title: 'Too good to be true?', source: 'national' });
    expect(countryCode('uk')).to.equal('GB');
    expect(countryCode(' el ')).to.equal('GR');
  });

  it('links to a country page only where its address is sourced, else to the official page', () => {
    expect(countryPage()).to.equal(OFFICIAL);
    expect(countryPage('IL')).to.equal(`${OFFICIAL}/israel`);
    expect(countryPage('il')).to.equal(`${OFFICIAL}/israel`);
    // the national coordinator's site, where the facts name it
    expect(countryPage('UK')).to.equal('https://saferinternet.org.uk');
    expect(countryPage('DE')).to.equal('https://www.klicksafe.de');
    // the old guessed addresses (…/mongolia, …/france) are gone
    for (const code of ['MN', 'FR', 'NL', 'XX']) expect(countryPage(code), code).to.equal(OFFICIAL);
    for (const [code, page] of Object.entries(COUNTRY_PAGES)) {
      expect(page.url, code).to.match(/^https:\/\//);
      expect(page.source, `${code} has a source`).to.match(/\S/);
    }
  });

  it("knows every ISO 3166-1 country code, and Kosovo's XK, and nothing else", () => {
    expect(COUNTRY_CODES.size).to.equal(250);
    for (const code of COUNTRY_CODES) expect(code).to.match(/^[A-Z]{2}$/);
    for (const code of ['GB', 'DE', 'XK', 'ZW', 'AD', 'MN']) expect(isCountryCode(code), code).to.equal(true);
    for (const code of Object.keys(NATIONAL_THEMES)) expect(isCountryCode(code), code).to.equal(true);
    // Regions and placeholders that browsers can name but that are not countries.
    for (const code of ['EU', 'UN', 'ZZ', 'QO', 'XA', 'EZ', 'AC', 'SU', 'G', 'GBR', '']) {
      expect(isCountryCode(code), code).to.equal(false);
      expect(countryPage(code), code).to.equal(OFFICIAL);
    }
  });
});

describe('<sid-theme-banner> content', () => {
  it("shows this year's day, its date and a call to action by default", async () => {
    const el = await banner(html`<sid-theme-banner></sid-theme-banner>`);
    const { year, date } = nextSaferInternetDay();
    expect(visibleText(el)).to.contain(`Safer Internet Day ${year}`);
    expect(part(el, 'day').querySelector('time')!.getAttribute('datetime')).to.equal(date);
    const cta = part(el, 'cta') as HTMLAnchorElement;
    expect(cta.href).to.equal(OFFICIAL);
    expect(cta.rel).to.contain('noopener');
    expect(cta.textContent!.trim()).to.equal('Find out how to take part');
  });

  it("shows a national theme, with its language marked, and links to the national coordinator's site", async () => {
    const el = await banner(html`<sid-theme-banner year="2025" country="DE"></sid-theme-banner>`);
    expect(part(el, 'heading').textContent!.trim()).to.equal('Keine Likes für Lügen!');
    expect(part(el, 'heading').lang).to.equal('de');
    expect(part(el, 'message').textContent!.trim()).to.equal('Erkenne Extremismus, Populismus und Deepfakes im Netz');
    expect((part(el, 'cta') as HTMLAnchorElement).href).to.equal('https://www.klicksafe.de/');
    expect(visibleText(el)).to.contain('Safer Internet Day 2025 · Tuesday, February 11, 2025');
  });

  it('reads country="UK" as the United Kingdom, without a warning', async () => {
    let el!: SidThemeBanner;
    const warnings = await captureWarnings(async () => {
      el = await banner(html`<sid-theme-banner year="2025" country="UK"></sid-theme-banner>`);
    });
    expect(warnings).to.deep.equal([]);
    expect(part(el, 'heading').textContent!.trim()).to.equal('Too good to be true?');
    expect((part(el, 'cta') as HTMLAnchorElement).href).to.equal('https://saferinternet.org.uk/');
  });

  it('keeps an English theme readable in a right-to-left page: its question mark stays at its end', async () => {
    const el = await banner(html`<sid-theme-banner lang="he" year="2022" country="GB"></sid-theme-banner>`);
    const heading = part(el, 'heading');
    expect(heading.lang).to.equal('en');
    expect(getComputedStyle(part(el, 'base')).direction).to.equal('rtl');
    const text = [...heading.querySelectorAll('*'), heading]
      .flatMap((node) => [...node.childNodes])
      .find((node): node is Text => node.nodeType === Node.TEXT_NODE && node.textContent!.includes('games?'))!;
    const charBox = (index: number) => {
      const range = document.createRange();
      range.setStart(text, index);
      range.setEnd(text, index + 1);
      return range.getBoundingClientRect();
    };
    const first = charBox(text.data.indexOf('A'));
    const question = charBox(text.data.indexOf('?'));
    expect(question.left, 'the ? follows "games"').to.be.greaterThan(first.left);
  });

  it("shows the global theme in the page's language", async () => {
    const el = await banner(html`<sid-theme-banner year="2026" lang="de"></sid-theme-banner>`);
    expect(part(el, 'heading').textContent!.trim()).to.equal('Gemeinsam für ein besseres Internet');
    expect(part(el, 'heading').hasAttribute('lang')).to.equal(false);
  });

  it("shows a future year's day and date without inventing a theme", async () => {
    const el = await banner(html`<sid-theme-banner year="2031"></sid-theme-banner>`);
    expect(part(el, 'heading').textContent!.trim()).to.equal('Safer Internet Day 2031');
    expect(part(el, 'day').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Tuesday, February 11, 2031');
  });

  it("uses the partner's own words and link", async () => {
    const el = await banner(
      html`<sid-theme-banner
        heading="Our assembly"
        message="In the hall at 9:00."
        href="/events/sid"
        cta="See the programme"
      ></sid-theme-banner>`,
    );
    expect(part(el, 'heading').textContent!.trim()).to.equal('Our assembly');
    expect(part(el, 'message').textContent!.trim()).to.equal('In the hall at 9:00.');
    const cta = part(el, 'cta') as HTMLAnchorElement;
    expect(cta.href).to.equal(new URL('/events/sid', location.href).href);
    expect(cta.textContent!.trim()).to.equal('See the programme');
  });

  it('lets slots replace the heading, the message and the actions', async () => {
    const el = await banner(
      html`<sid-theme-banner>
        <span slot="heading">Slotted heading</span>
        <span slot="message">Slotted message</span>
        <a slot="actions" href="https://example.org/">Our own link</a>
      </sid-theme-banner>`,
    );
    const text = visibleText(el);
    expect(text).to.contain('Slotted heading').and.to.contain('Slotted message').and.to.contain('Our own link');
    expect(text).to.not.contain('Find out how to take part');
  });

  it("embeds a days-only countdown to that year's day", async () => {
    const el = await banner(html`<sid-theme-banner year="2027" show-countdown></sid-theme-banner>`);
    const countdown = part(el, 'countdown') as SidCountdown;
    expect(countdown.localName).to.equal('sid-countdown');
    expect(countdown.date).to.equal(saferInternetDay(2027));
    expect(countdown.units).to.equal('days');
    countdown.now = '2027-02-01T12:00:00Z';
    countdown.timeZone = 'UTC';
    await countdown.updateComplete;
    expect(visibleText(countdown)).to.contain('8 days');
  });
});

describe('<sid-theme-banner> embedded countdown', () => {
  it("follows the banner's theme and language, and a bad theme gives one warning, not two", async () => {
    let el!: SidThemeBanner;
    const warnings = await captureWarnings(async () => {
      el = await banner(html`<sid-theme-banner show-countdown theme="neon" lang="de"></sid-theme-banner>`);
      await (part(el, 'countdown') as SidCountdown).updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<sid-theme-banner>').and.to.contain('theme="neon"');
    const countdown = part(el, 'countdown') as SidCountdown;
    expect(countdown.theme).to.equal('auto');
    expect(countdown.lang).to.equal('de');
    el.theme = 'dark';
    await el.updateComplete;
    expect(countdown.theme).to.equal('dark');
  });
});

describe('<sid-theme-banner> href filtering', () => {
  for (const bad of [
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,hi',
    'vbscript:x',
    'ftp://example.org/x',
    'mailto:a@example.org',
    'http://[bad',
  ]) {
    it(`refuses ${JSON.stringify(bad)} with one warning and uses the default`, async () => {
      let el!: SidThemeBanner;
      const warnings = await captureWarnings(async () => {
        el = await banner(html`<sid-theme-banner href=${bad}></sid-theme-banner>`);
      });
      expect((part(el, 'cta') as HTMLAnchorElement).href).to.equal(OFFICIAL);
      expect(warnings).to.have.length(1);
      expect(warnings[0])
        .to.contain('<sid-theme-banner>')
        .and.to.contain(`href=${JSON.stringify(bad)}`);
    });
  }

  it('falls back to the country page, not the official one, with a country', async () => {
    let el!: SidThemeBanner;
    const warnings = await captureWarnings(async () => {
      el = await banner(html`<sid-theme-banner country="IL" href="javascript:alert(1)"></sid-theme-banner>`);
    });
    expect(warnings).to.have.length(1);
    expect((part(el, 'cta') as HTMLAnchorElement).href).to.equal(`${OFFICIAL}/israel`);
  });

  it('accepts http: and https: links, absolute, relative or protocol-relative', async () => {
    const cases: [string, string][] = [
      ['https://example.org/sid', 'https://example.org/sid'],
      ['HTTP://example.org/', 'http://example.org/'],
      ['//example.org/sid', `${location.protocol}//example.org/sid`],
      ['events/sid?x=1#today', new URL('events/sid?x=1#today', document.baseURI).href],
    ];
    for (const [href, expected] of cases) {
      const el = await banner(html`<sid-theme-banner href=${href}></sid-theme-banner>`);
      const cta = part(el, 'cta') as HTMLAnchorElement;
      expect(cta.href, href).to.equal(expected);
      expect(cta.rel).to.contain('noopener');
    }
  });

  it('follows a change of href', async () => {
    const el = await banner(html`<sid-theme-banner href="https://example.org/a"></sid-theme-banner>`);
    el.href = 'https://example.org/b';
    await el.updateComplete;
    expect((part(el, 'cta') as HTMLAnchorElement).href).to.equal('https://example.org/b');
  });
});

describe('<sid-theme-banner> dismissal', () => {
  let storage: sinon.SinonSpy[];
  beforeEach(() => {
    localStorage.clear();
    storage = (['getItem', 'setItem', 'removeItem', 'key', 'clear'] as const).map((name) =>
      sinon.spy(Storage.prototype, name),
    );
  });
  afterEach(() => {
    sinon.restore();
    localStorage.clear();
  });
  const storageCalls = () => storage.reduce((sum, spy) => sum + spy.callCount, 0);

  it('without remember, touches no storage and no cookie at any step', async () => {
    const el = await banner(html`<sid-theme-banner dismissible show-countdown year="2027"></sid-theme-banner>`);
    expect(document.cookie).to.equal('');
    part(el, 'dismiss').click();
    await el.updateComplete;
    expect(el.hidden).to.equal(true);
    expect(document.cookie).to.equal('');
    expect(storageCalls()).to.equal(0);
    expect(localStorage.length).to.equal(0);
  });

  it('moves focus to the partner’s dismiss-focus element, or warns and moves on when no element has that id', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <button id="before">Before</button>
        <sid-theme-banner dismissible year="2027" dismiss-focus="before"></sid-theme-banner>
        <sid-theme-banner dismissible year="2027" dismiss-focus="nowhere"></sid-theme-banner>
        <a id="after" href="#after">After</a>
      </div>`,
    );
    const [chosen, missing] = [...wrapper.querySelectorAll('sid-theme-banner')] as SidThemeBanner[];
    await Promise.all([chosen!.updateComplete, missing!.updateComplete]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const dismiss = async (el: SidThemeBanner) => {
      part(el, 'dismiss').focus();
      part(el, 'dismiss').click();
      await el.updateComplete;
      await el.updateComplete;
    };
    await dismiss(chosen!);
    expect(document.activeElement?.id, 'the partner’s element').to.equal('before');
    const warnings = await captureWarnings(() => dismiss(missing!));
    expect(document.activeElement?.id, 'the next element instead').to.equal('after');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('dismiss-focus="nowhere"');
  });

  it('moves focus to the next element after a dismissed banner when the partner names none', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <sid-theme-banner dismissible year="2027"></sid-theme-banner>
        <span>Text</span>
        <a id="after" href="#after">After</a>
      </div>`,
    );
    const el = wrapper.querySelector('sid-theme-banner') as SidThemeBanner;
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    part(el, 'dismiss').focus();
    part(el, 'dismiss').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.hidden).to.equal(true);
    expect(document.activeElement?.id, 'not the page body').to.equal('after');
  });

  // only Chromium's launcher can emulate forced colours (Windows high contrast)
  if (navigator.userAgent.includes('Chrome/'))
    it('keeps the call to action and the dismiss button visibly buttons in forced colours (Chromium)', async () => {
      expect(await executeServerCommand('emulate-forced-colors', { active: true })).to.equal(true);
      try {
        expect(matchMedia('(forced-colors: active)').matches, 'emulated').to.equal(true);
        const el = await banner(html`<sid-theme-banner dismissible year="2027"></sid-theme-banner>`);
        for (const name of ['cta', 'dismiss']) {
          const style = getComputedStyle(part(el, name));
          expect(style.borderTopStyle, name).to.equal('solid');
          expect(parseFloat(style.borderTopWidth), name).to.be.at.least(1);
        }
      } finally {
        await executeServerCommand('emulate-forced-colors', { active: false });
      }
    });

  it('has no dismiss button unless dismissible, and steals no focus on load', async () => {
    const plain = await banner(html`<sid-theme-banner></sid-theme-banner>`);
    expect(plain.shadowRoot!.querySelector('button')).to.equal(null);
    const el = await banner(html`<sid-theme-banner dismissible></sid-theme-banner>`);
    expect(document.activeElement).to.equal(document.body);
    expect(part(el, 'dismiss').getAttribute('aria-label')).to.equal('Dismiss the Safer Internet Day banner');
  });

  it('hides after a keyboard press on the dismiss button, firing a cancelable sid-dismiss first', async () => {
    const el = await banner(html`<sid-theme-banner dismissible year="2027"></sid-theme-banner>`);
    const events: CustomEvent[] = [];
    el.addEventListener('sid-dismiss', (event) => events.push(event as CustomEvent));
    part(el, 'dismiss').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(events).to.have.length(1);
    expect(events[0]!.cancelable && events[0]!.bubbles && events[0]!.composed).to.equal(true);
    expect(events[0]!.detail).to.deep.equal({ year: 2027 });
    expect(el.hidden).to.equal(true);
    expect(el.getBoundingClientRect().height).to.equal(0);
    expect(localStorage.length).to.equal(0);
  });

  it('stays when a listener cancels sid-dismiss', async () => {
    const el = await banner(html`<sid-theme-banner dismissible></sid-theme-banner>`);
    el.addEventListener('sid-dismiss', (event) => event.preventDefault());
    part(el, 'dismiss').click();
    await el.updateComplete;
    expect(el.hidden).to.equal(false);
  });

  it('remembers a dismissal for that year only, with remember, and never sets a cookie', async () => {
    const first = await banner(html`<sid-theme-banner dismissible remember year="2027"></sid-theme-banner>`);
    part(first, 'dismiss').click();
    await first.updateComplete;
    expect(localStorage.getItem('sid-widgets:dismissed:2027')).to.equal('1');
    const again = await banner(html`<sid-theme-banner dismissible remember year="2027"></sid-theme-banner>`);
    expect(again.hidden).to.equal(true);
    const nextYear = await banner(html`<sid-theme-banner dismissible remember year="2028"></sid-theme-banner>`);
    expect(nextYear.hidden).to.equal(false);
    const withoutRemember = await banner(html`<sid-theme-banner dismissible year="2027"></sid-theme-banner>`);
    expect(withoutRemember.hidden).to.equal(false);
    expect(document.cookie).to.equal('');
    expect(Object.keys(localStorage)).to.deep.equal(['sid-widgets:dismissed:2027']);
  });

  it('with remember and a default year, keeps the dismissal under the year it shows', async () => {
    const el = await banner(html`<sid-theme-banner dismissible remember></sid-theme-banner>`);
    const events: CustomEvent[] = [];
    el.addEventListener('sid-dismiss', (event) => events.push(event as CustomEvent));
    part(el, 'dismiss').click();
    await el.updateComplete;
    const { year } = nextSaferInternetDay();
    expect(events[0]!.detail).to.deep.equal({ year });
    expect(Object.keys(localStorage)).to.deep.equal([`sid-widgets:dismissed:${year}`]);
    expect(document.cookie).to.equal('');
  });

  it('shows again when the year changes to one not dismissed, and hides for the one that was', async () => {
    localStorage.setItem('sid-widgets:dismissed:2027', '1');
    const el = await banner(html`<sid-theme-banner dismissible remember year="2027"></sid-theme-banner>`);
    expect(el.hidden).to.equal(true);
    el.year = 2028;
    await el.updateComplete;
    expect(el.hidden).to.equal(false);
    expect(visibleText(el)).to.contain('Safer Internet Day 2028');
    el.year = 2027;
    await el.updateComplete;
    expect(el.hidden).to.equal(true);
  });

  it('still shows when storage throws, and the dismiss button still hides it', async () => {
    sinon.restore();
    sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('blocked', 'SecurityError'));
    sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
    const el = await banner(html`<sid-theme-banner dismissible remember year="2027"></sid-theme-banner>`);
    expect(el.hidden).to.equal(false);
    part(el, 'dismiss').click();
    await el.updateComplete;
    expect(el.hidden).to.equal(true);
  });

  it("leaves the page's own hidden attribute alone", async () => {
    const el = await banner(html`<sid-theme-banner hidden dismissible></sid-theme-banner>`);
    expect(el.hidden, 'a partner hid it until later').to.equal(true);
    el.hidden = false;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.hidden).to.equal(false);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('keeps keyboard focus on the page: Tab reaches the link, then the dismiss button', async () => {
    const before = document.createElement('button');
    before.textContent = 'Before';
    document.body.prepend(before);
    try {
      const el = await banner(html`<sid-theme-banner dismissible></sid-theme-banner>`);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'cta'));
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'dismiss'));
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.hidden).to.equal(true);
    } finally {
      before.remove();
    }
  });
});

describe('<sid-theme-banner> layouts', () => {
  for (const layout of ['card', 'bar']) {
    for (const width of [280, 600, 1200]) {
      it(`${layout} at ${width} px: in the page's flow, readable, nothing cut off`, async () => {
        const wrapper = await fixture<HTMLElement>(
          html`<div style="width: ${width}px">
            <sid-theme-banner layout=${layout} year="2024" country="GB" dismissible show-countdown></sid-theme-banner>
            <p>After the banner</p>
          </div>`,
        );
        const el = wrapper.querySelector('sid-theme-banner')!;
        await el.updateComplete;
        await (part(el, 'countdown') as SidCountdown).updateComplete;
        expect(getComputedStyle(el).position).to.equal('static');
        expect(getComputedStyle(part(el, 'base')).position).to.not.be.oneOf(['fixed', 'sticky']);
        const box = el.getBoundingClientRect();
        expect(box.width).to.be.closeTo(width, 0.5);
        expect(wrapper.querySelector('p')!.getBoundingClientRect().top).to.be.at.least(box.bottom - 0.5);
        for (const name of ['base', 'heading', 'message', 'cta', 'day']) {
          const node = part(el, name);
          expect(node.scrollWidth, `${name} overflows`).to.be.at.most(node.clientWidth + 1);
          const rect = node.getBoundingClientRect();
          expect(rect.left, name).to.be.at.least(box.left - 0.5);
          expect(rect.right, name).to.be.at.most(box.right + 0.5);
        }
        // The dismiss button covers no text, and the countdown and the link are not squeezed beside it.
        const dismiss = part(el, 'dismiss').getBoundingClientRect();
        for (const name of ['day', 'heading', 'message', 'cta']) {
          const range = document.createRange();
          range.selectNodeContents(part(el, name));
          for (const text of range.getClientRects()) {
            const overlaps =
              text.left < dismiss.right &&
              text.right > dismiss.left &&
              text.top < dismiss.bottom &&
              text.bottom > dismiss.top;
            expect(overlaps, `the dismiss button covers the ${name}`).to.equal(false);
          }
        }
        if (width < 640) {
          for (const name of ['message', 'actions']) {
            expect(
              part(el, name).getBoundingClientRect().right,
              `the ${name} has the full width below the button`,
            ).to.be.greaterThan(dismiss.left);
          }
        }
      });
    }
  }

  it('lays out right to left in a right-to-left language', async () => {
    const el = await banner(html`<sid-theme-banner lang="he" dismissible></sid-theme-banner>`);
    expect(getComputedStyle(part(el, 'base')).direction).to.equal('rtl');
    const box = part(el, 'base').getBoundingClientRect();
    const dismiss = part(el, 'dismiss').getBoundingClientRect();
    expect(dismiss.left - box.left).to.be.lessThan(box.right - dismiss.right);
  });
});

describe('<sid-theme-banner> bad attribute values', () => {
  const cases: [string, ReturnType<typeof html>, string][] = [
    ['country', html`<sid-theme-banner country="Narnia"></sid-theme-banner>`, 'Narnia'],
    ['country', html`<sid-theme-banner country="XX"></sid-theme-banner>`, 'XX'],
    ['year', html`<sid-theme-banner year="1850"></sid-theme-banner>`, '1850'],
    ['country', html`<sid-theme-banner country="GBR"></sid-theme-banner>`, 'GBR'],
    ['country', html`<sid-theme-banner country=""></sid-theme-banner>`, ''],
    ['year', html`<sid-theme-banner year="soon"></sid-theme-banner>`, 'soon'],
    ['year', html`<sid-theme-banner year=""></sid-theme-banner>`, ''],
    ['year', html`<sid-theme-banner year="2026.5"></sid-theme-banner>`, '2026.5'],
    ['year', html`<sid-theme-banner year="20266"></sid-theme-banner>`, '20266'],
    ['heading', html`<sid-theme-banner heading=""></sid-theme-banner>`, ''],
    ['message', html`<sid-theme-banner message=" "></sid-theme-banner>`, ' '],
    ['cta', html`<sid-theme-banner cta="  "></sid-theme-banner>`, '  '],
    ['href', html`<sid-theme-banner href=" "></sid-theme-banner>`, ' '],
    ['layout', html`<sid-theme-banner layout="overlay"></sid-theme-banner>`, 'overlay'],
    ['theme', html`<sid-theme-banner theme="neon"></sid-theme-banner>`, 'neon'],
  ];
  for (const [attribute, template, value] of cases) {
    it(`warns once about ${attribute}="${value}" and still shows a full banner`, async () => {
      let el!: SidThemeBanner;
      const warnings = await captureWarnings(async () => {
        el = await banner(template);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<sid-theme-banner>').and.to.contain(`${attribute}="${value}"`);
      expect(part(el, 'heading').textContent!.trim()).to.not.equal('');
      expect(part(el, 'message').textContent!.trim()).to.not.equal('');
      expect(part(el, 'cta').textContent!.trim()).to.not.equal('');
      expect((part(el, 'cta') as HTMLAnchorElement).href).to.equal(OFFICIAL);
      expect(visibleText(el)).to.contain('Safer Internet Day');
    });
  }

  it('warns about a bad year set from code, naming the number', async () => {
    const el = await banner(html`<sid-theme-banner year="2027"></sid-theme-banner>`);
    const warnings = await captureWarnings(async () => {
      el.year = 1850;
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('year="1850"');
    expect(visibleText(el)).to.contain(`Safer Internet Day ${nextSaferInternetDay().year}`);
  });
});

describe('<sid-theme-banner> accessibility', () => {
  it('has a heading at heading-level (2 by default), before its date line for heading navigation', async () => {
    const el = await banner(html`<sid-theme-banner year="2026"></sid-theme-banner>`);
    const heading = part(el, 'heading');
    expect([heading.getAttribute('role'), heading.getAttribute('aria-level')]).to.deep.equal(['heading', '2']);
    expect(heading.compareDocumentPosition(part(el, 'day')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    // still shown above it
    expect(part(el, 'day').getBoundingClientRect().top).to.be.below(heading.getBoundingClientRect().top);
    const nested = await banner(html`<sid-theme-banner year="2026" heading-level="3"></sid-theme-banner>`);
    expect(part(nested, 'heading').getAttribute('aria-level')).to.equal('3');
  });

  it('warns about a heading-level that is not 1 to 6, and uses 2', async () => {
    let el!: SidThemeBanner;
    const warnings = await captureWarnings(async () => {
      el = await banner(html`<sid-theme-banner year="2026" heading-level="7"></sid-theme-banner>`);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<sid-theme-banner>').and.to.contain('heading-level="7"');
    expect(part(el, 'heading').getAttribute('aria-level')).to.equal('2');
  });

  it('is a region named by its heading, or by label, so that two banners of one year differ', async () => {
    const plain = await banner(html`<sid-theme-banner year="2026"></sid-theme-banner>`);
    expect(part(plain, 'base').getAttribute('aria-labelledby')).to.equal('heading');
    const named = await banner(html`<sid-theme-banner year="2026" label="Our school's day"></sid-theme-banner>`);
    expect(part(named, 'base').getAttribute('aria-label')).to.equal("Our school's day");
    expect(part(named, 'base').hasAttribute('aria-labelledby')).to.equal(false);
  });

  const states: [string, ReturnType<typeof html>][] = [
    ['card', html`<sid-theme-banner year="2026" country="GB"></sid-theme-banner>`],
    ['bar, dismissible', html`<sid-theme-banner layout="bar" dismissible></sid-theme-banner>`],
    ['with a countdown', html`<sid-theme-banner show-countdown year="2027"></sid-theme-banner>`],
    ['a future year', html`<sid-theme-banner year="2031"></sid-theme-banner>`],
    ['a theme in its own language', html`<sid-theme-banner year="2025" country="FR" layout="bar"></sid-theme-banner>`],
    [
      'right to left',
      html`<sid-theme-banner lang="he" year="2022" country="GB" dismissible show-countdown></sid-theme-banner>`,
    ],
    [
      'partner words and slots',
      html`<sid-theme-banner heading="Our assembly" cta="See the programme" href="/sid">
        <span slot="message">In the hall at 9:00.</span>
      </sid-theme-banner>`,
    ],
  ];
  for (const theme of ['light', 'dark']) {
    for (const [name, template] of states) {
      it(`passes axe: ${name}, ${theme}`, async () => {
        const el = await banner(template);
        el.theme = theme as 'light' | 'dark';
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }
  }

  it('is a region named by its heading', async () => {
    const el = await banner(html`<sid-theme-banner year="2026"></sid-theme-banner>`);
    const base = part(el, 'base');
    expect(base.localName).to.equal('section');
    expect(el.shadowRoot!.getElementById(base.getAttribute('aria-labelledby')!)).to.equal(part(el, 'heading'));
  });
});
