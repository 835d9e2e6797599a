import type { Translation } from './en.js';

type Loader = () => Promise<{ default: Translation }>;

/**
 * Every language besides English, each its own file, fetched only when an element on the page speaks it. To add a
 * language, add its file beside this one and a line here.
 */
export const loaders: Record<string, Loader> = {
  de: () => import('./de.js'),
};
