import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import { nextSaferInternetDay, runtimeTimeZone } from '../src/calendar/calendar.js';
import type { SidCountdown } from '../src/countdown/sid-countdown.component.js';
import { loaders as interfaces } from '../src/locales/interface-loaders.js';
import { loaders as tipParts } from '../src/locales/tips-loaders.js';
import type { SidThemeBanner } from '../src/theme-banner/sid-theme-banner.component.js';
import type { SidTipCarousel } from '../src/tip-carousel/sid-tip-carousel.component.js';
import { captureWarnings, loadFrame, removeFrames, settle, spoken, visibleText } from './helpers.js';

/**
 * What broke on real partner pages and in odd visitor environments: each test is a page that did, and what a visitor
 * sees (or a partner's console receives) there now.
 */

const slide = (el: Element) => el.shadowRoot!.querySelector('[part="slide"]')!.getAttribute('aria-label');

/** Records uncaught errors and unhandled rejections while a test runs. */
function recordProblems(): { problems: string[]; stop: () => void } {
  const problems: string[] = [];
  const onError = (event: ErrorEvent) => problems.push(`uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => problems.push(`unhandled: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    problems,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

describe('a browser whose own time zone is unknown (Chromium reports Etc/Unknown)', () => {
  afterEach(() => sinon.restore());

  it('still shows every element, counting in a zone at the browser offset, with one warning', async () => {
    const resolvedOptions = Intl.DateTimeFormat.prototype.resolvedOptions;
    sinon.stub(Intl.DateTimeFormat.prototype, 'resolvedOptions').callsFake(function (this: Intl.DateTimeFormat) {
      return { ...resolvedOptions.call(this), timeZone: 'Etc/Unknown' };
    });
    // the browser's offset is read with its zone, once per page; date-fns reads the system offset too, for its own
    // arithmetic, so it is restored once the zone is read (test/zone runs a real browser in such a zone)
    const offset = sinon.stub(Date.prototype, 'getTimezoneOffset').returns(-120);
    let wrapper!: HTMLElement;
    const warnings = await captureWarnings(async () => {
      expect(runtimeTimeZone()).to.equal('Etc/GMT-2');
      offset.restore();
      wrapper = await fixture<HTMLElement>(
        html`<div>
          <sid-countdown now="2027-02-08T22:30:00Z"></sid-countdown>
          <sid-theme-banner></sid-theme-banner>
          <sid-tip-carousel tip-of-the-day></sid-tip-carousel>
        </div>`,
      );
      await settle(...wrapper.children);
    });
    const [countdown, banner, carousel] = [...wrapper.children];
    // 22:30 UTC on 8 February is half past midnight on the 9th at UTC+2
    expect(visibleText(countdown!)).to.contain('Today is Safer Internet Day!');
    expect(visibleText(banner!)).to.contain('Find out how to take part');
    expect(visibleText(carousel!)).to.match(/\S/);
    const zone = warnings.filter((warning) => warning.includes('Etc/Unknown'));
    expect(zone, warnings.join('\n')).to.have.length(1);
    expect(zone[0]).to.contain('Etc/GMT-2').and.to.contain('time-zone');
  });
});

describe('<sid-tip> children that a framework adds or removes after the first render', () => {
  it('are shown as they come and go', async () => {
    const el = await fixture<SidTipCarousel>(html`<sid-tip-carousel></sid-tip-carousel>`);
    await settle(el);
    expect(visibleText(el), 'our tips while there are none of the partner').to.contain('For children');
    const tip = (heading: string, text: string) => {
      const element = document.createElement('sid-tip');
      element.setAttribute('heading', heading);
      element.textContent = text;
      return element;
    };
    el.append(tip('Ask us anything', 'Our library has a help desk.'));
    await settle(el);
    expect(visibleText(el)).to.contain('Ask us anything').and.to.contain('Our library has a help desk.');
    el.append(tip('Second tip', 'Added later, as v-for does.'));
    await settle(el);
    expect(slide(el)).to.equal('1 of 2');
    el.replaceChildren();
    await settle(el);
    expect(visibleText(el), 'our tips again once the partner’s are gone').to.contain('For children');
  });

  it('are read as text a visitor reads: no script, style, noscript or template, and a nested tip once', async () => {
    const el = await fixture<SidTipCarousel>(
      html`<sid-tip-carousel>
        <sid-tip heading="Outer">
          Visible <b>words</b>
          <script>
            void 0;
          </script>
          <style>
            p {
            }</style
          ><noscript>no script</noscript><template>template</template>
          <sid-tip heading="Inner">Inner words</sid-tip>
        </sid-tip>
      </sid-tip-carousel>`,
    );
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="text"]')!.textContent).to.equal('Visible words');
    expect(slide(el)).to.equal('1 of 2');
  });
});

describe('a page whose language changes while a language loads', () => {
  const [interfaceLoad, tipLoads] = [interfaces.fi!, tipParts.fi!];
  afterEach(() => {
    interfaces.fi = interfaceLoad;
    tipParts.fi = tipLoads;
  });

  it('renders wholly in the latest language', async () => {
    // Finnish arrives only once the page has switched to Swedish, however slow the browser
    let release!: () => void;
    const switched = new Promise<void>((resolve) => (release = resolve));
    const held =
      <T>(load: () => Promise<T>) =>
      () =>
        switched.then(load);
    interfaces.fi = held(interfaceLoad);
    tipParts.fi = Object.fromEntries(
      Object.entries(tipLoads).map(([audience, load]) => [audience, held(load)]),
    ) as typeof tipLoads;
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="fi">
        <sid-countdown now="2027-02-01T09:00:00Z" time-zone="UTC" units="days"></sid-countdown>
        <sid-tip-carousel audience="children"></sid-tip-carousel>
      </div>`,
    );
    wrapper.lang = 'sv';
    release();
    await settle(...wrapper.children);
    const [countdown, carousel] = [...wrapper.children];
    expect(spoken(countdown!)).to.contain('8 dygn kvar till Safer Internet Day');
    expect(visibleText(carousel!)).to.contain('För barn');
    const text = carousel!.shadowRoot!.querySelector('[part="text"]')!;
    expect(text.hasAttribute('lang'), 'the tip is Swedish too').to.equal(false);
  });

  it('reads lang="de_DE", as some servers write it, as German', async () => {
    const el = await fixture<SidCountdown>(
      html`<sid-countdown lang="de_DE" now="2027-02-09T09:00:00Z" time-zone="Europe/Berlin"></sid-countdown>`,
    );
    await settle(el);
    expect(visibleText(el)).to.contain('Heute ist Safer Internet Day!');
  });
});

describe('a banner left open when the day ends', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => clock?.restore());

  it('moves on to next year’s day by itself', async () => {
    const end = nextSaferInternetDay({ now: new Date('2027-02-09T12:00:00Z') }).end;
    clock = sinon.useFakeTimers({ now: end.getTime() - 10_000, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const el = await fixture<SidThemeBanner>(html`<sid-theme-banner></sid-theme-banner>`);
    await clock.tickAsync(100);
    await el.updateComplete;
    expect(visibleText(el)).to.contain('Safer Internet Day 2027');
    await clock.tickAsync(20_000);
    await el.updateComplete;
    expect(visibleText(el)).to.contain('Safer Internet Day 2028');
  });
});

describe('the classic script where its own URL cannot find its files', () => {
  afterEach(removeFrames);

  const recorded = (frame: HTMLIFrameElement) =>
    (frame.contentWindow as unknown as { recorded: { errors: string[]; warnings: string[] } }).recorded;

  it('finds them with <meta name="sid-widgets-base"> when an optimiser combined it into another file', async () => {
    const { frame, elements } = await loadFrame('/test/fixtures/classic-optimised.html');
    await settle(...elements);
    expect(visibleText(elements[0]!)).to.contain('Heute ist Safer Internet Day!');
    expect(visibleText(elements[1]!)).to.contain('Für Kinder');
    expect(recorded(frame).errors).to.deep.equal([]);
  });

  it('reads the meta tag from the head only: one in the body is not the site owner’s', async () => {
    const { frame, elements } = await loadFrame('/test/fixtures/classic-meta-body.html');
    await settle(...elements);
    expect(visibleText(elements[0]!)).to.contain('Today is Safer Internet Day!');
    const fetched = frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(
      fetched.filter((url) => url.includes('/cdn/')),
      'nothing from where the tag points',
    ).to.deep.equal([]);
  });

  it('reads a genuine copy of its files on the host the meta tag names', async () => {
    const { frame, elements } = await loadFrame('/test/fixtures/classic-meta-mirror.html');
    await settle(...elements);
    expect(visibleText(elements[0]!)).to.contain('Heute ist Safer Internet Day!');
    expect(visibleText(elements[1]!)).to.contain('Für Kinder');
    expect(recorded(frame).errors).to.deep.equal([]);
  });

  it('refuses a changed file on that host, even with a list of integrity values made to match, and stays English', async () => {
    const { frame, elements } = await loadFrame('/test/fixtures/classic-meta-tampered.html');
    await settle(...elements);
    const text = visibleText(elements[0]!);
    expect(text).to.contain('Today is Safer Internet Day!').and.not.contain('GEÄNDERT');
    expect(recorded(frame).warnings.some((warning) => warning.includes('"de" translation'))).to.equal(true);
    const fetched = frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(fetched.filter((url) => url.includes('tampered') && url.endsWith('.js'))).to.deep.equal([]);
  });

  it('finds them with the meta tag when it runs by eval', async () => {
    const { frame, elements } = await loadFrame('/test/fixtures/classic-eval.html');
    await settle(...elements);
    expect(visibleText(elements[0]!)).to.contain('Heute ist Safer Internet Day!');
    expect(recorded(frame).errors).to.deep.equal([]);
  });

  it('shows English and says how to fix it when it runs from a blob: URL without the meta tag', async () => {
    const { frame, elements } = await loadFrame('/test/fixtures/classic-blob.html');
    await settle(...elements);
    expect(visibleText(elements[0]!)).to.contain('Today is Safer Internet Day!');
    const warnings = recorded(frame).warnings.filter((warning) => warning.includes('sid-widgets-base'));
    expect(warnings).to.have.length(1);
    expect(recorded(frame).errors).to.deep.equal([]);
  });
});

describe('a page that patches Date.now (analytics and test tools do)', () => {
  let patched: sinon.SinonStub | undefined;
  afterEach(() => patched?.restore());

  it('moves the countdown and its timer together: one render a second, no busy loop', async () => {
    const real = Date.now.bind(Date);
    patched = sinon.stub(Date, 'now').callsFake(() => real() + 3_600_000);
    const el = await fixture<SidCountdown>(html`<sid-countdown time-zone="UTC"></sid-countdown>`);
    await el.updateComplete;
    let renders = 0;
    const observer = new MutationObserver(() => renders++);
    observer.observe(el.shadowRoot!, { subtree: true, characterData: true, childList: true });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    observer.disconnect();
    expect(renders, 'renders in 1.5 s').to.be.within(1, 6);
  });
});

describe('values far in the future, or not ISO dates', () => {
  it('are warned about and replaced, never thrown into the page', async () => {
    const { problems, stop } = recordProblems();
    let wrapper!: HTMLElement;
    const warnings = await captureWarnings(async () => {
      wrapper = await fixture<HTMLElement>(
        html`<div>
          <sid-countdown date="9999-12-31" now="2027-02-01T09:00:00Z" time-zone="UTC" units="days"></sid-countdown>
          <sid-countdown now="9999-06-01T00:00:00Z" time-zone="UTC" units="days"></sid-countdown>
          <sid-countdown now="0" time-zone="UTC" units="days"></sid-countdown>
          <sid-countdown now="Feb 9" time-zone="UTC" units="days"></sid-countdown>
        </div>`,
      );
      await settle(...wrapper.children);
    });
    stop();
    expect(problems).to.deep.equal([]);
    const [farDate, farNow, zero, words] = [...wrapper.children];
    expect(visibleText(farDate!), 'the next Safer Internet Day instead').to.contain('8 days');
    for (const el of [farNow, zero, words]) expect(visibleText(el!), 'the real clock instead').to.match(/\d+ days?/);
    for (const value of ['9999-12-31', '9999-06-01T00:00:00Z', '0', 'Feb 9']) {
      const about = warnings.filter((warning) => warning.includes(`"${value}"`));
      expect(about, value).to.have.length(1);
      expect(about[0]).to.contain('from 1970 to 9998');
    }
  });
});

describe('a partner’s own event', () => {
  it('is not called Safer Internet Day before, on or after it, and the after-message has a slot', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <sid-countdown date="2027-03-10T10:00:00+01:00" now="2027-03-01T08:00:00Z" time-zone="Europe/Brussels">
          <span slot="heading">Our open day</span>
        </sid-countdown>
        <sid-countdown date="2027-03-10" now="2027-03-10T09:00:00Z" time-zone="UTC"></sid-countdown>
        <sid-countdown date="2027-03-10" now="2027-03-12T09:00:00Z" time-zone="UTC"></sid-countdown>
        <sid-countdown date="2027-03-10" now="2027-03-12T09:00:00Z" time-zone="UTC">
          <span slot="after">Thank you for coming!</span>
        </sid-countdown>
        <sid-countdown date="2027-02-09" now="2027-02-09T09:00:00Z" time-zone="UTC"></sid-countdown>
      </div>`,
    );
    await settle(...wrapper.children);
    const [before, today, after, slotted, theDay] = [...wrapper.children];
    expect(spoken(before!)).to.contain('9 days and 1 hour until Wednesday, March 10, 2027');
    expect(spoken(before!)).to.not.contain('Safer Internet Day');
    expect(visibleText(today!)).to.contain('Today is the day!');
    expect(visibleText(after!)).to.contain('This took place on Wednesday, March 10, 2027.');
    expect(visibleText(slotted!)).to.contain('Thank you for coming!').and.not.to.contain('took place');
    expect(visibleText(theDay!), 'a partner’s date that is the day').to.contain('Today is Safer Internet Day!');
  });
});

