import { languages } from './languages.js';
import { partOf } from './parts.js';
import type { Interface } from './schema.js';

/** Loads one language's interface strings (see `partOf`). */
export type InterfaceLoader = () => Promise<{ default: Interface }>;

/**
 * The interface strings of every language besides English. In the source, each is split from its language's whole file;
 * the builds replace this module with one whose every entry loads a file of its own (scripts/locale-parts.js).
 */
export const loaders: Record<string, InterfaceLoader> = Object.fromEntries(
  Object.entries(languages).map(([language, load]) => [
    language,
    async () => ({ default: partOf((await load()).default, 'interface') as Interface }),
  ]),
);
