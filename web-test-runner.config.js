// Runs every test in the three engines partners' visitors use: Chromium, Firefox ESR and WebKit (WebKitGTK's
// MiniBrowser under Xvfb), all from Debian's packages. SID_BROWSERS=chromium,firefox narrows a local run.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { createServer } from 'node:net';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { build } from 'esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';

const CHROMIUM = '/usr/bin/chromium';
const FIREFOX = '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const XVFB = '/usr/bin/Xvfb';

const INSTALL = {
  chromium: 'apt-get update && apt-get install -y chromium',
  firefox: 'apt-get update && apt-get install -y firefox-esr',
  webkit: 'apt-get update && apt-get install -y --no-install-recommends webkit2gtk-driver xvfb',
};

const wanted = (process.env.SID_BROWSERS ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim());

function requireFiles(browser, files) {
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length > 0) {
    console.error(
      `\n${browser} is needed for the tests but ${missing.join(' and ')} is missing. Install it with:\n\n  ${INSTALL[browser]}\n`,
    );
    process.exit(1);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb (unless a display is given) and WebKitWebDriver, and stops both when the test run ends. */
async function startWebKitDriver() {
  const children = [];
  const env = { ...process.env };
  if (!env.SID_WEBKIT_DISPLAY) {
    const xvfb = spawn(XVFB, ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    children.push(xvfb);
    const display = await new Promise((resolve, reject) => {
      xvfb.stdout.once('data', (data) => resolve(String(data).trim()));
      xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
    });
    env.DISPLAY = `:${display}`;
  } else {
    env.DISPLAY = env.SID_WEBKIT_DISPLAY;
  }
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], { env, stdio: 'ignore' });
  children.push(driver);
  const stop = () => children.forEach((child) => child.kill());
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      console.error(`wtr: stopped by ${signal}`);
      stop();
      process.exit(1);
    });
  }
  await waitForPort(port);
  return port;
}

