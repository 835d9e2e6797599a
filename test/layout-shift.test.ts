import { expect } from '@open-wc/testing';

describe('a page that loads the script late, following the :not(:defined) recipe', () => {
  it('does not move: cumulative layout shift 0, and the text below stays put', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '800px';
    frame.style.height = '900px';
    frame.src = '/test/fixtures/late-load.html';
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const win = frame.contentWindow as Window & typeof globalThis & { shifts: number[]; layoutShiftSupported: boolean; belowBefore: number };
      const doc = frame.contentDocument!;
      const fallback = doc.querySelector('sid-countdown')!.textContent;
      expect(fallback).to.contain('9 February 2027');
      for (const tag of ['sid-countdown', 'sid-theme-banner', 'sid-tip-carousel']) {
        await win.customElements.whenDefined(tag);
        await (doc.querySelector(tag) as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      const belowAfter = doc.querySelector('#below')!.getBoundingClientRect().top;
      expect(belowAfter).to.be.closeTo(win.belowBefore, 0.5);
      if (win.layoutShiftSupported) expect(win.shifts.reduce((sum, value) => sum + value, 0)).to.equal(0);
    } finally {
      frame.remove();
    }
  });
});
