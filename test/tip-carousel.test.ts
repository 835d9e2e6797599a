import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/sid-tip-carousel.js';
import type { SidTipCarousel } from '../src/sid-tip-carousel.js';
import { tips } from '../src/tip-carousel/tips.en.js';
import { AUDIENCES, TOPICS, filterTips, parseTipsFile, tipOfTheDayIndex } from '../src/tip-carousel/tips.js';
import { captureWarnings, visibleText } from './helpers.js';

async function carousel(template: ReturnType<typeof html>): Promise<SidTipCarousel> {
  const el = await fixture<SidTipCarousel>(template);
  await el.updateComplete;
  return el;
}

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const title = (el: Element) => part(el, 'title')!.textContent!.trim();
const slideLabel = (el: Element) => part(el, 'slide')!.getAttribute('aria-label');
const live = (el: Element) => part(el, 'slides')!.getAttribute('aria-live');

describe('the tip library', () => {
  it('has at least 40 tips, at least 8 for each audience, across every topic', () => {
    expect(tips.length).to.be.at.least(40);
    for (const audience of AUDIENCES) expect(tips.filter((tip) => tip.audience === audience).length, audience).to.be.at.least(8);
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

  it('filters by audience and topic', () => {
    const scamsForTeens = filterTips(tips, ['teens'], ['scams']);
    expect(scamsForTeens.length).to.be.greaterThan(0);
    expect(scamsForTeens.every((tip) => tip.audience === 'teens' && tip.topic === 'scams')).to.equal(true);
    expect(filterTips(tips, [], [])).to.have.length(tips.length);
    expect(filterTips(tips, ['children', 'parents'], []).length).to.equal(tips.filter((tip) => ['children', 'parents'].includes(tip.audience!)).length);
  });

  it('picks the same tip of the day all day, and usually another the next day', () => {
    expect(tipOfTheDayIndex('2027-02-09', 44)).to.equal(tipOfTheDayIndex('2027-02-09', 44));
    const week = ['2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'].map((date) => tipOfTheDayIndex(date, 44));
    expect(new Set(week).size).to.be.greaterThan(1);
    expect(week.every((index) => index >= 0 && index < 44)).to.equal(true);
  });

  it('reads a partner tips file, and says what is wrong with a bad one', () => {
    expect(parseTipsFile('{"tips":[{"title":"Hi","text":"There."}]}')).to.deep.equal([{ id: 'tip-1', title: 'Hi', text: 'There.', audience: undefined, topic: undefined }]);
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
    expect(base.getAttribute('aria-label')).to.equal('Online safety tips');
    const slide = part(el, 'slide')!;
    expect(slide.getAttribute('role')).to.equal('group');
    expect(slide.getAttribute('aria-roledescription')).to.equal('slide');
    const count = tips.filter((tip) => tip.audience === 'children').length;
    expect(slideLabel(el)).to.equal(`1 of ${count}`);
    expect(visibleText(el)).to.contain('For children').and.to.contain(title(el));
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

  it('mirrors arrows, keys and swipes in a right-to-left page', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl"><sid-tip-carousel audience="educators"></sid-tip-carousel></div>`);
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
  slides.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, pointerType, clientX: x, clientY: y }));
  slides.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true, pointerType, clientX: x + dx, clientY: y + 5 }));
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

  it('pauses while the pointer is over it or focus is inside, then resumes', async () => {
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
    part(el, 'next-button')!.blur();
    await clock!.tickAsync(5000);
    await el.updateComplete;
    expect(title(el), 'resumed').to.not.equal(first);
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

  it('does not rotate, and shows no animation, when the visitor prefers reduced motion', async () => {
    const real = window.matchMedia.bind(window);
    sinon.stub(window, 'matchMedia').callsFake((query: string) => (query.includes('reduced-motion') ? ({ matches: true, media: query, addEventListener() {}, removeEventListener() {} } as unknown as MediaQueryList) : real(query)));
    const el = await rotating(html`<sid-tip-carousel audience="teens" autoplay></sid-tip-carousel>`);
    const first = title(el);
    await clock!.tickAsync(60_000);
    await el.updateComplete;
    expect(title(el)).to.equal(first);
    expect(part(el, 'rotation-button')!.getAttribute('aria-label')).to.equal('Start showing tips one after another');
    expect(live(el)).to.equal('polite');
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
    const wrapper = await fixture<HTMLElement>(html`<div style="margin-top: 5000px"><sid-tip-carousel audience="children" autoplay></sid-tip-carousel></div>`);
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

  it('shuffles the order', async () => {
    const orders = new Set<string>();
    for (let attempt = 0; attempt < 5; attempt++) {
      const el = await carousel(html`<sid-tip-carousel shuffle></sid-tip-carousel>`);
      orders.add(title(el));
    }
    expect(orders.size).to.be.greaterThan(1);
  });

  it('shows partner tips written in HTML, as text only', async () => {
    const el = await carousel(html`<sid-tip-carousel>
      <sid-tip heading="Our helpline <b>now</b>" audience="parents">Call us on 0123 <img src=x onerror="window.inert = 1"> any day.</sid-tip>
      <sid-tip heading="Second">Another tip.</sid-tip>
    </sid-tip-carousel>`);
    expect(title(el)).to.equal('Our helpline <b>now</b>');
    expect(part(el, 'text')!.textContent!.trim()).to.equal('Call us on 0123 any day.');
    expect(el.shadowRoot!.querySelector('b, img')).to.equal(null);
    expect(slideLabel(el)).to.equal('1 of 2');
    expect((window as unknown as { inert?: number }).inert).to.equal(undefined);
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
    ['a file that is not JSON', () => URL.createObjectURL(new Blob(['<html>not json</html>'], { type: 'application/json' }))],
    ['a file with the wrong schema', () => URL.createObjectURL(new Blob([JSON.stringify({ items: [] })], { type: 'application/json' }))],
    ['a file over 256 KB', () => URL.createObjectURL(new Blob([JSON.stringify({ tips: [{ title: 'Big', text: 'x'.repeat(270_000) }] })], { type: 'application/json' }))],
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
      const el = await carousel(html`<sid-tip-carousel theme=${theme} autoplay audience="children"></sid-tip-carousel>`);
      await expect(el).to.be.accessible();
    });
    it(`passes axe with a tip of the day, ${theme}`, async () => {
      const el = await carousel(html`<sid-tip-carousel theme=${theme} tip-of-the-day></sid-tip-carousel>`);
      await expect(el).to.be.accessible();
    });
  }
});

describe('<sid-tip-carousel> text direction', () => {
  it('marks an untranslated tip as English and lets each text find its own direction', async () => {
    const el = await carousel(html`<sid-tip-carousel lang="he"></sid-tip-carousel>`);
    const text = part(el, 'text')!;
    expect(getComputedStyle(part(el, 'base')!).direction).to.equal('rtl');
    expect(text.getAttribute('dir')).to.equal('auto');
    expect(getComputedStyle(text).direction, 'English text runs left to right').to.equal('ltr');
    expect(text.lang).to.equal('en');
  });
});
