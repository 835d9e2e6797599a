import { css, html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SidCountdown } from '../countdown/sid-countdown.component.js';
import { define } from '../internal/define.js';
import { lazy } from '../internal/lazy.js';
import { SidElement } from '../internal/sid-element.js';
import { tokens } from '../internal/tokens.styles.js';
import { enBanner } from '../locales/en/banner.js';
import { enShared } from '../locales/en/shared.js';
import type { Messages } from '../locales/schema.js';
import type { BannerOptions } from './banner-options.js';
import type { BannerView } from './internal/banner-view.js';

/** The banner's English words: its own, and the shared ones. */
const english = { ...enShared, ...enBanner } as Messages;

/**
 * The year's Safer Internet Day theme, the national theme where one is known, and a call to action. It flows in the
 * page (never a fixed overlay), follows the partner's own words when given, and keeps nothing about the visitor:
 * no cookie ever, and storage only with `remember`.
 *
 * @tagname sid-theme-banner
 * @summary This year's Safer Internet Day theme, with a link to take part.
 *
 * @attr year - The Safer Internet Day year. Default: the current or next one.
 * @attr country - ISO 3166-1 alpha-2 code (`GB`, `DE` …; `UK` is read as `GB`): the national theme where one is known,
 *   and that country's own page where its address is sourced.
 * @attr heading - The partner's own heading, instead of the theme.
 * @attr heading-level - The level of the heading, 1 to 6, to fit the page's outline. Default: 2.
 * @attr label - The banner's name for screen readers, when two banners on a page would share one. Default: its heading.
 * @attr show-helpline - With `country`, one line with that country's helpline for children and young people, where a
 *   sourced one is known.
 * @attr calendar - Shows an "Add to calendar" link beside the call to action: the day as an .ics file, made in the
 *   browser.
 * @attr message - The partner's own message, instead of ours.
 * @attr href - The call to action's URL; only `http:` and `https:` are accepted. Default: the official page, or the
 *   country's.
 * @attr cta - The call to action's text.
 * @attr layout - `card`, or `bar` for a full-width strip that flows in the page.
 * @attr dismissible - Shows a button that hides the banner.
 * @attr dismiss-focus - The `id` of the element that receives focus when the visitor dismisses the banner. Default: the
 *   next element after the banner that can take focus.
 * @attr remember - Keeps a dismissal in localStorage for that Safer Internet Day year only. Nothing is stored without
 *   it.
 * @attr show-countdown - Shows a days-only `<sid-countdown>` to that year's day, registering `<sid-countdown>` if the
 *   page has not.
 * @attr theme - `light`, `dark`, or `auto` (follows the visitor's setting).
 * @attr lang - The language; default the closest `lang` on the page.
 *
 * @fires {SidDismissDetail} sid-dismiss - The visitor pressed the dismiss button; cancelable (`preventDefault()` keeps
 *   the banner). `detail: { year }`.
 *
 * @slot heading - Replaces the heading (the theme).
 * @slot message - Replaces the message.
 * @slot actions - Replaces the call-to-action link, for your own links or buttons.
 *
 * @csspart base - The outer box, a region named by the heading (or `label`).
 * @csspart day - The line with the day's name, year and date.
 * @csspart heading - The heading.
 * @csspart calendar - The "Add to calendar" link, with `calendar`.
 * @csspart helpline - The line with the country's helpline, with `show-helpline` and `country`.
 * @csspart message - The message.
 * @csspart countdown - The embedded `<sid-countdown>`, with `show-countdown`.
 * @csspart actions - The box around the call to action.
 * @csspart cta - The call-to-action link.
 * @csspart dismiss - The dismiss button.
 *
 * @cssprop [--sid-color-surface=#eef2fb] - The banner's background (light theme).
 * @cssprop [--sid-color-text=#1b1f33] - Text colour (light theme).
 * @cssprop [--sid-color-muted=#4a5068] - The line with the day and date (light theme).
 * @cssprop [--sid-color-accent=#1d4fb8] - Call-to-action background and focus ring (light theme).
 * @cssprop [--sid-color-accent-text=#ffffff] - Call-to-action text (light theme).
 * @cssprop [--sid-color-border=#c9d1e6] - Border colour, and the dismiss button's background on hover (light theme).
 * @cssprop [--sid-color-background=#ffffff] - Background of the embedded countdown (light theme).
 * @cssprop [--sid-color-surface-dark=#232842] - The banner's background in the dark theme. Every colour has such a
 *   `-dark` twin: text `#f2f4fb`, muted `#c3c8da`, accent `#8cb8ff`, accent text `#0b1020`, border `#3b4263`,
 *   background `#161a2e`.
 * @cssprop [--sid-font-family=inherit] - Font family; the page's by default.
 * @cssprop [--sid-radius=0.75rem] - Corner radius of the card and the call to action.
 * @cssprop [--sid-space=1rem] - Base spacing.
 * @cssprop [--sid-banner-min-height=12rem] - The height the banner keeps at least; reserve the same with
 *   `sid-theme-banner:not(:defined)`.
 */
