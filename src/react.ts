/**
 * React wrappers: typed props and event callbacks for React 18, which sets every prop on a custom element as a string
 * attribute and cannot listen to custom events. React 19 handles custom elements itself; import `sid-widgets` and use
 * the tags (JSX typings: `sid-widgets/jsx`).
 *
 * ```jsx
 * import { SidCountdown } from 'sid-widgets/react';
 * <SidCountdown timeZone="Europe/Brussels" units="days" onCountdownStart={(event) => …} />
 * ```
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { SidEventMap } from './events/events.js';
import { SidCountdown as SidCountdownElement } from './sid-countdown.js';
import { SidThemeBanner as SidThemeBannerElement } from './sid-theme-banner.js';
import { SidTipCarousel as SidTipCarouselElement } from './sid-tip-carousel.js';

export const SidCountdown = createComponent({
  react: React,
  tagName: 'sid-countdown',
  elementClass: SidCountdownElement,
  displayName: 'SidCountdown',
  events: {
    onCountdownStart: 'sid-countdown-start' as EventName<SidEventMap['sid-countdown-start']>,
    onCountdownEnd: 'sid-countdown-end' as EventName<SidEventMap['sid-countdown-end']>,
  },
});

export const SidThemeBanner = createComponent({
  react: React,
  tagName: 'sid-theme-banner',
  elementClass: SidThemeBannerElement,
  displayName: 'SidThemeBanner',
  events: {
    onDismiss: 'sid-dismiss' as EventName<SidEventMap['sid-dismiss']>,
  },
});

export const SidTipCarousel = createComponent({
  react: React,
  tagName: 'sid-tip-carousel',
  elementClass: SidTipCarouselElement,
  displayName: 'SidTipCarousel',
  events: {
    onTipChange: 'sid-tip-change' as EventName<SidEventMap['sid-tip-change']>,
  },
});
