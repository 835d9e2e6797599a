import { hasMessages, loadLanguage } from '../../internal/i18n.js';
import { hasLanguage } from '../../locales/loaders.js';
import type { Audience, TipText } from '../../locales/schema.js';
import { loaders } from '../../locales/tips-loaders.js';

/** The words of a space- or comma-separated attribute, in lower case; `all` is left out, as it means no filter. */
export const wordsOf = (value: string | undefined): string[] =>
  (value ?? '')
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((word) => word && word !== 'all');

/** The built-in tips' words by language, loaded so far. */
const tips = new Map<string, Record<string, TipText>>();
/** Each tips file's load, by `language:audience`. */
const tipLoads = new Map<string, Promise<void>>();
/** Languages whose tips failed to load, warned about once. */
const tipFailures = new Set<string>();

/** The built-in tips' words in `language` loaded so far, or `undefined` for English and languages not loaded. */
export function tipsFor(language: string): Record<string, TipText> | undefined {
  return tips.get(language);
}

/**
 * Loads the words of the built-in tips for `audiences` in `language`, each audience once per page, after the
 * language's interface strings; if those failed, English stays and nothing more is fetched. When tips fail to load,
 * one warning for the language says why and those tips stay in English.
 */
export async function loadTips(language: string, audiences: readonly Audience[]): Promise<void> {
  if (!hasLanguage(language)) return;
  await loadLanguage(language);
  if (!hasMessages(language)) return;
  await Promise.all(
    audiences.map((audience) => {
      const key = `${language}:${audience}`;
      let load = tipLoads.get(key);
      if (!load) {
        load = loaders[language]![audience]().then(
          ({ default: words }) => void tips.set(language, { ...tips.get(language), ...words.tips }),
          (error: unknown) => {
            if (tipFailures.has(language)) return;
            tipFailures.add(language);
            console.warn(
              `sid-widgets: the "${language}" tips could not be loaded (${String(error)}); they are shown in English.`,
            );
          },
        );
        tipLoads.set(key, load);
      }
      return load;
    }),
  );
}
