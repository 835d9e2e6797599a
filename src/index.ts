/**
 * Registers `<sid-countdown>`, `<sid-theme-banner>` and `<sid-tip-carousel>`, and exports their classes and helpers.
 */
export * from './sid-countdown.js';
export * from './sid-theme-banner.js';
export * from './sid-tip-carousel.js';
export * from './calendar/calendar.js';
export { VERSION } from './internal/version.js';
export type * from './events/events.js';
