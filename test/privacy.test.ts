import { expect } from '@open-wc/testing';

const TAGS = ['sid-countdown', 'sid-theme-banner', 'sid-tip-carousel'];

describe('privacy, with default attributes', () => {
  it('requests nothing beyond its own files, and touches no cookie and no storage', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/fixtures/privacy.html';
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const win = frame.contentWindow as Window & typeof globalThis & { touched: string[] };
      await Promise.all(TAGS.map((tag) => win.customElements.whenDefined(tag)));
      const elements = [...frame.contentDocument!.querySelectorAll(TAGS.join(','))];
      await Promise.all(elements.map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));
      await new Promise((resolve) => setTimeout(resolve, 300));
      const requests = win.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name))
        .filter((url) => !url.pathname.startsWith('/__web-dev-server')); // the test server's own script
      expect(requests.length).to.be.greaterThan(0);
      for (const url of requests) {
        expect(url.origin, url.href).to.equal(location.origin);
        expect(url.pathname, url.href).to.match(/^\/(cdn|test\/fixtures)\//);
      }
      expect(win.touched).to.deep.equal([]);
      expect(win.document.cookie).to.equal('');
      expect(win.localStorage.length + win.sessionStorage.length).to.equal(0);
    } finally {
      frame.remove();
    }
  });
});
