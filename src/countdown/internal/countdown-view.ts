import { html, nothing, svg } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { headingLevel } from '../../internal/heading.js';
import { around, fill } from '../../internal/i18n.js';
import { dateTimeFormat, listFormat, numberFormat } from '../../internal/intl-cache.js';
import { whenLoaded } from '../../internal/lazy.js';
import type { CountdownHost } from '../countdown-options.js';
import { countdownState, type CountdownTarget, type CountdownUnit } from '../countdown-model.js';
import { remaining } from '../time-left.js';
import { chosenUnits, FORMATS } from './inputs.js';

type Units = readonly CountdownUnit[];

interface ShownDate {
  text: string;
  datetime: string;
}

/** The countdown at `now`: its heading, the units (or the message on the day and after it), and the date. */
export function renderCountdown(host: CountdownHost, target: CountdownTarget, now: Date, units: Units) {
  const state = countdownState(target, now);
  const messages = host.messages;
  const name = messages.dayName;
  const date = shownDate(host.locale, target);
  // a partner's own event is not called Safer Internet Day
  const sid = target.isSaferInternetDay;
  return html`<div
    part="base"
    class="base ${state}"
    lang=${ifDefined(host.fallbackLang)}
    dir=${ifDefined(host.direction)}
  >
    <div part="heading" class="heading" role="heading" aria-level=${headingLevel(host)}>
      <slot name="heading">${name}</slot>
    </div>
    ${state === 'before' && canStopSeconds(chosenUnits(host)) ? secondsButton(host) : nothing}
    ${
      state === 'before'
        ? renderCounter(host, target, now, units, date.text)
        : html`<p part="message" class="message">
            ${
              state === 'today'
                ? html`<slot name="today">${sid ? fill(messages.countdownToday, { name }) : messages.eventToday}</slot>`
                : html`<slot name="after"
                    >${renderEnded(fill(sid ? messages.countdownEnded : messages.eventEnded, { name }), date)}</slot
                  >`
            }
          </p>`
    }
    <p class="visually-hidden" role="status">${host.announcement ?? ''}</p>
    ${
      state === 'after'
        ? nothing
        : html`<p part="date" class="date" aria-hidden=${state === 'before' ? 'true' : nothing}>
              <time datetime=${date.datetime}>${date.text}</time>
            </p>
            ${host.calendar ? calendar(host, target) : nothing}`
    }
  </div>`;
}

/** The units for the eye, and one sentence for screen readers with the two largest units that are not zero. */
function renderCounter(host: CountdownHost, target: CountdownTarget, now: Date, units: Units, dateText: string) {
  const locale = host.locale;
  const parts = [...remaining(target, now, units).parts];
  const unitDisplay = FORMATS.includes(host.format ?? '') ? host.format : 'long';
  const messages = host.messages;
  const until = target.isSaferInternetDay ? messages.countdownUntil : messages.eventUntil;
  const sentence = spokenSentence(locale, parts, until, { name: messages.dayName, date: dateText });
  return html`<p class="visually-hidden">${sentence}</p>
    <p part="counter" class="counter" aria-hidden="true">
      ${parts.map(([unit, value]) => {
        const { number, label, valueFirst } = unitPieces(unitFormat(locale, unit, unitDisplay), value);
        // the language's order, for the eye (the counter is hidden from screen readers): "5 days", or the name first
        return html`<span part="unit" class=${valueFirst ? 'unit' : 'unit name-first'}
          ><span part="value" class="value">${number}</span><span part="label" class="label">${label}</span></span
        >`;
      })}
    </p>`;
}

/** The unit formatters, by locale, unit and display: a tick asks for six, and `numberFormat` builds its key from JSON. */
const unitFormats = new Map<string, Intl.NumberFormat>();

function unitFormat(locale: string, unit: CountdownUnit, unitDisplay: string | undefined): Intl.NumberFormat {
  const key = `${locale}|${unit}|${unitDisplay}`;
  let format = unitFormats.get(key);
  if (!format) {
    format = numberFormat(locale, { style: 'unit', unit: unit.slice(0, -1), unitDisplay: unitDisplay as 'long' });
    unitFormats.set(key, format);
  }
  return format;
}

/** The last sentence of each locale, and what it was made of: it changes once an hour or a minute, not each second. */
const sentences = new Map<string, { key: string; text: string }>();

