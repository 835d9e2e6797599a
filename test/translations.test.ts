import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { en } from '../src/locales/en.js';
import { loaders as interfaces, type InterfaceLoader } from '../src/locales/interface-loaders.js';
import { languages } from '../src/locales/languages.js';
import { loaders as tipParts, type TipsLoader } from '../src/locales/tips-loaders.js';
import { AUDIENCES, type Translation } from '../src/locales/schema.js';
import { tips as englishTips } from '../src/tip-carousel/tips.en.js';
import { captureWarnings, visibleText } from './helpers.js';

/**
 * The 24 official EU languages, plus Norwegian Bokmål, Icelandic, Ukrainian, Turkish, Arabic and Hebrew; and the
 * languages of SID committees beyond Europe, with Brazilian Portuguese and Latin-American Spanish.
 */
const REQUIRED = [
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'es',
  'et',
  'fi',
  'fr',
  'ga',
  'hr',
  'hu',
  'it',
  'lt',
  'lv',
  'mt',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'sv',
  'nb',
  'is',
  'uk',
  'tr',
  'ar',
  'he',
  'az',
  'bn',
  'es-419',
  'fa',
  'fil',
  'hi',
  'hy',
  'id',
  'ja',
  'ka',
  'ko',
  'mk',
  'ms',
  'pt-BR',
  'ru',
  'sq',
  'sr',
  'sr-Latn',
  'sw',
  'th',
  'ur',
  'vi',
  'zh-Hans',
  'zh-Hant',
];
const RIGHT_TO_LEFT = ['ar', 'he', 'fa', 'ur'];

/** A language whose every part comes from `load`, as in the source. */
/** Adds a language named `name` whose every part loads with `load` (interface and tips alike), until `remove`. */
const addLanguage = (name: string, load: () => Promise<{ default: Partial<Translation> }>) => {
  interfaces[name] = load as InterfaceLoader;
  tipParts[name] = Object.fromEntries(AUDIENCES.map((audience) => [audience, load])) as Record<string, TipsLoader>;
};
const removeLanguage = (name: string) => {
  delete interfaces[name];
  delete tipParts[name];
};

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('dates and units where the browser has no Intl data for the language', () => {
  it('read as CLDR writes them, in every browser', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <sid-countdown lang="is" now="2027-02-01T09:00:00Z" time-zone="UTC"></sid-countdown>
        <sid-countdown lang="ga" now="2027-02-09T23:00:00Z" time-zone="UTC"></sid-countdown>
        <sid-countdown lang="mt" date="2027-02-09T09:30:00Z" now="2027-02-01T09:00:00Z" time-zone="UTC"></sid-countdown>
      </div>`,
    );
    const [icelandic, irish, maltese] = [...wrapper.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
    for (const el of [icelandic!, irish!, maltese!]) await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(visibleText(icelandic!)).to.contain('7 dagar').and.to.contain('þriðjudagur, 9. febrúar 2027');
    expect(icelandic!.shadowRoot!.textContent).to.contain('7 dagar og 15 klukkustundir');
    expect(visibleText(irish!)).to.contain('Dé Máirt 9 Feabhra 2027');
    expect(visibleText(maltese!)).to.contain('It-Tlieta, 9 ta’ Frar 2027').and.to.contain('09:30');
  });
});

describe('a language that cannot be fetched', () => {
  type Updatable = HTMLElement & { updateComplete: Promise<unknown> };
  const render = async (lang: string) => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang=${lang}>
        <sid-countdown now="2027-02-01T09:00:00Z" time-zone="UTC"></sid-countdown><sid-tip-carousel></sid-tip-carousel>
      </div>`,
    );
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      for (const el of wrapper.children) await (el as Updatable).updateComplete;
    }
    return [...wrapper.children] as Updatable[];
  };

  it('leaves the elements in English, the tip marked as English, with one warning', async () => {
    addLanguage('zz', () => Promise.reject(new Error('offline')));
    let elements: Updatable[] = [];
    const warnings = await captureWarnings(async () => (elements = await render('zz')));
    removeLanguage('zz');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"zz"').and.to.contain('offline');
    expect(visibleText(elements[0]!)).to.contain('Safer Internet Day').and.to.contain('days');
    const text = elements[1]!.shadowRoot!.querySelector('[part="text"]')!;
    expect(text.textContent).to.equal(englishTips[0]!.text);
    expect(text.getAttribute('lang')).to.equal('en');
  });

  it('keeps the interface translated when only the tips fail, with one warning for all four audiences', async () => {
    let calls = 0;
    const german = (await interfaces.de!()).default;
    addLanguage('zy', async () => {
      if (calls++ > 0) throw new Error('offline');
      return { default: { messages: german.messages!, tips: {} } };
    });
    let elements: Updatable[] = [];
    const warnings = await captureWarnings(async () => (elements = await render('zy')));
    removeLanguage('zy');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"zy" tips').and.to.contain('English');
    expect(visibleText(elements[1]!), 'the audience label, in German').to.contain('Für Kinder');
    expect(elements[1]!.shadowRoot!.querySelector('[part="text"]')!.getAttribute('lang')).to.equal('en');
  });
});

/** The languages we speak that are not written in the Latin script. */
const NOT_LATIN = [
  'ar',
  'bg',
  'bn',
  'el',
  'fa',
  'he',
  'hi',
  'hy',
  'ja',
  'ka',
  'ko',
  'mk',
  'ru',
  'sr',
  'th',
  'uk',
  'ur',
];

