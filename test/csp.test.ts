import { expect } from '@open-wc/testing';
import { visibleText } from './helpers.js';

const TAGS = ['sid-countdown', 'sid-theme-banner', 'sid-tip-carousel'];

describe('under a strict Content Security Policy with Trusted Types', () => {
  it('renders every element with no policy violation and no error', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/fixtures/csp.html';
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const win = frame.contentWindow as Window & typeof globalThis;
      await Promise.all(TAGS.map((tag) => win.customElements.whenDefined(tag)));
      const elements = [...frame.contentDocument!.querySelectorAll(TAGS.join(','))];
      await Promise.all(elements.map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));
      await new Promise((resolve) => setTimeout(resolve, 100));
      const { recorded } = win as unknown as { recorded: { errors: string[]; violations: string[] } };
      expect(recorded.violations).to.deep.equal([]);
      expect(recorded.errors).to.deep.equal([]);
      for (const el of elements) expect(visibleText(el), el.localName).to.match(/\S/);
      expect(visibleText(elements[1]!)).to.contain('Heute ist Safer Internet Day!');
      // The policy really is in force: an inline style is refused.
      const probe = frame.contentDocument!.createElement('style');
      probe.textContent = 'body { color: rgb(1, 2, 3); }';
      frame.contentDocument!.head.append(probe);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(getComputedStyle(frame.contentDocument!.body).color).to.not.equal('rgb(1, 2, 3)');
    } finally {
      frame.remove();
    }
  });
});
