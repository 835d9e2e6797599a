// `npm run bench`: what sid-widgets costs a partner's page, side by side with the peer elements in one run, in headless
// Chromium with the CPU throttled 4× (a mid-range phone). Pages are loaded in turn (one of each, then again), so that a
// busy moment of the machine falls on all of them alike; each figure is a median, with the blank page's subtracted.
// A benchmark, not a test: it prints ratios and writes test/bench/results.json. Run `npm run build` first.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { startServer } from '../../scripts/static-server.js';

const ROOT = resolve('.');
const LOADS = Math.max(Number(process.env.BENCH_LOADS ?? 11), 1);
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 12);
const IDLE_RUNS = Number(process.env.BENCH_IDLE_RUNS ?? 3);
const CPU_SLOWDOWN = 4;
const CYCLES = 1000;
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
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

const PAGES = {
  blank: { body: '<script type="module">window.rendered = true;</script>' },
  'sid-countdown': {
    head: '<script type="module" src="/cdn/sid-countdown.js"></script>',
    body: `<sid-countdown></sid-countdown>${ready(['sid-countdown'])}`,
  },
  'relative-time (duration)': {
    head: '<script type="module" src="/peer/relative-time.js"></script>',
    body: `<relative-time datetime="2027-02-09T00:00:00Z" format="duration" tense="future" precision="second"></relative-time>
      ${ready(['relative-time'], "while (!document.querySelector('relative-time').shadowRoot?.textContent) await new Promise((done) => requestAnimationFrame(done));")}`,
  },
  'sid all three (carousel autoplay every 3 s)': {
    head: '<script type="module" src="/cdn/sid-widgets.js"></script>',
    body: `<sid-countdown></sid-countdown><sid-theme-banner></sid-theme-banner>
      <sid-tip-carousel autoplay interval="3"></sid-tip-carousel>
      ${ready(['sid-countdown', 'sid-theme-banner', 'sid-tip-carousel'], "while (!document.querySelector('sid-tip-carousel').shadowRoot.querySelector('[part=slide]')) await new Promise((done) => setTimeout(done, 10));")}`,
  },
  'Shoelace sl-carousel (autoplay every 3 s, 5 slides)': {
    head: `<script type="module" src="${SHOELACE}/carousel/carousel.js"></script>
      <script type="module" src="${SHOELACE}/carousel-item/carousel-item.js"></script>`,
    body: `<sl-carousel autoplay autoplay-interval="3000" loop navigation pagination>
      ${'<sl-carousel-item><div style="height:8rem"></div></sl-carousel-item>'.repeat(5)}</sl-carousel>
      ${ready(['sl-carousel', 'sl-carousel-item'])}`,
  },
};
const [BLANK, COUNTDOWN, RELATIVE, ALL, SHOELACE_PAGE] = Object.keys(PAGES);

const html = ({ head = '', body }) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bench</title><link rel="icon" href="data:,">${head}</head>
<body>${body}</body></html>`;

// relative-time-element ships an unminified bundle; a CDN serves it minified (jsDelivr's .min.js), so it is measured so
const peerDir = join(ROOT, 'node_modules/.cache/sid-bench');
mkdirSync(peerDir, { recursive: true });
await build({
  entryPoints: ['node_modules/@github/relative-time-element/dist/bundle.js'],
  outfile: join(peerDir, 'relative-time.js'),
  minify: true,
  format: 'esm',
  logLevel: 'error',
});

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

/** Loads a page in a fresh context, CPU throttled; returns main-thread ms until it rendered, and the bytes fetched. */
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
    await tab.waitForFunction('window.rendered === true', { timeout: 60_000 });
  } catch (error) {
    throw new Error(`${name} did not render: ${errors.join('; ') || error}`);
  }
  const ms = await taskMs(client);
  const files = [...bodies.values()];
  return { ms, bytes: files.reduce((sum, body) => sum + brotli(body), 0), files: files.length, tab, client, context };
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

/** Heap growth over 1,000 create/remove cycles of each element (unthrottled), after 100 warm-up cycles. */
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
    await cycle(tag, 100);
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
  // relative-time, minified, from outside the project's folders
  file: (pathname) => (pathname.startsWith('/peer/') ? join(peerDir, pathname.slice('/peer/'.length)) : undefined),
});
const base = server.origin;
const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-gpu',
    '--js-flags=--expose-gc',
  ],
});
const results = {
  date: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model.trim()}, ${round(totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}, ${await browser.version()}`,
  cpuSlowdown: CPU_SLOWDOWN,
  loads: LOADS,
  pages: {},
};
try {
  const times = Object.fromEntries(Object.keys(PAGES).map((name) => [name, []]));
  const bytes = {};
  // one warm-up round, not counted (the first browser context pays for compiling Chromium's own code)
  for (const name of Object.keys(PAGES)) await (await load(browser, base, name)).context.close();
  for (let run = 0; run < LOADS; run++) {
    for (const name of Object.keys(PAGES)) {
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
  const idles = { [BLANK]: [], [ALL]: [], [SHOELACE_PAGE]: [] };
  for (let run = 0; run < IDLE_RUNS; run++)
    for (const name of Object.keys(idles)) idles[name].push(await idle(browser, base, name));
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
  results.heapAfter1000Cycles = await heap(browser, base);
} finally {
  await browser.close();
  await server.close();
}
const page = (name) => results.pages[name].mainThreadMs;
results.ratios = {
  'countdown page load / relative-time load': { value: round(page(COUNTDOWN) / page(RELATIVE), 2), target: 1.0 },
  'all three load / Shoelace carousel load': { value: round(page(ALL) / page(SHOELACE_PAGE), 2), target: 1.0 },
  'all three idle / Shoelace carousel idle': {
    value: round(results.idle[ALL].msPerSecond / results.idle[SHOELACE_PAGE].msPerSecond, 2),
    target: 0.5,
  },
};
results.seconds = round((Date.now() - started) / 1000);

const width = Math.max(...Object.keys(PAGES).map((name) => name.length));
console.log(
  `${'page'.padEnd(width)}  files  brotli  main-thread ms (median of ${LOADS}, blank subtracted; min–max raw)`,
);
for (const [name, row] of Object.entries(results.pages)) {
  console.log(
    `${name.padEnd(width)}  ${String(row.files).padStart(5)}  ${String(row.brotli).padStart(6)}  ${String(row.mainThreadMs).padStart(7)}  (${row.minMs}–${row.maxMs})`,
  );
}
console.log(`\nIdle, main-thread ms per second over ${IDLE_SECONDS} s (median of ${IDLE_RUNS}, blank subtracted):`);
for (const [name, row] of Object.entries(results.idle))
  console.log(`  ${name}: ${row.msPerSecond} (runs ${row.runs.join(', ')})`);
console.log('\nRatios (target):');
for (const [name, { value, target }] of Object.entries(results.ratios)) {
  console.log(`  ${name}: ${value}× (≤ ${target}×) ${value <= target ? 'within' : 'NOT met'}`);
}
for (const [tag, row] of Object.entries(results.heapAfter1000Cycles)) {
  console.log(
    `Heap, ${CYCLES} create/remove cycles of <${tag}>: ${row.beforeKB} KB → ${row.afterKB} KB (${row.growthKB >= 0 ? '+' : ''}${row.growthKB} KB).`,
  );
}
console.log(`\n${results.machine}; CPU ${CPU_SLOWDOWN}× slower; ${results.date}; ${results.seconds} s.`);
writeFileSync('test/bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('Results written to test/bench/results.json.');
