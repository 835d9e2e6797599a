import type { Translation } from './schema.js';

/** Loads a language's whole file. */
export type LanguageLoader = () => Promise<{ default: Partial<Translation> }>;

/**
 * Every language besides English, each in its own file beside this one (the one file a translator edits). To add a
 * language, add its file and a line here. The builds check this list against the files, and split each language into
 * parts, each a file of its own (scripts/locale-parts.js): the interface strings, which every element loads
 * (interface-loaders.ts), and the words of each audience's tips, which only the carousel loads (tips-loaders.ts).
 */
export const languages: Record<string, LanguageLoader> = {
  ar: () => import('./ar.js'),
  az: () => import('./az.js'),
  bg: () => import('./bg.js'),
  bn: () => import('./bn.js'),
  cs: () => import('./cs.js'),
  da: () => import('./da.js'),
  de: () => import('./de.js'),
  el: () => import('./el.js'),
  es: () => import('./es.js'),
  'es-419': () => import('./es-419.js'),
  et: () => import('./et.js'),
  fa: () => import('./fa.js'),
  fi: () => import('./fi.js'),
  fil: () => import('./fil.js'),
  fr: () => import('./fr.js'),
  ga: () => import('./ga.js'),
  he: () => import('./he.js'),
  hi: () => import('./hi.js'),
  hr: () => import('./hr.js'),
  hu: () => import('./hu.js'),
  hy: () => import('./hy.js'),
  id: () => import('./id.js'),
  is: () => import('./is.js'),
  it: () => import('./it.js'),
  ja: () => import('./ja.js'),
  ka: () => import('./ka.js'),
  ko: () => import('./ko.js'),
  lt: () => import('./lt.js'),
  lv: () => import('./lv.js'),
  mk: () => import('./mk.js'),
  ms: () => import('./ms.js'),
  mt: () => import('./mt.js'),
  nb: () => import('./nb.js'),
  nl: () => import('./nl.js'),
  pl: () => import('./pl.js'),
  pt: () => import('./pt.js'),
  'pt-BR': () => import('./pt-BR.js'),
  ro: () => import('./ro.js'),
  ru: () => import('./ru.js'),
  sk: () => import('./sk.js'),
  sl: () => import('./sl.js'),
  sq: () => import('./sq.js'),
  sr: () => import('./sr.js'),
  'sr-Latn': () => import('./sr-Latn.js'),
  sv: () => import('./sv.js'),
  sw: () => import('./sw.js'),
  th: () => import('./th.js'),
  tr: () => import('./tr.js'),
  uk: () => import('./uk.js'),
  ur: () => import('./ur.js'),
  vi: () => import('./vi.js'),
  'zh-Hans': () => import('./zh-Hans.js'),
  'zh-Hant': () => import('./zh-Hant.js'),
};
