import { hasLanguage, loadInterface } from '../locales/loaders.js';
import type { Interface, IntlFallback, Messages } from '../locales/schema.js';
import { lazy } from './lazy.js';

const interfaces = new Map<string, Interface>();

/** Whether the interface strings in `language` are here: English always, another language once loaded. */
export function hasMessages(language: string): boolean {
  return language === 'en' || interfaces.has(language);
}

/**
 * The interface strings in `language`; else `english` (an element's own English words) while it loads, when it failed,
 * or when there is none.
 */
export function messagesFor(language: string, english: Messages): Messages {
  return interfaces.get(language)?.messages ?? english;
}

type Formatters = typeof import('./intl-fallback.js');
/** The formatters built from CLDR's patterns, loaded with the first language that needs them in this browser. */
let formatters: Formatters | undefined;

/** The `Intl` fallback of `language` with the formatters that read it, once loaded, for browsers without data for it. */
export function intlFallback(language: string): { data: IntlFallback; formatters: Formatters } | undefined {
  const data = interfaces.get(language)?.intl;
  return data && formatters && { data, formatters };
}

/**
 * Loads the interface strings of `language` once for the whole page. Resolves at once for English, for languages
 * there is no file for, and for languages loaded already; when a file fails to load, one warning says why and English
 * stays.
 */
export async function loadLanguage(language: string): Promise<void> {
  if (!hasLanguage(language) || interfaces.has(language)) return;
  const loaded = await lazy(`the "${language}" translation (English is shown instead)`, () => loadInterface(language));
  // a language some browser's Intl has no data for brings CLDR's patterns; the code that reads them comes with it
  if (loaded?.intl) formatters ??= await lazy('the date and unit formats', () => import('./intl-fallback.js'));
  if (loaded) interfaces.set(language, loaded);
}

/** Fills `{placeholders}` in a message. */
export function fill(message: string, values: Record<string, string>): string {
  return message.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** The text of a message before and after its `{key}`, for a message that puts markup there (a `<time>`, a link). */
export function around(message: string, key: string): [string, string] {
  const [before = '', after = ''] = fill(message, { [key]: '\u0000' }).split('\u0000');
  return [before, after];
}
