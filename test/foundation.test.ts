import { expect } from '@open-wc/testing';
import { define } from '../src/internal/define.js';
import { VERSION } from '../src/internal/version.js';
import { AUDIENCES } from '../src/locales/schema.js';
import { captureWarnings, loadFrame as load, removeFrames, TAGS, visibleText } from './helpers.js';

const loadFrame = async (src: string) => (await load(src)).frame;

/** The paths a frame has fetched. */
const fetched = (frame: HTMLIFrameElement) =>
  frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

function frameText(frame: HTMLIFrameElement, tag: string): string {
  return visibleText(frame.contentDocument!.querySelector(tag)!);
}

describe('the package', () => {
  it('knows its own version', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});

describe('the CDN bundles', () => {
  afterEach(removeFrames);

  it('render every element from a bare page with one module script', async () => {
    const frame = await loadFrame('/test/fixtures/bare-module.html');
    expect(frameText(frame, 'sid-countdown')).to.contain('Safer Internet Day').and.to.contain('7 days 14 hours');
    expect(frameText(frame, 'sid-theme-banner')).to.contain('Safer Internet Day');
    expect(frameText(frame, 'sid-tip-carousel')).to.not.equal('');
  });

  it('render every element from a bare page with one classic deferred script', async () => {
    const frame = await loadFrame('/test/fixtures/bare-classic.html');
    expect(frameText(frame, 'sid-countdown')).to.contain('Safer Internet Day');
    expect(frameText(frame, 'sid-theme-banner')).to.contain('Safer Internet Day');
  });

  it('reach every language from the classic script, reading it as data from beside the script', async () => {
    const frame = await loadFrame('/test/fixtures/bare-classic-de.html');
    const countdown = frame.contentDocument!.querySelector('sid-countdown') as unknown as {
      updateComplete: Promise<unknown>;
    };
    await countdown.updateComplete;
    expect(frameText(frame, 'sid-countdown')).to.contain('Tage').and.to.contain('Dienstag, 9. Februar 2027');
    const carousel = frame.contentDocument!.querySelector('sid-tip-carousel') as unknown as {
      updateComplete: Promise<unknown>;
    };
    await carousel.updateComplete;
    expect(frameText(frame, 'sid-tip-carousel')).to.contain('Erzähl es jemandem, dem du vertraust');
    const loaded = fetched(frame);
    expect(loaded).to.include.members([
      '/cdn/locales/de.json',
      ...AUDIENCES.map((audience) => `/cdn/locales/de-tips-${audience}.json`),
    ]);
    // the test runner's own socket aside
    const code = loaded.filter((path) => path.endsWith('.js') && !path.startsWith('/__web-dev-server'));
    expect(code, 'no code but the script itself').to.deep.equal(['/cdn/sid-widgets.iife.js']);
  });

  it('fetch only the part of a language an element needs: a countdown no tips, a children carousel only theirs', async () => {
    const countdownPage = await loadFrame('/test/fixtures/bare-module-de-countdown.html');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(frameText(countdownPage, 'sid-countdown')).to.contain('Tage');
    expect(fetched(countdownPage).filter((path) => path.includes('/locales/'))).to.deep.equal(['/cdn/locales/de.js']);

    const carouselPage = await loadFrame('/test/fixtures/bare-module-el.html');
    const carousel = carouselPage.contentDocument!.querySelector('sid-tip-carousel') as unknown as {
      updateComplete: Promise<unknown>;
    };
    await new Promise((resolve) => setTimeout(resolve, 50));
    await carousel.updateComplete;
    const greek = await import('../src/locales/el.js');
    expect(frameText(carouselPage, 'sid-tip-carousel')).to.contain(greek.default.tips['children-trusted-adult']!.title);
    expect(
      fetched(carouselPage)
        .filter((path) => path.includes('/locales/'))
        .sort(),
    ).to.deep.equal(['/cdn/locales/el-tips-children.js', '/cdn/locales/el.js']);
  });

  it('survive being loaded four times beside the npm build: no error, one working element per tag', async function () {
    // the npm build is hundreds of modules through the test server: 5.2 s in WebKit beside two other browsers
    this.timeout(30_000);
    const frame = await loadFrame('/test/fixtures/double-load.html');
    const { recorded } = frame.contentWindow as unknown as { recorded: { errors: string[]; warnings: string[] } };
    expect(recorded.errors).to.deep.equal([]);
    expect(recorded.warnings.length).to.be.at.most(1);
    for (const tag of TAGS)
      expect(frameText(frame, tag), tag).to.contain(tag === 'sid-tip-carousel' ? '' : 'Safer Internet Day');
    expect(frameText(frame, 'sid-countdown')).to.match(/\d/);
  });

  it('carry no bare imports and run Lit in production mode', async () => {
    for (const file of ['sid-widgets.js', 'sid-widgets.iife.js']) {
      const code = await (await fetch(`/cdn/${file}`)).text();
      expect(code, file).to.not.match(/\bfrom\s*["'](?![./])/);
      expect(code, file).to.not.match(/\bimport\s*\(\s*["'](?![./])/);
      expect(code, file).to.not.contain('Lit is in dev mode');
    }
  });

  it('list a correct sha384 integrity value for every file', async function () {
    // over 800 files through the test server (10 s in Chromium beside two other browsers): values, not speed
    this.timeout(60_000);
    const integrity: Record<string, string> = await (await fetch('/cdn/integrity.json')).json();
    expect(Object.keys(integrity)).to.include.members(['sid-widgets.js', 'sid-widgets.iife.js']);
    // every file at once: cdn/ holds over 500 files, one at a time is slow in Firefox
    const checked = Object.entries(integrity).map(async ([file, value]) => {
      const bytes = await (await fetch(`/cdn/${file}`)).arrayBuffer();
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
      return [file, value === `sha384-${btoa(String.fromCharCode(...digest))}`] as const;
    });
    const wrong = (await Promise.all(checked)).filter(([, ok]) => !ok).map(([file]) => file);
    expect(wrong, 'files whose integrity value is wrong').to.deep.equal([]);
    expect(Object.keys(integrity).length).to.be.above(500);
  });
});

describe('define()', () => {
  it('does not throw when a tag is defined twice, and keeps the first definition', async () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const warnings = await captureWarnings(() => {
      define('sid-test-twice', Object.assign(First, { version: VERSION }));
      define('sid-test-twice', Object.assign(Second, { version: VERSION }));
    });
    expect(customElements.get('sid-test-twice')).to.equal(First);
    expect(warnings).to.deep.equal([]);
  });

  it('warns once, naming both versions, when two versions meet', async () => {
    class Old extends HTMLElement {}
    const warnings = await captureWarnings(() => {
      define('sid-test-old-a', Object.assign(Old, { version: '0.0.1' }));
      define('sid-test-old-a', class extends HTMLElement {});
      define('sid-test-old-b', Object.assign(class extends HTMLElement {}, { version: '0.0.1' }));
      define('sid-test-old-b', class extends HTMLElement {});
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('0.0.1').and.to.contain(VERSION);
  });
});
