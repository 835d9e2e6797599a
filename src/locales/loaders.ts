import { loaders } from './languages.js';
import type { Audience, Interface, TipText } from './schema.js';

/** Whether there is a translation of `language` (English has none: it is built in). */
export function hasLanguage(language: string): boolean {
  return Object.hasOwn(loaders, language);
}

/** One part of `language`: its interface strings, or its words for one audience's tips; `undefined` without a file. */
export async function loadPart(language: string, part: 'interface'): Promise<Interface | undefined>;
export async function loadPart(language: string, part: Audience): Promise<Record<string, TipText> | undefined>;
export async function loadPart(
  language: string,
  part: 'interface' | Audience,
): Promise<Interface | Record<string, TipText> | undefined> {
  const load = hasLanguage(language) ? loaders[language]![part] : undefined;
  if (!load) return undefined;
  const { default: split } = await load();
  return part === 'interface' ? (split as Interface) : split.tips;
}
