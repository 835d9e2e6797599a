/**
 * The events the elements fire, typed for `addEventListener` in the global event maps, so that
 * `carousel.addEventListener('sid-tip-change', (event) => event.detail.index)` type-checks. All bubble and are
 * composed; `sid-dismiss` is cancelable.
 */

/** `<sid-countdown>`: the target day (or moment) has begun while the page is open. */
export type SidCountdownStartEvent = CustomEvent<{ date: string }>;

/** `<sid-countdown>`: the target day has ended while the page is open. */
export type SidCountdownEndEvent = CustomEvent<{ date: string }>;

/** `<sid-theme-banner>`: the visitor pressed the dismiss button; `preventDefault()` keeps the banner. */
export type SidDismissEvent = CustomEvent<{ year: number }>;

/** `<sid-tip-carousel>`: another tip is shown, by the visitor or by rotation. */
export type SidTipChangeEvent = CustomEvent<{ index: number; id: string }>;

/** Every event of sid-widgets, by name. */
export interface SidEventMap {
  'sid-countdown-start': SidCountdownStartEvent;
  'sid-countdown-end': SidCountdownEndEvent;
  'sid-dismiss': SidDismissEvent;
  'sid-tip-change': SidTipChangeEvent;
}

declare global {
  // HTMLElementEventMap and DocumentEventMap extend this map; the events bubble up to the document.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends SidEventMap {}
}
