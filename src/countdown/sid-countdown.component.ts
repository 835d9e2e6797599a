import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isValidTimeZone, runtimeTimeZone } from '../calendar/calendar.js';
import { SidElement } from '../internal/sid-element.js';
import { subscribe, unsubscribe, type TickerSubscriber } from '../internal/ticker.js';
import { dateTimeFormat, listFormat, numberFormat } from '../internal/intl-cache.js';
import { fill } from '../locales/en.js';
import {
  ALL_UNITS,
  countdownState,
  countdownTarget,
  isValidTargetDate,
  nextChange,
  parseUnits,
  remaining,
  targetHolds,
  type CountdownState,
  type CountdownTarget,
  type CountdownUnit,
} from './countdown-model.js';
import { styles } from './sid-countdown.styles.js';

const FORMATS: readonly string[] = ['long', 'short', 'narrow'];

/**
 * Counts down to the next Safer Internet Day in the visitor's time zone (or a chosen one), says so on the day, and
 * rolls over to the next year by itself.
 *
 * @tagname sid-countdown
 * @summary A countdown to Safer Internet Day, or to a partner's own date.
 *
 * @attr date - Override the target: `YYYY-MM-DD` for a whole day, or an ISO date-time with an offset (`2027-02-09T10:00:00+01:00`) for a moment. Default: the next Safer Internet Day.
 * @attr time-zone - IANA time zone whose calendar day counts, such as `Europe/Brussels`. Default: the visitor's.
 * @attr now - An ISO date-time that freezes the clock, for previews and screenshots.
 * @attr units - Which units to show, from `days hours minutes seconds`. Default: all four.
 * @attr format - Unit names: `long` (days), `short` (days, abbreviated) or `narrow` (d).
 * @attr theme - `light`, `dark`, or `auto` (follows the visitor's setting).
 * @attr lang - The language; default the closest `lang` on the page.
 *
 * @fires sid-countdown-start - The target day (or moment) has begun while the page is open. `detail: { date }`.
 * @fires sid-countdown-end - The target day has ended while the page is open. `detail: { date }`.
 *
 * @slot heading - Replaces the heading ("Safer Internet Day").
 * @slot today - Replaces the message shown on the day.
 *
 * @csspart base - The outer box.
 * @csspart heading - The heading.
 * @csspart counter - The row of units (hidden from screen readers, which hear one sentence instead).
 * @csspart unit - One unit: a value and its label.
 * @csspart value - The number of a unit.
 * @csspart label - The name of a unit.
 * @csspart message - The message on the day, or after a partner's date has passed.
 * @csspart date - The line with the target date, a `<time>` element.
 *
 * @cssprop [--sid-color-background=#ffffff] - Background colour (light theme).
 * @cssprop [--sid-color-text=#1b1f33] - Text colour (light theme).
 * @cssprop [--sid-color-muted=#4a5068] - Secondary text colour (light theme).
 * @cssprop [--sid-color-accent=#1d4fb8] - Accent colour, for the numbers (light theme).
 * @cssprop [--sid-color-surface=#eef2fb] - Background of each unit (light theme).
 * @cssprop [--sid-color-border=#c9d1e6] - Border colour (light theme).
 * @cssprop [--sid-color-background-dark=#161a2e] - Background colour in the dark theme. Every colour has such a `-dark` twin: text `#f2f4fb`, muted `#c3c8da`, accent `#8cb8ff`, surface `#232842`, border `#3b4263`.
 * @cssprop [--sid-font-family=inherit] - Font family; the page's by default.
 * @cssprop [--sid-radius=0.75rem] - Corner radius.
 * @cssprop [--sid-space=1rem] - Base spacing.
 * @cssprop [--sid-countdown-min-height=10.5rem] - The height the countdown keeps in every state; reserve the same with `sid-countdown:not(:defined)`.
 *
 * @cssstate before - Counting down.
 * @cssstate today - The target day.
 * @cssstate after - A partner's date has passed.
 */
