import { type PropertyDeclarations, type PropertyValues } from 'lit';
import { CustomState } from '../internal/custom-states.js';
import { SidElement } from '../internal/sid-element.js';
import { subscribe, unsubscribe, type TickerSubscriber } from '../internal/ticker.js';
import { enCountdown } from '../locales/en/countdown.js';
import { enShared } from '../locales/en/shared.js';
import type { Messages } from '../locales/schema.js';
import type { CountdownOptions } from './countdown-options.js';
import {
  countdownState,
  countdownTarget,
  targetHolds,
  type CountdownState,
  type CountdownTarget,
} from './countdown-model.js';
import { renderCountdown } from './internal/countdown-view.js';
import { nextChange } from './time-left.js';
import { checkFormat, currentTime, prefersReducedMotion, shownUnits, targetDateOf, zoneOf } from './internal/inputs.js';
import { styles } from './sid-countdown.styles.js';

/** The countdown's English words: only its own, and the shared ones (issue 24). */
const english = { ...enShared, ...enCountdown } as Messages;

/**
 * Counts down to the next Safer Internet Day in the visitor's time zone (or a chosen one), says so on the day, and
 * rolls over to the next year by itself.
 *
 * @tagname sid-countdown
 * @summary A countdown to Safer Internet Day, or to a partner's own date.
 *
 * @attr date - Override the target: `YYYY-MM-DD` for a whole day, or an ISO date-time with an offset
 *   (`2027-02-09T10:00:00+01:00`) for a moment. Default: the next Safer Internet Day.
 * @attr time-zone - IANA time zone whose calendar day counts, such as `Europe/Brussels`. Default: the visitor's.
 * @attr now - An ISO date-time that freezes the clock, for previews and screenshots.
 * @attr units - Which units to show, from `days hours minutes seconds`. Default: all four.
 * @attr format - Unit names: `long` (days), `short` (days, abbreviated) or `narrow` (d).
 * @attr heading-level - The level of the title as a heading, 1 to 6, to fit the page's outline. Default: 2.
 * @attr calendar - Shows an "Add to calendar" link: the day (or the moment) as an .ics file, made in the browser.
 * @attr theme - `light`, `dark`, or `auto` (follows the visitor's setting).
 * @attr lang - The language; default the closest `lang` on the page.
 *
 * @fires {SidCountdownDetail} sid-countdown-start - The target day (or moment) has begun while the page is open.
 *   `detail: { date }`.
 * @fires {SidCountdownDetail} sid-countdown-end - The target day has ended while the page is open. `detail: { date }`.
 *
 * @slot heading - Replaces the heading ("Safer Internet Day").
 * @slot today - Replaces the message shown on the day.
 * @slot after - Replaces the message shown once a partner's date has passed.
 *
 * @csspart base - The outer box.
 * @csspart heading - The title, a heading at `heading-level`.
 * @csspart seconds-button - The button that hides the seconds (they stand still) and shows them again.
 * @csspart counter - The row of units (hidden from screen readers, which hear one sentence instead).
 * @csspart unit - One unit: a value and its label.
 * @csspart value - The number of a unit.
 * @csspart label - The name of a unit.
 * @csspart message - The message on the day, or after a partner's date has passed.
 * @csspart date - The line with the target date, a `<time>` element.
 * @csspart calendar - The "Add to calendar" link, with `calendar`.
 *
 * @cssprop [--sid-color-background=#ffffff] - Background colour (light theme).
 * @cssprop [--sid-color-text=#1b1f33] - Text colour (light theme).
 * @cssprop [--sid-color-muted=#4a5068] - Secondary text colour (light theme).
 * @cssprop [--sid-color-accent=#1d4fb8] - Accent colour, for the numbers (light theme).
 * @cssprop [--sid-color-surface=#eef2fb] - Background of each unit (light theme).
 * @cssprop [--sid-color-border=#c9d1e6] - Border colour (light theme).
 * @cssprop [--sid-color-background-dark=#161a2e] - Background colour in the dark theme. Every colour has such a `-dark`
 *   twin: text `#f2f4fb`, muted `#c3c8da`, accent `#8cb8ff`, surface `#232842`, border `#3b4263`.
 * @cssprop [--sid-font-family=inherit] - Font family; the page's by default.
 * @cssprop [--sid-radius=0.75rem] - Corner radius.
 * @cssprop [--sid-space=1rem] - Base spacing.
 * @cssprop [--sid-countdown-min-height=10.5rem] - The height the countdown keeps in every state; reserve the same with
 *   `sid-countdown:not(:defined)`.
 *
 * @cssstate before - Counting down.
 * @cssstate today - The target day.
 * @cssstate after - A partner's date has passed.
 */