describe('Trusted Types on a page that has Lit of its own, and our script twice', () => {
  afterEach(removeFrames);

  it('renders every element with no error: our policy has its own name', async () => {
    const { frame, elements } = await loadFrame('/test/fixtures/csp-host-lit.html');
    await settle(...elements);
    const { recorded } = frame.contentWindow as unknown as { recorded: { errors: string[] } };
    expect(recorded.errors).to.deep.equal([]);
    expect(elements).to.have.length(4);
    for (const el of elements) expect(visibleText(el), el.localName).to.match(/\S/);
    expect(visibleText(elements[1]!)).to.contain('Heute ist Safer Internet Day!');
  });
});

describe('properties set to values that cannot become text', () => {
  it('are dropped without freezing the element, which takes the next valid value', async () => {
    const { problems, stop } = recordProblems();
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <sid-tip-carousel></sid-tip-carousel>
        <sid-countdown now="2027-02-01T09:00:00Z" time-zone="UTC"></sid-countdown>
        <sid-theme-banner></sid-theme-banner>
      </div>`,
    );
    const [carousel, countdown, banner] = [...wrapper.children] as [SidTipCarousel, SidCountdown, SidThemeBanner];
    await settle(carousel, countdown, banner);
    const throwing = { toString: () => Symbol('no text') as unknown as string };
    (carousel as unknown as Record<string, unknown>).audience = Object.create(null);
    (countdown as unknown as Record<string, unknown>).units = throwing;
    (banner as unknown as Record<string, unknown>).year = Object.create(null);
    await settle(carousel, countdown, banner);
    carousel.audience = 'teens';
    countdown.units = 'days';
    banner.year = 2026;
    await settle(carousel, countdown, banner);
    stop();
    expect(problems).to.deep.equal([]);
    expect(visibleText(carousel)).to.contain('For teens');
    expect(visibleText(countdown)).to.contain('8 days').and.not.to.contain('hours');
    expect(visibleText(banner)).to.contain('Safer Internet Day 2026').and.to.contain('Together for a better internet');
  });
});

describe('defaults', () => {
  it('are not reflected onto the element, so server-rendered markup and the element agree', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <sid-countdown></sid-countdown>
        <sid-theme-banner></sid-theme-banner>
        <sid-tip-carousel></sid-tip-carousel>
      </div>`,
    );
    await settle(...wrapper.children);
    for (const el of wrapper.children) expect(el.getAttributeNames(), el.localName).to.deep.equal([]);
    const banner = wrapper.children[1] as SidThemeBanner;
    banner.theme = 'dark';
    banner.layout = 'bar';
    await banner.updateComplete;
    expect(banner.getAttribute('theme')).to.equal('dark');
    expect(banner.getAttribute('layout')).to.equal('bar');
  });
});