export class SidCountdown extends SidElement implements TickerSubscriber {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    date: {},
    timeZone: { attribute: 'time-zone' },
    now: {},
    units: {},
    format: {},
  };

  /** Override the target: `YYYY-MM-DD` for a whole day, or an ISO date-time with an offset (`2027-02-09T10:00:00+01:00`) for a moment. Default: the next Safer Internet Day. */
  date?: string;

  /** IANA time zone whose calendar day counts, such as `Europe/Brussels`. Default: the visitor's. */
  timeZone?: string;

  /** An ISO date-time that freezes the clock, for previews and screenshots. */
  now?: string;

  /** Which units to show, from `days hours minutes seconds`. Default: all four. */
  units = 'days hours minutes seconds';

  /** Unit names: `long` (days), `short` (days, abbreviated) or `narrow` (d). */
  format: 'long' | 'short' | 'narrow' = 'long';

  #target?: CountdownTarget;
  #lastState?: CountdownState;
  #lastDate?: string;
  #internals?: ElementInternals;

  constructor() {
    super();
    try {
      this.#internals = this.attachInternals();
    } catch {
      // no ElementInternals here
    }
  }

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
    return nextChange(this.#target, this.#currentTime(), this.#shownUnits());
  }

  /** @internal */
  tick(): void {
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('format') && this.format != null && !FORMATS.includes(this.format)) {
      this.warn('format', this.format, 'expected long, short or narrow; using long');
    }
    const now = this.#currentTime();
    const inputsChanged = changed.has('date') || changed.has('timeZone') || changed.has('now');
    if (!this.#target || inputsChanged || !targetHolds(this.#target, now)) {
      this.#target = countdownTarget(now, this.#zone(), this.#targetDate());
    }
  }

  protected override updated(): void {
    const state = countdownState(this.#target!, this.#currentTime());
    this.#setStates(state);
    const previous = this.#lastState;
    this.#lastState = state;
    const date = this.#lastDate;
    this.#lastDate = this.#target!.date;
    if (previous === 'before' && state === 'today') this.emit('sid-countdown-start', { date: this.#target!.date });
    const dayEnded = previous === 'today' && (state === 'after' || (state === 'before' && date !== this.#target!.date));
    if (dayEnded) this.emit('sid-countdown-end', { date });
    this.#syncTicker();
  }

  protected override render() {
    const target = this.#target!;
    const now = this.#currentTime();
    const state = countdownState(target, now);
    const locale = this.locale;
    const name = this.messages.dayName;
    const date = this.#renderDate(target, locale);
    return html`<div part="base" class="base ${state}" dir=${ifDefined(this.direction)}>
      <p part="heading" class="heading"><slot name="heading">${name}</slot></p>
      ${state === 'before'
        ? this.#renderCounter(target, now, locale, date.text)
        : html`<p part="message" class="message">
            ${state === 'today'
              ? html`<slot name="today">${fill(this.messages.countdownToday, { name })}</slot>`
              : this.#renderEnded(name, date)}
          </p>`}
      ${state === 'after'
        ? nothing
        : html`<p part="date" class="date" aria-hidden=${state === 'before' ? 'true' : nothing}>
            <time datetime=${date.datetime}>${date.text}</time>
          </p>`}
    </div>`;
  }

  #renderCounter(target: CountdownTarget, now: Date, locale: string, dateText: string) {
    const parts = remaining(target.start, now, this.#shownUnits());
    const unitDisplay = FORMATS.includes(this.format ?? '') ? this.format : 'long';
    const formatted = [...parts].map(([unit, value]) =>
      numberFormat(locale, { style: 'unit', unit: unit.slice(0, -1), unitDisplay }).formatToParts(value),
    );
    const spoken = [...parts]
      .filter(([, value], index, all) => value > 0 || index === all.length - 1)
      .slice(0, 2)
      .map(([unit, value]) =>
        numberFormat(locale, { style: 'unit', unit: unit.slice(0, -1), unitDisplay: 'long' }).format(value),
      );
    const duration = listFormat(locale, { type: 'conjunction' }).format(spoken);
    return html`<p class="visually-hidden">
        ${fill(this.messages.countdownUntil, { duration, name: this.messages.dayName, date: dateText })}
      </p>
      <p part="counter" class="counter" aria-hidden="true">
        ${formatted.map((pieces) => {
          const value = pieces.filter((piece) => piece.type !== 'unit' && piece.type !== 'literal');
          const label = pieces.filter((piece) => piece.type === 'unit');
          const valueFirst = pieces.indexOf(value[0]!) < pieces.indexOf(label[0]!);
          const valueHtml = html`<span part="value" class="value">${value.map((piece) => piece.value).join('')}</span>`;
          const labelHtml = html`<span part="label" class="label">${label.map((piece) => piece.value).join('')}</span>`;
          return html`<span part="unit" class="unit">${valueFirst ? [valueHtml, labelHtml] : [labelHtml, valueHtml]}</span>`;
        })}
      </p>`;
  }

  #renderEnded(name: string, date: { text: string; datetime: string }) {
    const [before, after] = fill(this.messages.countdownEnded, { name, date: '\u0000' }).split('\u0000');
    return html`${before}<time datetime=${date.datetime}>${date.text}</time>${after}`;
  }

  #renderDate(target: CountdownTarget, locale: string): { text: string; datetime: string } {
    if (target.isMoment) {
      const text = dateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: this.#zone() }).format(
        target.start,
      );
      return { text, datetime: target.start.toISOString() };
    }
    const [year, month, day] = target.date.split('-').map(Number) as [number, number, number];
    const text = dateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(
      Date.UTC(year, month - 1, day),
    );
    return { text, datetime: target.date };
  }

  #currentTime(): Date {
    if (this.now) {
      const frozen = new Date(this.now);
      if (!Number.isNaN(frozen.getTime())) return frozen;
      this.warn('now', this.now, 'expected an ISO date-time such as 2027-02-09T10:00:00Z; using the real clock');
    }
    return new Date();
  }

  #zone(): string {
    if (this.timeZone && !isValidTimeZone(this.timeZone)) {
      this.warn('time-zone', this.timeZone, "not a known IANA time zone; using the visitor's time zone");
      return runtimeTimeZone();
    }
    return this.timeZone || runtimeTimeZone();
  }

  #targetDate(): string | undefined {
    if (!this.date) return undefined;
    if (isValidTargetDate(this.date)) return this.date;
    this.warn('date', this.date, 'expected YYYY-MM-DD or an ISO date-time with an offset; using the next Safer Internet Day');
    return undefined;
  }

  #shownUnits(): CountdownUnit[] {
    if (this.units == null) return [...ALL_UNITS];
    const { units, unknown } = parseUnits(this.units);
    if (unknown.length > 0 || units.length === 0) {
      this.warn('units', this.units, `expected some of ${ALL_UNITS.join(' ')}; ${units.length ? 'ignoring the rest' : 'showing all four'}`);
    }
    return units.length ? units : [...ALL_UNITS];
  }

  /** Custom states are an enhancement: engines without them (or with only the old `--name` form) go without. */
  #setStates(state: CountdownState): void {
    try {
      this.#internals!.states.clear();
      this.#internals!.states.add(state);
    } catch {
      // no custom states here
    }
  }

  #syncTicker(): void {
    if (this.isConnected && !this.now && this.nextChange() !== Infinity) subscribe(this);
    else unsubscribe(this);
  }
}
