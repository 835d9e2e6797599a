// `npm run test:print`: what the three elements put on paper. A page with all three (dark, a countdown frozen a week
// before the day, a carousel of parents' tips turning by itself) is printed to PDF by headless Chromium, and the text
// is read back with pdftotext (poppler-utils): every tip for the audience, the day's date, the banner's address written
// out; no count of days, no button. Under print media, every element is light and nothing is cut at a page break.
// Run `npm run build` first.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { tips } from '../../dist/tip-carousel/tips.en.js';
import { OFFICIAL_PAGE } from '../../dist/calendar/days.js';
import { checks } from '../../scripts/checks.js';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/chromium.js';
import { startServer } from '../../scripts/static-server.js';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>print</title><link rel="icon" href="data:,">
<script type="module" src="/cdn/sid-widgets.js"></script></head><body>
<h1>Our Safer Internet Day</h1>
<sid-countdown theme="dark" now="2027-02-01T09:00:00Z" time-zone="UTC" calendar></sid-countdown>
<sid-theme-banner theme="dark" year="2027" calendar></sid-theme-banner>
<sid-tip-carousel theme="dark" audience="parents" autoplay interval="3"></sid-tip-carousel>
</body></html>`;

const { check, fail, finish } = checks('Print');

const server = await startServer({ root: resolve('.'), page: (path) => (path === '/print.html' ? PAGE : undefined) });
const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
const dir = mkdtempSync(join(tmpdir(), 'sid-print-'));
try {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(`${server.origin}/print.html`, { waitUntil: 'load' });
  // every element rendered, and the lazily loaded parts (the calendar links) arrived
  await tab.waitForFunction(
    () =>
      [...document.querySelectorAll('sid-countdown, sid-theme-banner, sid-tip-carousel')].every(
        (el) => el.shadowRoot?.textContent.trim() && !el.isUpdatePending,
      ) && document.querySelector('sid-countdown').shadowRoot.querySelector('[part="calendar"]'),
    { timeout: 30_000 },
  );

  const file = process.env.PRINT_PDF ?? join(dir, 'page.pdf');
  await tab.pdf({ path: file, format: 'A4' });
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const parents = tips.filter((tip) => tip.audience === 'parents');
  const missing = parents.filter((tip) => !text.includes(tip.title.replace(/\s+/g, ' ')));
  check(
    parents.length > 1 && missing.length === 0,
    `the carousel prints every tip for parents (${parents.length - missing.length} of ${parents.length}${missing.length ? `; missing: ${missing.map((tip) => tip.id).join(', ')}` : ''})`,
  );
  check(text.includes('Tuesday, February 9, 2027'), "the countdown prints the day's date");
  check(!/\d+\s*days?\s*\d+\s*hours?/.test(text), 'the countdown prints no count of days, which paper would keep');
  check(text.includes(OFFICIAL_PAGE), `the banner's address is written out (${OFFICIAL_PAGE})`);
  check(!/Add to calendar/.test(text), 'no "Add to calendar" link, which does nothing on paper');

  await tab.emulateMediaType('print');
  const printed = await tab.evaluate(() =>
    [...document.querySelectorAll('sid-countdown, sid-theme-banner, sid-tip-carousel')].map((el) => {
      const root = el.shadowRoot;
      const base = root.querySelector('[part~="base"]');
      const shown = (node) => node.getClientRects().length > 0 && getComputedStyle(node).visibility !== 'hidden';
      const style = getComputedStyle(base);
      return {
        tag: el.localName,
        background: style.backgroundColor,
        color: style.color,
        buttons: [...root.querySelectorAll('button')].filter(shown).length,
        unbroken: [base, ...root.querySelectorAll('.sizer > .slide')].every(
          (node) =>
            getComputedStyle(node).breakInside === 'avoid' || (node === base && el.localName === 'sid-tip-carousel'),
        ),
        slides: [...root.querySelectorAll('[part~="slide"]')].filter(shown).length,
      };
    }),
  );
  check(
    printed.every((el) => /^rgba?\(255, 255, 255/.test(el.background) || el.background === 'rgba(0, 0, 0, 0)') &&
      printed.every((el) => el.color === 'rgb(0, 0, 0)'),
    `dark themes print light (${printed.map((el) => `${el.tag} ${el.background} on ${el.color}`).join('; ')})`,
  );
  check(
    printed.every((el) => el.buttons === 0),
    `no button is printed (${printed.map((el) => `${el.tag} ${el.buttons}`).join(', ')})`,
  );
  check(
    printed.every((el) => el.unbroken),
    'no element, and no tip, is cut at a page break (break-inside: avoid)',
  );
  const carousel = printed.find((el) => el.tag === 'sid-tip-carousel');
  check(carousel.slides === parents.length, `the carousel prints each tip once, as a list (${carousel.slides} shown)`);
  check(errors.length === 0, `no error on the page${errors.length ? `: ${errors.join('; ')}` : ''}`);
} catch (error) {
  fail(error);
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
finish();
