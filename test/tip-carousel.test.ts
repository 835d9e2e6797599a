import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/sid-tip-carousel.js';
import type { SidTipCarousel } from '../src/sid-tip-carousel.js';
import { tips } from '../src/tip-carousel/tips.en.js';
import { AUDIENCES } from '../src/locales/schema.js';
import { TOPICS, filterTips, parseTipsFile, tipOfTheDayIndex } from '../src/tip-carousel/tips.js';
import { captureWarnings, settle, visibleText } from './helpers.js';

async function carousel(template: ReturnType<typeof html>): Promise<SidTipCarousel> {
  const el = await fixture<SidTipCarousel>(template);
  await el.updateComplete;
  return el;
}

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const title = (el: Element) => part(el, 'title')?.textContent?.trim() ?? '';
const slideLabel = (el: Element) => part(el, 'slide')!.getAttribute('aria-label');
const live = (el: Element) => part(el, 'slides')!.getAttribute('aria-live');

describe('the tip library', () => {
  it('has at least 40 tips, at least 8 for each audience, across every topic', () => {
    expect(tips.length).to.be.at.least(40);
    for (const audience of AUDIENCES)
      expect(tips.filter((tip) => tip.audience === audience).length, audience).to.be.at.least(8);
    for (const topic of TOPICS) expect(tips.filter((tip) => tip.topic === topic).length, topic).to.be.at.least(3);
  });

  it('gives every tip a unique, stable id, a short title and one or two sentences', () => {
    expect(new Set(tips.map((tip) => tip.id)).size).to.equal(tips.length);
    for (const tip of tips) {
      expect(tip.id, tip.id).to.match(/^(children|teens|parents|educators)-[a-z0-9-]+$/);
      expect(tip.id.startsWith(tip.audience!), tip.id).to.equal(true);
      expect(tip.title.length, tip.id).to.be.within(5, 60);
      const sentences = tip.text.split(/(?<=[.!?])\s+/).length;
      expect(sentences, tip.id).to.be.within(1, 2);
    }
  });

  it('has a tip on every topic for every audience, so that any filter finds one', () => {
    for (const audience of AUDIENCES) {
      for (const topic of TOPICS)
        expect(filterTips(tips, [audience], [topic]).length, `${audience} × ${topic}`).to.be.at.least(1);
    }
  });

  it('tells every audience how to get help, with no phone number or link that would only suit one country', () => {
    for (const audience of AUDIENCES)
      expect(
        tips.some((tip) => tip.audience === audience && tip.topic === 'help'),
        audience,
      ).to.equal(true);
    for (const tip of tips) expect(`${tip.title} ${tip.text}`, tip.id).to.not.match(/\d{3}|https?:|www\.|[<>]/);
  });

  it('filters by audience and topic', () => {
    const scamsForTeens = filterTips(tips, ['teens'], ['scams']);
    expect(scamsForTeens.length).to.be.greaterThan(0);
    expect(scamsForTeens.every((tip) => tip.audience === 'teens' && tip.topic === 'scams')).to.equal(true);
    expect(filterTips(tips, [], [])).to.have.length(tips.length);
    expect(filterTips(tips, ['children', 'parents'], []).length).to.equal(
      tips.filter((tip) => ['children', 'parents'].includes(tip.audience!)).length,
    );
  });

  it('picks the same tip of the day all day, and usually another the next day', () => {
    expect(tipOfTheDayIndex('2027-02-09', 44)).to.equal(tipOfTheDayIndex('2027-02-09', 44));
    const week = ['2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'].map((date) =>
      tipOfTheDayIndex(date, 44),
    );
    expect(new Set(week).size).to.be.greaterThan(1);
    expect(week.every((index) => index >= 0 && index < 44)).to.equal(true);
  });

  it('reads a partner tips file, and says what is wrong with a bad one', () => {
    expect(parseTipsFile('{"tips":[{"title":"Hi","text":"There."}]}')).to.deep.equal([
      { id: 'tip-1', title: 'Hi', text: 'There.', audience: undefined, topic: undefined },
    ]);
    expect(parseTipsFile('not json')).to.equal('the file is not JSON');
    expect(parseTipsFile('{"tips":[]}')).to.contain('at least one tip');
    expect(parseTipsFile('{"tips":[{"title":"Hi"}]}')).to.equal('tip 1 has no text');
    expect(parseTipsFile('{"tips":[{"title":"Hi","text":"x","audience":"cats"}]}')).to.contain('unknown audience');
    expect(parseTipsFile(`{"tips":[{"title":"Hi","text":"${'x'.repeat(300_000)}"}]}`)).to.contain('256 KB');
  });
});