/**
 * What a screen reader hears, with the two largest units that are not zero: "70 days", "1 day and 4 hours", never
 * "70 days and 0 minutes"; `message` puts that duration in the sentence, with `values`.
 */
function spokenSentence(
  locale: string,
  parts: [CountdownUnit, number][],
  message: string,
  values: Record<string, string>,
) {
  const counted = parts.filter(([, value]) => value > 0);
  const shown = (counted.length ? counted : parts.slice(-1)).slice(0, 2);
  const key = [shown, message, values.name, values.date].join('|');
  const kept = sentences.get(locale);
  if (kept?.key === key) return kept.text;
  const spoken = shown.map(([unit, value]) => unitFormat(locale, unit, 'long').format(value));
  const text = fill(message, { ...values, duration: listFormat(locale, { type: 'conjunction' }).format(spoken) });
  sentences.set(locale, { key, text });
  return text;
}

/** Each unit formatter's pieces by value: a countdown shows the same few values again every minute. */
const pieces = new WeakMap<Intl.NumberFormat, Map<number, { number: string; label: string; valueFirst: boolean }>>();

/** A unit's number and name apart, in the order the language writes them ("5 days", or "5日" with the name after). */
function unitPieces(format: Intl.NumberFormat, value: number) {
  let byValue = pieces.get(format);
  if (!byValue) pieces.set(format, (byValue = new Map()));
  let kept = byValue.get(value);
  if (!kept) {
    const all = format.formatToParts(value);
    const number = all.filter((piece) => piece.type !== 'unit' && piece.type !== 'literal');
    const label = all.filter((piece) => piece.type === 'unit');
    kept = {
      number: number.map((piece) => piece.value).join(''),
      label: label.map((piece) => piece.value).join(''),
      valueFirst: all.indexOf(number[0]!) < all.indexOf(label[0]!),
    };
    // a day count runs to a few hundred values: the map stays small
    if (byValue.size < 1000) byValue.set(value, kept);
  }
  return kept;
}

/** The "Add to calendar" link, once its part has arrived (the countdown renders again then); nothing until it has. */
function calendar(host: CountdownHost, target: CountdownTarget) {
  const part = whenLoaded(host, 'the "Add to calendar" link', () => import('./countdown-calendar.js'));
  return part ? part.countdownCalendar(host, target) : nothing;
}

/** Whether the seconds can be stopped: they are shown, beside another unit. */
const canStopSeconds = (units: Units) => units.length > 1 && units.includes('seconds');

/**
 * The button that stops the seconds (WCAG 2.2.2: moving content beside other content can be paused): they are hidden
 * and the countdown changes once a minute, until the visitor shows them again. With reduced motion they start hidden.
 */
function secondsButton(host: CountdownHost) {
  const paused = host.secondsPaused;
  const label = paused ? host.messages.countdownShowSeconds : host.messages.countdownHideSeconds;
  return html`<button
    part="seconds-button"
    class="seconds-button"
    type="button"
    aria-label=${label}
    title=${label}
    @click=${host.toggleSeconds}
  >
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      ${paused ? svg`<path d="M5 3.5v9l7-4.5z" fill="currentColor" />` : svg`<path d="M5 3.5v9M11 3.5v9" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" />`}
    </svg>
  </button>`;
}

/** "… took place on <time>": the message with the date as a `<time>` element where the translation puts it. */
function renderEnded(message: string, date: ShownDate) {
  const [before, after] = around(message, 'date');
  return html`${before}<time datetime=${date.datetime}>${date.text}</time>${after}`;
}

/** The date each target was last shown with, and in which locale: it changes only with them, not at each tick. */
const shownDates = new WeakMap<CountdownTarget, ShownDate & { locale: string }>();

/** The target's date as the visitor reads it, with its time for a moment, and as a machine reads it. */
function shownDate(locale: string, target: CountdownTarget): ShownDate {
  const kept = shownDates.get(target);
  if (kept?.locale === locale) return kept;
  const date = formatDate(locale, target);
  shownDates.set(target, { ...date, locale });
  return date;
}

function formatDate(locale: string, target: CountdownTarget): ShownDate {
  if (target.isMoment) {
    const format = dateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: target.timeZone });
    return { text: format.format(target.start), datetime: target.start.toISOString() };
  }
  const [year, month, day] = target.date.split('-').map(Number) as [number, number, number];
  const text = dateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
  return { text, datetime: target.date };
}
