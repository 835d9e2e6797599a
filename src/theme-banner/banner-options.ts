import type { SidHost } from '../internal/host.js';

/** The banner's options, as its attributes give them; `SidThemeBanner` implements them. */
export interface BannerOptions {
  year?: number;
  country?: string;
  heading?: string;
  message?: string;
  href?: string;
  cta?: string;
  layout: 'card' | 'bar';
  dismissible: boolean;
  dismissFocus?: string;
  remember: boolean;
  showCountdown: boolean;
  label?: string;
  headingLevel: number;
  calendar: boolean;
  showHelpline: boolean;
  theme: 'light' | 'dark' | 'auto';
}

/** The banner as its internal modules see it. */
export type BannerHost = SidHost & BannerOptions;
