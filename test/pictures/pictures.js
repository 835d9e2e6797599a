// `npm run test:pictures`: the configurator's pictures for newsletters and posts. In headless Chromium, a French
// countdown and a French banner are configured and each picture downloaded at both sizes; each PNG must have its size,
// and its text, read back with tesseract (tesseract-ocr), must be the element's own words in French, with the date it
// counts to. The alternative text and the link are checked as the page shows them. Run `npm run build` first.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { OFFICIAL_PAGE } from '../../dist/calendar/days.js';
import { checks } from '../../scripts/checks.js';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/chromium.js';
import { startServer } from '../../scripts/static-server.js';

const { check, fail, finish } = checks('Pictures');
/** A PNG's width and height, from its IHDR chunk. */
const pngSize = (bytes) => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
/** The text tesseract reads in a picture, on one line, without accents (its English model reads é as e or é). */
const read = (file) =>
  execFileSync('tesseract', [file, '-', '--psm', '3'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ');

const server = await startServer({ root: resolve('.') });
const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
const dir = process.env.PICTURES_DIR ?? mkdtempSync(join(tmpdir(), 'sid-pictures-'));
try {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  const cdp = await tab.createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allowAndName', downloadPath: dir, eventsEnabled: true });
  const downloads = new Map();
  cdp.on('Browser.downloadWillBegin', ({ guid, suggestedFilename }) => downloads.set(guid, suggestedFilename));
  const done = (guid) =>
    new Promise((complete) =>
      cdp.on('Browser.downloadProgress', (event) => event.guid === guid && event.state === 'completed' && complete()),
    );
  await tab.goto(`${server.origin}/demo/configurator.html`, { waitUntil: 'load' });
  await tab.waitForFunction(() => document.documentElement.hasAttribute('data-ready'), { timeout: 30_000 });

  for (const [tag, settings, expected] of [
    [
      'sid-countdown',
      { 'attr-lang': 'fr', 'attr-now': '2027-02-01T09:00' },
      /Journee pour un Internet plus sur.*mardi 9 fevrier 2027/,
    ],
    [
      'sid-theme-banner',
      { 'attr-lang': 'fr', 'attr-year': '2027' },
      /Journee pour un Internet plus s.r 2027.*mardi 9 fevrier 2027.*Decouvrir comment participer/,
    ],
  ]) {
    await tab.evaluate(
      (tag, settings) => {
        const select = document.querySelector('#element');
        select.value = tag;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        for (const [id, value] of Object.entries(settings)) {
          const control = document.querySelector(`#${id}`);
          control.value = value;
          control.dispatchEvent(new Event('input', { bubbles: true }));
        }
      },
      tag,
      settings,
    );
    // the preview has rendered in French, and the words beside the buttons follow it
    await tab.waitForFunction(() => /Journée/.test(document.querySelector('#picture-alt').textContent), {
      timeout: 30_000,
    });
    const words = await tab.evaluate(() => ({
      alt: document.querySelector('#picture-alt').textContent,
      link: document.querySelector('#picture-link').textContent,
    }));
    check(
      tag === 'sid-countdown'
        ? words.alt === 'Journée pour un Internet plus sûr – mardi 9 février 2027' && words.link === OFFICIAL_PAGE
        : /^Journée pour un Internet plus sûr 2027/.test(words.alt) && words.link.startsWith('https://'),
      `${tag}: alternative text and link in French (${JSON.stringify(words)})`,
    );
    for (const [kind, size] of [
      ['post', [1200, 630]],
      ['email', [1200, 680]],
    ]) {
      const begun = new Promise((begin) => cdp.once('Browser.downloadWillBegin', ({ guid }) => begin(guid)));
      await tab.click(`[data-picture="${kind}"]`);
      const guid = await begun;
      await done(guid);
      const file = join(dir, guid);
      const bytes = readFileSync(file);
      const [width, height] = pngSize(bytes);
      check(
        bytes.subarray(1, 4).toString() === 'PNG' && width === size[0] && height === size[1],
        `${tag}, picture for ${kind}: a PNG of ${width} × ${height} (${size.join(' × ')} expected), named ${downloads.get(guid)}`,
      );
      const text = read(file);
      check(expected.test(text), `${tag}, picture for ${kind}: reads "${text.trim()}"`);
    }
  }
  check(errors.length === 0, `no error on the page${errors.length ? `: ${errors.join('; ')}` : ''}`);
} catch (error) {
  fail(error);
} finally {
  await browser.close();
  await server.close();
  if (!process.env.PICTURES_DIR) rmSync(dir, { recursive: true, force: true });
}
finish();
