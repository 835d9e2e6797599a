import type { SidHost } from '../internal/host.js';

/** The countdown's options, as its attributes give them; `SidCountdown` implements them. */
export interface CountdownOptions {
  date?: string;
  timeZone?: string;
  now?: string;
  units: string;
  format: 'long' | 'short' | 'narrow';
}

/** The countdown as its internal modules see it. */
export type CountdownHost = SidHost & CountdownOptions;
