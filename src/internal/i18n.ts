import { en, type Messages, type TipText, type Translation } from '../locales/en.js';
import { loaders } from '../locales/loaders.js';
import { lazy } from './lazy.js';

const loaded = new Map<string, Translation>();

/** The interface strings in `language`, or English while it loads, when it failed, or when there is none. */
export function messagesFor(language: string): Messages {
  return loaded.get(language)?.messages ?? en;
}

/** The built-in tips' words in `language`, or `undefined` for English and languages that are not loaded. */
export function tipsFor(language: string): Record<string, TipText> | undefined {
  return loaded.get(language)?.tips;
}

/**
 * Loads `language` once for the whole page. Resolves at once for English, for languages there is no file for, and for
 * languages loaded already; when a file fails to load, one warning says why and English stays.
 */
export async function loadLanguage(language: string): Promise<void> {
  const loader = loaders[language];
  if (!loader || loaded.has(language)) return;
  const module = await lazy(`the "${language}" translation (English is shown instead)`, loader);
  if (module) loaded.set(language, module.default);
}
