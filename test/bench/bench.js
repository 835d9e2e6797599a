// `npm run bench`: what sid-widgets costs a partner's page, side by side with the peer elements that do the same job,
// in one run of headless Chromium with the CPU throttled 4× (a mid-range phone). Three pairs: our countdown and
// relative-time-element counting a duration; our carousel and Shoelace's, both turning every 3 s; all three of ours
// and a page with both peers. Pages are loaded in turn (one of each, then again), so that a busy moment of the machine
// falls on all of them alike; each figure is a median, with the blank page's subtracted. The load figure is every task
// of the main thread until two seconds after the load event (work put off past the load still counts); idle is the
// main thread's time per second after that. Every file a page fetches counts in its bytes.
// A benchmark, not a test: it prints the ratios against issue 24's targets and writes test/bench/results.json.
// BENCH_LOADS, BENCH_IDLE_SECONDS and BENCH_IDLE_RUNS change how long it runs; BENCH_PAIRS=countdown,carousel picks
// pairs. Run `npm run build` first.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/chromium.js';
import { startServer } from '../../scripts/static-server.js';
import { TARGETS } from '../../scripts/targets.js';

const ROOT = resolve('.');
const LOADS = Math.max(Number(process.env.BENCH_LOADS ?? 9), 1);
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 12);
const IDLE_RUNS = Number(process.env.BENCH_IDLE_RUNS ?? 3);
/** How long after the load event the load figure is read. */
const SETTLE_MS = 2000;
const CPU_SLOWDOWN = 4;
const CYCLES = 1000;
const SHOELACE = '/node_modules/@shoelace-style/shoelace/cdn/components';

/** Waits for every custom element of `tags` to be defined and rendered, then sets `window.rendered`. */
const ready = (tags, extra = '') => `<script type="module">
  const tags = ${JSON.stringify(tags)};
  await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
  const elements = [...document.querySelectorAll(tags.join(','))];
  for (let i = 0; i < 3; i++) {
    await Promise.all(elements.map((el) => el.updateComplete));
    await new Promise((done) => requestAnimationFrame(done));
  }
  ${extra}
  window.rendered = true;
</script>`;

const RELATIVE_TIME = {
  head: '<script type="module" src="/peer/relative-time.js"></script>',
  body: '<relative-time datetime="2027-02-09T00:00:00Z" format="duration" tense="future" precision="second"></relative-time>',
  ready:
    "while (!document.querySelector('relative-time').shadowRoot?.textContent) await new Promise((done) => requestAnimationFrame(done));",
};
const SHOELACE_CAROUSEL = {
  head: `<script type="module" src="${SHOELACE}/carousel/carousel.js"></script>
      <script type="module" src="${SHOELACE}/carousel-item/carousel-item.js"></script>`,
  body: `<sl-carousel autoplay autoplay-interval="3000" loop navigation pagination>
      ${'<sl-carousel-item><div style="height:8rem"></div></sl-carousel-item>'.repeat(5)}</sl-carousel>`,
};
const SLIDE_SHOWN =
  "while (!document.querySelector('sid-tip-carousel').shadowRoot?.querySelector('[part~=slide]')) await new Promise((done) => setTimeout(done, 10));";

