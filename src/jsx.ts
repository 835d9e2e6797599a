/**
 * JSX typings for the bare tags in React 19, which sets properties and listens to custom events on custom elements
 * itself: `import type {} from 'sid-widgets/jsx';` once, then `<sid-countdown units="days" onsid-countdown-start={…} />`.
 */
import type { SidCountdown } from './countdown/sid-countdown.component.js';
import type { SidThemeBanner } from './theme-banner/sid-theme-banner.component.js';
import type { SidTipCarousel } from './tip-carousel/sid-tip-carousel.component.js';

type ElementProps<E extends HTMLElement, Events extends string> = Partial<Omit<E, keyof HTMLElement>> & {
  children?: unknown;
  class?: string;
  className?: string;
  id?: string;
  lang?: string;
  dir?: string;
  slot?: string;
  style?: unknown;
  ref?: unknown;
  key?: string | number;
} & { [K in Events as `on${K}`]?: (event: CustomEvent) => void } & Record<`data-${string}` | `aria-${string}`, unknown>;

export interface SidIntrinsicElements {
  'sid-countdown': ElementProps<SidCountdown, 'sid-countdown-start' | 'sid-countdown-end'> & { 'time-zone'?: string };
  'sid-theme-banner': ElementProps<SidThemeBanner, 'sid-dismiss'>;
  'sid-tip-carousel': ElementProps<SidTipCarousel, 'sid-tip-change'>;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-interface
    interface IntrinsicElements extends SidIntrinsicElements {}
  }
}
