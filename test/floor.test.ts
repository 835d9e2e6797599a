import { expect } from '@open-wc/testing';
import { loadFrame, removeFrames, visibleText } from './helpers.js';

type Recorded = { errors: string[]; warnings: string[]; violations: string[] };
const recorded = (frame: HTMLIFrameElement) => (frame.contentWindow as unknown as { recorded: Recorded }).recorded;

/** Waits, a frame at a time, until `condition` holds; mocha's timeout ends a wait for what never comes. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => requestAnimationFrame(resolve));
}

const base = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;

describe('on a browser of the floor (Safari 15, Chrome 88, Firefox 91), played by one without what came later', () => {
  afterEach(removeFrames);

  it('renders every element, styled, in each language, with no error', async () => {
    const { frame, elements } = await loadFrame('/test/fixtures/before-2022.html', '1000px');
    const [inBrussels, inBerlin, inDubai, banner, carousel] = elements as unknown as [
      Element,
      Element,
      Element,
      Element,
      Element,
    ];
    expect(frame.contentWindow!.document.adoptedStyleSheets, 'constructable stylesheets taken away').to.equal(
      undefined,
    );
    await until(() => /Tag/.test(visibleText(inBerlin)) && /[\u0600-\u06ff]/.test(visibleText(carousel)));
    await until(() => /\S/.test(visibleText(banner)) && /[\u0600-\u06ff]/.test(visibleText(inDubai)));

    // zone arithmetic from formatToParts: calendar days in the target's zone, across Berlin's clock change
    expect(visibleText(inBrussels)).to.contain('7 days 14 hours');
    expect(visibleText(inBerlin).replace(/\s+/g, ' ')).to.match(/\b1 Tag 11 Stunden\b/);
    expect(visibleText(inDubai)).to.contain('اليوم');
    expect(visibleText(banner)).to.match(/Safer Internet Day|Tag/);
    expect(getComputedStyle(base(carousel)).direction).to.equal('rtl');

    // the styles arrive as <style> elements with the page's nonce (which browsers hide from getAttribute), and apply
    for (const el of elements) {
      expect(el.shadowRoot!.querySelector('style')?.nonce, el.localName).to.equal('sid-floor');
    }
    expect(getComputedStyle(base(inBrussels)).display).to.equal('flex');
    expect(getComputedStyle(base(carousel)).display).to.equal('grid');
    expect(recorded(frame).errors).to.deep.equal([]);
    expect(recorded(frame).violations).to.deep.equal([]);
  });
});

describe('the classic script loaded twice under a strict policy with Trusted Types', () => {
  afterEach(removeFrames);

  it('renders with no policy violation: the second copy takes the first copy’s policy', async () => {
    const { frame, elements } = await loadFrame('/test/fixtures/csp-twice.html');
    expect(elements).to.have.length(3);
    for (const el of elements) expect(visibleText(el), el.localName).to.match(/\S/);
    expect(recorded(frame).violations).to.deep.equal([]);
    expect(recorded(frame).errors).to.deep.equal([]);
  });
});
