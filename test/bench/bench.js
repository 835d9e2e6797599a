// `npm run bench`: what sid-widgets costs a partner's page, measured in headless Chromium against the built cdn/.
// A benchmark, not a test: it prints a table and writes test/bench/results.json. Run `npm run build` first.
import { createReadStream, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import puppeteer from 'puppeteer-core';

const ROOT = resolve('.');
const LOADS = Number(process.env.BENCH_LOADS ?? 10);
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 20);
const CYCLES = 1000;
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

const repeat = (count, markup) => Array.from({ length: count }, () => markup).join('\n');
const PAGES = {
  'countdown alone': '<sid-countdown></sid-countdown>',
  'banner alone': '<sid-theme-banner></sid-theme-banner>',
  'carousel alone': '<sid-tip-carousel></sid-tip-carousel>',
  '100 countdowns, 10 banners, 10 carousels': [
    repeat(100, '<sid-countdown></sid-countdown>'),
    repeat(10, '<sid-theme-banner></sid-theme-banner>'),
    '<sid-tip-carousel autoplay></sid-tip-carousel>',
    repeat(9, '<sid-tip-carousel></sid-tip-carousel>'),
  ].join('\n'),
};

const page = (body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/cdn/sid-widgets.js"></script></head>
<body>${body}
<script type="module">
  const tags = ['sid-countdown', 'sid-theme-banner', 'sid-tip-carousel'];
  await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
  await Promise.all([...document.querySelectorAll(tags.join(','))].map((el) => el.updateComplete));
  window.rendered = true;
</script></body></html>`;

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
};
const server = createServer((request, response) => {
  const { pathname } = new URL(request.url, 'http://localhost');
  if (pathname.startsWith('/bench/')) {
    const name = decodeURIComponent(pathname.slice('/bench/'.length));
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(PAGES[name] ?? ''));
    return;
  }
  const file = normalize(join(ROOT, decodeURIComponent(pathname)));
  try {
    if (!file.startsWith(ROOT) || !statSync(file).isFile()) throw new Error('not a file');
  } catch {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': `${types[extname(file)] ?? 'application/octet-stream'}; charset=utf-8` });
  createReadStream(file).pipe(response);
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

/** Loads a page in a fresh context; returns main-thread milliseconds until every element rendered, and the bytes. */
async function load(browser, base, name) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  const client = await tab.createCDPSession();
  await client.send('Performance.enable');
  const bodies = new Map();
  tab.on('response', async (response) => {
    try {
      bodies.set(response.url(), await response.buffer());
    } catch {
      // redirects and aborted requests have no body
    }
  });
  await tab.goto(`${base}/bench/${encodeURIComponent(name)}`, { waitUntil: 'load' });
  await tab.waitForFunction('window.rendered === true', { timeout: 30_000 });
  const ms = await taskMs(client);
  await new Promise((done) => setTimeout(done, 200));
  const files = [...bodies.entries()];
  const bytes = {
    files: files.length,
    raw: files.reduce((sum, [, body]) => sum + body.length, 0),
    brotli: files.reduce((sum, [, body]) => sum + brotli(body), 0),
  };
  return { ms, bytes, tab, client, context };
}

async function idle(browser, base, name) {
  const { tab, client, context } = await load(browser, base, name);
  const before = await taskMs(client);
  await new Promise((done) => setTimeout(done, IDLE_SECONDS * 1000));
  const after = await taskMs(client);
  const wakeUps = await tab.evaluate(() => document.querySelectorAll('sid-countdown').length);
  await context.close();
  return { msPerMinute: ((after - before) / IDLE_SECONDS) * 60, countdowns: wakeUps };
}

async function heap(browser, base) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  const client = await tab.createCDPSession();
  await tab.goto(`${base}/bench/${encodeURIComponent('empty')}`, { waitUntil: 'load' });
  await tab.waitForFunction('window.rendered === true');
  const used = async () => {
    await client.send('HeapProfiler.collectGarbage');
    await client.send('HeapProfiler.collectGarbage');
    return (await client.send('Runtime.getHeapUsage')).usedSize;
  };
  const results = {};
  for (const tag of ['sid-countdown', 'sid-theme-banner', 'sid-tip-carousel']) {
    await tab.evaluate(async (tag) => {
      // 100 warm-up cycles, so that lazily loaded tips, cached formatters and compiled code count as before
      for (let cycle = 0; cycle < 100; cycle++) {
        const el = document.createElement(tag);
        document.body.append(el);
        await el.updateComplete;
        el.remove();
      }
      await new Promise((done) => setTimeout(done, 100));
    }, tag);
    const before = await used();
    await tab.evaluate(
      async (tag, cycles) => {
        for (let cycle = 0; cycle < cycles; cycle++) {
          const el = document.createElement(tag);
          document.body.append(el);
          await el.updateComplete;
          el.remove();
        }
      },
      tag,
      CYCLES,
    );
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
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}`;
try {
  readFileSync('cdn/sid-widgets.js');
} catch {
  console.error('No cdn/ build: run `npm run build` first.');
  process.exit(1);
}
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
  loads: LOADS,
  pages: {},
};
try {
  for (const name of Object.keys(PAGES)) {
    const times = [];
    let bytes;
    for (let run = 0; run < LOADS; run++) {
      const result = await load(browser, base, name);
      times.push(result.ms);
      bytes = result.bytes;
      await result.context.close();
    }
    results.pages[name] = {
      mainThreadMsMedian: round(median(times)),
      mainThreadMsMin: round(Math.min(...times)),
      bytes,
    };
  }
  const many = Object.keys(PAGES)[3];
  results.idle = { page: many, seconds: IDLE_SECONDS, ...(await idle(browser, base, many)) };
  results.idle.msPerMinute = round(results.idle.msPerMinute);
  results.heapAfter1000Cycles = await heap(browser, base);
} finally {
  await browser.close();
  server.close();
}
results.seconds = round((Date.now() - started) / 1000);

const rows = Object.entries(results.pages).map(([name, row]) => [
  name,
  String(row.bytes.raw),
  String(row.bytes.brotli),
  String(row.mainThreadMsMedian),
]);
const widths = [Math.max(...rows.map((row) => row[0].length), 4), 10, 13, 22];
const line = (cells) =>
  cells.map((cell, index) => (index ? cell.padStart(widths[index]) : cell.padEnd(widths[index]))).join('  ');
console.log(line(['page', 'bytes raw', 'bytes brotli', `main-thread ms (median of ${LOADS})`]));
for (const row of rows) console.log(line(row));
console.log(
  `\nIdle, ${results.idle.page}: ${results.idle.msPerMinute} main-thread ms per minute (measured over ${IDLE_SECONDS} s).`,
);
for (const [tag, heapRow] of Object.entries(results.heapAfter1000Cycles)) {
  console.log(
    `Heap, ${CYCLES} create/remove cycles of <${tag}>: ${heapRow.beforeKB} KB before, ${heapRow.afterKB} KB after (${heapRow.growthKB >= 0 ? '+' : ''}${heapRow.growthKB} KB).`,
  );
}
console.log(`\n${results.machine}; ${results.date}; ${results.seconds} s.`);
writeFileSync('test/bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('Results written to test/bench/results.json.');