describe('a partner’s tips file that never ends', () => {
  it('is given up at 256 KB, with a warning, and our tips are shown', async function () {
    this.timeout(8000);
    let el!: SidTipCarousel;
    const started = performance.now();
    const warnings = await captureWarnings(async () => {
      el = await fixture<SidTipCarousel>(html`<sid-tip-carousel src="/test/endless-tips.json"></sid-tip-carousel>`);
      while (!visibleText(el).includes('For ') && performance.now() - started < 7000) await settle(el);
    });
    expect(performance.now() - started, 'ms until our tips show').to.be.below(5000);
    expect(warnings.filter((warning) => warning.includes('larger than 256 KB'))).to.have.length(1);
    expect(visibleText(el)).to.contain('For children');
  });
});

describe('a carousel that leaves the page before its tips file arrives', () => {
  it('stops the request, says nothing, and fetches the file again when it comes back', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('sid-tip-carousel') as SidTipCarousel;
    // the server answers 404 after half a second
    el.src = '/test/slow-missing-tips.json';
    const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const gone = await captureWarnings(async () => {
      wrapper.append(el);
      await wait(150);
      el.remove();
      await wait(800);
    });
    expect(gone, 'nothing about a carousel no longer on the page').to.deep.equal([]);
    const back = await captureWarnings(async () => {
      wrapper.append(el);
      // the file is asked for again, and answers 404 after half a second (longer on a busy machine)
      for (let i = 0; i < 50 && !visibleText(el).includes('For children'); i++) await wait(100);
      await settle(el);
    });
    expect(back.filter((warning) => warning.includes('answered 404'))).to.have.length(1);
    expect(visibleText(el), 'our tips, once the file is known to be missing').to.contain('For children');
  });
});
