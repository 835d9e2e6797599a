import { expect } from '@open-wc/testing';
import { rendered } from './helpers.js';

describe('a page that loads the script late, following the :not(:defined) recipe', () => {
  it('does not move: cumulative layout shift 0, and the text below stays put', async () => {
    const frame = Object.assign(document.createElement('iframe'), { src: '/test/fixtures/late-load.html' });
    frame.style.width = '800px';
    frame.style.height = '900px';
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const win = frame.contentWindow as Window &
        typeof globalThis & { shifts: number[]; layoutShiftSupported: boolean; belowBefore: number };
      const doc = frame.contentDocument!;
      const fallback = doc.querySelector('sid-countdown')!.textContent;
      expect(fallback).to.contain('9 February 2027');
      await rendered(doc, win.customElements);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const belowAfter = doc.querySelector('#below')!.getBoundingClientRect().top;
      expect(belowAfter).to.be.closeTo(win.belowBefore, 0.5);
      if (win.layoutShiftSupported) expect(win.shifts.reduce((sum, value) => sum + value, 0)).to.equal(0);
    } finally {
      frame.remove();
    }
  });
});
