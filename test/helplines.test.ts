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
  it('has a source and a date for every entry, a dialable number, and only country codes', () => {
    expect(Object.keys(HELPLINES).length).to.be.at.least(30);
    for (const [code, line] of Object.entries(HELPLINES)) {
      expect(COUNTRY_CODES.has(code), code).to.equal(true);
      expect(line.source, code).to.match(/^https?:\/\/\S+$/);
      expect(line.checked, code).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(line.dial, code).to.match(/^\+?\d{3,15}$/);
      expect(line.phone.replace(/\D/g, '').startsWith(line.dial.replace(/\D/g, '').slice(0, 3)), code).to.equal(true);
      if (line.website) expect(line.website, code).to.match(/^https:\/\//);
    }
  });

  it('gives the numbers of Germany, the United Kingdom and France', () => {
    expect(helplineFor('DE')).to.include({ name: 'Nummer gegen Kummer', dial: '116111' });
    expect(helplineFor('uk')).to.include({ name: 'Childline', dial: '08001111' });
    expect(helplineFor('FR')).to.include({ dial: '3018' });
    expect(helplineFor('MN')).to.equal(undefined);
    expect(helplineFor(undefined)).to.equal(undefined);
  });
});

describe('<sid-tip-carousel country>', () => {
  for (const [country, name, number, dial] of [
    ['DE', 'Nummer gegen Kummer', '116 111', '116111'],
    ['GB', 'Childline', '0800 1111', '08001111'],
    ['FR', '3018', '3018', '3018'],
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