async function waitForPort(port) {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not start on port ${port}`);
}

const quietChromium = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
];

const browsers = [];
const chromium = (env = {}) =>
  chromeLauncher({
    launchOptions: { executablePath: CHROMIUM, headless: true, args: quietChromium, env: { ...process.env, ...env } },
  });
if (wanted.includes('chromium')) {
  requireFiles('chromium', [CHROMIUM]);
  browsers.push(chromium());
}
if (wanted.includes('firefox')) {
  requireFiles('firefox', [FIREFOX]);
  browsers.push(
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true },
    }),
  );
}
if (wanted.includes('webkit')) {
  requireFiles('webkit', [WEBKIT_DRIVER, MINIBROWSER, XVFB]);
  const port = await startWebKitDriver();
  browsers.push(
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    }),
  );
}

/**
 * React and Vue ship CommonJS or need their compiler flags, so each framework test is bundled with esbuild into
 * test/.build/ before the run; the React 18 one against the React 18 that the test/react18 workspace installs.
 */
async function bundleFrameworkTests() {
  const common = {
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outdir: 'test/.build',
    outbase: 'test/frameworks',
    conditions: ['production'],
    jsx: 'automatic',
    // package.json's sideEffects speaks of dist/; the tests import src/, whose define modules must not be shaken off
    ignoreAnnotations: true,
    tsconfig: 'tsconfig.json',
    sourcemap: 'inline',
    logLevel: 'error',
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
  };
  await Promise.all([
    build({
      ...common,
      entryPoints: ['test/frameworks/react19.test.tsx', 'test/frameworks/vue.test.ts'],
      alias: { vue: 'vue/dist/vue.esm-bundler.js' },
    }),
    build({
      ...common,
      entryPoints: ['test/frameworks/react18.test.tsx'],
      alias: { react: './test/react18/node_modules/react', 'react-dom': './test/react18/node_modules/react-dom' },
    }),
  ]);
}
await bundleFrameworkTests();

/**
 * The strict policy README promises partners: the library needs only its own origin and its `sid-widgets` Trusted
 * Types policy; a page with Lit of its own allows `lit-html` too, and neither needs 'allow-duplicates'.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types sid-widgets";
const POLICIES = {
  '/test/fixtures/csp.html': STRICT_CSP,
  '/test/fixtures/csp-twice.html': STRICT_CSP,
  // what README asks of a strict page for browsers without constructable stylesheets (Safari < 16.4, Firefox < 101)
  '/test/fixtures/before-2022.html': STRICT_CSP.replace("style-src 'self'", "style-src 'self' 'nonce-sid-floor'"),
  '/test/fixtures/csp-host-lit.html': `${STRICT_CSP} lit-html`,
};

/** The classic script as a WordPress optimiser serves it: combined into one file under another path. */
const OPTIMISED = '/test/optimiser-cache/combined.js';

/**
 * cdn/ on another host, as `<meta name="sid-widgets-base">` may name it: a genuine copy, and one whose German file (and
 * the list of integrity values, made to match it) someone changed.
 */
const MIRROR = /^\/test\/(mirror|tampered)-cdn\/(.+)$/;
function mirrored(kind, file) {
  if (kind === 'mirror' || !/^locales\/(de|data-integrity)\.json$/.test(file)) return readFileSync(`cdn/${file}`);
  const german = JSON.parse(readFileSync('cdn/locales/de.json', 'utf8'));
  german.messages.countdownToday = 'GEÄNDERT: {name}';
  const changed = JSON.stringify(german);
  if (file === 'locales/de.json') return changed;
  const values = JSON.parse(readFileSync('cdn/locales/data-integrity.json', 'utf8'));
  values['de.json'] = `sha384-${createHash('sha384').update(changed).digest('base64')}`;
  return JSON.stringify(values);
}

/**
 * A tips file that never ends: 64 KB every 5 ms until the client stops reading, and at most 100 MB (about 8 s), so
 * that a carousel which read it whole would never finish.
 */
function endlessTips() {
  let sent = 0;
  return new Readable({
    read() {
      sent += 1;
      if (sent > 1600) return this.push(null);
      setTimeout(() => this.push(sent === 1 ? '{"tips": [' : `${'{"title":"x","text":"y"},'.repeat(2600)}`), 5);
    },
  });
}

/**
 * One line per browser at the end of a run (test files, tests passed and failed), the slow tests, how long it took,
 * and every failed session's errors and failed tests again, last, where a short log shows them. It reads every field
 * as optional: a session whose browser stopped has no test results, and a reporter that throws ends the run with
 * nothing said.
 */
function totals() {
  const started = Date.now();
  const count = (suite) => (suite ? [...(suite.tests ?? []), ...(suite.suites ?? []).flatMap(count)] : []);
  const name = (session) =>
    session.group?.name === 'default' || !session.group?.name
      ? session.browser?.name
      : `${session.browser?.name} (${session.group.name})`;
  const message = (error) =>
    String(error?.stack ?? error?.message ?? error)
      .split('\n')
      .slice(0, 6)
      .join('\n      ');
  return {
    onTestRunFinished({ sessions }) {
      try {
        const byBrowser = new Map();
        const failures = [];
        for (const session of sessions) {
          const row = byBrowser.get(name(session)) ?? { files: 0, passed: 0, failed: 0, broken: 0 };
          row.files += 1;
          const tests = count(session.testResults);
          const failed = tests.filter((test) => !test.passed && !test.skipped);
          row.passed += tests.filter((test) => test.passed).length;
          row.failed += failed.length;
          const errors = session.errors ?? [];
          if (!session.passed && errors.length > 0) row.broken += 1;
          byBrowser.set(name(session), row);
          if (!session.passed) {
            failures.push(`  ${name(session)} ${session.testFile}: ${session.status ?? ''}`);
            for (const error of errors) failures.push(`    error: ${message(error)}`);
            for (const test of failed) failures.push(`    failed: ${test.name}\n      ${message(test.error)}`);
          }
        }
        // a test past half of mocha's 10 s is where the next flake comes from: give it a measured timeout of its own
        const slow = sessions.flatMap((session) =>
          count(session.testResults)
            .filter((test) => test.duration > 5_000)
            .map((test) => `  ${name(session)} ${session.testFile}: ${test.name} (${test.duration} ms)`),
        );
        if (slow.length > 0) console.log(`Tests over 5 s:\n${slow.join('\n')}`);
        for (const [browser, row] of byBrowser) {
          console.log(
            `${browser}: ${row.files} test files, ${row.passed} passed, ${row.failed} failed` +
              (row.broken ? `, ${row.broken} files that did not run to the end` : ''),
          );
        }
        console.log(`Tests finished in ${Math.round((Date.now() - started) / 1000)} s.`);
        if (failures.length > 0) console.log(`Failed:\n${failures.join('\n')}`);
      } catch (error) {
        console.log(`The totals reporter failed: ${message(error)}`);
      }
    },
  };
}

export default {
  files: ['test/*.test.ts', 'test/.build/*.test.js'],
  middleware: [
    async (context, next) => {
      const policy = POLICIES[context.path];
      if (policy) context.set('Content-Security-Policy', policy);
      const mirror = MIRROR.exec(context.path);
      if (mirror) {
        context.type = 'application/json';
        context.body = mirrored(mirror[1], mirror[2]);
        return undefined;
      }
      if (context.path === OPTIMISED) {
        context.type = 'text/javascript';
        context.body = readFileSync('cdn/sid-widgets.iife.js');
        return undefined;
      }
      if (context.path === '/test/slow-missing-tips.json') {
        await new Promise((resolve) => setTimeout(resolve, 500));
        context.status = 404;
        return undefined;
      }
      if (context.path === '/test/endless-tips.json') {
        context.type = 'application/json';
        context.body = endlessTips();
        return undefined;
      }
      return next();
    },
  ],
  nodeResolve: { exportConditions: ['production', 'default'] },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }),
    // `executeServerCommand('emulate-forced-colors', { active })`: Windows high-contrast mode, in Chromium only
    {
      name: 'emulate-forced-colors',
      async executeCommand({ command, payload, session }) {
        if (command !== 'emulate-forced-colors') return undefined;
        if (session.browser.type !== 'puppeteer') return false;
        const page = session.browser.getPage(session.id);
        // puppeteer's own emulateMediaFeatures does not know this feature; the DevTools protocol does
        const client = await page.createCDPSession();
        await client.send('Emulation.setEmulatedMedia', {
          features: [{ name: 'forced-colors', value: payload.active ? 'active' : 'none' }],
        });
        return true;
      },
    },
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: 'test/visual/screenshots',
      failureThreshold: 0.02,
      failureThresholdType: 'percent',
    }),
  ],
  groups: wanted.includes('chromium')
    ? [
        { name: 'visual', files: 'test/visual/*.test.ts', browsers: [chromium()] },
        // a system zone Chromium cannot map, so that it reports Etc/Unknown (seen on real devices)
        { name: 'unknown-zone', files: 'test/zone/*.test.ts', browsers: [chromium({ TZ: 'UTC+2' })] },
        // a visitor whose own zone changes its clocks: its readings come from Date, not from a formatter
        { name: 'visitor-zone', files: 'test/visitor-zone/*.test.ts', browsers: [chromium({ TZ: 'Europe/London' })] },
      ]
    : [],
  browsers,
  // in CI, no progress bars: a log that stays short enough to show the failures, each with its browser and file
  reporters: process.env.CI ? [defaultReporter({ reportTestProgress: false }), totals()] : [defaultReporter()],
  concurrentBrowsers: 3,
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
};
