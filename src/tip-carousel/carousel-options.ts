import type { SidHost } from '../internal/host.js';

/** The carousel's options, as its attributes give them; `SidTipCarousel` implements them. */
export interface CarouselOptions {
  audience?: string;
  topics?: string;
  autoplay: boolean;
  interval?: string;
  shuffle: boolean;
  tipOfTheDay: boolean;
  src?: string;
  label?: string;
  country?: string;
}

/** The carousel as its internal modules see it. */
export type CarouselHost = SidHost & CarouselOptions;
