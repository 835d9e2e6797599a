import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { translationFor } from '../src/internal/locale.js';
import { hasLanguage } from '../src/locales/loaders.js';
import { settle, spoken, visibleText } from './helpers.js';

const base = (el: Element) => el.shadowRoot!.querySelector('[part="base"]')!;

describe('one language per element', () => {
  it('speaks English throughout, marked as English, in a language we do not translate', async () => {
    // Tamil: the browser has Intl data for it, which used to fill our English sentences with Tamil dates and units
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="ta">
        <sid-countdown now="2027-02-01T09:00:00Z" time-zone="UTC" units="days"></sid-countdown>
        <sid-theme-banner year="2027"></sid-theme-banner>
        <sid-tip-carousel></sid-tip-carousel>
      </div>`,
    );
    await settle(...wrapper.children);
    const [countdown, banner, carousel] = [...wrapper.children];
    expect(spoken(countdown!)).to.contain('8 days until Safer Internet Day, Tuesday, February 9, 2027');
    expect(visibleText(banner!)).to.contain('Tuesday, February 9, 2027');
    expect(visibleText(carousel!)).to.contain('For children');
    for (const el of [countdown, banner, carousel]) {
      expect(base(el!).getAttribute('lang'), el!.localName).to.equal('en');
      expect(visibleText(el!), el!.localName).to.not.match(/[\u0B80-\u0BFF]/);
    }
  });

  it('inherits the page language, with no lang of its own, when it speaks it', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="de-AT">
        <sid-countdown now="2027-02-09T09:00:00Z" time-zone="Europe/Vienna"></sid-countdown>
      </div>`,
    );
    await settle(...wrapper.children);
    const countdown = wrapper.firstElementChild!;
    expect(visibleText(countdown)).to.contain('Heute ist Safer Internet Day!');
    expect(base(countdown).hasAttribute('lang')).to.equal(false);
  });

  it('reads a regional tag as its region’s, script’s or language’s translation', () => {
    const variant = (name: string, otherwise: string) => (hasLanguage(name) ? name : otherwise);
    expect(translationFor('pt-BR')).to.equal(variant('pt-BR', 'pt'));
    expect(translationFor('pt-PT')).to.equal('pt');
    expect(translationFor('es-MX')).to.equal(variant('es-419', 'es'));
    expect(translationFor('es-AR')).to.equal(variant('es-419', 'es'));
    expect(translationFor('es-ES')).to.equal('es');
    expect(translationFor('zh-TW')).to.equal(variant('zh-Hant', 'en'));
    expect(translationFor('zh-HK')).to.equal(variant('zh-Hant', 'en'));
    expect(translationFor('zh-CN')).to.equal(variant('zh-Hans', 'en'));
    expect(translationFor('zh')).to.equal(variant('zh-Hans', 'en'));
    expect(translationFor('sr-Latn-RS')).to.equal(variant('sr-Latn', variant('sr', 'en')));
    expect(translationFor('de-CH')).to.equal('de');
    expect(translationFor('nb-NO')).to.equal('nb');
    expect(translationFor('no')).to.equal('nb');
    expect(translationFor('en-GB')).to.equal('en');
    expect(translationFor('ta')).to.equal('en');
  });
});

describe('the spoken sentence', () => {
  it('leaves out units that are zero', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <sid-countdown now="2027-02-01T00:00:00Z" time-zone="UTC" units="days hours minutes"></sid-countdown>
        <sid-countdown now="2027-02-07T20:00:00Z" time-zone="UTC"></sid-countdown>
        <sid-countdown now="2027-02-08T00:00:00Z" time-zone="UTC" units="days minutes"></sid-countdown>
      </div>`,
    );
    await settle(...wrapper.children);
    const [whole, dayAndHours, oneDay] = [...wrapper.children];
    expect(spoken(whole!)).to.match(/^\s*8 days until /);
    expect(spoken(dayAndHours!)).to.match(/^\s*1 day and 4 hours until /);
    expect(spoken(oneDay!)).to.match(/^\s*1 day until /);
    for (const el of wrapper.children) expect(spoken(el), 'no zero').to.not.match(/\b0 \w+/);
  });
});