const PAGES = {
  blank: { body: '<script type="module">window.rendered = true;</script>' },
  'sid-countdown': {
    head: '<script type="module" src="/cdn/sid-countdown.js"></script>',
    body: `<sid-countdown></sid-countdown>${ready(['sid-countdown'])}`,
  },
  'relative-time (duration)': {
    head: RELATIVE_TIME.head,
    body: `${RELATIVE_TIME.body}${ready(['relative-time'], RELATIVE_TIME.ready)}`,
  },
  'sid-tip-carousel (autoplay every 3 s)': {
    head: '<script type="module" src="/cdn/sid-tip-carousel.js"></script>',
    body: `<sid-tip-carousel autoplay interval="3"></sid-tip-carousel>${ready(['sid-tip-carousel'], SLIDE_SHOWN)}`,
  },
  'Shoelace sl-carousel (autoplay every 3 s, 5 slides)': {
    head: SHOELACE_CAROUSEL.head,
    body: `${SHOELACE_CAROUSEL.body}${ready(['sl-carousel', 'sl-carousel-item'])}`,
  },
  'sid all three (carousel autoplay every 3 s)': {
    head: '<script type="module" src="/cdn/sid-widgets.js"></script>',
    body: `<sid-countdown></sid-countdown><sid-theme-banner></sid-theme-banner>
      <sid-tip-carousel autoplay interval="3"></sid-tip-carousel>
      ${ready(['sid-countdown', 'sid-theme-banner', 'sid-tip-carousel'], SLIDE_SHOWN)}`,
  },
  'relative-time + Shoelace sl-carousel': {
    head: `${RELATIVE_TIME.head}${SHOELACE_CAROUSEL.head}`,
    body: `${RELATIVE_TIME.body}${SHOELACE_CAROUSEL.body}
      ${ready(['relative-time', 'sl-carousel', 'sl-carousel-item'], RELATIVE_TIME.ready)}`,
  },
  // what no Lit countdown avoids (test/bench/lit-*.js): Lit's own cost, and the smallest localised Lit countdown's
  'Lit, one element (no Intl)': {
    head: '<script type="module" src="/peer/lit-element-only.js"></script>',
    body: `<lit-element-only></lit-element-only>${ready(['lit-element-only'])}`,
  },
  'smallest Lit countdown (Intl units)': {
    head: '<script type="module" src="/peer/lit-countdown.js"></script>',
    body: `<lit-countdown></lit-countdown>${ready(['lit-countdown'])}`,
  },
};
const [BLANK, COUNTDOWN, RELATIVE, CAROUSEL, SHOELACE_PAGE, ALL, PEERS, LIT_ONLY, LIT_COUNTDOWN] = Object.keys(PAGES);

/** Issue 24's pairs: ours, the peer page, and the most ours may cost as a ratio of it (scripts/targets.js). */
const PAIRS = {
  countdown: { ours: COUNTDOWN, peer: RELATIVE, references: [LIT_ONLY, LIT_COUNTDOWN], ...TARGETS.countdown },
  carousel: { ours: CAROUSEL, peer: SHOELACE_PAGE, ...TARGETS.carousel },
  'all three': { ours: ALL, peer: PEERS, ...TARGETS['all three'] },
};
const chosen = process.env.BENCH_PAIRS
  ? Object.fromEntries(process.env.BENCH_PAIRS.split(',').map((name) => [name.trim(), PAIRS[name.trim()]]))
  : PAIRS;
const pageNames = [
  BLANK,
  ...new Set(Object.values(chosen).flatMap(({ ours, peer, references = [] }) => [ours, peer, ...references])),
];

