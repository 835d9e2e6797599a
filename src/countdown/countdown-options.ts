import type { SidHost } from '../internal/host.js';

/** The countdown's options, as its attributes give them; `SidCountdown` implements them. */
export interface CountdownOptions {
  date?: string;
  timeZone?: string;
  now?: string;
  units: string;
  format: 'long' | 'short' | 'narrow';
  headingLevel: number;
  calendar: boolean;
}

/** The countdown as its internal modules see it, with the visitor's own choice about the seconds. */
export type CountdownHost = SidHost &
  CountdownOptions & {
    /** Whether the seconds stand still (hidden): the visitor's choice, else their reduced-motion setting. */
    readonly secondsPaused: boolean;
    toggleSeconds(): void;
    /** What a screen reader is told once, politely, when the day begins while the page is open. */
    readonly announcement?: string;
  };
