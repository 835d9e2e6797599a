import { partOf } from './parts.js';
import type { Part, Translation } from './schema.js';

/** Loads one part of a language (see `partOf`). */
export type PartLoader = () => Promise<{ default: Partial<Translation> }>;

/** In the source, each part of a language is split from its whole file, as the builds split it into files. */
const language = (load: PartLoader): Record<Part, PartLoader> => {
  const part = (name: Part) => async () => ({ default: partOf((await load()).default, name) });
  return {
    interface: part('interface'),
    children: part('children'),
    teens: part('teens'),
    parents: part('parents'),
    educators: part('educators'),
  };
};

/**
 * Every language besides English, each in its own file beside this one (the one file a translator edits). To add a
 * language, add its file and a line here. The builds check this list against the files and replace this module with
 * one whose every part is a file of its own (scripts/locale-parts.js), so a page fetches only the parts it shows.
 */
export const loaders: Record<string, Record<Part, PartLoader>> = {
  ar: language(() => import('./ar.js')),
  az: language(() => import('./az.js')),
  bg: language(() => import('./bg.js')),
  bn: language(() => import('./bn.js')),
  cs: language(() => import('./cs.js')),
  da: language(() => import('./da.js')),
  de: language(() => import('./de.js')),
  el: language(() => import('./el.js')),
  es: language(() => import('./es.js')),
  'es-419': language(() => import('./es-419.js')),
  et: language(() => import('./et.js')),
  fa: language(() => import('./fa.js')),
  fi: language(() => import('./fi.js')),
  fil: language(() => import('./fil.js')),
  fr: language(() => import('./fr.js')),
  ga: language(() => import('./ga.js')),
  he: language(() => import('./he.js')),
  hi: language(() => import('./hi.js')),
  hr: language(() => import('./hr.js')),
  hu: language(() => import('./hu.js')),
  hy: language(() => import('./hy.js')),
  id: language(() => import('./id.js')),
  is: language(() => import('./is.js')),
  it: language(() => import('./it.js')),
  ja: language(() => import('./ja.js')),
  ka: language(() => import('./ka.js')),
  ko: language(() => import('./ko.js')),
  lt: language(() => import('./lt.js')),
  lv: language(() => import('./lv.js')),
  mk: language(() => import('./mk.js')),
  ms: language(() => import('./ms.js')),
  mt: language(() => import('./mt.js')),
  nb: language(() => import('./nb.js')),
  nl: language(() => import('./nl.js')),
  pl: language(() => import('./pl.js')),
  pt: language(() => import('./pt.js')),
  'pt-BR': language(() => import('./pt-BR.js')),
  ro: language(() => import('./ro.js')),
  ru: language(() => import('./ru.js')),
  sk: language(() => import('./sk.js')),
  sl: language(() => import('./sl.js')),
  sq: language(() => import('./sq.js')),
  sr: language(() => import('./sr.js')),
  'sr-Latn': language(() => import('./sr-Latn.js')),
  sv: language(() => import('./sv.js')),
  sw: language(() => import('./sw.js')),
  th: language(() => import('./th.js')),
  tr: language(() => import('./tr.js')),
  uk: language(() => import('./uk.js')),
  ur: language(() => import('./ur.js')),
  vi: language(() => import('./vi.js')),
  'zh-Hans': language(() => import('./zh-Hans.js')),
  'zh-Hant': language(() => import('./zh-Hant.js')),
};
