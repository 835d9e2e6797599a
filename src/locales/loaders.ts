import { loaders } from './interface-loaders.js';
import type { Interface } from './schema.js';

/** Whether there is a translation of `language` (English has none: it is built in). */
export function hasLanguage(language: string): boolean {
  return Object.prototype.hasOwnProperty.call(loaders, language);
}

/** The interface strings of `language`, or `undefined` without a file. */
export async function loadInterface(language: string): Promise<Interface | undefined> {
  return hasLanguage(language) ? (await loaders[language]!()).default : undefined;
}
