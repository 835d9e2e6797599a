import type { Audience } from '../tip-carousel/tips.js';
import type { Interface, TipText, Translation } from './en.js';

/**
 * One part of a translation, as an element loads it: its interface strings with the `Intl` fallback, or its words for
 * one audience's built-in tips (a tip's id begins with its audience). The npm and CDN builds write each part as a file
 * of its own with this same function (.ci/locales.js), so it imports nothing but types.
 */
export function partOf(translation: Translation, part: 'interface' | Audience): Interface | Record<string, TipText> {
  const { messages, tips, intl } = translation;
  if (part === 'interface') return { messages, intl };
  return Object.fromEntries(Object.entries(tips).filter(([id]) => id.startsWith(`${part}-`)));
}