describe('<sid-tip-carousel> WAI-ARIA carousel pattern', () => {
  it('is a carousel with an accessible name, and each tip a slide group labelled "n of N"', async () => {
    const el = await carousel(html`<sid-tip-carousel audience="children"></sid-tip-carousel>`);
    const base = part(el, 'base')!;
    expect(base.getAttribute('aria-roledescription')).to.equal('carousel');
    expect(base.getAttribute('aria-label')).to.equal('Online safety tips for children');
    const slide = part(el, 'slide')!;
    expect(slide.getAttribute('role')).to.equal('group');
    expect(slide.getAttribute('aria-roledescription')).to.equal('slide');
    const count = tips.filter((tip) => tip.audience === 'children').length;
    expect(slideLabel(el)).to.equal(`1 of ${count}`);
    expect(visibleText(el)).to.contain('For children').and.to.contain(title(el));
  });

  it('is named by its audiences by default, so that two carousels differ, or by label', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <sid-tip-carousel></sid-tip-carousel>
        <sid-tip-carousel audience="parents educators"></sid-tip-carousel>
        <sid-tip-carousel audience="teens" label="Tips for our youth club"></sid-tip-carousel>
        <sid-tip-carousel audience="children teens parents educators"></sid-tip-carousel>
      </div>`,
    );
    const elements = [...wrapper.children] as SidTipCarousel[];
    for (const el of elements) await settle(el);
    expect(elements.map((el) => part(el, 'base')!.getAttribute('aria-label'))).to.deep.equal([
      'Online safety tips',
      'Online safety tips for parents and carers and teachers and educators',
      'Tips for our youth club',
      'Online safety tips',
    ]);
  });

  it('calls itself a carousel, and each tip a slide, in its own language', async () => {
    const el = await carousel(html`<sid-tip-carousel lang="de" audience="children"></sid-tip-carousel>`);
    await settle(el);
    expect(part(el, 'base')!.getAttribute('aria-roledescription')).to.equal('Karussell');
    expect(part(el, 'slide')!.getAttribute('aria-roledescription')).to.equal('Folie');
    expect(part(el, 'base')!.getAttribute('aria-label')).to.equal('Tipps für mehr Sicherheit im Internet für Kinder');
  });

  it('has previous and next buttons with names, and the live region polite without autoplay', async () => {
    const el = await carousel(html`<sid-tip-carousel audience="teens"></sid-tip-carousel>`);
    expect(part(el, 'previous-button')!.getAttribute('aria-label')).to.equal('Previous tip');
    expect(part(el, 'next-button')!.getAttribute('aria-label')).to.equal('Next tip');
    expect(part(el, 'rotation-button')).to.equal(null);
    expect(live(el)).to.equal('polite');
    const first = title(el);
    const changes: unknown[] = [];
    el.addEventListener('sid-tip-change', (event) => changes.push((event as CustomEvent).detail));
    part(el, 'next-button')!.click();
    await el.updateComplete;
    expect(title(el)).to.not.equal(first);
    expect(slideLabel(el)).to.match(/^2 of /);
    part(el, 'previous-button')!.click();
    await el.updateComplete;
    expect(title(el)).to.equal(first);
    part(el, 'previous-button')!.click();
    await el.updateComplete;
    const teens = tips.filter((tip) => tip.audience === 'teens');
    expect(title(el), 'wraps to the last').to.equal(teens[teens.length - 1]!.title);
    expect(changes).to.deep.equal([
      { index: 1, id: teens[1]!.id },
      { index: 0, id: teens[0]!.id },
      { index: teens.length - 1, id: teens[teens.length - 1]!.id },
    ]);
  });

  it('moves with arrow keys, Home and End, without moving focus', async () => {
    const el = await carousel(html`<sid-tip-carousel audience="parents"></sid-tip-carousel>`);
    const parents = tips.filter((tip) => tip.audience === 'parents');
    part(el, 'next-button')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(title(el)).to.equal(parents[1]!.title);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(title(el)).to.equal(parents[parents.length - 1]!.title);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(title(el)).to.equal(parents[0]!.title);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(title(el)).to.equal(parents[parents.length - 1]!.title);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'next-button'));
  });

  it('leaves modified arrow keys to the browser (Alt+ArrowLeft is Back)', async () => {
    const el = await carousel(html`<sid-tip-carousel audience="parents"></sid-tip-carousel>`);
    const first = title(el);
    const keys = ['altKey', 'ctrlKey', 'metaKey', 'shiftKey'].map(
      (modifier) =>
        new KeyboardEvent('keydown', {
          key: 'ArrowLeft',
          bubbles: true,
          composed: true,
          cancelable: true,
          [modifier]: true,
        }),
    );
    for (const event of keys) part(el, 'next-button')!.dispatchEvent(event);
    await el.updateComplete;
    expect(title(el)).to.equal(first);
    expect(keys.map((event) => event.defaultPrevented)).to.deep.equal([false, false, false, false]);
  });

  it('shows only the chosen audiences and topics, counted in the slide label', async () => {
    const el = await carousel(
      html`<sid-tip-carousel audience="teens parents" topics="scams privacy"></sid-tip-carousel>`,
    );
    const expected = filterTips(tips, ['teens', 'parents'], ['scams', 'privacy']);
    expect(expected.length).to.be.greaterThan(2);
    expect(slideLabel(el)).to.equal(`1 of ${expected.length}`);
    const seen = [];
    for (let step = 0; step < expected.length; step++) {
      seen.push(title(el));
      part(el, 'next-button')!.click();
      await el.updateComplete;
    }
    expect(seen).to.deep.equal(expected.map((tip) => tip.title));
  });

  it('reads audience="all" as every audience, without a warning', async () => {
    let el!: SidTipCarousel;
    const warnings = await captureWarnings(async () => {
      el = await carousel(html`<sid-tip-carousel audience="all" topics="all"></sid-tip-carousel>`);
    });
    expect(warnings).to.deep.equal([]);
    expect(slideLabel(el)).to.equal(`1 of ${tips.length}`);
  });

  it('starts again at the first tip when the partner changes the filter', async () => {
    const el = await carousel(html`<sid-tip-carousel audience="children"></sid-tip-carousel>`);
    part(el, 'next-button')!.click();
    part(el, 'next-button')!.click();
    await el.updateComplete;
    expect(slideLabel(el)).to.match(/^3 of /);
    el.audience = 'educators';
    await el.updateComplete;
    const educators = tips.filter((tip) => tip.audience === 'educators');
    expect(slideLabel(el)).to.equal(`1 of ${educators.length}`);
    expect(title(el)).to.equal(educators[0]!.title);
  });

  it('mirrors arrows, keys and swipes in a right-to-left page', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div dir="rtl"><sid-tip-carousel audience="educators"></sid-tip-carousel></div>`,
    );
    const el = wrapper.querySelector('sid-tip-carousel')!;
    await el.updateComplete;
    const educators = tips.filter((tip) => tip.audience === 'educators');
    const previous = part(el, 'previous-button')!.getBoundingClientRect();
    const next = part(el, 'next-button')!.getBoundingClientRect();
    expect(next.left, 'next sits to the left of previous').to.be.lessThan(previous.left);
    part(el, 'next-button')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(title(el), 'ArrowLeft goes forward').to.equal(educators[1]!.title);
    swipe(el, +120);
    await el.updateComplete;
    expect(title(el), 'a swipe to the right goes forward').to.equal(educators[2]!.title);
  });

  it('points the next arrow the way the page reads', async () => {
    const pointsLeft = (el: Element, name: string) => {
      const svg = part(el, name)!.querySelector('svg')!;
      return (
        new DOMMatrix(getComputedStyle(svg).transform === 'none' ? undefined : getComputedStyle(svg).transform).a < 0
      );
    };
    const ltr = await carousel(html`<sid-tip-carousel></sid-tip-carousel>`);
    expect([pointsLeft(ltr, 'previous-button'), pointsLeft(ltr, 'next-button')]).to.deep.equal([true, false]);
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl"><sid-tip-carousel></sid-tip-carousel></div>`);
    const rtl = wrapper.querySelector('sid-tip-carousel')!;
    await rtl.updateComplete;
    expect([pointsLeft(rtl, 'previous-button'), pointsLeft(rtl, 'next-button')]).to.deep.equal([false, true]);
  });

  it('goes to the next tip on a swipe with touch or pen, not with a mouse drag', async () => {
    const el = await carousel(html`<sid-tip-carousel audience="children"></sid-tip-carousel>`);
    const children = tips.filter((tip) => tip.audience === 'children');
    swipe(el, -120, 'mouse');
    await el.updateComplete;
    expect(title(el)).to.equal(children[0]!.title);
    swipe(el, -120);
    await el.updateComplete;
    expect(title(el)).to.equal(children[1]!.title);
    swipe(el, +120, 'pen');
    await el.updateComplete;
    expect(title(el)).to.equal(children[0]!.title);
    swipe(el, -10);
    await el.updateComplete;
    expect(title(el), 'a small move is not a swipe').to.equal(children[0]!.title);
  });
});

