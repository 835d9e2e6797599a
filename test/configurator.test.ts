import { expect } from '@open-wc/testing';
import { visibleText } from './helpers.js';

async function frame(attributes: Partial<HTMLIFrameElement>): Promise<HTMLIFrameElement> {
  const element = Object.assign(document.createElement('iframe'), attributes);
  element.style.width = '800px';
  document.body.append(element);
  await new Promise((resolve) => element.addEventListener('load', resolve, { once: true }));
  return element;
}

async function until(check: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 100 && !check(); attempt++) await new Promise((resolve) => setTimeout(resolve, 50));
  expect(check()).to.equal(true);
}

describe('the configurator', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((element) => element.remove()));

  it('offers a control for every attribute of every element in the manifest', async () => {
    const configurator = await frame({ src: '/demo/configurator.html' });
    const doc = configurator.contentDocument!;
    await until(() => doc.documentElement.hasAttribute('data-ready'));
    const manifest = await (await fetch('/custom-elements.json')).json();
    const declarations = manifest.modules
      .flatMap(
        (module: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }) =>
          module.declarations ?? [],
      )
      .filter((declaration: { tagName?: string }) => declaration.tagName);
    const select = doc.querySelector<HTMLSelectElement>('#element')!;
    expect([...select.options].map((option) => option.value).sort()).to.deep.equal(
      declarations.map((declaration: { tagName: string }) => declaration.tagName).sort(),
    );
    for (const declaration of declarations) {
      select.value = declaration.tagName;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      for (const attribute of declaration.attributes) {
        const control = doc.querySelector(`#attr-${attribute.name}`);
        expect(control, `${declaration.tagName} ${attribute.name}`).to.not.equal(null);
        // named by a label, or a fieldset's legend, in words: never the attribute's name, never markdown
        const name =
          control!.localName === 'fieldset'
            ? control!.querySelector('legend')!.textContent!
            : doc.querySelector(`label[for="attr-${attribute.name}"]`)!.textContent!;
        const help = doc.querySelector(`#attr-${attribute.name}-hint`)?.textContent ?? '';
        expect(name.trim(), `${declaration.tagName} ${attribute.name}`).to.not.equal('');
        expect(name, `${declaration.tagName} ${attribute.name}`).to.not.contain(
          attribute.name.includes('-') ? attribute.name : '\u0000',
        );
        expect(`${name} ${help}`, `${declaration.tagName} ${attribute.name}`).to.not.contain('`');
      }
    }
  });

  it('gives an HTML snippet that, pasted into a blank page with the CDN files, renders the configured element', async () => {
    const configurator = await frame({ src: '/demo/configurator.html' });
    const doc = configurator.contentDocument!;
    await until(() => doc.documentElement.hasAttribute('data-ready'));
    const set = (id: string, value: string) => {
      const control = doc.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)!;
      control.value = value;
      control.dispatchEvent(new Event('input', { bubbles: true }));
    };
    doc.querySelector<HTMLInputElement>('#attr-units input[value="days"]')!.click();
    set('attr-time-zone', 'Europe/Paris');
    // the browser's own zone is UTC here
    set('attr-now', '2027-02-01T09:00');
    set('attr-lang', 'fr');
    // the snippet speaks before the script: the day and its date in the chosen language, and the height reserved
    await until(() => doc.querySelector('#snippet-html')!.textContent!.includes('</time></sid-countdown>'));
    const snippet = doc.querySelector('#snippet-html')!.textContent!;
    const before = new DOMParser().parseFromString(snippet, 'text/html').querySelector('sid-countdown')!;
    expect(before.textContent).to.equal('Journée pour un Internet plus sûrmardi 9 février 2027');
    expect(before.querySelector('time')!.getAttribute('datetime')).to.equal('2027-02-09');
    expect(snippet).to.contain('<style>sid-countdown:not(:defined) { display: block; min-height: 10.5rem; }</style>');
    expect(snippet).to.match(
      /src="https:\/\/cdn\.jsdelivr\.net\/npm\/sid-widgets@\d+\.\d+\.\d+\/cdn\/sid-countdown\.js"/,
    );
    expect(snippet)
      .to.match(/integrity="sha384-[A-Za-z0-9+/=]{64}"/)
      .and.to.contain('crossorigin="anonymous"');
    const local = snippet.replace(
      /https:\/\/cdn\.jsdelivr\.net\/npm\/sid-widgets@[^/]+\/cdn\//,
      `${location.origin}/cdn/`,
    );
    const page = await frame({
      srcdoc: `<!doctype html><html><head><meta charset="utf-8"></head><body>${local}</body></html>`,
    });
    const win = page.contentWindow as Window & typeof globalThis;
    await until(() => !!win.customElements.get('sid-countdown'));
    const el = page.contentDocument!.querySelector('sid-countdown') as unknown as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await el.updateComplete;
    expect(visibleText(el)).to.contain('8 jours').and.to.contain('mardi 9 février 2027');
  });

  it("gives a banner's and a carousel's snippet their words before the script, in the chosen language", async () => {
    const configurator = await frame({ src: '/demo/configurator.html' });
    const doc = configurator.contentDocument!;
    await until(() => doc.documentElement.hasAttribute('data-ready'));
    const choose = (tag: string, settings: Record<string, string>) => {
      const select = doc.querySelector<HTMLSelectElement>('#element')!;
      select.value = tag;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      for (const [id, value] of Object.entries(settings)) {
        const control = doc.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)!;
        control.value = value;
        control.dispatchEvent(new Event('change', { bubbles: true }));
      }
    };
    const fallback = (tag: string) =>
      new DOMParser().parseFromString(doc.querySelector('#snippet-html')!.textContent!, 'text/html').querySelector(tag);
    choose('sid-theme-banner', { 'attr-lang': 'fr', 'attr-year': '2027' });
    await until(() => !!fallback('sid-theme-banner')?.querySelector('a'));
    const banner = fallback('sid-theme-banner')!;
    expect(banner.textContent).to.contain('Journée pour un Internet plus sûr 2027').and.to.contain('Découvrir');
    expect(banner.querySelector('a')!.getAttribute('href')).to.match(/^https:\/\//);
    choose('sid-tip-carousel', { 'attr-lang': 'de', 'attr-audience': '' });
    await until(() => /vertraust/.test(fallback('sid-tip-carousel')?.textContent ?? ''));
    expect(doc.querySelector('#snippet-html')!.textContent).to.contain('sid-tip-carousel:not(:defined)');
  });

  it('offers a pinned snippet with integrity (the default) or one that follows the major version, without', async () => {
    const configurator = await frame({ src: '/demo/configurator.html' });
    const doc = configurator.contentDocument!;
    await until(() => doc.documentElement.hasAttribute('data-ready'));
    const snippet = () => doc.querySelector('#snippet-html')!.textContent!;
    const version = /sid-widgets@(\d+\.\d+\.\d+)\//.exec(snippet())![1]!;
    const [pinned, current] = [...doc.querySelectorAll<HTMLInputElement>('input[name="facts"]')];
    expect(pinned!.checked).to.equal(true);
    expect(snippet()).to.match(/integrity="sha384-/);
    current!.click();
    const major = version.split('.')[0];
    expect(snippet()).to.contain(`https://cdn.jsdelivr.net/npm/sid-widgets@${major}/cdn/sid-countdown.js`);
    expect(snippet()).to.not.contain('integrity');
    // the choice is explained in words, with the trade-off
    expect(current!.closest('label')!.textContent).to.contain(`${major}.x`).and.to.contain('integrity');
    doc.querySelector<HTMLInputElement>('input[name="classic"]')!.click();
    expect(snippet()).to.contain(`sid-widgets@${major}/cdn/sid-widgets.iife.js`).and.to.not.contain('integrity');
    pinned!.click();
    expect(snippet())
      .to.contain(`sid-widgets@${version}/cdn/sid-widgets.iife.js`)
      .and.to.match(/integrity="sha384-/);
  });

  it('offers real pickers: countries by name, time zones (the visitor\u2019s first), audiences as checkboxes, switches', async () => {
    const configurator = await frame({ src: '/demo/configurator.html' });
    const doc = configurator.contentDocument!;
    await until(() => doc.documentElement.hasAttribute('data-ready'));
    const select = doc.querySelector<HTMLSelectElement>('#element')!;
    expect([...select.options].map((option) => option.textContent)).to.include('Online safety tips');
    const zones = [...doc.querySelectorAll<HTMLOptionElement>('#attr-time-zone-zones option')].map((o) => o.value);
    expect(zones[0]).to.equal(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(zones).to.include('Europe/Brussels');
    select.value = 'sid-tip-carousel';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const country = doc.querySelector<HTMLSelectElement>('#attr-country')!;
    expect([...country.options].find((option) => option.value === 'DE')!.textContent).to.equal('Germany');
    country.value = 'DE';
    country.dispatchEvent(new Event('change', { bubbles: true }));
    for (const value of ['parents', 'educators'])
      doc.querySelector<HTMLInputElement>(`#attr-audience input[value="${value}"]`)!.click();
    const autoplay = doc.querySelector<HTMLInputElement>('#attr-autoplay')!;
    expect(autoplay.getAttribute('role')).to.equal('switch');
    autoplay.click();
    const snippet = doc.querySelector('#snippet-html')!.textContent!;
    expect(snippet).to.contain(
      '<sid-tip-carousel audience="parents educators" country="DE" autoplay></sid-tip-carousel>',
    );
    // four previews: phone and computer, light and dark
    expect([...doc.querySelectorAll('#preview sid-tip-carousel')].map((el) => el.getAttribute('theme'))).to.deep.equal([
      'light',
      'dark',
      'light',
      'dark',
    ]);
  });

  it('keeps every value inside its attribute in each snippet: HTML, React, Vue and Angular', async () => {
    const configurator = await frame({ src: '/demo/configurator.html' });
    const doc = configurator.contentDocument!;
    await until(() => doc.documentElement.hasAttribute('data-ready'));
    const select = doc.querySelector<HTMLSelectElement>('#element')!;
    select.value = 'sid-theme-banner';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const hostile = 'A "b" <img src=x onerror=alert(1)> `c` ${globalThis.escaped = 1} \\d {{ constructor }} &amp;';
    const label = doc.querySelector<HTMLInputElement>('#attr-label')!;
    label.value = hostile;
    label.dispatchEvent(new Event('input', { bubbles: true }));
    const code = (name: string) => doc.querySelector(`#snippet-${name}`)!.textContent!;
    /** The one element a piece of markup holds, as an HTML parser reads it, and how many elements it holds. */
    const parse = (markup: string) => {
      const body = new DOMParser().parseFromString(markup, 'text/html').body;
      return { element: body.firstElementChild!, count: body.querySelectorAll('*').length };
    };
    const markups = {
      html: code('html').slice(code('html').indexOf('<sid-theme-banner')),
      vue: code('vue').match(/<template>\s*([\s\S]*?)\s*<\/template>/)![1]!,
      // JSX string attributes read entities as HTML does, and no backslash escapes
      react: `<x ${code('react').match(/<SidThemeBanner ([^\n]*?) \/>/)![1]}></x>`,
      // what the partner's build makes of the template literal, then Angular's template
      angular: new Function(`return \`${code('angular').match(/template: `([\s\S]*?)`,\n/)![1]}\`;`)() as string,
    };
    for (const [target, markup] of Object.entries(markups)) {
      const { element, count } = parse(markup);
      expect(count, target).to.equal(1);
      expect(element.getAttribute('label'), target).to.equal(hostile);
    }
    expect(markups.angular, 'no Angular interpolation').to.not.contain('{{');
    expect((configurator.contentWindow as unknown as { escaped?: number }).escaped).to.equal(undefined);
    expect((window as unknown as { escaped?: number }).escaped).to.equal(undefined);
  });

  it('confirms a copy in a live region, and tells where to paste on each platform', async () => {
    const configurator = await frame({ src: '/demo/configurator.html' });
    const doc = configurator.contentDocument!;
    await until(() => doc.documentElement.hasAttribute('data-ready'));
    doc.querySelector<HTMLButtonElement>('[data-copy="snippet-html"]')!.click();
    const status = doc.querySelector('#copy-status')!;
    expect(status.getAttribute('role')).to.equal('status');
    await until(() => status.textContent!.trim() !== '');
    const platforms = [...doc.querySelectorAll('.howto dt')].map((dt) => dt.textContent!.trim());
    for (const platform of [
      'WordPress',
      'Google Sites',
      'Wix',
      'Squarespace',
      'Moodle',
      'Joomla and Drupal',
      'Plain HTML',
    ])
      expect(platforms).to.include(platform);
  });

  it('passes axe, with every picker shown', async function () {
    // three runs of axe over the whole page (hundreds of options, four previews) took 6.4 s in Firefox, 9.9 s in
    // Chromium and 16.6 s in WebKit, the three side by side on two cores: slow by nature, not stuck
    this.timeout(60_000);
    const configurator = await frame({ src: '/demo/configurator.html' });
    const doc = configurator.contentDocument!;
    await until(() => doc.documentElement.hasAttribute('data-ready'));
    const win = configurator.contentWindow as Window & {
      axe?: { run: (context: Document) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
    };
    const script = Object.assign(doc.createElement('script'), { src: '/node_modules/axe-core/axe.min.js' });
    doc.head.append(script);
    await until(() => !!win.axe);
    const select = doc.querySelector<HTMLSelectElement>('#element')!;
    for (const tag of ['sid-countdown', 'sid-theme-banner', 'sid-tip-carousel']) {
      select.value = tag;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      const previews = [...doc.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('#preview ' + tag)];
      await configurator.contentWindow!.customElements.whenDefined(tag);
      await Promise.all(previews.map((preview) => preview.updateComplete));
      await until(() => previews.every((preview) => visibleText(preview) !== ''));
      const { violations } = await win.axe!.run(doc);
      expect(
        violations.map((violation) => `${violation.id} (${violation.nodes.length})`),
        tag,
      ).to.deep.equal([]);
    }
  });
});
