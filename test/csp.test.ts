import { expect } from '@open-wc/testing';
import { loadFrame, removeFrames, visibleText } from './helpers.js';

describe('under a strict Content Security Policy with Trusted Types', () => {
  afterEach(removeFrames);

  it('renders every element with no policy violation and no error', async () => {
    const { frame, elements } = await loadFrame('/test/fixtures/csp.html');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const { recorded } = frame.contentWindow as unknown as { recorded: { errors: string[]; violations: string[] } };
    expect(recorded.violations).to.deep.equal([]);
    expect(recorded.errors).to.deep.equal([]);
    expect(elements).to.have.length(4);
    for (const el of elements) expect(visibleText(el), el.localName).to.match(/\S/);
    expect(visibleText(elements[1]!)).to.contain('Heute ist Safer Internet Day!');
    // The policy really is in force: an inline style is refused.
    const doc = frame.contentDocument!;
    const probe = doc.createElement('style');
    probe.textContent = 'body { color: rgb(1, 2, 3); }';
    doc.head.append(probe);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(getComputedStyle(doc.body).color).to.not.equal('rgb(1, 2, 3)');
  });
});
