// `npm run test:wordpress`: the plugin in a real WordPress, offline. @wp-playground/cli runs WordPress 6.5 (PHP in
// WebAssembly, SQLite) from @wp-playground/wordpress-builds' files, with dist/wordpress/sid-widgets mounted as a
// plugin; a blueprint activates it and publishes a page with each block and each shortcode, a hostile block and a
// hostile shortcode, and a page without any. Chromium then checks what a visitor gets. Run `npm run build` first.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import puppeteer from 'puppeteer-core';
import { checks } from '../../scripts/checks.js';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/chromium.js';

const started = Date.now();
const PLUGIN = resolve('dist/wordpress/sid-widgets');
const CACHE = resolve('node_modules/.cache/sid-wordpress');
const WP = join(CACHE, 'wp-6.5');
const ZIP = resolve('node_modules/@wp-playground/wordpress-builds/src/wordpress/wp-6.5.zip');
if (!existsSync(join(PLUGIN, 'sid-widgets.php')))
  throw new Error('No dist/wordpress/sid-widgets: run `npm run build`.');

// WordPress's files, unzipped once
if (!existsSync(join(WP, 'wp-load.php'))) {
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(ZIP)))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(WP, name)), { recursive: true });
    writeFileSync(join(WP, name), bytes);
  }
}

const HOSTILE = '"><script>window.hacked = 1</script>';
const block = (name, attributes) => `<!-- wp:sid-widgets/${name} ${JSON.stringify(attributes)} /-->`;
const content = [
  block('countdown', { lang: 'de', timeZone: 'Europe/Berlin', calendar: true, units: 'days hours' }),
  block('theme-banner', { country: 'GB', showHelpline: true, layout: 'bar' }),
  block('tip-carousel', { audience: 'parents', lang: 'fr' }),
  '[sid_countdown lang="fr" units="days hours minutes" calendar]',
  '[sid_theme_banner year="2026" country="DE" show-countdown]',
  '[sid_tip_carousel audience="children" topics="help" country="GB" autoplay]',
  // hostile values: every one must be dropped or escaped
  block('theme-banner', { country: HOSTILE, layout: 'bar" onclick="window.hacked = 2', lang: HOSTILE }),
  `[sid_countdown lang='x" onmouseover="window.hacked=3' time-zone='Europe/Berlin"><img src=x onerror=window.hacked=4>' heading-level="9"]`,
  `[sid_theme_banner heading='<img src=x onerror="window.hacked=5">Our day' cta='${HOSTILE}' href='javascript:window.hacked=6']`,
].join('\n\n');

