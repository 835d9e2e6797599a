import { css, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FIRST_YEAR, nextSaferInternetDay, saferInternetDay } from '../calendar/calendar.js';
import { dateTimeFormat } from '../internal/intl-cache.js';
import { lazy } from '../internal/lazy.js';
import { SidElement } from '../internal/sid-element.js';
import { fill } from '../locales/en.js';
import '../sid-countdown.js';
import { tokens } from '../internal/tokens.styles.js';

/** The theme data, lookups and styles, fetched the first time a banner renders so that pages without one never load them. */
let parts: typeof import('./banner-parts.js') | undefined;

const LAYOUTS: readonly string[] = ['card', 'bar'];
const STORAGE_PREFIX = 'sid-widgets:dismissed:';

/**
 * The year's Safer Internet Day theme, the national theme where one is known, and a call to action. It flows in the
 * page (never a fixed overlay), follows the partner's own words when given, and keeps nothing about the visitor:
 * no cookie ever, and storage only with `remember`.
 *
 * @tagname sid-theme-banner
 * @summary This year's Safer Internet Day theme, with a link to take part.
 *
 * @attr year - The Safer Internet Day year. Default: the current or next one.
 * @attr country - ISO 3166-1 alpha-2 code (`GB`, `DE` …): the national theme where one is known, and the official page for that country.
 * @attr heading - The partner's own heading, instead of the theme.
 * @attr message - The partner's own message, instead of ours.
 * @attr href - The call to action's URL (`http:` or `https:` only). Default: the official page, or the country's.
 * @attr cta - The call to action's text.
 * @attr layout - `card`, or `bar` for a full-width strip that flows in the page.
 * @attr dismissible - Shows a button that hides the banner.
 * @attr remember - Keeps a dismissal in localStorage for that Safer Internet Day year only. Nothing is stored without it.
 * @attr show-countdown - Shows a days-only `<sid-countdown>` to that year's day.
 * @attr theme - `light`, `dark`, or `auto` (follows the visitor's setting).
 * @attr lang - The language; default the closest `lang` on the page.
 *
 * @fires sid-dismiss - The visitor pressed the dismiss button; cancelable (`preventDefault()` keeps the banner). `detail: { year }`.
 *
 * @slot heading - Replaces the heading (the theme).
 * @slot message - Replaces the message.
 * @slot actions - Replaces the call-to-action link, for your own links or buttons.
 *
 * @csspart base - The outer box, a region named by the heading.
 * @csspart day - The line with the day's name, year and date.
 * @csspart heading - The heading.
 * @csspart message - The message.
 * @csspart countdown - The embedded `<sid-countdown>`, with `show-countdown`.
 * @csspart actions - The box around the call to action.
 * @csspart cta - The call-to-action link.
 * @csspart dismiss - The dismiss button.
 *
 * @cssprop [--sid-color-background=#ffffff] - Background colour of the countdown box (light theme).
 * @cssprop [--sid-color-text=#1b1f33] - Text colour (light theme).
 * @cssprop [--sid-color-muted=#4a5068] - Secondary text colour (light theme).
 * @cssprop [--sid-color-accent=#1d4fb8] - Call-to-action background and focus ring (light theme).
 * @cssprop [--sid-color-accent-text=#ffffff] - Call-to-action text (light theme).
 * @cssprop [--sid-color-surface=#eef2fb] - The banner's background (light theme).
 * @cssprop [--sid-color-border=#c9d1e6] - Border colour (light theme).
 * @cssprop [--sid-color-surface-dark=#232842] - The banner's background in the dark theme; every colour has a `-dark` twin.
 * @cssprop [--sid-font-family=inherit] - Font family; the page's by default.
 * @cssprop [--sid-radius=0.75rem] - Corner radius of the card.
 * @cssprop [--sid-space=1rem] - Base spacing.

 */
