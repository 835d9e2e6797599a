import { hasLanguage } from '../locales/loaders.js';

/** Languages written right to left. */
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'sd', 'ckb', 'dv']);

/**
 * The language an element speaks: its own `lang`, else the closest ancestor's (crossing shadow roots), else the
 * document's, else the browser's first preference, else English.
 */
export function resolveLanguage(element: Element): string {
  const lang = closestAttribute(element, 'lang');
  if (lang) return lang;
  return globalThis.navigator?.languages?.[0] ?? globalThis.navigator?.language ?? 'en';
}

const locales = new Map<string, string>();

/** `lang` as a locale `Intl` accepts, or English when the tag is malformed; worked out once per tag. */
export function toLocale(lang: string): string {
  let locale = locales.get(lang);
  if (!locale) {
    try {
      // `de_DE`, as some CMSs and servers write it, is the tag `de-DE`
      locale = Intl.getCanonicalLocales(lang.trim().replaceAll('_', '-'))[0] ?? 'en';
    } catch {
      locale = 'en';
    }
    locales.set(lang, locale);
  }
  return locale;
}

/** The bare language of a locale, with Norwegian's `no` read as Bokmål: `pt-BR` → `pt`, `nb-NO` → `nb`, `no` → `nb`. */
export function baseLanguage(locale: string): string {
  const language = locale.split('-')[0]!.toLowerCase();
  return language === 'no' ? 'nb' : language;
}

/** The regions whose Spanish is Latin-American Spanish (CLDR's `es-419`). */
const LATIN_AMERICA = new Set('419 AR BO CL CO CR CU DO EC GT HN MX NI PA PE PR PY SV US UY VE'.split(' '));
/** The languages we translate in more than one script (zh-Hans and zh-Hant, sr and sr-Latn). */
const SCRIPTS = new Set(['zh', 'sr']);
const translations = new Map<string, string>();

/**
 * The translation a locale reads, or `en` when there is none (every element has English): its region's where there is
 * one (`pt-BR`), Latin-American Spanish for the Americas (`es-MX` → `es-419`), its script's (`zh-TW` → `zh-Hant`,
 * `sr-Latn`), else its language's (`de-AT` → `de`).
 */
export function translationFor(locale: string): string {
  let translation = translations.get(locale);
  if (!translation) {
    const language = baseLanguage(locale);
    const tag = new Intl.Locale(locale);
    const region = tag.region ?? '';
    const candidates = [
      () => `${language}-${region}`,
      () => (language === 'es' && LATIN_AMERICA.has(region) ? 'es-419' : ''),
      // the likely script costs its first call about 5 ms on a phone (CLDR's likely subtags): asked only of the
      // languages we translate in two scripts
      () => `${language}-${tag.script ?? (SCRIPTS.has(language) ? tag.maximize().script : '')}`,
      () => language,
    ];
    translation = 'en';
    for (const candidate of candidates) {
      const name = candidate();
      if (name === 'en' || hasLanguage(name)) {
        translation = name;
        break;
      }
    }
    translations.set(locale, translation);
  }
  return translation;
}

/**
 * `rtl` when the element's language is written right to left and nothing on the page sets `dir` around it; otherwise
 * `undefined`, so the page's direction is inherited.
 */
export function languageDirection(element: Element, locale: string): 'rtl' | undefined {
  // a language written left to right needs no walk up the page, which an update of a countdown would take each second
  return RTL.has(baseLanguage(locale)) && !closestAttribute(element, 'dir') ? 'rtl' : undefined;
}

function closestAttribute(element: Element, name: string): string | undefined {
  for (
    let node: Node | null = element;
    node;
    node = node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode
  ) {
    if (node instanceof Element) {
      const value = node.getAttribute(name);
      if (value) return value;
    }
  }
  return undefined;
}