const html = ({ head = '', body }) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bench</title><link rel="icon" href="data:,">${head}</head>
<body>${body}</body></html>`;

// relative-time-element ships an unminified bundle; a CDN serves it minified (jsDelivr's .min.js), so it is measured so;
// the two Lit reference pages are bundled with their Lit and minified the same way
const peerDir = join(ROOT, 'node_modules/.cache/sid-bench');
mkdirSync(peerDir, { recursive: true });
for (const [entry, name] of [
  ['node_modules/@github/relative-time-element/dist/bundle.js', 'relative-time.js'],
  ['test/bench/lit-element-only.js', 'lit-element-only.js'],
  ['test/bench/lit-countdown.js', 'lit-countdown.js'],
]) {
  await build({
    entryPoints: [entry],
    outfile: join(peerDir, name),
    bundle: true,
    minify: true,
    format: 'esm',
    logLevel: 'error',
  });
}

const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

async function taskMs(client) {
  const { metrics } = await client.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'TaskDuration').value * 1000;
}

/**
 * Loads a page in a fresh context, CPU throttled; returns main-thread ms from the start until two seconds after the
 * load event (and after its elements rendered), and the bytes fetched.
 */
async function load(browser, base, name) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  const client = await tab.createCDPSession();
  await client.send('Performance.enable');
  await client.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const bodies = new Map();
  tab.on('response', async (response) => {
    try {
      if (!response.url().includes('/bench/')) bodies.set(response.url(), await response.buffer());
    } catch {
      // redirects and aborted requests have no body
    }
  });
  const errors = [];
  tab.on('pageerror', (error) => errors.push(String(error)));
  await tab.goto(`${base}/bench/${encodeURIComponent(name)}`, { waitUntil: 'load' });
  try {
    await tab.waitForFunction('window.rendered === true', { timeout: 60_000, polling: 100 });
  } catch (error) {
    throw new Error(`${name} did not render: ${errors.join('; ') || error}`);
  }
  // the rest of the two seconds after the load event, measured by the page's own clock
  const left = await tab.evaluate(
    (settle) => settle - (performance.now() - performance.getEntriesByType('navigation')[0].loadEventEnd),
    SETTLE_MS,
  );
  if (left > 0) await new Promise((done) => setTimeout(done, left));
  const ms = await taskMs(client);
  if (errors.length) throw new Error(`${name}: ${errors.join('; ')}`);
  const files = [...bodies.values()];
  return { ms, bytes: files.reduce((sum, body) => sum + brotli(body), 0), files: files.length, client, context };
}

/** Main-thread ms per second while a page sits open after loading. */
async function idle(browser, base, name) {
  const { client, context } = await load(browser, base, name);
  await new Promise((done) => setTimeout(done, 1000));
  const before = await taskMs(client);
  await new Promise((done) => setTimeout(done, IDLE_SECONDS * 1000));
  const after = await taskMs(client);
  await context.close();
  return (after - before) / IDLE_SECONDS;
}

/**
 * Heap growth over 1,000 create/remove cycles of each element (unthrottled), after 1,000 warm-up cycles: the first
 * thousand fill the caches that stay bounded (a countdown's formatted values, Lit's templates), about 110 KB for a
 * countdown, which the next thousand do not add to; a leak grows in both.
 */
async function heap(browser, base) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  const client = await tab.createCDPSession();
  await tab.goto(`${base}/bench/${encodeURIComponent(ALL)}`, { waitUntil: 'load' });
  await tab.waitForFunction('window.rendered === true');
  const used = async () => {
    await client.send('HeapProfiler.collectGarbage');
    await client.send('HeapProfiler.collectGarbage');
    return (await client.send('Runtime.getHeapUsage')).usedSize;
  };
  const cycle = (tag, cycles) =>
    tab.evaluate(
      async (tag, cycles) => {
        for (let i = 0; i < cycles; i++) {
          const el = document.createElement(tag);
          document.body.append(el);
          await el.updateComplete;
          el.remove();
        }
        await new Promise((done) => setTimeout(done, 100));
      },
      tag,
      cycles,
    );
  const results = {};
  for (const tag of ['sid-countdown', 'sid-theme-banner', 'sid-tip-carousel']) {
    await cycle(tag, CYCLES);
    const before = await used();
    await cycle(tag, CYCLES);
    const after = await used();
    results[tag] = {
      beforeKB: round(before / 1024),
      afterKB: round(after / 1024),
      growthKB: round((after - before) / 1024),
    };
  }
  await context.close();
  return results;
}

const started = Date.now();
try {
  readFileSync('cdn/sid-countdown.js');
} catch {
  console.error('No cdn/ build: run `npm run build` first.');
  process.exit(1);
}
const server = await startServer({
  root: ROOT,
  page: (pathname) => {
    if (!pathname.startsWith('/bench/')) return undefined;
    const page = PAGES[pathname.slice('/bench/'.length)];
    return page ? html(page) : null;
  },
  // relative-time and the Lit reference pages, minified, from outside the project's folders
  file: (pathname) => (pathname.startsWith('/peer/') ? join(peerDir, pathname.slice('/peer/'.length)) : undefined),
});
const base = server.origin;
const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: [...CHROMIUM_FLAGS, '--js-flags=--expose-gc'],
});
const results = {
  date: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model.trim()}, ${round(totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}, ${await browser.version()}`,
  cpuSlowdown: CPU_SLOWDOWN,
  loads: LOADS,
  settleMs: SETTLE_MS,
  pages: {},
};
try {
  const times = Object.fromEntries(pageNames.map((name) => [name, []]));
  // one warm-up round, not counted (the first browser context pays for compiling Chromium's own code)
  for (const name of pageNames) await (await load(browser, base, name)).context.close();
  const bytes = {};
  for (let run = 0; run < LOADS; run++) {
    for (const name of pageNames) {
      const result = await load(browser, base, name);
      times[name].push(result.ms);
      bytes[name] = { files: result.files, brotli: result.bytes };
      await result.context.close();
    }
  }
  const blank = median(times[BLANK]);
  for (const [name, values] of Object.entries(times)) {
    results.pages[name] = {
      mainThreadMs: round(median(values) - (name === BLANK ? 0 : blank)),
      rawMedianMs: round(median(values)),
      minMs: round(Math.min(...values)),
      maxMs: round(Math.max(...values)),
      ...bytes[name],
    };
  }
  const idles = Object.fromEntries(pageNames.map((name) => [name, []]));
  for (let run = 0; run < IDLE_RUNS; run++)
    for (const name of pageNames) idles[name].push(await idle(browser, base, name));
  const blankIdle = median(idles[BLANK]);
  results.idle = Object.fromEntries(
    Object.entries(idles).map(([name, values]) => [
      name,
      {
        msPerSecond: round(median(values) - (name === BLANK ? 0 : blankIdle), 2),
        runs: values.map((v) => round(v, 2)),
      },
    ]),
  );
  if (!process.env.BENCH_PAIRS) results.heapAfter1000Cycles = await heap(browser, base);
} finally {
  await browser.close();
  await server.close();
}
/** A page's load and idle as ratios to `peer`'s. */
const ratios = (page, peer) => ({
  load: round(results.pages[page].mainThreadMs / results.pages[peer].mainThreadMs, 2),
  idle: round(results.idle[page].msPerSecond / results.idle[peer].msPerSecond, 2),
});
results.ratios = {};
results.references = {};
for (const [pair, { ours, peer, load, idle, references = [] }] of Object.entries(chosen)) {
  for (const reference of references) results.references[reference] = { pair, ...ratios(reference, peer) };
  const measured = ratios(ours, peer);
  results.ratios[`${pair} load`] = { value: measured.load, target: load };
  results.ratios[`${pair} idle`] = { value: measured.idle, target: idle };
}
results.seconds = round((Date.now() - started) / 1000);