export class SidCountdown extends SidElement implements CountdownOptions, TickerSubscriber {
  static override get english(): Messages {
    return english;
  }
  static override get styles() {
    return styles;
  }

  static override get properties(): PropertyDeclarations {
    return {
      date: {},
      timeZone: { attribute: 'time-zone' },
      now: {},
      units: {},
      format: {},
      headingLevel: { type: Number, attribute: 'heading-level' },
      calendar: { type: Boolean },
    };
  }

  /**
   * Override the target: `YYYY-MM-DD` for a whole day, or an ISO date-time with an offset (`2027-02-09T10:00:00+01:00`)
   * for a moment. Default: the next Safer Internet Day.
   */
  date?: string;

  /** IANA time zone whose calendar day counts, such as `Europe/Brussels`. Default: the visitor's. */
  timeZone?: string;

  /** An ISO date-time that freezes the clock, for previews and screenshots. */
  now?: string;

  /** Which units to show, from `days hours minutes seconds`. Default: all four. */
  units = 'days hours minutes seconds';

  /** Unit names: `long` (days), `short` (days, abbreviated) or `narrow` (d). */
  format: 'long' | 'short' | 'narrow' = 'long';

  /** The level of the countdown's title as a heading, 1 to 6, to fit the page's outline. */
  headingLevel = 2;
  /** Shows an "Add to calendar" link: the day (or the moment) as an .ics file, made in the browser. */
  calendar = false;

  /** The visitor's choice to show or hide the seconds, once made with the button. */
  #showSeconds?: boolean;
  /** @internal */
  announcement?: string;
  /** @internal */
  get secondsPaused(): boolean {
    return !(this.#showSeconds ?? !prefersReducedMotion());
  }

  /** @internal */
  toggleSeconds = (): void => {
    this.#showSeconds = this.secondsPaused;
    this.requestUpdate();
  };

  #target?: CountdownTarget;
  #lastState?: CountdownState;
  #lastDate?: string;
  #state = new CustomState(this);

  override connectedCallback(): void {
    super.connectedCallback();
    this.#syncTicker();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#lastState = undefined;
    this.#syncTicker();
  }

  /** @internal */
  nextChange(): number {
    if (!this.#target) return Infinity;
    return nextChange(this.#target, currentTime(this), shownUnits(this));
  }

  /** @internal */
  tick(): void {
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('format')) checkFormat(this);
    const now = currentTime(this);
    const inputsChanged = changed.has('date') || changed.has('timeZone') || changed.has('now');
    if (!this.#target || inputsChanged || !targetHolds(this.#target, now)) {
      this.#target = countdownTarget(now, zoneOf(this), targetDateOf(this));
    }
  }

  protected override updated(): void {
    const state = countdownState(this.#target!, currentTime(this));
    this.#state.set(state);
    const previous = this.#lastState;
    this.#lastState = state;
    const date = this.#lastDate;
    this.#lastDate = this.#target!.date;
    if (previous === 'before' && state === 'today') {
      this.emit('sid-countdown-start', { date: this.#target!.date });
      // the counter gives way to the day's message: a screen reader is told, once and politely
      this.announcement = this.shadowRoot?.querySelector('[part="message"]')?.textContent?.trim();
      this.requestUpdate();
    } else if (state !== 'today') this.announcement = undefined;
    const dayEnded = previous === 'today' && (state === 'after' || (state === 'before' && date !== this.#target!.date));
    if (dayEnded && date) this.emit('sid-countdown-end', { date });
    this.#syncTicker();
  }

  protected override render() {
    return renderCountdown(this, this.#target!, currentTime(this), shownUnits(this));
  }

  #syncTicker(): void {
    if (this.isConnected && !this.now && this.nextChange() !== Infinity) subscribe(this);
    else unsubscribe(this);
  }
}
