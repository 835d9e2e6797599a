/**
 * The events the elements fire, typed for `addEventListener` in the global event maps, so that
 * `carousel.addEventListener('sid-tip-change', (event) => event.detail.index)` type-checks. All bubble and are
 * composed; `sid-dismiss` is cancelable.
 */

/** `<sid-countdown>`: the target day (`YYYY-MM-DD`, in the countdown's time zone). */
export interface SidCountdownDetail {
  date: string;
}

/** `<sid-theme-banner>`: the Safer Internet Day year of the banner. */
export interface SidDismissDetail {
  year: number;
}

/** `<sid-tip-carousel>`: the position of the tip now shown (from 0) and its `id`. */
export interface SidTipChangeDetail {
  index: number;
  id: string;
}

/** `<sid-countdown>`: the target day (or moment) has begun while the page is open. */
export type SidCountdownStartEvent = CustomEvent<SidCountdownDetail>;

/** `<sid-countdown>`: the target day has ended while the page is open. */
export type SidCountdownEndEvent = CustomEvent<SidCountdownDetail>;

/** `<sid-theme-banner>`: the visitor pressed the dismiss button; `preventDefault()` keeps the banner. */
export type SidDismissEvent = CustomEvent<SidDismissDetail>;

/** `<sid-tip-carousel>`: another tip is shown, by the visitor or by rotation. */
export type SidTipChangeEvent = CustomEvent<SidTipChangeDetail>;

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