describe("the day's name", () => {
  it('is written in the script of every language not written in Latin letters', async () => {
    const latin = [];
    for (const language of [...NOT_LATIN, 'zh-Hans', 'zh-Hant']) {
      const countdown = await fixture(
        html`<sid-countdown lang=${language} now="2027-02-01T09:00:00Z" time-zone="UTC"></sid-countdown>`,
      );
      const banner = await fixture(html`<sid-theme-banner lang=${language} year="2031"></sid-theme-banner>`);
      for (const el of [countdown, banner]) {
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        const heading = el.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim();
        expect(heading, `${language} ${el.localName}`).to.not.equal('');
        if (/[A-Za-z]/.test(heading)) latin.push(`${language} ${el.localName}: ${heading}`);
      }
    }
    expect(latin).to.deep.equal([]);
  });
});

describe('translations', () => {
  it('exist for all 53 languages besides English, each in its own file', () => {
    expect(
      REQUIRED.filter((language) => !languages[language]),
      'languages without a file in src/locales/languages.ts',
    ).to.deep.equal([]);
  });

  it('can split the tips by audience: every built-in tip id begins with its audience', () => {
    expect(englishTips.filter((tip) => !tip.id.startsWith(`${tip.audience}-`)).map((tip) => tip.id)).to.deep.equal([]);
  });

  for (const language of [...new Set([...REQUIRED, ...Object.keys(languages)])].sort()) {
    describe(language, () => {
      let translation: Translation;
      before(async () => {
        // the whole language, from its parts as the elements load them
        const [own, tips] = [interfaces[language], tipParts[language]];
        if (!own || !tips) return;
        const words = await Promise.all(AUDIENCES.map(async (audience) => (await tips[audience]()).default.tips));
        translation = { ...(await own()).default, tips: Object.assign({}, ...words) } as Translation;
      });

      it('has every interface string, with the same placeholders, none empty', () => {
        expect(translation, `src/locales/${language}.ts`).to.not.equal(undefined);
        const keys = Object.keys(translation.messages);
        expect(
          Object.keys(en).filter((key) => !keys.includes(key)),
          `strings missing from src/locales/${language}.ts`,
        ).to.deep.equal([]);
        expect(
          keys.filter((key) => !(key in en)),
          `strings in src/locales/${language}.ts that English does not have`,
        ).to.deep.equal([]);
        for (const [key, english] of Object.entries(en)) {
          const text = translation.messages[key as keyof typeof en];
          expect(text.trim(), key).to.not.equal('');
          expect(placeholders(text), `${key}: placeholders`).to.deep.equal(placeholders(english));
          expect(text, `${key}: markup`).to.not.match(/<[a-z/]/i);
        }
      });

      it('has every built-in tip, none empty, none left in English', () => {
        const ids = Object.keys(translation.tips);
        const file = `src/locales/${language}.ts`;
        expect(
          englishTips.map((tip) => tip.id).filter((id) => !ids.includes(id)),
          `tips missing from ${file}`,
        ).to.deep.equal([]);
        expect(
          ids.filter((id) => !englishTips.some((tip) => tip.id === id)),
          `tips in ${file} that English does not have`,
        ).to.deep.equal([]);
        for (const tip of englishTips) {
          const words = translation.tips[tip.id]!;
          for (const key of ['title', 'text'] as const) {
            expect(words[key].trim(), `${tip.id}.${key}`).to.not.equal('');
            expect(words[key], `${tip.id}.${key} is the English text`).to.not.equal(tip[key]);
            expect(words[key], `${tip.id}.${key}: markup`).to.not.match(/<[a-z/]/i);
          }
        }
      });

      it("loads one audience's tips at a time, each with every tip of that audience", async () => {
        for (const audience of AUDIENCES) {
          const part = (await tipParts[language]![audience]()).default.tips;
          expect(Object.keys(part).sort(), audience).to.deep.equal(
            englishTips
              .filter((tip) => tip.audience === audience)
              .map((tip) => tip.id)
              .sort(),
          );
        }
      });

      it('shows no English interface text in any element', async () => {
        const wrapper = await fixture<HTMLElement>(
          html`<div lang=${language}>
            <sid-countdown now="2027-02-01T09:00:00Z" time-zone="UTC" calendar></sid-countdown>
            <sid-countdown now="2027-02-09T09:00:00Z" time-zone="UTC"></sid-countdown>
            <sid-theme-banner year="2027" calendar></sid-theme-banner>
            <sid-tip-carousel></sid-tip-carousel>
          </div>`,
        );
        const elements = [...wrapper.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
        await Promise.all(elements.map((el) => el.updateComplete));
        await new Promise((resolve) => setTimeout(resolve, 50));
        await Promise.all(elements.map((el) => el.updateComplete));
        // neither our words nor those Intl writes (units, weekdays, months), even where a browser's Intl has no data
        // for the language (Chromium has none for Irish, Icelandic and Maltese) and the language file brings CLDR's
        const englishOnly =
          /\b(until|Today is|took place|Find out|Online safety|days|hours|minutes|seconds|Next tip|Previous tip|Dismiss|Tuesday|February|carousel|slide|Hide the|Add to calendar)\b/;
        for (const el of elements) {
          const text =
            visibleText(el) +
            [...el.shadowRoot!.querySelectorAll('[aria-label], [aria-roledescription]')]
              .map((node) => `${node.getAttribute('aria-label')} ${node.getAttribute('aria-roledescription')}`)
              .join(' ');
          expect(text, `${el.localName} in ${language}`).to.not.match(englishOnly);
        }
        // the carousel shows the first tip, in this language
        const first = englishTips[0]!;
        expect(visibleText(elements[3]!), 'the first tip').to.contain(translation.tips[first.id]!.title);
        if (RIGHT_TO_LEFT.includes(language)) {
          for (const el of elements) {
            const base = el.shadowRoot!.querySelector('[part="base"]')!;
            expect(getComputedStyle(base).direction, `${el.localName} in ${language}`).to.equal('rtl');
          }
        }
      });
    });
  }
});
