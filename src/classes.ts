/**
 * The element classes without registering any tag: for custom tag names and scoped registries.
 * `customElements.define('my-countdown', class extends SidCountdown {})`.
 */
export { SidCountdown } from './countdown/sid-countdown.component.js';
export { SidThemeBanner } from './theme-banner/sid-theme-banner.component.js';
export { SidTipCarousel } from './tip-carousel/sid-tip-carousel.component.js';
export { VERSION } from './internal/version.js';
export type * from './events/events.js';
