import { html, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fill } from '../../internal/i18n.js';
import { formatCount, listFormat } from '../../internal/intl-cache.js';
import type { CarouselHost } from '../carousel-options.js';
import { styles } from '../sid-tip-carousel.styles.js';
import { ARROW, PAUSE, PLAY } from './icons.js';
import { keyTarget, Swipe } from './input.js';
import { RotationController } from './rotation.js';
import { slideContent } from './slide.js';
import { TipSource } from './tip-source.js';

/** Each audience as the carousel's name gives it: "Online safety tips for {audiences}". */
const AUDIENCE_NAME = {
  children: 'carouselAudienceChildren',
  teens: 'carouselAudienceTeens',
  parents: 'carouselAudienceParents',
  educators: 'carouselAudienceEducators',
} as const;

/**
 * Everything the tip carousel does, fetched with the built-in tips the first time a carousel renders, so that pages
 * without one never load it. It follows the WAI-ARIA Authoring Practices carousel pattern: the rotation control first
 * in tab order, the live region silent while rotating, and focus never moved by rotation.
 */
export class CarouselView {
  #host: CarouselHost;
  #index = 0;
  #source: TipSource;
  #rotation: RotationController;
  #swipe = new Swipe();

  constructor(host: CarouselHost) {
    this.#host = host;
    this.#source = new TipSource(host, () => (this.#index = 0));
    const canRotate = () => !this.#source.loading && this.#source.tips().length > 1;
    this.#rotation = new RotationController(host, canRotate, () => this.#go(this.#index + 1));
    host.adoptLazyStyles(styles);
  }

  /** Loads the words of the tips the carousel may show in `language`; the host waits for it before each render. */
  loadWords(language: string): Promise<void> {
    return this.#source.loadWords(language);
  }

  /** Reads the attributes; called from the host's willUpdate. */
  willUpdate(changed: PropertyValues): void {
    if (this.#source.willUpdate(changed)) this.#index = 0;
    this.#rotation.willUpdate(changed);
  }

  render() {
    const host = this.#host;
    const messages = host.messages;
    // while a partner's file loads, neither our tips (about to be replaced) nor an empty box
    if (this.#source.loading)
      return html`<p part="base" class="base" lang=${ifDefined(host.fallbackLang)} aria-busy="true">
        ${messages.carouselLabel}
      </p>`;
    const tips = this.#source.tips();
    const count = tips.length;
    this.#index = Math.min(this.#index, count - 1);
    const tip = tips[this.#index]!;
    const rotation = this.#rotation;
    const number = (value: number) => formatCount(host.locale, value);
    const slideLabel = fill(messages.carouselSlide, { index: number(this.#index + 1), count: number(count) });
    const audiences = this.#source.audiences().map((audience) => messages[AUDIENCE_NAME[audience]]);
    const name =
      host.label?.trim() ||
      (audiences.length
        ? fill(messages.carouselLabelFor, {
            audiences: listFormat(host.locale, { type: 'conjunction' }).format(audiences),
          })
        : messages.carouselLabel);
    return html`<section
      part="base"
      class="base ${this.#rtl() ? 'rtl' : ''} ${count > 1 ? 'listed' : ''}"
      aria-roledescription=${messages.carouselRole}
      aria-label=${name}
      lang=${ifDefined(host.fallbackLang)}
      dir=${ifDefined(host.direction)}
      @keydown=${this.#onKeyDown}
      @pointerenter=${() => rotation.setHover(true)}
      @pointerleave=${() => rotation.setHover(false)}
      @focusin=${() => rotation.focusEntered()}
    >
      ${
        count > 1
          ? html`<div part="controls" class="controls">
              ${
                host.autoplay
                  ? html`<button
                      part="rotation-button"
                      class="rotation"
                      type="button"
                      aria-label=${rotation.stopped ? messages.carouselStart : messages.carouselStop}
                      @click=${rotation.toggle}
                    >
                      ${rotation.stopped ? PLAY : PAUSE}
                    </button>`
                  : nothing
              }
              <button
                part="previous-button"
                class="previous"
                type="button"
                aria-label=${messages.carouselPrevious}
                aria-controls="slides"
                @click=${() => this.#go(this.#index - 1)}
              >
                ${ARROW}
              </button>
              <button
                part="next-button"
                class="next"
                type="button"
                aria-label=${messages.carouselNext}
                aria-controls="slides"
                @click=${() => this.#go(this.#index + 1)}
              >
                ${ARROW}
              </button>
            </div>`
          : nothing
      }
      <div
        part="slides"
        id="slides"
        class="slides"
        aria-live=${rotation.rotating ? 'off' : 'polite'}
        @pointerdown=${(event: PointerEvent) => this.#swipe.begin(event)}
        @pointerup=${this.#onPointerUp}
        @pointercancel=${() => this.#swipe.cancel()}
      >
        <div
          part="slide"
          class="slide"
          role="group"
          aria-roledescription=${messages.carouselSlideRole}
          aria-label=${slideLabel}
        >
          ${slideContent(this.#host, this.#source, tip)}
        </div>
      </div>
      ${
        // every tip it may show, invisible, in the same place: the carousel is as tall as the tallest at any width,
        // so that rotation never moves the page (the layout measures them; nothing to re-measure by hand)
        count > 1
          ? html`<div class="sizer" aria-hidden="true" inert>
              ${tips.map((each) => html`<div part="slide" class="slide">${slideContent(this.#host, this.#source, each)}</div>`)}
            </div>`
          : nothing
      }
    </section>`;
  }

  #go(index: number): void {
    const tips = this.#source.tips();
    const next = (index + tips.length) % tips.length;
    this.#rotation.stop();
    if (next !== this.#index) {
      this.#index = next;
      this.#host.emit('sid-tip-change', { index: next, id: tips[next]!.id });
    }
    this.#host.requestUpdate();
  }

  /** Whether the carousel reads right to left, as its language or the page makes it. */
  #rtl(): boolean {
    return this.#host.direction === 'rtl' || getComputedStyle(this.#host).direction === 'rtl';
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    const target = keyTarget(event, this.#index, this.#source.tips().length, this.#rtl());
    if (target === undefined) return;
    this.#go(target);
    event.preventDefault();
  };

  #onPointerUp = (event: PointerEvent): void => {
    const way = this.#swipe.end(event, () => this.#rtl());
    if (way) this.#go(this.#index + (way === 'forward' ? 1 : -1));
  };
}
