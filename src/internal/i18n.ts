import { en } from '../locales/en.js';
import { hasLanguage, loadPart } from '../locales/loaders.js';
import type { Audience, Interface, IntlFallback, Messages, TipText } from '../locales/schema.js';
import { lazy } from './lazy.js';

const interfaces = new Map<string, Interface>();
const tips = new Map<string, Record<string, TipText>>();
/** Each tips file's load, by `language:audience`. */
const tipLoads = new Map<string, Promise<void>>();
/** Languages whose tips failed to load, warned about once. */
const tipFailures = new Set<string>();

/** Whether the interface strings in `language` are here: English always, another language once loaded. */
export function hasMessages(language: string): boolean {
  return language === 'en' || interfaces.has(language);
}

/** The interface strings in `language`, or English while it loads, when it failed, or when there is none. */
export function messagesFor(language: string): Messages {
  return interfaces.get(language)?.messages ?? en;
}

type Formatters = typeof import('./intl-fallback.js');
/** The formatters built from CLDR's patterns, loaded with the first language that needs them in this browser. */
let formatters: Formatters | undefined;

/** The `Intl` fallback of `language` with the formatters that read it, once loaded, for browsers without data for it. */
export function intlFallback(language: string): { data: IntlFallback; formatters: Formatters } | undefined {
  const data = interfaces.get(language)?.intl;
  return data && formatters && { data, formatters };
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
  if (!hasLanguage(language) || interfaces.has(language)) return;
  const loaded = await lazy(`the "${language}" translation (English is shown instead)`, () =>
    loadPart(language, 'interface'),
  );
  // a language some browser's Intl has no data for brings CLDR's patterns; the code that reads them comes with it
  if (loaded?.intl) formatters ??= await lazy('the date and unit formats', () => import('./intl-fallback.js'));
  if (loaded) interfaces.set(language, loaded);
}

/**
 * Loads the words of the built-in tips for `audiences` in `language`, each audience once per page, after the
 * language's interface strings; if those failed, English stays and nothing more is fetched. When tips fail to load,
 * one warning for the language says why and those tips stay in English.
 */
export async function loadTips(language: string, audiences: readonly Audience[]): Promise<void> {
  if (!hasLanguage(language)) return;
  await loadLanguage(language);
  if (!interfaces.has(language)) return;
  await Promise.all(
    audiences.map((audience) => {
      const key = `${language}:${audience}`;
      let load = tipLoads.get(key);
      if (!load) {
        load = loadPart(language, audience).then(
          (words) => void tips.set(language, { ...tips.get(language), ...words }),
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

/** Fills `{placeholders}` in a message. */
export function fill(message: string, values: Record<string, string>): string {
  return message.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
