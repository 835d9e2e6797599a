import type { Part, Translation } from './schema.js';

/**
 * One part of a translation, as an element loads it: its interface strings with the `Intl` fallback, or its words for
 * one audience's built-in tips (a tip's id begins with its audience). The source's loaders split each language with it
 * as they load it; the builds write each part as a file of its own with this same function (scripts/locale-parts.js).
 */
export function partOf(translation: Partial<Translation>, part: Part): Partial<Translation> {
  const { messages, tips = {}, intl } = translation;
  if (part === 'interface') return intl ? { messages, intl } : { messages };
  return { tips: Object.fromEntries(Object.entries(tips).filter(([id]) => id.startsWith(`${part}-`))) };
}
