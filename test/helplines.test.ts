import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { HELPLINES } from '../src/countries/helplines.data.js';
import { helplineFor } from '../src/countries/helplines.js';
import { COUNTRY_CODES } from '../src/countries/countries.js';
import { captureWarnings, settle } from './helpers.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** A carousel that shows one tip about getting help first: the children's "tell someone you trust". */
async function helpCarousel(attributes: string) {
  const wrapper = await fixture<HTMLElement>(
    html`<div
      .innerHTML=${`<sid-tip-carousel audience="children" topics="help" ${attributes}></sid-tip-carousel>`}
    ></div>`,
  );
  const el = wrapper.firstElementChild!;
  await settle(el);
  return el;
}

describe('helplines: the data', () => {
  it('has a source for every line, the date it said so where it gives one, a dialable number, and only country codes', () => {
    expect(Object.keys(HELPLINES).length).to.be.at.least(40);
    for (const [code, lines] of Object.entries(HELPLINES)) {
      expect(COUNTRY_CODES.has(code), code).to.equal(true);
      const all = [lines].flat();
      // a country's lines are for different language communities
      expect(new Set(all.map((line) => line.lang)).size, code).to.equal(all.length);
      for (const line of all) {
        expect(line.source, code).to.match(/^https?:\/\/\S+$/);
        if (line.stated !== undefined) {
          expect(line.stated, code).to.match(/^\d{4}(-\d{2}(-\d{2})?)?$/);
          expect(line.stated < '2026-12-08', code).to.equal(true);
        }
        expect(line.dial, code).to.match(/^\+?\d{3,15}$/);
        expect(line.phone.replace(/\D/g, '').startsWith(line.dial.replace(/\D/g, '').slice(0, 3)), code).to.equal(true);
        if (line.website) expect(line.website, code).to.match(/^https:\/\//);
      }
    }
  });

  it('gives the numbers of Germany, the United Kingdom and France', () => {
    expect(helplineFor('DE')).to.include({ name: 'Nummer gegen Kummer', dial: '116111' });
    expect(helplineFor('uk')).to.include({ name: 'Childline', dial: '08001111' });
    expect(helplineFor('FR')).to.include({ name: 'Allô enfance en danger', dial: '119' });
    expect(helplineFor('MN')).to.equal(undefined);
    expect(helplineFor(undefined)).to.equal(undefined);
  });

  it("gives a multilingual country's line in the language of the page, else the country's main line", () => {
    for (const [country, language, name, dial] of [
      ['BE', 'fr', 'Écoute-Enfants', '103'],
      ['BE', 'fr-BE', 'Écoute-Enfants', '103'],
      ['BE', 'nl', 'Awel', '102'],
      ['BE', 'de', 'Awel', '102'],
      ['BE', 'en', 'Awel', '102'],
      ['CA', 'fr', "Jeunesse, J'écoute", '18006686868'],
      ['CA', 'en', 'Kids Help Phone', '18006686868'],
      ['FI', 'sv', 'Barn- och ungdomstelefonen', '080096116'],
      ['FI', 'fi', 'MLL:n Lasten ja nuorten puhelin', '116111'],
      ['CH', 'it', 'Pro Juventute 147', '147'],
    ] as const) {
      expect(helplineFor(country, language), `${country} ${language}`).to.include({ name, dial });
    }
    expect(helplineFor('CH', 'it')!.lang).to.equal('it');
    expect(helplineFor('CH', 'fr')!.lang).to.equal('fr');
    expect(helplineFor('CH', 'en')!.lang).to.equal('de');
  });

  it('has the lines of Israel, Ukraine, Moldova, Liechtenstein and the United States', () => {
    expect(helplineFor('IL')).to.include({ dial: '105', lang: 'he' });
    expect(helplineFor('UA')).to.include({ dial: '116111', lang: 'uk' });
    expect(helplineFor('MD')).to.include({ name: 'Telefonul Copilului', dial: '116111' });
    expect(helplineFor('LI')).to.include({ name: 'Pro Juventute 147', dial: '147' });
    expect(helplineFor('US')).to.include({ name: 'Boys Town National Hotline', dial: '18004483000' });
  });
});

describe('<sid-tip-carousel country>', () => {
  for (const [country, name, number, dial] of [
    ['DE', 'Nummer gegen Kummer', '116 111', '116111'],
    ['GB', 'Childline', '0800 1111', '08001111'],
    ['FR', 'Allô enfance en danger', '119', '119'],
  ] as const) {
    it(`ends the tips about getting help with the helpline of ${country}, as a tel: link`, async () => {
      const el = await helpCarousel(`country="${country}"`);
      const line = part(el, 'helpline')!;
      expect(line.textContent!.replace(/\s+/g, ' ').trim()).to.contain(`Need to talk to someone? ${name}: ${number}`);
      const tel = line.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
      expect(tel.getAttribute('href')).to.equal(`tel:${dial}`);
      expect(line.querySelector('a[href^="https:"]')!.getAttribute('rel')).to.contain('noopener');
    });
  }

  it("speaks the carousel's language, with the helpline's name marked in its own", async () => {
    const german = await helpCarousel('country="DE" lang="de"');
    const line = part(german, 'helpline')!;
    expect(line.textContent!.replace(/\s+/g, ' ')).to.contain('Brauchst du jemanden zum Reden? Nummer gegen Kummer');
    expect(line.querySelector('a[href^="tel:"]')!.hasAttribute('lang')).to.equal(false);
    const english = await helpCarousel('country="DE"');
    expect(part(english, 'helpline')!.querySelector('a[href^="tel:"]')!.getAttribute('lang')).to.equal('de');
  });

  it('shows no helpline without country, for a country with no sourced one, or on other tips', async () => {
    expect(part(await helpCarousel(''), 'helpline')).to.equal(null);
    expect(part(await helpCarousel('country="MN"'), 'helpline')).to.equal(null);
    const privacy = await fixture(html`<sid-tip-carousel country="DE" topics="privacy"></sid-tip-carousel>`);
    await settle(privacy);
    expect(part(privacy, 'helpline')).to.equal(null);
  });

  it('warns once about a country that is not a code, and shows no helpline', async () => {
    let el!: Element;
    const warnings = await captureWarnings(async () => (el = await helpCarousel('country="Germany"')));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<sid-tip-carousel>').and.to.contain('country="Germany"');
    expect(part(el, 'helpline')).to.equal(null);
  });
});

describe("a helpline in the element's language", () => {
  for (const [country, lang, text, dial] of [
    ['BE', 'fr', 'Écoute-Enfants: 103', '103'],
    ['BE', 'nl', 'Awel: 102', '102'],
    ['CA', 'fr', "Jeunesse, J'écoute: 1-800-668-6868", '18006686868'],
    ['FI', 'sv', 'Barn- och ungdomstelefonen: 0800 96 116', '080096116'],
    ['IL', 'he', 'המטה הלאומי להגנה על ילדים ברשת: 105', '105'],
    ['UA', 'uk', 'Національна дитяча «гаряча» лінія: 116 111', '116111'],
    ['MD', 'ro', 'Telefonul Copilului: 116 111', '116111'],
    ['LI', 'de', 'Pro Juventute 147: 147', '147'],
  ] as const) {
    it(`a ${lang} page in ${country} shows ${text}, in the banner and the carousel`, async () => {
      const banner = await fixture(
        html`<sid-theme-banner show-helpline country=${country} lang=${lang} year="2026"></sid-theme-banner>`,
      );
      const carousel = await helpCarousel(`country="${country}" lang="${lang}"`);
      await settle(banner);
      for (const el of [banner, carousel]) {
        const tel = part(el, 'helpline')!.querySelector('a[href^="tel:"]')!;
        expect(tel.getAttribute('href'), el.localName).to.equal(`tel:${dial}`);
        expect(tel.textContent!.replace(/\s+/g, ' ').trim(), el.localName).to.equal(text);
        // the name is in the page's language: no lang of its own
        expect(tel.hasAttribute('lang'), el.localName).to.equal(false);
      }
    });
  }
});

describe('<sid-theme-banner show-helpline>', () => {
  it("shows one line with the country's helpline", async () => {
    const el = await fixture(html`<sid-theme-banner show-helpline country="GB" year="2026"></sid-theme-banner>`);
    await settle(el);
    const tel = part(el, 'helpline')!.querySelector('a[href^="tel:"]')!;
    expect(tel.getAttribute('href')).to.equal('tel:08001111');
    expect(tel.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Childline: 0800 1111');
  });

  it('shows none without country, or for a country with no sourced helpline', async () => {
    for (const banner of [
      html`<sid-theme-banner show-helpline year="2026"></sid-theme-banner>`,
      html`<sid-theme-banner show-helpline country="MN" year="2026"></sid-theme-banner>`,
      html`<sid-theme-banner country="DE" year="2026"></sid-theme-banner>`,
    ]) {
      const el = await fixture(banner);
      await settle(el);
      expect(part(el, 'helpline')).to.equal(null);
    }
  });
});
