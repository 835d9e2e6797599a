import type { Audience } from '../tip-carousel/tips.js';
import type { Interface, TipText, Translation } from './en.js';
import { partOf } from './parts.js';

type Loader = () => Promise<{ default: Translation }>;

/**
 * Every language besides English, each in its own file (the one file a translator edits). To add a language, add its
 * file beside this one and a line here.
 */
export const loaders: Record<string, Loader> = {
  ar: () => import('./ar.js'),
  bg: () => import('./bg.js'),
  cs: () => import('./cs.js'),
  da: () => import('./da.js'),
  de: () => import('./de.js'),
  el: () => import('./el.js'),
  es: () => import('./es.js'),
  et: () => import('./et.js'),
  fi: () => import('./fi.js'),
  fr: () => import('./fr.js'),
  ga: () => import('./ga.js'),
  he: () => import('./he.js'),
  hr: () => import('./hr.js'),
  hu: () => import('./hu.js'),
  is: () => import('./is.js'),
  it: () => import('./it.js'),
  lt: () => import('./lt.js'),
  lv: () => import('./lv.js'),
  mt: () => import('./mt.js'),
  nb: () => import('./nb.js'),
  nl: () => import('./nl.js'),
  pl: () => import('./pl.js'),
  pt: () => import('./pt.js'),
  ro: () => import('./ro.js'),
  sk: () => import('./sk.js'),
  sl: () => import('./sl.js'),
  sv: () => import('./sv.js'),
  tr: () => import('./tr.js'),
  uk: () => import('./uk.js'),
};

/**
 * One part of `language` (see `partOf`); `undefined` for a language without a file.
 *
 * The builds (.ci/locales.js) replace this module with one that fetches each part as a file of its own, so a page
 * with a countdown never downloads the tips, and a carousel for children only the children's tips.
 */
export async function loadPart(language: string, part: 'interface'): Promise<Interface | undefined>;
export async function loadPart(language: string, part: Audience): Promise<Record<string, TipText> | undefined>;
export async function loadPart(language: string, part: 'interface' | Audience): Promise<Interface | Record<string, TipText> | undefined> {
  const loader = loaders[language];
  return loader && partOf((await loader()).default, part);
}
