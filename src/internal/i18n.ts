import { en, type Messages, type TipText } from '../locales/en.js';
import { loadPart, loaders } from '../locales/loaders.js';
import type { Audience } from '../tip-carousel/tips.js';
import { lazy } from './lazy.js';

const messages = new Map<string, Messages>();
const tips = new Map<string, Record<string, TipText>>();
const tipParts = new Set<string>();

/** The interface strings in `language`, or English while it loads, when it failed, or when there is none. */
export function messagesFor(language: string): Messages {
  return messages.get(language) ?? en;
}

/** The built-in tips' words in `language` loaded so far, or `undefined` for English and languages not loaded. */
export function tipsFor(language: string): Record<string, TipText> | undefined {
  return tips.get(language);
}

/**
 * Loads the interface strings of `language` once for the whole page. Resolves at once for English, for languages
 * there is no file for, and for languages loaded already; when a file fails to load, one warning says why and English
 * stays.
 */
export async function loadLanguage(language: string): Promise<void> {
  if (!loaders[language] || messages.has(language)) return;
  const loaded = await lazy(`the "${language}" translation (English is shown instead)`, () => loadPart(language, 'messages'));
  if (loaded) messages.set(language, loaded);
}

/** Loads the words of the built-in tips for `audiences` in `language`, each audience once per page, as above. */
export async function loadTips(language: string, audiences: readonly Audience[]): Promise<void> {
  if (!loaders[language]) return;
  await Promise.all(
    audiences
      .filter((audience) => !tipParts.has(`${language}:${audience}`))
      .map(async (audience) => {
        const loaded = await lazy(`the "${language}" tips for ${audience} (English is shown instead)`, () => loadPart(language, audience));
        if (loaded && !tipParts.has(`${language}:${audience}`)) tips.set(language, { ...tips.get(language), ...loaded });
        tipParts.add(`${language}:${audience}`);
      }),
  );
}
