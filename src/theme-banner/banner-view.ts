import { html, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FIRST_YEAR, nextSaferInternetDay, saferInternetDay } from '../calendar/calendar.js';
import { dateTimeFormat } from '../internal/intl-cache.js';
import { fill } from '../locales/en.js';
import '../sid-countdown.js';
import type { SidThemeBanner } from './sid-theme-banner.component.js';
import { styles } from './sid-theme-banner.styles.js';
import { countryCode, countryPage, themeFor } from './themes.js';

const LAYOUTS: readonly string[] = ['card', 'bar'];
const THEMES: readonly string[] = ['light', 'dark', 'auto'];
const TEXTS = ['heading', 'message', 'cta', 'href', 'country'] as const;
const STORAGE_PREFIX = 'sid-widgets:dismissed:';

/**
 * Everything the theme banner does, fetched with the theme data the first time a banner renders, so that pages
 * without one never load it: it checks the attributes (one warning per bad value, and a fallback), hides the banner
 * once dismissed, and renders it.
 */
export class BannerView {
  #host: SidThemeBanner;
  #year = 0;
  #country?: string;
  #link = countryPage();
  /** Dismissed on this page. */
  #dismissed = false;
  /** Dismissed earlier this Safer Internet Day year, as kept with `remember`. */
  #remembered = false;
  /** Whether this view last hid the host; the host's `hidden` is left alone otherwise, so a partner can use it too. */
  #hides = false;

  constructor(host: SidThemeBanner) {
    this.#host = host;
    host.adoptLazyStyles(styles);
  }

  /** Reads the attributes; called from the host's willUpdate. */
  willUpdate(changed: PropertyValues<SidThemeBanner>): void {
    const host = this.#host;
    for (const name of TEXTS) {
      const value = host[name];
      if (changed.has(name) && value != null && value.trim() === '') host.warn(name, value, 'it is empty; using the default');
    }
    if (changed.has('layout') && host.layout != null && !LAYOUTS.includes(host.layout)) {
      host.warn('layout', host.layout, 'expected card or bar; using card');
    }
    if (changed.has('country')) this.#country = this.#checkCountry();
    if (changed.has('country') || changed.has('href')) this.#link = this.#checkLink();
    // The default year moves on once a Safer Internet Day has passed, so it is worked out at every update.
    const year = this.#checkYear();
    if (year !== this.#year || changed.has('remember')) this.#remembered = host.remember && readDismissal(year);
    this.#year = year;
    const hide = this.#dismissed || this.#remembered;
    if (hide !== this.#hides) host.hidden = this.#hides = hide;
  }

  render() {
    const host = this.#host;
    const messages = host.messages;
    const year = this.#year;
    const theme = themeFor(year, this.#country);
    const name = messages.dayName;
    const date = saferInternetDay(year);
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const longDate = dateTimeFormat(host.locale, { dateStyle: 'full', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
    const dayName = fill(messages.bannerDay, { name, year: String(year) });
    const partnerHeading = host.heading?.trim();
    const partnerMessage = host.message?.trim();
    const themeTitle = theme.key ? messages[theme.key] : theme.title;
    // A theme written in another language than the banner's keeps its own language and its own direction.
    const themeLang = theme.key || theme.lang === host.language ? undefined : theme.lang;
    const headingLang = partnerHeading ? undefined : themeLang;
    const messageLang = partnerMessage || theme.key || !theme.subtitle ? undefined : themeLang;
    const layout = LAYOUTS.includes(host.layout) ? host.layout : 'card';
    return html`<section
      part="base"
      class="base ${layout} ${host.dismissible ? 'dismissible' : ''}"
      aria-labelledby="heading"
      dir=${ifDefined(host.direction)}
    >
      <div class="content">
        <p part="day" class="day">
          ${themeTitle || partnerHeading ? `${dayName} · ` : nothing}<time datetime=${date}>${longDate}</time>
        </p>
        <h2 part="heading" class="heading" id="heading" lang=${ifDefined(headingLang)}>
          <slot name="heading">${isolate(partnerHeading || themeTitle || dayName, headingLang)}</slot>
        </h2>
        <p part="message" class="message" lang=${ifDefined(messageLang)}>
          <slot name="message">${isolate(partnerMessage || (theme.key ? undefined : theme.subtitle) || messages.bannerMessage, messageLang)}</slot>
        </p>
        ${host.showCountdown
          ? html`<sid-countdown
              part="countdown"
              class="countdown"
              date=${date}
              units="days"
              lang=${host.locale}
              theme=${THEMES.includes(host.theme) ? host.theme : 'auto'}
            ></sid-countdown>`
          : nothing}
      </div>
      <div part="actions" class="actions">
        <slot name="actions">
          <a part="cta" class="cta" href=${this.#link} rel="noopener">${host.cta?.trim() || messages.bannerCta}</a>
        </slot>
      </div>
      ${host.dismissible
        ? html`<button part="dismiss" class="dismiss" type="button" aria-label=${fill(messages.bannerDismiss, { name })} @click=${this.#dismiss}>
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
              <path d="M3.5 3.5l9 9m0-9l-9 9" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
            </svg>
          </button>`
        : nothing}
    </section>`;
  }

  #dismiss = (): void => {
    const host = this.#host;
    const year = this.#year;
    if (!host.emit('sid-dismiss', { year }, true)) return;
    if (host.remember) {
      try {
        localStorage.setItem(STORAGE_PREFIX + year, '1');
      } catch {
        // Storage may be blocked or full; the banner still hides for this visit.
      }
    }
    this.#dismissed = true;
    host.requestUpdate();
  };

  #checkYear(): number {
    const host = this.#host;
    const year = host.year;
    if (year != null) {
      if (Number.isInteger(year) && year >= FIRST_YEAR && year <= 9999) return year;
      // Name the value as the partner wrote it ("soon"), not as the number it became (NaN).
      const written = host.getAttribute('year');
      const value = written !== null && Object.is(Number(written), year) ? written : year;
      host.warn('year', value, `expected a year from ${FIRST_YEAR}; using the next Safer Internet Day`);
    }
    return nextSaferInternetDay().year;
  }

  #checkCountry(): string | undefined {
    const country = this.#host.country;
    if (!country?.trim()) return undefined;
    const code = countryCode(country);
    if (!code) this.#host.warn('country', country, 'expected an ISO 3166-1 alpha-2 code such as GB or DE; showing the global theme');
    return code;
  }

  #checkLink(): string {
    const host = this.#host;
    const fallback = countryPage(this.#country);
    const href = host.href?.trim();
    if (!href) return fallback;
    try {
      const url = new URL(href, document.baseURI);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // not a URL at all
    }
    host.warn('href', host.href, 'only http: and https: links are allowed; using the default');
    return fallback;
  }
}

/** Text in another language than the banner's, isolated so that its punctuation stays put in a right-to-left page. */
function isolate(text: string, lang: string | undefined) {
  return lang ? html`<bdi>${text}</bdi>` : text;
}

function readDismissal(year: number): boolean {
  try {
    return localStorage.getItem(STORAGE_PREFIX + year) === '1';
  } catch {
    return false;
  }
}