const php = (post) => `wp_insert_post( array( 'post_type' => 'page', 'post_status' => 'publish', ${post} ) );`;
/** What a Contributor writes (an editor then publishes it): nothing in it may reach another server or stop the clock. */
const contributed = [
  '[sid_tip_carousel src="https://elsewhere.example/tips.json"]',
  '[sid_tip_carousel src="//elsewhere.example/tips.json" audience="teens"]',
  '[sid_countdown now="2030-02-12T09:00:00Z" calendar]',
  block('tip-carousel', { src: 'https://elsewhere.example/tips.json', audience: ['parents'], shuffle: ['on'] }),
  block('countdown', { now: '2030-02-12T09:00:00Z', lang: ['de'], timeZone: { zone: 'x' }, headingLevel: [3] }),
  '[sid_theme_banner]Our words about the day[/sid_theme_banner]',
  '[sid_countdown]Words before the script[/sid_countdown]',
].join('\n\n');
const encoded = (text) => `wp_slash( base64_decode( '${Buffer.from(text).toString('base64')}' ) )`;
const blueprint = {
  steps: [
    // PHP's warnings and notices logged to wp-content/debug.log, for a check that the plugin causes none
    { step: 'defineWpConfigConsts', consts: { WP_DEBUG: true, WP_DEBUG_DISPLAY: false, WP_DEBUG_LOG: true } },
    { step: 'activatePlugin', pluginPath: 'sid-widgets/sid-widgets.php' },
    {
      step: 'runPHP',
      code: `<?php require '/wordpress/wp-load.php';
${php(`'post_name' => 'sid', 'post_title' => 'Safer Internet Day', 'post_content' => wp_slash( base64_decode( '${Buffer.from(content).toString('base64')}' ) )`)}
${php(`'post_name' => 'plain', 'post_title' => 'A page without widgets', 'post_content' => 'Nothing to see.'`)}
${php(`'post_name' => 'one', 'post_title' => 'A page with two countdowns', 'post_content' => ${encoded(`${block('countdown', {})}\n\n[sid_countdown]`)}`)}
$contributor = wp_insert_user( array( 'user_login' => 'contributor', 'user_pass' => wp_generate_password(), 'role' => 'contributor' ) );
$contributed = ${php(`'post_name' => 'contributed', 'post_title' => 'Written by a Contributor', 'post_author' => $contributor, 'post_content' => ${encoded(contributed)}`)}
// an administrator may point a carousel anywhere, as they could add a script
$GLOBALS['post'] = get_post( ${php(`'post_name' => 'admin', 'post_title' => 'Written by an administrator', 'post_author' => 1, 'post_content' => ''`).replace(/;$/, '')} );
file_put_contents( '/wordpress/render-admin.html', do_shortcode( '[sid_tip_carousel src="https://tips.example.org/tips.json"]' ) );
// a site in French, whose month names WordPress translates: the text before the script is all in French
add_filter( 'locale', function () { return 'fr_FR'; } );
add_filter( 'gettext', function ( $translation, $text ) { return 'February' === $text ? 'février' : $translation; }, 10, 2 );
$GLOBALS['wp_locale'] = new WP_Locale();
file_put_contents( '/wordpress/render-fr.html', do_shortcode( '[sid_countdown][sid_theme_banner][sid_tip_carousel audience="parents teens"]' ) );
remove_all_filters( 'locale' );
remove_all_filters( 'gettext' );
$GLOBALS['wp_locale'] = new WP_Locale();
// values of a type no attribute has (arrays), as a block's undeclared attributes arrive
sid_widgets_render( 'sid-tip-carousel', array( 'shuffle' => array( 'on' ), 'autoplay' => array( 1 ), 'label' => array( 'x' ) ) );
// what the plugin writes for values WordPress itself would not let an author save: quotes, tags, a script URL
file_put_contents( '/wordpress/render-check.html', sid_widgets_render( 'sid-theme-banner', array(
  'label' => 'x" onclick="window.hacked = 7', 'heading' => '<b onmouseover="window.hacked = 8">Ours</b>',
  'cta' => '"><img src=x onerror="window.hacked = 9">', 'href' => 'javascript:window.hacked = 10', 'layout' => 'BAR',
) ) );`,
    },
  ],
};
// WordPress's folder is kept between runs: a log of an earlier run would be read as this one's
rmSync(join(WP, 'wp-content', 'debug.log'), { force: true });
const blueprintFile = join(CACHE, 'blueprint.json');
writeFileSync(blueprintFile, JSON.stringify(blueprint));