function swipe(el: Element, dx: number, pointerType = 'touch'): void {
  const slides = part(el, 'slides')!;
  const box = slides.getBoundingClientRect();
  const y = box.top + box.height / 2;
  const x = box.left + box.width / 2;
  slides.dispatchEvent(
    new PointerEvent('pointerdown', { bubbles: true, composed: true, pointerType, clientX: x, clientY: y }),
  );
  slides.dispatchEvent(
    new PointerEvent('pointerup', { bubbles: true, composed: true, pointerType, clientX: x + dx, clientY: y + 5 }),
  );
}

describe('<sid-tip-carousel> autoplay', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    sinon.restore();
  });

  async function rotating(template: ReturnType<typeof html>) {
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const el = await carousel(template);
    await el.updateComplete;
    return el;
  }

  it('puts the rotation control first in tab order, rotates, and keeps the live region off while rotating', async () => {
    const el = await rotating(html`<sid-tip-carousel audience="children" autoplay></sid-tip-carousel>`);
    const buttons = [...el.shadowRoot!.querySelectorAll('button')];
    expect(buttons[0]).to.equal(part(el, 'rotation-button'));
    expect(buttons[0]!.getAttribute('aria-label')).to.equal('Stop showing tips one after another');
    expect(live(el)).to.equal('off');
    const first = title(el);
    await clock!.tickAsync(8000);
    await el.updateComplete;
    expect(title(el)).to.not.equal(first);
    expect(document.activeElement).to.equal(document.body);
  });

  it('is reached first with Tab: rotation control, then previous, then next', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <button id="before">Before</button><sid-tip-carousel audience="children" autoplay></sid-tip-carousel>
      </div>`,
    );
    const el = wrapper.querySelector('sid-tip-carousel')!;
    await el.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    const reached: (string | null)[] = [];
    for (let step = 0; step < 3; step++) {
      await sendKeys({ press: 'Tab' });
      reached.push(el.shadowRoot!.activeElement?.getAttribute('part') ?? null);
    }
    expect(reached).to.deep.equal(['rotation-button', 'previous-button', 'next-button']);
  });

  it("waits the interval between tips: 8 seconds by default, the partner's otherwise, never under 3", async () => {
    const cases: [ReturnType<typeof html>, number][] = [
      [html`<sid-tip-carousel audience="children" autoplay></sid-tip-carousel>`, 8000],
      [html`<sid-tip-carousel audience="children" autoplay interval="5"></sid-tip-carousel>`, 5000],
      [html`<sid-tip-carousel audience="children" autoplay interval="1"></sid-tip-carousel>`, 3000],
      [html`<sid-tip-carousel audience="children" autoplay interval="fast"></sid-tip-carousel>`, 8000],
    ];
    for (const [template, wait] of cases) {
      await captureWarnings(async () => {
        const el = await rotating(template);
        const first = title(el);
        await clock!.tickAsync(wait - 100);
        await el.updateComplete;
        expect(title(el), `not before ${wait} ms`).to.equal(first);
        await clock!.tickAsync(100);
        await el.updateComplete;
        expect(title(el), `after ${wait} ms`).to.not.equal(first);
        el.remove();
        clock!.restore();
        clock = undefined;
      });
    }
  });

  it('takes the interval as a number property too, and treats a huge one as slow, not as instant', async () => {
    const el = await rotating(html`<sid-tip-carousel audience="children" autoplay></sid-tip-carousel>`);
    (el as unknown as { interval: number }).interval = 4;
    await el.updateComplete;
    const first = title(el);
    await clock!.tickAsync(4000);
    await el.updateComplete;
    expect(title(el)).to.not.equal(first);
    el.interval = '1e9';
    await el.updateComplete;
    const second = title(el);
    await clock!.tickAsync(60_000);
    await el.updateComplete;
    expect(title(el)).to.equal(second);
  });

  it("tells the partner's code about each automatic change, without moving focus", async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><button id="outside">Outside</button></div>`);
    const outside = wrapper.querySelector<HTMLButtonElement>('#outside')!;
    outside.focus();
    const el = await rotating(html`<sid-tip-carousel audience="teens" autoplay interval="3"></sid-tip-carousel>`);
    const changes: unknown[] = [];
    el.addEventListener('sid-tip-change', (event) => changes.push((event as CustomEvent).detail));
    await clock!.tickAsync(6000);
    await el.updateComplete;
    const teens = tips.filter((tip) => tip.audience === 'teens');
    expect(changes).to.deep.equal([
      { index: 1, id: teens[1]!.id },
      { index: 2, id: teens[2]!.id },
    ]);
    expect(document.activeElement).to.equal(outside);
  });

  it('pauses while the pointer is over it; stops once focus enters, until the visitor presses Start', async () => {
    const el = await rotating(html`<sid-tip-carousel audience="children" autoplay interval="5"></sid-tip-carousel>`);
    const base = part(el, 'base')!;
    const first = title(el);
    base.dispatchEvent(new PointerEvent('pointerenter'));
    await clock!.tickAsync(20_000);
    await el.updateComplete;
    expect(title(el), 'paused on hover').to.equal(first);
    expect(live(el)).to.equal('polite');
    base.dispatchEvent(new PointerEvent('pointerleave'));
    part(el, 'next-button')!.focus();
    await clock!.tickAsync(20_000);
    await el.updateComplete;
    expect(title(el), 'paused with focus inside').to.equal(first);
    expect(live(el), 'polite while focus is inside').to.equal('polite');
    expect(clock!.countTimers(), 'no timer while paused').to.equal(0);
    part(el, 'next-button')!.blur();
    await clock!.tickAsync(20_000);
    await el.updateComplete;
    expect(title(el), 'still stopped after focus has left').to.equal(first);
    expect(live(el)).to.equal('polite');
    const rotation = part(el, 'rotation-button')!;
    rotation.click(); // Stop
    rotation.click(); // Start
    rotation.blur();
    await clock!.tickAsync(5000);
    await el.updateComplete;
    expect(title(el), 'rotating again once the visitor starts it').to.not.equal(first);
    expect(live(el)).to.equal('off');
  });

  it('pauses under a real mouse pointer and resumes when it leaves', async () => {
    const el = await rotating(html`<sid-tip-carousel audience="children" autoplay interval="3"></sid-tip-carousel>`);
    const box = part(el, 'slides')!.getBoundingClientRect();
    try {
      await sendMouse({ type: 'move', position: [Math.round(box.left + 10), Math.round(box.top + 10)] });
      await el.updateComplete;
      const first = title(el);
      expect(live(el)).to.equal('polite');
      await clock!.tickAsync(10_000);
      await el.updateComplete;
      expect(title(el), 'paused on hover').to.equal(first);
      await sendMouse({
        type: 'move',
        position: [Math.round(box.left + 10), Math.round(el.getBoundingClientRect().bottom + 40)],
      });
      await el.updateComplete;
      expect(live(el)).to.equal('off');
      await clock!.tickAsync(3000);
      await el.updateComplete;
      expect(title(el), 'resumed').to.not.equal(first);
    } finally {
      await resetMouse();
    }
  });

  it('stays stopped once the visitor stops it, until they start it again', async () => {
    const el = await rotating(html`<sid-tip-carousel audience="children" autoplay></sid-tip-carousel>`);
    const rotation = part(el, 'rotation-button')!;
    rotation.click();
    await el.updateComplete;
    expect(rotation.getAttribute('aria-label')).to.equal('Start showing tips one after another');
    rotation.blur();
    const first = title(el);
    await clock!.tickAsync(60_000);
    await el.updateComplete;
    expect(title(el)).to.equal(first);
    expect(live(el)).to.equal('polite');
    rotation.click();
    rotation.blur();
    await el.updateComplete;
    await clock!.tickAsync(8000);
    await el.updateComplete;
    expect(title(el)).to.not.equal(first);
  });

  it('keeps no timer while the visitor has stopped it', async () => {
    const el = await rotating(html`<sid-tip-carousel audience="children" autoplay></sid-tip-carousel>`);
    expect(clock!.countTimers()).to.equal(1);
    part(el, 'rotation-button')!.click();
    part(el, 'rotation-button')!.blur();
    await el.updateComplete;
    expect(clock!.countTimers()).to.equal(0);
  });

  it('rotates at once when the visitor presses Start, though focus stays on that button (as in the APG example)', async () => {
    const el = await rotating(html`<sid-tip-carousel audience="children" autoplay></sid-tip-carousel>`);
    const rotation = part(el, 'rotation-button')!;
    rotation.focus();
    rotation.click();
    await el.updateComplete;
    const first = title(el);
    await clock!.tickAsync(60_000);
    await el.updateComplete;
    expect(title(el), 'stopped').to.equal(first);
    rotation.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(rotation);
    expect(live(el)).to.equal('off');
    await clock!.tickAsync(8000);
    await el.updateComplete;
    expect(title(el), 'started').to.not.equal(first);
    expect(el.shadowRoot!.activeElement, 'focus stays on the control').to.equal(rotation);
  });

  it('does not rotate, and shows no animation, when the visitor prefers reduced motion', async () => {
    const real = window.matchMedia.bind(window);
    sinon.stub(window, 'matchMedia').callsFake((query: string) =>
      query.includes('reduced-motion')
        ? ({
            matches: true,
            media: query,
            addEventListener() {},
            removeEventListener() {},
          } as unknown as MediaQueryList)
        : real(query),
    );
    const el = await rotating(html`<sid-tip-carousel audience="teens" autoplay></sid-tip-carousel>`);
    const first = title(el);
    await clock!.tickAsync(60_000);
    await el.updateComplete;
    expect(title(el)).to.equal(first);
    expect(part(el, 'rotation-button')!.getAttribute('aria-label')).to.equal('Start showing tips one after another');
    expect(live(el)).to.equal('polite');
  });

  it('stops rotating when the visitor turns on reduced motion while it rotates', async () => {
    const real = window.matchMedia.bind(window);
    const query = {
      matches: false,
      media: '(prefers-reduced-motion: reduce)',
      listeners: [] as (() => void)[],
      addEventListener(_: string, listener: () => void) {
        this.listeners.push(listener);
      },
      removeEventListener() {},
    };
    sinon
      .stub(window, 'matchMedia')
      .callsFake((media: string) =>
        media.includes('reduced-motion') ? (query as unknown as MediaQueryList) : real(media),
      );
    const el = await rotating(html`<sid-tip-carousel audience="children" autoplay></sid-tip-carousel>`);
    expect(live(el)).to.equal('off');
    query.matches = true;
    query.listeners.forEach((listener) => listener());
    await el.updateComplete;
    const first = title(el);
    await clock!.tickAsync(60_000);
    await el.updateComplete;
    expect(title(el)).to.equal(first);
    expect(part(el, 'rotation-button')!.getAttribute('aria-label')).to.equal('Start showing tips one after another');
    expect(live(el)).to.equal('polite');
  });

  // only Chromium's launcher can set the browser's own preference; the two tests above cover every browser
  if (navigator.userAgent.includes('Chrome/'))
    it('with the browser set to reduced motion, neither rotates nor animates (Chromium, which can emulate it)', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'emulated').to.equal(true);
        const el = await rotating(html`<sid-tip-carousel audience="children" autoplay></sid-tip-carousel>`);
        expect(getComputedStyle(part(el, 'slide')!).animationName).to.equal('none');
        expect(part(el, 'rotation-button')!.getAttribute('aria-label')).to.equal(
          'Start showing tips one after another',
        );
        expect(clock!.countTimers()).to.equal(0);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

  it('keeps no timer while disconnected or while the page is hidden', async () => {
    const el = await rotating(html`<sid-tip-carousel audience="children" autoplay></sid-tip-carousel>`);
    expect(clock!.countTimers()).to.equal(1);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      expect(clock!.countTimers()).to.equal(0);
    } finally {
      delete (document as unknown as Record<string, unknown>).visibilityState;
    }
    document.dispatchEvent(new Event('visibilitychange'));
    expect(clock!.countTimers()).to.equal(1);
    el.remove();
    expect(clock!.countTimers()).to.equal(0);
  });

  it('keeps no timer while off screen', async () => {
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const wrapper = await fixture<HTMLElement>(
      html`<div style="margin-top: 5000px"><sid-tip-carousel audience="children" autoplay></sid-tip-carousel></div>`,
    );
    const el = wrapper.querySelector('sid-tip-carousel')!;
    await el.updateComplete;
    for (let attempt = 0; attempt < 20 && clock.countTimers() > 0; attempt++) await new Promise(requestAnimationFrame);
    expect(clock.countTimers()).to.equal(0);
  });
});

