import { html, nothing, type PropertyValues, type ReactiveController } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { nextSid, sidDate } from '../../calendar/days.js';
import { headingLevel } from '../../internal/heading.js';
import { fill } from '../../internal/i18n.js';
import { dateTimeFormat, numberFormat } from '../../internal/intl-cache.js';
import { subscribe, unsubscribe, type TickerSubscriber } from '../../internal/ticker.js';
import type { BannerHost } from '../banner-options.js';
import { styles } from '../sid-theme-banner.styles.js';
import { globalTheme, OFFICIAL_PAGE } from '../global-theme.js';
import { lazy } from '../../internal/lazy.js';
import { THEMES } from '../../internal/tokens.styles.js';
import { bannerCalendar, isolate } from './banner-parts.js';
import { focusAfter, keepDismissal, readDismissal } from './dismissal.js';
import { checkCountry, checkLink, checkTexts, checkYear, LAYOUTS, type Countries } from './inputs.js';

/**
 * Everything the theme banner does, fetched with the theme data the first time a banner renders, so that pages
 * without one never load it: it checks the attributes (one warning per bad value, and a fallback), hides the banner
 * once dismissed, and renders it. Without `year`, it moves on to the next year's day when the day ends, with the
 * one ticker of the page.
 */
export class BannerView implements ReactiveController, TickerSubscriber {
  #host: BannerHost;
  #year = 0;
  /** When the year shown changes by itself: the end of this year's day, without `year`. */
  #rollsOver = Infinity;
  #country?: string;
  #countries?: Countries;
  #helplines?: typeof import('../../internal/helpline-line.js');
  #link = OFFICIAL_PAGE;
  /** Dismissed on this page. */
  #dismissed = false;
  /** Dismissed earlier this Safer Internet Day year, as kept with `remember`. */
  #remembered = false;
  /** Whether this view last hid the host; the host's `hidden` is left alone otherwise, so a partner can use it too. */
  #hides = false;

  constructor(host: BannerHost) {
    this.#host = host;
    host.adoptLazyStyles(styles);
    host.addController(this);
  }

  /** Loads the national themes and the country codes, the first time the banner has a `country`. */
  async prepare(): Promise<void> {
    const host = this.#host;
    const country = !!host.country?.trim();
    const [countries, helplines] = await Promise.all([
      !this.#countries && country ? lazy('the country data', () => import('../themes.js')) : undefined,
      !this.#helplines && country && host.showHelpline
        ? lazy('the helplines', () => import('../../internal/helpline-line.js'))
        : undefined,
    ]);
    this.#countries ??= countries;
    this.#helplines ??= helplines;
  }

  hostConnected(): void {
    subscribe(this);
  }

  hostDisconnected(): void {
    unsubscribe(this);
  }

  nextChange(): number {
    return this.#rollsOver;
  }

  tick(): void {
    this.#host.requestUpdate();
  }