export class SidThemeBanner extends SidElement {
  static override styles = [
    tokens,
    css`
      :host {
        container-type: inline-size;
        min-height: var(--sid-banner-min-height, 12rem);
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    year: { type: Number },
    country: {},
    heading: {},
    message: {},
    href: {},
    cta: {},
    layout: { reflect: true },
    dismissible: { type: Boolean, reflect: true },
    remember: { type: Boolean, reflect: true },
    showCountdown: { type: Boolean, reflect: true, attribute: 'show-countdown' },
  };

  /** The Safer Internet Day year. Default: the current or next one. */
  year?: number;

  /** ISO 3166-1 alpha-2 code (`GB`, `DE` …): the national theme where one is known, and the official page for that country. */
  country?: string;

  /** The partner's own heading, instead of the theme. */
  heading?: string;

  /** The partner's own message, instead of ours. */
  message?: string;

  /** The call to action's URL (`http:` or `https:` only). Default: the official page, or the country's. */
  href?: string;

  /** The call to action's text. */
  cta?: string;

  /** `card`, or `bar` for a full-width strip that flows in the page. */
  layout: 'card' | 'bar' = 'card';

  /** Shows a button that hides the banner. */
  dismissible = false;

  /** Keeps a dismissal in localStorage for that Safer Internet Day year only. Nothing is stored without it. */
  remember = false;

  /** Shows a days-only `<sid-countdown>` to that year's day. */
  showCountdown = false;

  #dismissed = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#dismissed ||= this.remember && readDismissal(this.#shownYear());
  }

  /** Waits for the theme data before the first render, as for the language: no flash of a banner without its theme. */
  protected override async scheduleUpdate(): Promise<unknown> {
    parts ??= await lazy('the theme banner', () => import('./banner-parts.js'));
    if (parts && !this.hasUpdated) this.adoptLazyStyles(parts.styles);
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('remember') && this.remember) this.#dismissed ||= readDismissal(this.#shownYear());
    if (changed.has('layout') && this.layout != null && !LAYOUTS.includes(this.layout)) {
      this.warn('layout', this.layout, 'expected card or bar; using card');
    }
    for (const name of ['heading', 'message', 'cta'] as const) {
      if (changed.has(name) && this[name] != null && this[name]!.trim() === '') {
        this.warn(name, this[name], 'it is empty; using ours');
      }
    }
    this.hidden = this.#dismissed;
  }

  protected override render() {
    const messages = this.messages;
    const year = this.#shownYear();
    const country = this.#shownCountry();
    const theme = parts?.themeFor(year, country) ?? { year, source: 'none' };
    const name = messages.dayName;
    const [y, m, d] = saferInternetDay(year).split('-').map(Number) as [number, number, number];
    const date = dateTimeFormat(this.locale, { dateStyle: 'full', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
    const themeTitle = theme.key ? messages[theme.key] : theme.title;
    const themeLang = theme.key || theme.lang === this.language ? undefined : theme.lang;
    const heading = this.heading?.trim() || themeTitle || fill(messages.bannerDay, { name, year: String(year) });
    const message = this.message?.trim() || (theme.key ? undefined : theme.subtitle) || messages.bannerMessage;
    const partnerHeading = !!this.heading?.trim();
    const partnerMessage = !!this.message?.trim();
    const layout = LAYOUTS.includes(this.layout) ? this.layout : 'card';
    return html`<section part="base" class="base ${layout}" aria-labelledby="heading" dir=${ifDefined(this.direction)}>
      <div class="content">
        <p part="day" class="day">
          ${themeTitle || partnerHeading ? html`${fill(messages.bannerDay, { name, year: String(year) })} · ` : nothing}<time
            datetime=${saferInternetDay(year)}
            >${date}</time
          >
        </p>
        <h2 part="heading" class="heading" id="heading" lang=${ifDefined(partnerHeading ? undefined : themeLang)}>
          <slot name="heading">${heading}</slot>
        </h2>
        <p part="message" class="message" lang=${ifDefined(partnerMessage || !theme.subtitle || theme.key ? undefined : themeLang)}>
          <slot name="message">${message}</slot>
        </p>
        ${this.showCountdown
          ? html`<sid-countdown
              part="countdown"
              class="countdown"
              date=${saferInternetDay(year)}
              units="days"
              lang=${this.locale}
              theme=${this.theme}
            ></sid-countdown>`
          : nothing}
      </div>
      <div part="actions" class="actions">
        <slot name="actions">
          <a part="cta" class="cta" href=${this.#link(country)} rel="noopener">${this.cta?.trim() || messages.bannerCta}</a>
        </slot>
      </div>
      ${this.dismissible
        ? html`<button part="dismiss" class="dismiss" type="button" aria-label=${fill(messages.bannerDismiss, { name })} @click=${this.#dismiss}>
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
              <path d="M3.5 3.5l9 9m0-9l-9 9" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
            </svg>
          </button>`
        : nothing}
    </section>`;
  }

  #dismiss(): void {
    const year = this.#shownYear();
    if (!this.emit('sid-dismiss', { year }, true)) return;
    if (this.remember) {
      try {
        localStorage.setItem(STORAGE_PREFIX + year, '1');
      } catch {
        // Storage may be blocked or full; the banner still hides for this visit.
      }
    }
    this.#dismissed = true;
    this.requestUpdate();
  }

  #shownYear(): number {
    const year = this.year;
    if (year == null) return nextSaferInternetDay().year;
    if (!Number.isInteger(year) || year < FIRST_YEAR || year > 9999) {
      this.warn('year', year, `expected a year from ${FIRST_YEAR}; using the next Safer Internet Day`);
      return nextSaferInternetDay().year;
    }
    return year;
  }

  #shownCountry(): string | undefined {
    if (!this.country) return undefined;
    if (!parts || parts.isCountryCode(this.country)) return this.country.toUpperCase();
    this.warn('country', this.country, 'expected an ISO 3166-1 alpha-2 code such as GB or DE; showing the global theme');
    return undefined;
  }

  #link(country: string | undefined): string {
    const fallback = parts?.countryPage(country) ?? 'https://better-internet-for-kids.europa.eu/en/saferinternetday';
    if (!this.href) return fallback;
    try {
      const url = new URL(this.href, document.baseURI);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // not a URL at all
    }
    this.warn('href', this.href, 'only http: and https: links are allowed; using the official page');
    return fallback;
  }
}

function readDismissal(year: number): boolean {
  try {
    return localStorage.getItem(STORAGE_PREFIX + year) === '1';
  } catch {
    return false;
  }
}