describe('<sid-tip-carousel> content', () => {
  it('shows one tip of the day, the same for every visitor that day', async () => {
    const a = await carousel(html`<sid-tip-carousel tip-of-the-day audience="parents"></sid-tip-carousel>`);
    const b = await carousel(html`<sid-tip-carousel tip-of-the-day audience="parents"></sid-tip-carousel>`);
    expect(title(a)).to.equal(title(b));
    expect(part(a, 'next-button')).to.equal(null);
    expect(slideLabel(a)).to.equal('1 of 1');
  });

  it('keeps the tip of the day from early morning to late evening, and changes it over the days', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['Date'] });
    try {
      const parents = tips.filter((tip) => tip.audience === 'parents');
      const shown = async (day: number, hour: number) => {
        clock.setSystemTime(new Date(2027, 1, day, hour, 5));
        const el = await carousel(html`<sid-tip-carousel tip-of-the-day audience="parents"></sid-tip-carousel>`);
        return title(el);
      };
      const week: string[] = [];
      for (let day = 8; day < 15; day++) {
        const morning = await shown(day, 0);
        expect(await shown(day, 23), `9 February 2027 + ${day - 9}`).to.equal(morning);
        const date = `2027-02-${String(day).padStart(2, '0')}`;
        expect(morning).to.equal(parents[tipOfTheDayIndex(date, parents.length)]!.title);
        week.push(morning);
      }
      expect(new Set(week).size).to.be.greaterThan(2);
    } finally {
      clock.restore();
    }
  });

  it("shows the new day's tip when the visitor comes back to a tab left open overnight", async () => {
    const clock = sinon.useFakeTimers({ toFake: ['Date'] });
    try {
      const children = tips.filter((tip) => tip.audience === 'children');
      const index = (day: number) => tipOfTheDayIndex(`2027-02-${String(day).padStart(2, '0')}`, children.length);
      const next = [9, 10, 11, 12, 13].find((day) => index(day + 1) !== index(day))!;
      clock.setSystemTime(new Date(2027, 1, next, 22, 0));
      const el = await carousel(html`<sid-tip-carousel tip-of-the-day audience="children"></sid-tip-carousel>`);
      expect(title(el)).to.equal(children[index(next)]!.title);
      clock.setSystemTime(new Date(2027, 1, next + 1, 7, 30));
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(title(el)).to.equal(children[index(next + 1)]!.title);
    } finally {
      clock.restore();
    }
  });

  it('shuffles the order', async () => {
    const orders = new Set<string>();
    for (let attempt = 0; attempt < 5; attempt++) {
      const el = await carousel(html`<sid-tip-carousel shuffle></sid-tip-carousel>`);
      orders.add(title(el));
    }
    expect(orders.size).to.be.greaterThan(1);
  });

  it('shows partner tips written in HTML, as text only', async () => {
    const el = await carousel(
      html`<sid-tip-carousel>
        <sid-tip heading="Our helpline <b>now</b>" audience="parents"
          >Call us on <b>0123</b> &lt;img src="x" onerror="window.inert = 1"&gt; any day.</sid-tip
        >
        <sid-tip heading="Second">Another tip.</sid-tip>
      </sid-tip-carousel>`,
    );
    expect(title(el)).to.equal('Our helpline <b>now</b>');
    // the partner's markup as text: neither the <b> nor the written-out <img> becomes an element in the carousel
    expect(part(el, 'text')!.textContent!.trim()).to.equal(
      'Call us on 0123 <img src="x" onerror="window.inert = 1"> any day.',
    );
    expect(el.shadowRoot!.querySelector('b, img')).to.equal(null);
    expect(slideLabel(el)).to.equal('1 of 2');
    // an <img> made from that text would have failed to load by now, and run its onerror
    await new Promise((done) => setTimeout(done, 300));
    expect((window as unknown as { inert?: number }).inert).to.equal(undefined);
  });

  it("follows changes to the partner's HTML tips, and filters them by audience", async () => {
    const el = await carousel(
      html`<sid-tip-carousel audience="parents">
        <sid-tip heading="For parents" audience="parents">Parents' evening is on Thursday.</sid-tip>
        <sid-tip heading="For children" audience="children">Ask your teacher.</sid-tip>
        <sid-tip heading="For everyone">Be kind.</sid-tip>
      </sid-tip-carousel>`,
    );
    expect(slideLabel(el)).to.equal('1 of 2');
    expect(title(el)).to.equal('For parents');
    el.querySelector('sid-tip')!.textContent = "Parents' evening has moved to Friday.";
    await waitFor(() => part(el, 'text')!.textContent!.includes('Friday'));
    el.querySelector('sid-tip[audience="children"]')!.setAttribute('audience', 'parents');
    await waitFor(() => slideLabel(el) === '1 of 3');
  });

  it('warns about a partner tip without a heading, or with an unknown audience or topic, and still shows the rest', async () => {
    let el!: SidTipCarousel;
    const warnings = await captureWarnings(async () => {
      el = await carousel(
        html`<sid-tip-carousel>
          <sid-tip title="Wrong attribute">No heading, so left out.</sid-tip>
          <sid-tip heading="Kids" audience="kids" topic="safety">For everyone, then.</sid-tip>
        </sid-tip-carousel>`,
      );
    });
    expect(warnings).to.deep.equal([
      '<sid-tip-carousel> <sid-tip> heading="" is not valid: tip 1 needs a heading attribute and some text; it is left out.',
      '<sid-tip-carousel> <sid-tip> audience="kids" is not valid: expected one of children, teens, parents, educators; the tip shows for every audience.',
      '<sid-tip-carousel> <sid-tip> topic="safety" is not valid: expected one of privacy, passwords, kindness, misinformation, scams, wellbeing, help; the tip shows for every topic.',
    ]);
    expect([title(el), slideLabel(el)]).to.deep.equal(['Kids', '1 of 1']);
  });

  it('drops the topic filter before the audience one when no tip matches both, with a warning', async () => {
    const partnerTips = html`<sid-tip heading="Ask us" audience="children" topic="help">Our door is open.</sid-tip
      ><sid-tip heading="Free coins?" audience="teens" topic="scams">They are a trick.</sid-tip>`;
    let el!: SidTipCarousel;
    let warnings = await captureWarnings(async () => {
      el = await carousel(html`<sid-tip-carousel audience="children" topics="scams">${partnerTips}</sid-tip-carousel>`);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('topics="scams"');
    expect([title(el), slideLabel(el)], "the children's tip, not the teens' one on the topic").to.deep.equal([
      'Ask us',
      '1 of 1',
    ]);
    warnings = await captureWarnings(async () => {
      el = await carousel(html`<sid-tip-carousel audience="parents">${partnerTips}</sid-tip-carousel>`);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('audience="parents"');
    expect(slideLabel(el)).to.equal('1 of 2');
  });

  it('keeps the shuffled order when an unrelated attribute such as theme changes', async () => {
    const el = await carousel(html`<sid-tip-carousel shuffle></sid-tip-carousel>`);
    part(el, 'next-button')!.click();
    await el.updateComplete;
    const before = title(el);
    el.setAttribute('theme', 'dark');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(title(el)).to.equal(before);
  });
});

describe('<sid-tip-carousel> src', () => {
  it('shows the tips from a JSON file, as text only', async () => {
    const el = await carousel(html`<sid-tip-carousel src="/test/fixtures/tips-partner.json"></sid-tip-carousel>`);
    await waitFor(() => title(el) === 'Ask us <b>anything</b>');
    expect(part(el, 'text')!.textContent).to.contain('<img src=x onerror=alert(1)>');
    expect(el.shadowRoot!.querySelector('b, img')).to.equal(null);
    expect(slideLabel(el)).to.equal('1 of 2');
  });

  const failures: [string, () => string][] = [
    ['a network error', () => 'http://127.0.0.1:9/tips.json'],
    ['a missing file', () => '/test/fixtures/tips-missing.json'],
    [
      'a file that is not JSON',
      () => URL.createObjectURL(new Blob(['<html>not json</html>'], { type: 'application/json' })),
    ],
    [
      'a file with the wrong schema',
      () => URL.createObjectURL(new Blob([JSON.stringify({ items: [] })], { type: 'application/json' })),
    ],
    [
      'a file over 256 KB',
      () =>
        URL.createObjectURL(
          new Blob([JSON.stringify({ tips: [{ title: 'Big', text: 'x'.repeat(270_000) }] })], {
            type: 'application/json',
          }),
        ),
    ],
  ];
  for (const [name, url] of failures) {
    it(`keeps the built-in tips after ${name}, with one warning`, async () => {
      const src = url();
      let el!: SidTipCarousel;
      const warnings = await captureWarnings(async () => {
        el = await carousel(html`<sid-tip-carousel src=${src}></sid-tip-carousel>`);
        await waitFor(() => false, 1500).catch(() => undefined);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<sid-tip-carousel>').and.to.contain(`src="${src}"`);
      expect(title(el)).to.equal(tips[0]!.title);
    });
  }
});

describe('<sid-tip-carousel> src, with a stand-in server', () => {
  afterEach(() => sinon.restore());

  const json = (body: unknown, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json', ...headers } });

  it("shows the carousel's name, busy, while the file loads, and never our tips before the partner's", async () => {
    let answer!: (response: Response) => void;
    sinon.stub(window, 'fetch').returns(new Promise((resolve) => (answer = resolve)));
    const el = await carousel(html`<sid-tip-carousel src="/partner.json"></sid-tip-carousel>`);
    expect(part(el, 'title')).to.equal(null);
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
    expect(visibleText(el)).to.equal('Online safety tips');
    answer(json({ tips: [{ title: 'Our tip', text: 'Ours.' }] }));
    await waitFor(() => part(el, 'title')?.textContent === 'Our tip');
    expect(part(el, 'base')!.hasAttribute('aria-busy')).to.equal(false);
  });

  it('fetches without cookies, and only when src is set', async () => {
    const fetch = sinon.stub(window, 'fetch').resolves(json({ tips: [{ title: 'Our tip', text: 'Ours.' }] }));
    await carousel(html`<sid-tip-carousel></sid-tip-carousel>`);
    expect(fetch.callCount).to.equal(0);
    const el = await carousel(html`<sid-tip-carousel src="partner.json"></sid-tip-carousel>`);
    await waitFor(() => title(el) === 'Our tip');
    expect(fetch.callCount).to.equal(1);
    expect(String(fetch.firstCall.args[0])).to.equal(new URL('partner.json', document.baseURI).href);
    expect(fetch.firstCall.args[1]!.credentials).to.equal('omit');
  });

  it('gives up on a file that takes longer than 10 seconds, with one warning', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    sinon
      .stub(window, 'fetch')
      .callsFake(
        (_input, init) =>
          new Promise((_, reject) =>
            init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
          ),
      );
    let el!: SidTipCarousel;
    const warnings = await captureWarnings(async () => {
      el = await carousel(html`<sid-tip-carousel src="/slow.json"></sid-tip-carousel>`);
      await clock.tickAsync(10_000);
      await el.updateComplete;
    });
    clock.restore();
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('src="/slow.json"').and.to.contain('10 seconds');
    expect(title(el)).to.equal(tips[0]!.title);
  });

  it('refuses a file whose Content-Length is over 256 KB without reading it', async () => {
    const response = json(
      { tips: [{ title: 'Small', text: 'But it says it is big.' }] },
      { 'content-length': String(300 * 1024) },
    );
    const read = sinon.spy(response, 'text');
    sinon.stub(window, 'fetch').resolves(response);
    let el!: SidTipCarousel;
    const warnings = await captureWarnings(async () => {
      el = await carousel(html`<sid-tip-carousel src="/big.json"></sid-tip-carousel>`);
      await waitFor(() => !!part(el, 'title'));
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('256 KB');
    expect(read.callCount).to.equal(0);
    expect(title(el)).to.equal(tips[0]!.title);
  });

  it('shows the file of the latest src when src changes while one loads', async () => {
    const answers: ((response: Response) => void)[] = [];
    sinon.stub(window, 'fetch').callsFake(() => new Promise((resolve) => answers.push(resolve)));
    const el = await carousel(html`<sid-tip-carousel src="/first.json"></sid-tip-carousel>`);
    el.src = '/second.json';
    await el.updateComplete;
    answers[1]!(json({ tips: [{ title: 'Second', text: 'Second file.' }] }));
    await waitFor(() => part(el, 'title')?.textContent === 'Second');
    answers[0]!(json({ tips: [{ title: 'First', text: 'First file.' }] }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(title(el)).to.equal('Second');
  });
});

async function waitFor(check: () => boolean, timeout = 3000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('<sid-tip-carousel> bad attribute values', () => {
  const cases: [string, ReturnType<typeof html>, string][] = [
    ['audience', html`<sid-tip-carousel audience="aliens"></sid-tip-carousel>`, 'aliens'],
    ['topics', html`<sid-tip-carousel topics="gardening"></sid-tip-carousel>`, 'gardening'],
    ['interval', html`<sid-tip-carousel autoplay interval="fast"></sid-tip-carousel>`, 'fast'],
    ['interval', html`<sid-tip-carousel autoplay interval="1"></sid-tip-carousel>`, '1'],
    ['theme', html`<sid-tip-carousel theme="rainbow"></sid-tip-carousel>`, 'rainbow'],
  ];
  for (const [attribute, template, value] of cases) {
    it(`warns once about ${attribute}="${value}" and still shows tips`, async () => {
      let el!: SidTipCarousel;
      const warnings = await captureWarnings(async () => {
        el = await carousel(template);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings.filter((warning) => warning.includes(`${attribute}="${value}"`))).to.have.length(1);
      expect(warnings[0]).to.contain('<sid-tip-carousel>');
      expect(title(el)).to.not.equal('');
    });
  }
});

describe('<sid-tip-carousel> accessibility', () => {
  for (const theme of ['light', 'dark']) {
    it(`passes axe, ${theme}`, async () => {
      const el = await carousel(html`<sid-tip-carousel theme=${theme}></sid-tip-carousel>`);
      await expect(el).to.be.accessible();
    });
    it(`passes axe with autoplay, ${theme}`, async () => {
      const el = await carousel(
        html`<sid-tip-carousel theme=${theme} autoplay audience="children"></sid-tip-carousel>`,
      );
      await expect(el).to.be.accessible();
    });
    it(`passes axe with a tip of the day, ${theme}`, async () => {
      const el = await carousel(html`<sid-tip-carousel theme=${theme} tip-of-the-day></sid-tip-carousel>`);
      await expect(el).to.be.accessible();
    });
    it(`passes axe stopped by the visitor, with focus on a button, ${theme}`, async () => {
      const el = await carousel(html`<sid-tip-carousel theme=${theme} autoplay audience="teens"></sid-tip-carousel>`);
      part(el, 'rotation-button')!.click();
      part(el, 'next-button')!.focus();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
    it(`passes axe right to left with partner tips, ${theme}`, async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir="rtl" lang="ar">
          <sid-tip-carousel theme=${theme}
            ><sid-tip heading="نصيحة">كن لطيفًا على الإنترنت.</sid-tip
            ><sid-tip heading="Two">Second.</sid-tip></sid-tip-carousel
          >
        </div>`,
      );
      const el = wrapper.querySelector('sid-tip-carousel')!;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }
});

describe('<sid-tip-carousel> text direction', () => {
  it("shows our tip in the page's language, right to left in Hebrew", async () => {
    const el = await carousel(html`<sid-tip-carousel lang="he"></sid-tip-carousel>`);
    const hebrew = (await import('../src/locales/he.js')).default;
    const text = part(el, 'text')!;
    expect(getComputedStyle(part(el, 'base')!).direction).to.equal('rtl');
    expect(text.textContent).to.equal(hebrew.tips['children-trusted-adult']!.text);
    expect(getComputedStyle(text).direction).to.equal('rtl');
    expect(text.lang, "in the page's language, not marked English").to.equal('');
  });

  it("lets a partner's English tip in a Hebrew page find its own direction", async () => {
    const el = await carousel(
      html`<sid-tip-carousel lang="he"><sid-tip heading="Be kind">Kindness is contagious.</sid-tip></sid-tip-carousel>`,
    );
    const text = part(el, 'text')!;
    expect(getComputedStyle(part(el, 'base')!).direction).to.equal('rtl');
    expect(text.getAttribute('dir')).to.equal('auto');
    expect(getComputedStyle(text).direction, 'English text runs left to right').to.equal('ltr');
  });
});

describe('<sid-tip-carousel> height', () => {
  it('keeps the height of its tallest tip at every width, so that rotation never moves the page', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 320px"><sid-tip-carousel lang="de" audience="parents"></sid-tip-carousel></div>`,
    );
    const el = wrapper.firstElementChild as SidTipCarousel;
    await settle(el);
    const count = tips.filter((tip) => tip.audience === 'parents').length;
    for (const width of ['320px', '640px']) {
      wrapper.style.width = width;
      await el.updateComplete;
      const heights = new Set<number>();
      for (let i = 0; i < count; i++) {
        heights.add(Math.round(el.getBoundingClientRect().height));
        // the tip shown fits in it
        const slide = part(el, 'slide')!;
        expect(slide.scrollHeight, `tip ${i + 1} at ${width}`).to.be.at.most(part(el, 'slides')!.clientHeight + 1);
        part(el, 'next-button')!.click();
        await el.updateComplete;
      }
      expect([...heights], `heights at ${width}`).to.have.length(1);
    }
  });

  it('keeps the invisible copies out of reach of screen readers and the keyboard', async () => {
    const el = await carousel(html`<sid-tip-carousel audience="children"></sid-tip-carousel>`);
    const sizer = el.shadowRoot!.querySelector('.sizer')!;
    expect(sizer.getAttribute('aria-hidden')).to.equal('true');
    expect(sizer.hasAttribute('inert')).to.equal(true);
    expect(getComputedStyle(sizer).visibility).to.equal('hidden');
  });
});
