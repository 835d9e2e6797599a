// The floor pages' checks, run by the browser itself (test/floor/floor.js loads the pages with --dump-dom, no driver):
// waits for the elements, reads what a visitor sees in their shadow roots, clicks, and writes a JSON report into
// <script type="application/json" id="report">. Plain JavaScript that Chromium 88 parses: no static blocks, no
// `.at()`, no `Object.hasOwn`, no top-level await. Under --virtual-time-budget, Date.now() stands still, so waits count
// loop turns; every wait is bounded, so that the report is written before the budget runs out.
(() => {
  const WORDS = {
    en: {
      tuesday: 'Tuesday',
      until: 'until Safer Internet Day',
      today: 'Today is Safer Internet Day!',
      hideSeconds: 'Hide the seconds',
      showSeconds: 'Show the seconds',
      calendar: 'Add to calendar',
      theme: 'Together for a better internet',
      cta: 'Find out how to take part',
      carousel: 'Online safety tips',
      next: 'Next tip',
      stop: 'Stop showing tips one after another',
      start: 'Start showing tips one after another',
    },
    de: {
      tuesday: 'Dienstag, 9. Februar 2027',
      until: 'bis zum Safer Internet Day',
      today: 'Heute ist Safer Internet Day!',
      hideSeconds: 'Sekunden ausblenden',
      showSeconds: 'Sekunden anzeigen',
      calendar: 'Zum Kalender hinzufügen',
      theme: 'Gemeinsam für ein besseres Internet',
      cta: 'So kannst du mitmachen',
      carousel: 'Tipps für mehr Sicherheit im Internet',
      next: 'Nächster Tipp',
      stop: 'Tipps nicht mehr automatisch wechseln',
      start: 'Tipps automatisch wechseln',
    },
    ar: {
      tuesday: 'الثلاثاء',
      until: 'يوم الإنترنت الآمن',
      today: 'اليوم هو يوم الإنترنت الآمن!',
      hideSeconds: 'إخفاء الثواني',
      showSeconds: 'إظهار الثواني',
      calendar: 'إضافة إلى التقويم',
      theme: 'معًا من أجل إنترنت أفضل',
      cta: 'اعرف كيف تشارك',
      carousel: 'نصائح للأمان على الإنترنت',
      next: 'النصيحة التالية',
      stop: 'إيقاف التبديل التلقائي للنصائح',
      start: 'تشغيل التبديل التلقائي للنصائح',
    },
  };
  const ARABIC = /[\u0600-\u06ff]/;
  const checks = [];
  let turns = 0;

  const turn = () => new Promise((done) => setTimeout(done, 20));
  /** The first truthy `test()`, waiting a turn between tries; throws after `limit` turns or the page's 2,000. */
  async function until(what, test, limit = 100) {
    for (let tries = 0; ; tries++) {
      const value = test();
      if (value) return value;
      if (tries >= limit || ++turns > 2000) throw new Error(`no ${what} after ${tries} turns`);
      await turn();
    }
  }
  const settle = (test) => until('change', test, 25).catch(() => false);
  const text = (node) => (node ? node.textContent.replace(/\s+/g, ' ').trim() : '');
  const part = (root, name) => root.querySelector(`[part~="${name}"]`);
  // Arabic-Indic digits read as Latin ones, whichever the engine's locale data picks for `ar`
  const digits = (value) => value.replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x660));
  const check = (name, ok, detail) => checks.push(ok ? { name, ok: true } : { name, ok: false, detail });
  const equal = (name, actual, expected) =>
    check(name, actual === expected, `got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  const includes = (name, actual, expected) =>
    check(name, actual.includes(expected), `${JSON.stringify(actual)} lacks ${JSON.stringify(expected)}`);

  async function countdown(el, root, words, say) {
    if (el.getAttribute('now').startsWith('2027-02-09')) {
      return includes(say('says it is the day'), text(part(root, 'message')), words.today);
    }
    const values = () => Array.from(root.querySelectorAll('[part~="value"]'), (node) => digits(text(node)));
    equal(say('counts 7 days 14 hours 0 minutes 0 seconds'), values().join(' '), '7 14 0 0');
    includes(say('shows the date'), text(part(root, 'date')), words.tuesday);
    includes(say('tells screen readers the time left'), text(root.querySelector('.visually-hidden')), words.until);
    const seconds = () =>
      `${values().length} units, button "${part(root, 'seconds-button').getAttribute('aria-label')}"`;
    part(root, 'seconds-button').click();
    await settle(() => values().length === 3);
    equal(say('seconds button hides the seconds'), seconds(), `3 units, button "${words.showSeconds}"`);
    part(root, 'seconds-button').click();
    await settle(() => values().length === 4);
    equal(say('seconds button adds the seconds again'), seconds(), `4 units, button "${words.hideSeconds}"`);
    const link = await until('"Add to calendar" link', () => part(root, 'calendar'));
    equal(say('calendar link text'), text(link), words.calendar);
    const href = link.href;
    const ics = href.startsWith('data:')
      ? decodeURIComponent(href.slice(href.indexOf(',') + 1))
      : href.startsWith('blob:')
        ? await (await fetch(href)).text()
        : href;
    includes(say('calendar link is an .ics file'), ics, 'BEGIN:VCALENDAR');
    includes(say('calendar event is on 9 February 2027'), ics, 'DTSTART;VALUE=DATE:20270209');
  }

  async function banner(el, root, words, say) {
    equal(say('heading is the theme'), text(part(root, 'heading')), words.theme);
    const cta = part(root, 'cta');
    equal(say('call to action'), text(cta), words.cta);
    check(say('call to action links to an https: page'), cta.href.startsWith('https://'), cta.href);
    part(root, 'dismiss').click();
    await settle(() => el.hidden);
    check(say('dismiss button hides it'), el.hidden && getComputedStyle(el).display === 'none', 'still shown');
  }

  async function carousel(el, root, words, say) {
    equal(say('is named'), part(root, 'base').getAttribute('aria-label'), words.carousel);
    const title = () => text(root.querySelector('[part~="slides"] [part~="title"]'));
    if (words === WORDS.ar) check(say('tip is in Arabic script'), ARABIC.test(title()), title());
    const rotation = part(root, 'rotation-button');
    equal(say('rotation button says stop'), rotation && rotation.getAttribute('aria-label'), words.stop);
    if (rotation) rotation.click();
    await settle(() => part(root, 'rotation-button').getAttribute('aria-label') !== words.stop);
    equal(
      say('rotation button, clicked, says start'),
      part(root, 'rotation-button').getAttribute('aria-label'),
      words.start,
    );
    const before = title();
    const next = part(root, 'next-button');
    equal(say('next button is named'), next.getAttribute('aria-label'), words.next);
    // the next arrow points along the reading direction (no :dir() before Chrome 120): mirrored in Arabic only
    const mirrored = getComputedStyle(next.querySelector('svg')).transform.startsWith('matrix(-1');
    equal(say('next arrow points the reading way'), mirrored, el.closest('[lang]').lang === 'ar');
    next.click();
    const after = await settle(() => title() !== before && title());
    check(say('next button shows another tip'), after, `still "${before}"`);
  }

  const KINDS = {
    'sid-countdown': { ready: '[part~="date"], [part~="message"]', check: countdown },
    'sid-theme-banner': { ready: '[part~="cta"]', check: banner },
    'sid-tip-carousel': { ready: '[part~="slides"] [part~="title"]', check: carousel },
  };

  async function checkElement(el, ready) {
    const lang = el.closest('[lang]').lang;
    const words = WORDS[lang];
    const name = `${lang} <${el.localName}${el.getAttribute('now') === '2027-02-09T10:00:00Z' ? ' on the day' : ''}>`;
    const say = (what) => `${name} ${what}`;
    try {
      const root = await ready;
      const base = part(root, 'base');
      const direction = lang === 'ar' ? 'rtl' : 'ltr';
      equal(say(`is ${direction}`), base && getComputedStyle(base).direction, direction);
      if (lang === 'ar') check(say('shows Arabic script'), ARABIC.test(text(root)), text(root));
      await KINDS[el.localName].check(el, root, words, say);
    } catch (error) {
      check(say('renders and works'), false, String(error && error.message));
    }
  }

  async function run() {
    const tags = Object.keys(KINDS);
    const defined = await Promise.all(tags.map((tag) => until(`<${tag}> definition`, () => customElements.get(tag))))
      .then(() => true)
      .catch((error) => {
        check('elements are defined', false, error.message);
        return false;
      });
    const elements = Array.from(document.querySelectorAll(tags.join(',')));
    // every element rendering at once, so that blank elements cost one wait, not one each
    const rendered = elements.map(async (el) => {
      if (!defined) throw new Error('not defined: nothing shows');
      await el.updateComplete;
      const ready = () => el.shadowRoot && text(el.shadowRoot.querySelector(KINDS[el.localName].ready));
      await until(`rendered <${el.localName}>`, ready, 250);
      return el.shadowRoot;
    });
    rendered.forEach((promise) => promise.catch(() => {}));
    for (let i = 0; i < elements.length; i++) await checkElement(elements[i], rendered[i]);
    for (let i = 0; i < 5; i++) await turn();
    const recorded = window.recorded || ['test/floor/record.js did not run'];
    // each message once: one broken module fails every element the same way
    const counted = Array.from(new Set(recorded), (message) => {
      const times = recorded.filter((each) => each === message).length;
      return times > 1 ? `${message} (${times} times)` : message;
    });
    check('no errors, rejections or warnings', recorded.length === 0, counted.join('\n'));
  }

  const finish = () => {
    const report = document.createElement('script');
    report.type = 'application/json';
    report.id = 'report';
    const json = JSON.stringify({ userAgent: navigator.userAgent, turns, checks });
    report.textContent = json.replace(/</g, '\\u003c');
    document.body.append(report);
  };
  run().then(finish, (error) => {
    check('the page script ran', false, String(error && error.stack));
    finish();
  });
})();
