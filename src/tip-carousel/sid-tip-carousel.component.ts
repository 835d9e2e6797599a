import { css, html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { plainEnglish } from '../internal/intl-cache.js';
import { lazy } from '../internal/lazy.js';
import { SidElement } from '../internal/sid-element.js';
import { tokens } from '../internal/tokens.styles.js';
import { enCarousel } from '../locales/en/carousel.js';
import { enShared } from '../locales/en/shared.js';
import type { Messages } from '../locales/schema.js';
import type { CarouselOptions } from './carousel-options.js';
import type { CarouselView } from './internal/carousel-view.js';

/** The carousel's English words: its own, and the shared ones. */
const english = { ...enShared, ...enCarousel } as Messages;

/**
 * Online-safety tips for children, teens, parents and educators, one at a time, following the WAI-ARIA Authoring
 * Practices carousel pattern. The tips and the carousel's behaviour are fetched the first time a carousel renders.
 * A partner's own tips, written inside the tag as `<sid-tip heading="…" audience="…" topic="…">text</sid-tip>` or
 * given by `src`, replace ours; they are read as text, never as HTML, and the children themselves are not shown.
 *
 * @tagname sid-tip-carousel
 * @summary Our own online-safety tips in an accessible carousel.
 *
 * @attr audience - `children`, `teens`, `parents` and/or `educators`, space-separated. Default (or `all`): every
 *   audience.
 * @attr country - ISO 3166-1 alpha-2 code (`DE`, `GB` …): the tips about getting help end with that country's helpline
 *   for children and young people, where a sourced one is known.
 * @attr label - The carousel's name for screen readers. Default: "Online safety tips", with the audiences when it shows
 *   some only ("Online safety tips for parents and carers"), in the element's language.
 * @attr topics - Space-separated topics: `privacy passwords kindness misinformation scams wellbeing help`. Default (or
 *   `all`): every topic.
 * @attr autoplay - Shows the tips one after another, with a pause button first in the tab order. Off with reduced
 *   motion until the visitor starts it.
 * @attr interval - Seconds between tips with `autoplay`: default 8, never below 3.
 * @attr shuffle - Shows the tips in a random order.
 * @attr tip-of-the-day - Shows one tip chosen by today's date, the same for every visitor that day.
 * @attr src - URL of a JSON file of your own tips, shown instead of ours (schema in README); the carousel shows its
 *   name while the file loads, and our tips if it fails.
 * @attr theme - `light`, `dark`, or `auto` (follows the visitor's setting).
 * @attr lang - The language; default the closest `lang` on the page.
 *
 * @fires {SidTipChangeDetail} sid-tip-change - Another tip is shown, by the visitor or by rotation. `detail: { index,
 *   id }`.
 *
 * @csspart base - The carousel, a region named "Online safety tips".
 * @csspart controls - The box around the buttons.
 * @csspart rotation-button - The pause/play button, with `autoplay`.
 * @csspart previous-button - The previous-tip button.
 * @csspart next-button - The next-tip button.
 * @csspart slides - The live region holding the tip.
 * @csspart slide - The tip shown, a group named "n of N".
 * @csspart audience - Who the tip is for.
 * @csspart title - The tip's title.
 * @csspart text - The tip's text.
 * @csspart helpline - The line with the country's helpline, under a tip about getting help, with `country`.
 *
 * @cssprop [--sid-color-surface=#eef2fb] - The carousel's background (light theme); every colour has a `-dark` twin.
 * @cssprop [--sid-color-text=#1b1f33] - Text colour (light theme).
 * @cssprop [--sid-color-muted=#4a5068] - The audience line (light theme).
 * @cssprop [--sid-color-accent=#1d4fb8] - Buttons and focus ring (light theme).
 * @cssprop [--sid-color-border=#c9d1e6] - Border colour (light theme).
 * @cssprop [--sid-font-family=inherit] - Font family; the page's by default.
 * @cssprop [--sid-radius=0.75rem] - Corner radius.
 * @cssprop [--sid-space=1rem] - Base spacing.
 * @cssprop [--sid-carousel-min-height=11rem] - The height the carousel keeps whatever the tip; reserve the same with
 *   `sid-tip-carousel:not(:defined)`.
 */
export class SidTipCarousel extends SidElement implements CarouselOptions {
  static override get english(): Messages {
    return english;
  }

  static override get styles() {
    return [
      tokens,
      css`
        :host {
          container-type: inline-size;
          min-height: var(--sid-carousel-min-height, 11rem);
        }
      `,
    ];
  }

  static override get properties(): PropertyDeclarations {
    return {
      audience: {},
      topics: {},
      autoplay: { type: Boolean, reflect: true },
      interval: {},
      shuffle: { type: Boolean, reflect: true },
      tipOfTheDay: { type: Boolean, reflect: true, attribute: 'tip-of-the-day' },
      src: {},
      label: {},
      country: {},
    };
  }

  /** `children`, `teens`, `parents` and/or `educators`, space-separated. Default (or `all`): every audience. */
  audience?: string;

  /**
   * The carousel's name for screen readers, so that two carousels on a page differ. Default: "Online safety tips", with
   * the audiences when it shows some only ("Online safety tips for parents and carers"), in the element's language.
   */
  label?: string;

  /**
   * ISO 3166-1 alpha-2 code (`DE`, `GB` …; `UK` is read as `GB`): the tips about getting help end with that country's
   * helpline for children and young people, where a sourced one is known.
   */
  country?: string;

  /**
   * Space-separated topics: `privacy passwords kindness misinformation scams wellbeing help`. Default (or `all`): every
   * topic.
   */
  topics?: string;

  /**
   * Shows the tips one after another, with a pause button first in the tab order. Off with reduced motion until the
   * visitor starts it.
   */
  autoplay = false;

  /** Seconds between tips with `autoplay`: default 8, never below 3. */
  interval?: string;

  /** Shows the tips in a random order. */
  shuffle = false;

  /** Shows one tip chosen by today's date, the same for every visitor that day. */
  tipOfTheDay = false;

  /**
   * URL of a JSON file of your own tips, shown instead of ours (schema in README); the carousel shows its name while
   * the file loads, and our tips if it fails.
   */
  src?: string;

  #view?: CarouselView;

  /** Waits for the carousel's behaviour and its tips in `language` before rendering, as for the interface strings. */
  protected override async prepare(language: string): Promise<void> {
    // the language file and the carousel are fetched side by side; the tips follow the language file (loadTips)
    const view = async () => {
      const loaded = await lazy('the tip carousel', () => import('./internal/carousel-view.js'));
      if (loaded && !this.#view) this.#view = new loaded.CarouselView(this);
      await this.#view?.loadWords(language);
    };
    await Promise.all([view(), super.prepare(language)]);
  }

  /**
   * In English, the carousel's numbers ("3 of 45") are plain digits: it asks `Intl` for nothing unless it names its
   * audiences (a list, "children and teens") or picks the tip by today's date (the calendar).
   */
  protected override usesIntl(): boolean {
    return !plainEnglish(this.locale) || !!this.audience || this.tipOfTheDay;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#view?.willUpdate(changed);
  }

  protected override render() {
    return (
      this.#view?.render() ??
      html`<p part="base" class="base" lang=${ifDefined(this.fallbackLang)}>${this.messages.carouselLabel}</p>`
    );
  }
}