export class SidThemeBanner extends SidElement implements BannerOptions {
  static override get english(): Messages {
    return english;
  }

  static override get styles() {
    return [
      tokens,
      css`
        :host {
          container-type: inline-size;
          min-height: var(--sid-banner-min-height, 12rem);
        }
      `,
    ];
  }

  static override get properties(): PropertyDeclarations {
    return {
      year: { type: Number },
      country: {},
      heading: {},
      message: {},
      href: {},
      cta: {},
      layout: { reflect: true, useDefault: true },
      dismissible: { type: Boolean, reflect: true },
      dismissFocus: { attribute: 'dismiss-focus' },
      remember: { type: Boolean, reflect: true },
      showCountdown: { type: Boolean, reflect: true, attribute: 'show-countdown' },
      headingLevel: { type: Number, attribute: 'heading-level' },
      label: {},
      calendar: { type: Boolean },
      showHelpline: { type: Boolean, attribute: 'show-helpline' },
    };
  }

  /** The Safer Internet Day year. Default: the current or next one. */
  year?: number;

  /**
   * ISO 3166-1 alpha-2 code (`GB`, `DE` …; `UK` is read as `GB`): the national theme where one is known, and that
   * country's own page where its address is sourced.
   */
  country?: string;

  /** The partner's own heading, instead of the theme. */
  heading?: string;

  /** The level of the banner's heading, 1 to 6, to fit the page's outline (`3` inside a section headed `h2`). */
  headingLevel = 2;

  /** The banner's name for screen readers, when two banners on a page would share one. Default: its heading. */
  label?: string;

  /** Shows an "Add to calendar" link beside the call to action: the day as an .ics file, made in the browser. */
  calendar = false;

  /** With `country`, one line with that country's helpline for children and young people, where a sourced one is known. */
  showHelpline = false;

  /** The partner's own message, instead of ours. */
  message?: string;

  /** The call to action's URL; only `http:` and `https:` are accepted. Default: the official page, or the country's. */
  href?: string;

  /** The call to action's text. */
  cta?: string;

  /** `card`, or `bar` for a full-width strip that flows in the page. */
  layout: 'card' | 'bar' = 'card';

  /** Shows a button that hides the banner. */
  dismissible = false;

  /**
   * The `id` of the element that receives focus when the visitor dismisses the banner. Default: the next element after
   * the banner that can take focus.
   */
  dismissFocus?: string;

  /** Keeps a dismissal in localStorage for that Safer Internet Day year only. Nothing is stored without it. */
  remember = false;

  /** Shows a days-only `<sid-countdown>` to that year's day, registering `<sid-countdown>` if the page has not. */
  showCountdown = false;

  #view?: BannerView;

  /** Waits for the theme data and the banner's behaviour before the first render, as for the language. */
  protected override async prepare(language: string): Promise<void> {
    // the language file and the banner's own parts are fetched side by side: one wait, not three in a row
    const view = async () => {
      const loaded = await lazy('the theme banner', () => import('./internal/banner-view.js'));
      if (loaded && !this.#view) this.#view = new loaded.BannerView(this);
      await this.#view?.prepare();
    };
    await Promise.all([view(), super.prepare(language)]);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // registered only once needed, so that sid-widgets/classes.js registers nothing
    if (this.showCountdown) define('sid-countdown', SidCountdown);
    this.#view?.willUpdate(changed);
  }

  protected override render() {
    return (
      this.#view?.render() ??
      html`<p part="base" class="base" lang=${ifDefined(this.fallbackLang)}>${this.messages.dayName}</p>`
    );
  }
}