const port = await new Promise((done) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => done(free));
  });
});
const server = spawn(
  resolve('node_modules/.bin/wp-playground-cli'),
  [
    'server',
    `--port=${port}`,
    '--workers=1',
    `--mount-before-install=${WP}:/wordpress`,
    `--mount=${PLUGIN}:/wordpress/wp-content/plugins/sid-widgets`,
    '--wordpress-install-mode=install-from-existing-files',
    `--blueprint=${blueprintFile}`,
  ],
  { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
);
let log = '';
const ready = new Promise((done, refuse) => {
  const read = (chunk) => {
    log += chunk;
    if (/Ready! WordPress is running/.test(log)) done();
  };
  server.stdout.on('data', read);
  server.stderr.on('data', read);
  server.on('exit', (code) => refuse(new Error(`WordPress stopped (${code}):\n${log}`)));
  setTimeout(() => refuse(new Error(`WordPress did not start in 150 s:\n${log}`)), 150_000);
});

const { check, fail, finish } = checks('WordPress');
let browser;
try {
  await ready;
  console.log(`WordPress 6.5 ready in ${Math.round((Date.now() - started) / 1000)} s.`);
  const base = `http://127.0.0.1:${port}`;
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  const tab = await browser.newPage();
  const requests = [];
  tab.on('request', (request) => requests.push(request.url()));
  const errors = [];
  tab.on('pageerror', (error) => errors.push(String(error)));

  await tab.goto(`${base}/?pagename=sid`, { waitUntil: 'networkidle0', timeout: 90_000 });
  await tab.waitForFunction(
    () =>
      ['sid-countdown', 'sid-theme-banner', 'sid-tip-carousel'].every((tag) => customElements.get(tag)) &&
      [...document.querySelectorAll('sid-countdown, sid-theme-banner, sid-tip-carousel')].every(
        (el) => el.shadowRoot?.querySelector('[part~="base"]') && el.shadowRoot.textContent.trim(),
      ),
    { timeout: 60_000 },
  );
  // what comes later, fetched when needed (the countdown block's calendar link with its .ics writer, the banner's and
  // the carousel shortcode's helplines): awaited, not slept for; the checks below say what is missing after 30 s
  await tab
    .waitForFunction(
      () => {
        const [countdown, banner, , , , shortCarousel] = document.querySelectorAll(
          'sid-countdown, sid-theme-banner, sid-tip-carousel',
        );
        return [
          countdown?.shadowRoot.querySelector('[part="calendar"]'),
          banner?.shadowRoot.querySelector('[part="helpline"] a'),
          shortCarousel?.shadowRoot.querySelector('[part="helpline"] a'),
        ].every(Boolean);
      },
      { timeout: 30_000, polling: 100 },
    )
    .catch(() => {});
  const page = await tab.evaluate(() => {
    const elements = [...document.querySelectorAll('sid-countdown, sid-theme-banner, sid-tip-carousel')];
    return {
      hacked: window.hacked ?? null,
      injected: document.querySelectorAll('[onclick], [onmouseover], [onerror], img[src="x"]').length,
      scripts: [...document.querySelectorAll('script')].filter((script) => script.textContent.includes('hacked'))
        .length,
      elements: elements.map((el) => ({
        tag: el.localName,
        attributes: Object.fromEntries([...el.attributes].map((attribute) => [attribute.name, attribute.value])),
        text: el.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
        tel: el.shadowRoot.querySelector('[part="helpline"] a[href^="tel:"]')?.getAttribute('href') ?? null,
        calendar: !!el.shadowRoot.querySelector('[part="calendar"]'),
        href: el.shadowRoot.querySelector('[part="cta"]')?.getAttribute('href') ?? null,
      })),
      modules: [...document.querySelectorAll('script[type="module"]')].map((script) => script.src),
    };
  });
  const [countdown, banner, carousel, shortCountdown, shortBanner, shortCarousel, badBlock, badCountdown, badBanner] =
    page.elements;
  check(page.elements.length === 9, `the page has the 9 elements (found ${page.elements.length})`);
  check(
    countdown?.attributes.lang === 'de' && countdown.attributes['time-zone'] === 'Europe/Berlin',
    'the countdown block has lang="de" and time-zone="Europe/Berlin"',
  );
  check(/Tage/.test(countdown?.text ?? '') && countdown.calendar, 'it counts in German, with "Add to calendar"');
  check(banner?.attributes.layout === 'bar' && banner.tel === 'tel:08001111', "the banner block shows GB's helpline");
  check(
    !('autoplay' in (carousel?.attributes ?? {})) && !('tip-of-the-day' in carousel.attributes),
    `a block's switches left off stay off (${JSON.stringify(carousel?.attributes)})`,
  );
  check(
    carousel?.attributes.audience === 'parents' &&
      carousel.attributes.lang === 'fr' &&
      /Pour les parents/.test(carousel.text),
    "the carousel block shows parents' tips in French",
  );
  check(
    shortCountdown?.attributes.units === 'days hours minutes' && /jours/.test(shortCountdown.text),
    'the countdown shortcode counts in French',
  );
  check(
    shortBanner?.attributes['show-countdown'] === '' && !!shortBanner.text,
    'the banner shortcode has show-countdown',
  );
  check(shortCarousel?.tel === 'tel:08001111', "the carousel shortcode ends a help tip with GB's helpline");
  check(page.hacked === null && page.injected === 0 && page.scripts === 0, 'no hostile value ran or made markup');
  check(
    !('country' in (badBlock?.attributes ?? {})) &&
      !('lang' in badBlock.attributes) &&
      !('layout' in badBlock.attributes),
    'the hostile block attributes were dropped',
  );
  check(
    !('lang' in (badCountdown?.attributes ?? {})) &&
      !('time-zone' in badCountdown.attributes) &&
      !('heading-level' in badCountdown.attributes),
    'the hostile shortcode attributes were dropped',
  );
  check(
    badBanner?.attributes.heading === 'Our day' &&
      !('href' in badBanner.attributes) &&
      badBanner.href?.startsWith('https://'),
    'markup is stripped from text, and a javascript: link is refused',
  );
  const outside = requests.filter(
    (url) => !url.startsWith(base) && !url.startsWith('data:') && !url.startsWith(`blob:${base}`),
  );
  check(outside.length === 0, `no request leaves the site (${outside.length ? outside.join(', ') : 'none'})`);
  const ours = page.modules.filter((src) => /sid-(countdown|theme-banner|tip-carousel|widgets)/.test(src));
  check(
    ours.length === 1 && new URL(ours[0]).pathname.endsWith('/wp-content/plugins/sid-widgets/assets/sid-widgets.js'),
    `the library comes from the plugin, in the one file with every element on a page of several kinds (${ours.map((src) => src.split('/').pop()).join(', ')})`,
  );
  check(errors.length === 0, `no error on the page${errors.length ? `: ${errors.join('; ')}` : ''}`);

  await tab.goto(`${base}/render-check.html`, { waitUntil: 'load' });
  const raw = await tab.evaluate(() => {
    const el = document.querySelector('sid-theme-banner');
    return {
      injected: document.querySelectorAll('[onclick], [onmouseover], [onerror], img, b').length,
      attributes: el && Object.fromEntries([...el.attributes].map((attribute) => [attribute.name, attribute.value])),
    };
  });
  check(
    raw.injected === 0 &&
      raw.attributes?.label === 'x" onclick="window.hacked = 7' &&
      raw.attributes.heading === 'Ours' &&
      raw.attributes.layout === 'bar' &&
      !('href' in raw.attributes),
    `quotes stay inside their attribute, tags are stripped, a javascript: link is refused (${JSON.stringify(raw)})`,
  );

  requests.length = 0;
  await tab.goto(`${base}/?pagename=contributed`, { waitUntil: 'networkidle0', timeout: 60_000 });
  await tab.waitForFunction(
    () =>
      [...document.querySelectorAll('sid-countdown, sid-theme-banner, sid-tip-carousel')].every((el) =>
        el.shadowRoot?.textContent.trim(),
      ),
    { timeout: 60_000 },
  );
  const contributedPage = await tab.evaluate(() =>
    [...document.querySelectorAll('sid-countdown, sid-theme-banner, sid-tip-carousel')].map((el) => ({
      tag: el.localName,
      attributes: [...el.attributes].map((attribute) => attribute.name),
      fallback: el.textContent.replace(/\s+/g, ' ').trim(),
      text: el.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
    })),
  );
  const elsewhere = requests.filter((url) => !url.startsWith(base) && !url.startsWith('data:'));
  check(elsewhere.length === 0, `a Contributor's src sends no visitor elsewhere (${elsewhere.join(', ') || 'none'})`);
  check(
    contributedPage.every((el) => !el.attributes.includes('src') && !el.attributes.includes('now')),
    `a Contributor's src and now are dropped (${JSON.stringify(contributedPage.map((el) => el.attributes))})`,
  );
  // frozen at 12 February 2030, a countdown would count to 2031
  const frozen = contributedPage.filter((el) => el.tag === 'sid-countdown' && /2031/.test(el.text));
  check(frozen.length === 0, 'no countdown of a published page counts from a frozen clock');
  const logged = await (await fetch(`${base}/wp-content/debug.log`)).text();
  const pluginLines = logged.split('\n').filter((line) => /sid-widgets|Array to string conversion/.test(line));
  check(
    logged.length > 0 && pluginLines.length === 0,
    `wrong-typed block attributes leave no PHP warning (${pluginLines.length ? pluginLines.join('; ') : `${logged.split('\n').length} lines logged, none ours`})`,
  );
  // the countdown with `now` and the last [/sid_countdown] enclose everything between them, as WordPress reads them
  const words = await tab.evaluate(() => document.body.innerText);
  check(
    contributedPage.length === 7 && /Our words about the day/.test(words) && /Words before the script/.test(words),
    `what a shortcode encloses stays on the page, up to a stray closing tag (${contributedPage.length} of 7 elements)`,
  );
  const french = (await (await fetch(`${base}/render-fr.html`)).text()).replace(/\s+/g, ' ');
  const firstForParents = (await import('../../dist/tip-carousel/tips.en.js')).tips.find(
    (tip) => tip.audience === 'parents',
  );
  const frenchParentsTip = (await import('../../dist/locales/fr-tips-parents.js')).default.tips[firstForParents.id]
    .title;
  const [frCountdown, frBanner, frCarousel] = ['sid-countdown', 'sid-theme-banner', 'sid-tip-carousel'].map(
    (tag) => new RegExp(`<${tag}[^>]*>(.*?)</${tag}>`).exec(french)?.[1] ?? '',
  );
  check(
    /Journée pour un Internet plus sûr<\/a>: <time datetime="\d{4}-02-\d{2}">[^<]*février/.test(frCountdown) &&
      /février.*<a href="https:\/\/[^"]+">Découvrir comment participer<\/a>/.test(frBanner) &&
      frCarousel.startsWith(`<strong>${frenchParentsTip.replaceAll("'", '&#039;')}</strong><br>`) &&
      !/Safer Internet Day|Find out|trusted/.test(french),
    `on a French site, the text before the script is in French: the day and its date, the banner's call to action, the first tip for parents (${french})`,
  );
  await tab.goto(`${base}/render-admin.html`, { waitUntil: 'domcontentloaded' });
  const adminSrc = await tab.evaluate(() => document.querySelector('sid-tip-carousel')?.getAttribute('src'));
  check(adminSrc === 'https://tips.example.org/tips.json', `an administrator's src is kept (${adminSrc})`);

  await tab.goto(`${base}/?pagename=one`, { waitUntil: 'networkidle0', timeout: 60_000 });
  const one = await tab.evaluate(async () => {
    await customElements.whenDefined('sid-countdown');
    return {
      shown: [...document.querySelectorAll('sid-countdown')].filter((el) => el.shadowRoot?.textContent.trim()).length,
      modules: [...document.querySelectorAll('script[type="module"]')]
        .map((script) => new URL(script.src).pathname.split('/').pop())
        .filter((file) => /^sid-/.test(file)),
    };
  });
  const oneHtml = await (await fetch(`${base}/?pagename=one`)).text();
  const reserved = /<link[^>]+assets\/reserve\.css/.test(oneHtml);
  const css = await (await fetch(`${base}/wp-content/plugins/sid-widgets/assets/reserve.css`)).text();
  check(
    reserved && css.includes('sid-countdown:not(:defined){display:block;min-height:10.5rem}'),
    "the page reserves each element's height until its script arrives",
  );
  check(
    /<sid-countdown[^>]*>[^<]*<a href="https:\/\/better-internet-for-kids[^"]*">Safer Internet Day<\/a>: <time datetime="\d{4}-02-\d{2}">/.test(
      oneHtml,
    ),
    'the markup carries the day and its date for a visitor without the script',
  );
  check(
    one.shown === 2 && one.modules.join() === 'sid-countdown.js',
    `a page with one kind of element loads that element's file only (${JSON.stringify(one)})`,
  );

  requests.length = 0;
  await tab.goto(`${base}/?pagename=plain`, { waitUntil: 'networkidle0', timeout: 60_000 });
  check(
    !requests.some((url) => url.includes('/plugins/sid-widgets/')),
    'a page without a block or shortcode loads none of the library',
  );
} catch (error) {
  fail(error);
} finally {
  await browser?.close();
  try {
    process.kill(-server.pid);
  } catch {
    server.kill();
  }
}
finish(` in ${Math.round((Date.now() - started) / 1000)} s`);