  /** Reads the attributes; called from the host's willUpdate. */
  willUpdate(changed: PropertyValues): void {
    const host = this.#host;
    checkTexts(host, changed);
    if (changed.has('country')) this.#country = checkCountry(host, this.#countries);
    if (changed.has('country') || changed.has('href')) this.#link = checkLink(host, this.#country, this.#countries);
    // The default year moves on once a Safer Internet Day has passed, so it is worked out at every update.
    const year = checkYear(host);
    if (year !== this.#year || changed.has('remember')) this.#remembered = host.remember && readDismissal(year);
    if (year !== this.#year || changed.has('year')) {
      this.#rollsOver = host.year === year ? Infinity : nextSid().end.getTime();
      if (host.isConnected) subscribe(this);
    }
    this.#year = year;
    const hide = this.#dismissed || this.#remembered;
    if (hide !== this.#hides) host.hidden = this.#hides = hide;
  }

  render() {
    const host = this.#host;
    const messages = host.messages;
    const year = this.#year;
    const theme = this.#countries?.themeFor(year, this.#country) ?? globalTheme(year);
    const name = messages.dayName;
    const date = sidDate(year);
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const longDate = dateTimeFormat(host.locale, { dateStyle: 'full', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
    // the year in the language's own digits, as the date beside it (২০২৭ in Bengali)
    const yearText = numberFormat(host.locale, { useGrouping: false }).format(year);
    const dayName = fill(messages.bannerDay, { name, year: yearText });
    const partnerHeading = host.heading?.trim();
    const partnerMessage = host.message?.trim();
    const themeTitle = theme.key ? messages[theme.key] : theme.title;
    // A theme written in another language than the banner's keeps its own language and its own direction.
    const themeLang = theme.key || theme.lang === host.language ? undefined : theme.lang;
    const headingLang = partnerHeading ? undefined : themeLang;
    const messageLang = partnerMessage || theme.key || !theme.subtitle ? undefined : themeLang;
    const themeMessage = theme.key ? undefined : theme.subtitle;
    const layout = LAYOUTS.includes(host.layout) ? host.layout : 'card';
    const label = host.label?.trim();
    return html`<section
      part="base"
      class="base ${layout} ${host.dismissible ? 'dismissible' : ''}"
      aria-labelledby=${label ? nothing : 'heading'}
      aria-label=${label || nothing}
      lang=${ifDefined(host.fallbackLang)}
      dir=${ifDefined(host.direction)}
    >
      <div class="content">
        <div
          part="heading"
          class="heading"
          id="heading"
          role="heading"
          aria-level=${headingLevel(host)}
          lang=${ifDefined(headingLang)}
        >
          <slot name="heading">${isolate(partnerHeading || themeTitle || dayName, headingLang)}</slot>
        </div>
        <p part="day" class="day">
          ${themeTitle || partnerHeading ? `${dayName} · ` : nothing}<time datetime=${date}>${longDate}</time>
        </p>
        <p part="message" class="message" lang=${ifDefined(messageLang)}>
          <slot name="message">${isolate(partnerMessage || themeMessage || messages.bannerMessage, messageLang)}</slot>
        </p>
        ${(host.showHelpline && this.#helplines?.helplineLine(host, this.#country)) || nothing}
        ${
          host.showCountdown
            ? html`<sid-countdown
                part="countdown"
                class="countdown"
                date=${date}
                units="days"
                lang=${host.locale}
                theme=${THEMES.includes(host.theme) ? host.theme : 'auto'}
              ></sid-countdown>`
            : nothing
        }
      </div>
      <div part="actions" class="actions">
        <slot name="actions">
          <a part="cta" class="cta" href=${this.#link} rel="noopener">${host.cta?.trim() || messages.bannerCta}</a>
        </slot>
        ${
          host.calendar
            ? // the theme too, where it is in the banner's language: one language per event
              bannerCalendar(
                host,
                year,
                date,
                themeTitle && !themeLang ? `${dayName}: ${themeTitle}` : dayName,
                this.#link,
              )
            : nothing
        }
      </div>
      ${
        host.dismissible
          ? html`<button
              part="dismiss"
              class="dismiss"
              type="button"
              aria-label=${fill(messages.bannerDismiss, { name })}
              @click=${this.#dismiss}
            >
              <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                <path d="M3.5 3.5l9 9m0-9l-9 9" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
              </svg>
            </button>`
          : nothing
      }
    </section>`;
  }

  #dismiss = (): void => {
    const host = this.#host;
    const year = this.#year;
    if (!host.emit('sid-dismiss', { year }, true)) return;
    if (host.remember) keepDismissal(year);
    this.#dismissed = true;
    host.requestUpdate();
    // the button that had focus is about to disappear: focus moves on, so a keyboard or screen-reader user is not
    // left on the page's body
    if (host.shadowRoot!.activeElement) void host.updateComplete.then(() => focusAfter(host));
  };
}