const width = Math.max(...pageNames.map((name) => name.length));
console.log(
  `${'page'.padEnd(width)}  files  brotli  main-thread ms (median of ${LOADS}, blank subtracted; min–max raw)  idle ms/s`,
);
for (const [name, row] of Object.entries(results.pages)) {
  console.log(
    `${name.padEnd(width)}  ${String(row.files).padStart(5)}  ${String(row.brotli).padStart(6)}  ${String(row.mainThreadMs).padStart(7)}  (${row.minMs}–${row.maxMs})  ${results.idle[name].msPerSecond} (runs ${results.idle[name].runs.join(', ')})`,
  );
}
console.log(`\nRatios, ours / the peer page (issue 24's target):`);
for (const [name, { value, target }] of Object.entries(results.ratios)) {
  console.log(
    `  ${name.padEnd(16)} ${String(value).padStart(5)}×  (≤ ${target}×)  ${value <= target ? 'within' : 'NOT met'}`,
  );
}
for (const [pair, { ours, bytes }] of Object.entries(chosen)) {
  const fetched = results.pages[ours].brotli;
  console.log(`  ${`${pair} bytes`.padEnd(16)} ${fetched}  (≤ ${bytes})  ${fetched <= bytes ? 'within' : 'NOT met'}`);
}
if (Object.keys(results.references).length)
  console.log(`\nWhat no Lit countdown avoids, as ratios to the same peer page:`);
for (const [name, { pair, load, idle }] of Object.entries(results.references)) {
  const ours = results.pages[chosen[pair].ours].brotli;
  const bytes = results.pages[name].brotli;
  console.log(`  ${name}: load ${load}×, idle ${idle}×, ${bytes} bytes (ours ${ours}: ${ours - bytes} more)`);
}
for (const [tag, row] of Object.entries(results.heapAfter1000Cycles ?? {})) {
  console.log(
    `Heap, ${CYCLES} create/remove cycles of <${tag}>: ${row.beforeKB} KB → ${row.afterKB} KB (${row.growthKB >= 0 ? '+' : ''}${row.growthKB} KB).`,
  );
}
console.log(`\n${results.machine}; CPU ${CPU_SLOWDOWN}× slower; ${results.date}; ${results.seconds} s.`);
writeFileSync(
  process.env.BENCH_PAIRS ? 'node_modules/.cache/sid-bench/results.json' : 'test/bench/results.json',
  `${JSON.stringify(results, null, 2)}\n`,
);
console.log(
  `Results written to ${process.env.BENCH_PAIRS ? 'node_modules/.cache/sid-bench/results.json' : 'test/bench/results.json'}.`,
);
