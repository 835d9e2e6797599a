// `npm run test:floor`: the built CDN files in real old Chromium builds, the floor the library promises (Chromium 88
// and 92, from scripts/floor-browsers.js), and in Debian's current Chromium, when installed, as a control: a check that
// fails there too is the page's or the library's fault, not the floor's. puppeteer cannot drive builds that old, so
// each page (`html`, below) runs its own checks (check.js) and writes a JSON report into the DOM, which the browser
// prints with --dump-dom. Prints one line per check, then "N passed, N failed". Run `npm run build` first.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM } from '../../scripts/chromium.js';
import { FLOOR_BROWSERS, floorBrowser } from '../../scripts/floor-browsers.js';
import { startServer } from '../../scripts/static-server.js';

/** How each page loads the build: the module entry (all three), the per-element entries, the classic script. */
const PAGES = {
  'module entry': '<script type="module" src="/cdn/sid-widgets.js"></script>',
  'per-element entries': ['sid-countdown', 'sid-theme-banner', 'sid-tip-carousel']
    .map((entry) => `<script type="module" src="/cdn/${entry}.js"></script>`)
    .join(''),
  'classic script': '<script src="/cdn/sid-widgets.iife.js" defer></script>',
};
/** What every page shows, in English, German and Arabic (right to left, from lang alone); check.js checks it. */
const ELEMENTS = `<sid-countdown now="2027-02-01T09:00:00Z" time-zone="Europe/Brussels" calendar></sid-countdown>
  <sid-countdown now="2027-02-09T10:00:00Z" time-zone="Europe/Brussels"></sid-countdown>
  <sid-theme-banner year="2026" dismissible></sid-theme-banner>
  <sid-tip-carousel autoplay></sid-tip-carousel>`;
/** A page of the floor test: record.js first (it catches every error and warning), then the build, then the checks. */
const html = (name) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>sid-widgets on the floor: ${name}</title>
    <link rel="icon" href="data:," />
    <script src="/test/floor/record.js"></script>
    ${PAGES[name]}
  </head>
  <body>
    ${['en', 'de', 'ar'].map((lang) => `<section lang="${lang}">${ELEMENTS}</section>`).join('\n')}
    <script src="/test/floor/check.js"></script>
  </body>
</html>`;
const CONTROL = CHROMIUM;
/** Virtual milliseconds: the pages' waits are bounded well below it (2,000 turns of 20 ms). */
const VIRTUAL_BUDGET = 60_000;
/** Real milliseconds before a browser is killed, so that a hang cannot stall CI. */
const WALL_CLOCK = 60_000;
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--single-process',
  '--no-zygote',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--lang=en-US',
  `--virtual-time-budget=${VIRTUAL_BUDGET}`,
];
// GPU and SharedImageStub lines are printed by every run without a GPU, and the old builds find no locale files
const NOISE = /gpu|SharedImage|egl_util|vaapi|locale_file_path|dbus|\[: |unexpected operator|^\s*$/i;

/** Runs one browser on one page; resolves to its dumped DOM, the meaningful lines of its stderr and how it ended. */
function dumpDom(executable, headless, url, dir) {
  const file = join(dir, 'dom.html');
  const out = openSync(file, 'w');
  const args = [headless, ...FLAGS, `--user-data-dir=${join(dir, 'profile')}`, '--dump-dom', url];
  // its own process group, so that the kill after a hang takes whatever it started with it
  const child = spawn(executable, args, { stdio: ['ignore', out, 'pipe'], detached: true });
  const stderr = [];
  child.stderr.setEncoding('utf8').on('data', (chunk) => {
    for (const line of chunk.split('\n')) if (!NOISE.test(line) && stderr.length < 20) stderr.push(line.trim());
  });
  return new Promise((done) => {
    let hung = false;
    const timer = setTimeout(() => {
      hung = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // it ended on its own meanwhile
      }
    }, WALL_CLOCK);
    let ended = false;
    // a browser that cannot be started may report both an error and an exit
    const end = (code, error) => {
      if (ended) return;
      ended = true;
      clearTimeout(timer);
      closeSync(out);
      const dom = existsSync(file) ? readFileSync(file, 'utf8') : '';
      done({ dom, stderr, hung, code, error });
    };
    child.on('error', (error) => end(null, error));
    child.on('exit', (code) => end(code));
  });
}

function browsers() {
  const list = FLOOR_BROWSERS.map((browser) => ({
    name: browser.name,
    headless: '--headless',
    executable: floorBrowser(browser),
  }));
  if (existsSync(CONTROL))
    list.push({ name: 'current Chromium (control)', headless: '--headless=new', executable: CONTROL });
  else console.log(`No ${CONTROL}: the control run in a current Chromium is skipped.`);
  return list;
}

if (!existsSync('cdn/sid-widgets.js')) {
  console.error('No cdn/ build: run `npm run build` first.');
  process.exit(1);
}
const started = Date.now();
let passed = 0;
let failed = 0;
const line = (ok, text, detail) => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '✓' : '✗'} ${text}`);
  if (!ok && detail) console.log(`    ${String(detail).replace(/\n/g, '\n    ')}`);
};

const list = browsers();
const seen = new Set();
const server = await startServer({
  root: '.',
  page: (pathname) => {
    if (!pathname.startsWith('/floor/')) return undefined;
    const name = pathname.slice('/floor/'.length);
    return name in PAGES ? html(name) : null;
  },
});
try {
  for (const browser of list) {
    for (const page of Object.keys(PAGES)) {
      const where = `${browser.name}, ${page}`;
      const load = async () => {
        const dir = mkdtempSync(join(tmpdir(), 'sid-floor-'));
        const run = await dumpDom(
          browser.executable,
          browser.headless,
          `${server.origin}/floor/${encodeURIComponent(page)}`,
          dir,
        );
        rmSync(dir, { recursive: true, force: true });
        return { run, json: run.dom.match(/<script type="application\/json" id="report">([\s\S]*?)<\/script>/) };
      };
      let { run, json } = await load();
      // the 2021 builds' browser process itself crashes now and then (a signal in its own code, before the page has
      // reported): such a run is made once more, and said so; a page that makes the browser crash does so again
      if (!json && run.stderr.some((text) => /Received signal/.test(text))) {
        console.log(
          `  ${where}: the browser crashed (${run.stderr.join(' ').match(/SEGV\w*|signal \d+/)?.[0]}); once more`,
        );
        ({ run, json } = await load());
      }
      if (!json) {
        const why = run.error
          ? `could not be started: ${run.error.message}`
          : run.hung
            ? `was killed after ${WALL_CLOCK / 1000} s`
            : `exited (${run.code}) without the page's report`;
        line(false, `${where}: the browser ${why}`, run.stderr.join('\n'));
        continue;
      }
      const report = JSON.parse(json[1]);
      if (!seen.has(browser)) console.log(`\n${browser.name}: ${report.userAgent}`);
      seen.add(browser);
      for (const check of report.checks) line(check.ok, `${where}: ${check.name}`, check.detail);
    }
  }
} finally {
  await server.close();
}
console.log(`\n(${Math.round((Date.now() - started) / 1000)} s)`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
