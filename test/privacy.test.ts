import { expect } from '@open-wc/testing';
import { loadFrame, removeFrames } from './helpers.js';

describe('privacy, with default attributes', () => {
  afterEach(removeFrames);

  it('requests nothing beyond its own files, and touches no cookie and no storage', async () => {
    const { frame } = await loadFrame('/test/fixtures/privacy.html');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const win = frame.contentWindow as Window & typeof globalThis & { touched: string[] };
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
  });
});
