import { languages } from './languages.js';
import { partOf } from './parts.js';
import { AUDIENCES, type Audience, type TipText } from './schema.js';

/** Loads one language's words for one audience's built-in tips (see `partOf`). */
export type TipsLoader = () => Promise<{ default: { tips: Record<string, TipText> } }>;

/**
 * The words of the built-in tips in every language besides English, by audience; only the carousel reaches this
 * module. In the source, each part is split from its language's whole file; the builds replace this module with one
 * whose every entry loads a file of its own (scripts/locale-parts.js).
 */
export const loaders: Record<string, Record<Audience, TipsLoader>> = Object.fromEntries(
  Object.entries(languages).map(([language, load]) => [
    language,
    Object.fromEntries(
      AUDIENCES.map((audience) => [
        audience,
        async () => ({ default: partOf((await load()).default, audience) as { tips: Record<string, TipText> } }),
      ]),
    ) as Record<Audience, TipsLoader>,
  ]),
);
