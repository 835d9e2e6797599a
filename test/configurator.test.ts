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
        expect(doc.querySelector(`label[for="attr-${attribute.name}"]`)).to.not.equal(null);
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
    set('attr-units', 'days');
    set('attr-time-zone', 'Europe/Paris');
    set('attr-now', '2027-02-01T09:00:00Z');
    set('attr-lang', 'fr');
    const snippet = doc.querySelector('#snippet-html')!.textContent!;
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
});
