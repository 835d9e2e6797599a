import { html, nothing, type PropertyValues, type ReactiveController } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dateInTimeZone, runtimeTimeZone } from '../calendar/calendar.js';
import { loadTips, tipsFor } from '../internal/i18n.js';
import { numberFormat } from '../internal/intl-cache.js';
import { fill } from '../locales/en.js';
import type { SidTipCarousel } from './sid-tip-carousel.component.js';
import { styles } from './sid-tip-carousel.styles.js';
import { tips as builtIn } from './tips.en.js';
import { AUDIENCES, MAX_TIPS_FILE, TOPICS, filterTips, parseTipsFile, shuffle, tipOfTheDayIndex, type Tip } from './tips.js';

const AUDIENCE_LABEL = {
  children: 'carouselChildren',
  teens: 'carouselTeens',
  parents: 'carouselParents',
  educators: 'carouselEducators',
} as const;
const SWIPE = 40;
/** The longest delay `setTimeout` keeps; a longer one fires at once. */
const MAX_DELAY = 2 ** 31 - 1;
/**
 * The words of a space- or comma-separated attribute, in lower case; `all` is left out, as it means no filter. Read
 * before willUpdate too, when a property may still be whatever code set it to.
 */
const wordsOf = (value: unknown): string[] =>
  String(value ?? '').toLowerCase().split(/[\s,]+/).filter((word) => word && word !== 'all');

/** How long a partner's tips file may take before the carousel gives up and shows ours. */
const FETCH_TIMEOUT = 10_000;

/**
 * Everything the tip carousel does, fetched with the built-in tips the first time a carousel renders, so that pages
 * without one never load it. It follows the WAI-ARIA Authoring Practices carousel pattern: the rotation control first
 * in tab order, rotation paused while the pointer or focus is inside and stopped for good once the visitor stops it,
 * reduced motion honoured, the live region silent while rotating, and focus never moved by rotation.
 */
export class CarouselView implements ReactiveController {
  #host: SidTipCarousel;
  #index = 0;
  #order?: Tip[];
  #partnerTips?: Tip[];
  #fetched?: { src: string; tips?: Tip[] };
  /** The visitor's last use of the rotation control (reduced motion counts as a stop); it outranks hover and focus. */
  #visitor?: 'stopped' | 'started';
  #hovered = false;
  #focused = false;
  #onScreen = true;
  #timer?: ReturnType<typeof setTimeout>;
  #swipeStart?: { x: number; y: number };
  #observer?: IntersectionObserver;
  #childObserver?: MutationObserver;
  #reducedMotion = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)');

  constructor(host: SidTipCarousel) {
    this.#host = host;
    this.#visitor = this.#reducedMotion?.matches ? 'stopped' : undefined;
    host.addController(this);
    host.adoptLazyStyles(styles);
  }

  hostConnected(): void {
    this.#observer = new IntersectionObserver(([entry]) => {
      this.#onScreen = !!entry?.isIntersecting;
      this.#host.requestUpdate();
    });
    this.#observer.observe(this.#host);
    // the host's own attributes arrive through willUpdate; only its <sid-tip> children are read here
    this.#childObserver = new MutationObserver((records) => {
      if (records.every((record) => record.target === this.#host)) return;
      this.#partnerTips = undefined;
      this.#order = undefined;
      this.#host.requestUpdate();
    });
    this.#childObserver.observe(this.#host, { childList: true, subtree: true, characterData: true, attributes: true });
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#reducedMotion?.addEventListener?.('change', this.#onMotionChange);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#childObserver?.disconnect();
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#reducedMotion?.removeEventListener?.('change', this.#onMotionChange);
    this.#stop();
  }

  /**
   * Loads the words of our tips in the host's language, for the audiences it can show (every audience when not
   * filtered); nothing when the partner's own tips replace ours. Called before each render, as the host waits for its
   * language, so a carousel never shows an English tip and then its translation.
   */
  loadWords(): Promise<void> {
    const host = this.#host;
    const partnerFile = !!host.src && !(this.#fetched?.src === host.src && !this.#fetched.tips);
    if (partnerFile || host.querySelector('sid-tip')) return Promise.resolve();
    const words = wordsOf(host.audience);
    const audiences = AUDIENCES.filter((audience) => words.includes(audience));
    return loadTips(host.language, audiences.length ? audiences : AUDIENCES);
  }

  /** Reads the attributes; called from the host's willUpdate. */
  willUpdate(changed: PropertyValues): void {
    const host = this.#host;
    if (changed.has('src')) this.#fetch();
    if (['audience', 'topics', 'shuffle', 'tipOfTheDay', 'src'].some((name) => changed.has(name))) {
      this.#order = undefined;
      this.#index = 0;
    }
    if (changed.has('interval')) {
      this.#intervalMs();
      this.#stop();
    }
    if (changed.has('autoplay') && host.autoplay) this.#visitor = this.#reducedMotion?.matches ? 'stopped' : undefined;
  }

  hostUpdated(): void {
    this.#schedule();
  }

  render() {
    const host = this.#host;
    const messages = host.messages;
    // while a partner's file loads, neither our tips (about to be replaced) nor an empty box
    if (this.#loading) return html`<p part="base" class="base" aria-busy="true">${messages.carouselLabel}</p>`;
    const tips = this.#tips();
    const count = tips.length;
    this.#index = Math.min(this.#index, count - 1);
    const tip = tips[this.#index]!;
    const ours = !this.#isPartnerTip(tip);
    const translated = ours ? tipsFor(host.language)?.[tip.id] : undefined;
    const words = translated ?? tip;
    // An untranslated tip of ours is English; a partner's tip is in whatever language they wrote it.
    const wordsLang = ours && !translated && host.language !== 'en' ? 'en' : undefined;
    const several = count > 1;
    const rotating = this.#rotating();
    const stopped = this.#visitor === 'stopped';
    const number = (value: number) => numberFormat(host.locale, {}).format(value);
    return html`<section
      part="base"
      class="base"
      aria-roledescription="carousel"
      aria-label=${messages.carouselLabel}
      dir=${ifDefined(host.direction)}
      @keydown=${this.#onKeyDown}
      @pointerenter=${() => this.#setHover(true)}
      @pointerleave=${() => this.#setHover(false)}
      @focusin=${() => this.#setFocus(true)}
      @focusout=${(event: FocusEvent) => this.#setFocus(host.shadowRoot!.contains(event.relatedTarget as Node))}
    >
      ${several
        ? html`<div part="controls" class="controls">
            ${host.autoplay
              ? html`<button part="rotation-button" class="rotation" type="button" aria-label=${stopped ? messages.carouselStart : messages.carouselStop} @click=${this.#toggleRotation}>
                  ${stopped ? PLAY : PAUSE}
                </button>`
              : nothing}
            <button part="previous-button" class="previous" type="button" aria-label=${messages.carouselPrevious} aria-controls="slides" @click=${() => this.#go(this.#index - 1)}>${ARROW}</button>
            <button part="next-button" class="next" type="button" aria-label=${messages.carouselNext} aria-controls="slides" @click=${() => this.#go(this.#index + 1)}>${ARROW}</button>
          </div>`
        : nothing}
      <div
        part="slides"
        id="slides"
        class="slides"
        aria-live=${rotating ? 'off' : 'polite'}
        @pointerdown=${this.#onPointerDown}
        @pointerup=${this.#onPointerUp}
        @pointercancel=${() => (this.#swipeStart = undefined)}
      >
        <div part="slide" class="slide" role="group" aria-roledescription="slide" aria-label=${fill(messages.carouselSlide, { index: number(this.#index + 1), count: number(count) })}>
          ${tip.audience ? html`<p part="audience" class="audience">${messages[AUDIENCE_LABEL[tip.audience]]}</p>` : nothing}
          <p part="title" class="title" lang=${ifDefined(wordsLang)} dir="auto">${words.title}</p>
          <p part="text" class="text" lang=${ifDefined(wordsLang)} dir="auto">${words.text}</p>
        </div>
      </div>
    </section>`;
  }

  /** The tips shown, in order: the partner's (from `src`, else from <sid-tip> children) or ours, filtered. */
  #tips(): Tip[] {
    if (this.#order) return this.#order;
    const host = this.#host;
    const own = this.#fetched?.tips ?? (this.#partnerTips ??= this.#readChildren());
    const audiences = this.#words('audience', host.audience, AUDIENCES);
    const topics = this.#words('topics', host.topics, TOPICS);
    const pool = own.length ? own : builtIn;
    let tips = filterTips(pool, audiences, topics);
    // a tip for the wrong age is worse than one on another topic, so the audience is the last filter to go
    if (!tips.length && topics.length) {
      host.warn('topics', host.topics, 'no tip for the audience is on these topics; showing every topic');
      tips = filterTips(pool, audiences, []);
    }
    if (!tips.length) {
      host.warn('audience', host.audience, 'no tip is for this audience; showing every tip');
      tips = pool;
    }
    if (host.tipOfTheDay) tips = [tips[tipOfTheDayIndex(dateInTimeZone(new Date(), runtimeTimeZone()), tips.length)]!];
    else if (host.shuffle) tips = shuffle(tips);
    return (this.#order = tips);
  }

  /** The known words of a space-separated attribute (`all`, like none, means no filter); unknown ones are warned about. */
  #words(attribute: string, value: string | undefined, known: readonly string[]): string[] {
    const words = wordsOf(value);
    const unknown = words.filter((word) => !known.includes(word));
    if (unknown.length) this.#host.warn(attribute, value, `expected some of ${known.join(' ')}; ignoring ${unknown.join(' ')}`);
    return words.filter((word) => known.includes(word));
  }

  /** Partner tips written in HTML: `<sid-tip heading="…" audience="…" topic="…">text</sid-tip>`, read as text only. */
  #readChildren(): Tip[] {
    const host = this.#host;
    // a CMS user's typo is forgiven, not hidden: the tip is left out or shown more widely, with a warning
    const known = <T extends string>(element: Element, name: string, values: readonly T[]): T | undefined => {
      const value = element.getAttribute(name);
      if (value !== null && !values.includes(value as T)) host.warn(`<sid-tip> ${name}`, value, `expected one of ${values.join(', ')}; the tip shows for every ${name}`);
      return values.includes(value as T) ? (value as T) : undefined;
    };
    return [...host.querySelectorAll('sid-tip')].flatMap((element, index) => {
      const title = element.getAttribute('heading')?.trim();
      const text = element.textContent?.replace(/\s+/g, ' ').trim();
      if (!title || !text) {
        host.warn(`<sid-tip> ${title ? 'text' : 'heading'}`, title ? '' : element.getAttribute('heading') ?? '', `tip ${index + 1} needs a heading attribute and some text; it is left out`);
        return [];
      }
      return [{ id: element.id || `tip-${index + 1}`, title, text, audience: known(element, 'audience', AUDIENCES), topic: known(element, 'topic', TOPICS) }];
    });
  }

  #isPartnerTip(tip: Tip): boolean {
    return !builtIn.includes(tip);
  }

  async #fetch(): Promise<void> {
    const host = this.#host;
    const src = host.src;
    this.#fetched = undefined;
    if (!src) return;
    let result: Tip[] | string;
    const abort = new AbortController();
    const timeout = setTimeout(() => abort.abort(), FETCH_TIMEOUT);
    try {
      const response = await fetch(new URL(src, document.baseURI), { credentials: 'omit', signal: abort.signal });
      const length = Number(response.headers.get('content-length') ?? 0);
      result = !response.ok ? `the server answered ${response.status}` : length > MAX_TIPS_FILE ? `the file is larger than ${MAX_TIPS_FILE / 1024} KB` : parseTipsFile(await response.text());
    } catch (error) {
      result = abort.signal.aborted ? `it took longer than ${FETCH_TIMEOUT / 1000} seconds to arrive` : `it could not be fetched (${String(error)})`;
    } finally {
      clearTimeout(timeout);
    }
    if (host.src !== src) return;
    if (typeof result === 'string') {
      host.warn('src', src, `${result}; showing the built-in tips`);
      this.#fetched = { src };
    } else {
      this.#fetched = { src, tips: result };
      this.#order = undefined;
      this.#index = 0;
    }
    host.requestUpdate();
  }

  #intervalMs(): number {
    const host = this.#host;
    const value = host.interval;
    if (value == null || value === '') return 8000;
    const seconds = Number(value);
    if (!Number.isFinite(seconds)) {
      host.warn('interval', value, 'expected a number of seconds; using 8');
      return 8000;
    }
    if (seconds < 3) {
      host.warn('interval', value, 'tips change at most every 3 seconds; using 3');
      return 3000;
    }
    return Math.min(seconds * 1000, MAX_DELAY);
  }

  /**
   * Whether the tips are rotating now: autoplay, not stopped by the visitor, not held by the pointer or focus (unless
   * the visitor has just started it with the rotation control, which has focus then, as the APG example does), and
   * seen: connected, on screen, in a visible tab, with tips loaded.
   */
  #rotating(): boolean {
    const host = this.#host;
    const held = this.#visitor === 'stopped' || (this.#visitor !== 'started' && (this.#hovered || this.#focused));
    const seen = this.#onScreen && document.visibilityState !== 'hidden' && host.isConnected;
    return host.autoplay && !held && seen && !this.#loading && this.#tips().length > 1;
  }

  /** Whether the partner's file at `src` is still on its way. */
  get #loading(): boolean {
    return !!this.#host.src && this.#fetched?.src !== this.#host.src;
  }

  #schedule = (): void => {
    const rotating = this.#rotating();
    if (!rotating) this.#stop();
    else if (!this.#timer) this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#go(this.#index + 1);
    }, this.#intervalMs());
  };

  #stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #go(index: number): void {
    const count = this.#tips().length;
    const next = (index + count) % count;
    this.#stop();
    if (next !== this.#index) {
      this.#index = next;
      this.#host.emit('sid-tip-change', { index: next, id: this.#tips()[next]!.id });
    }
    this.#host.requestUpdate();
  }

  #toggleRotation = (): void => {
    this.#visitor = this.#visitor === 'stopped' ? 'started' : 'stopped';
    this.#host.requestUpdate();
  };

  /** Hovering and focus pause the rotation; the re-render also switches the live region. */
  #setHover(on: boolean): void {
    this.#hovered = on;
    this.#host.requestUpdate();
  }

  #setFocus(on: boolean): void {
    this.#focused = on;
    this.#host.requestUpdate();
  }

  #onVisibility = (): void => {
    // a tab left open overnight shows the new day's tip when the visitor comes back to it
    if (this.#host.tipOfTheDay) this.#order = undefined;
    this.#schedule();
    this.#host.requestUpdate();
  };

  #onMotionChange = (): void => {
    if (this.#reducedMotion?.matches) this.#visitor = 'stopped';
    this.#host.requestUpdate();
  };

  #onKeyDown = (event: KeyboardEvent): void => {
    // Alt+ArrowLeft is the browser's Back; Ctrl, Meta and Shift combinations belong to the page and assistive technology
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const rtl = getComputedStyle(this.#host.shadowRoot!.querySelector('.base')!).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    if (step) this.#go(this.#index + step);
    else if (event.key === 'Home') this.#go(0);
    else if (event.key === 'End') this.#go(this.#tips().length - 1);
    else return;
    event.preventDefault();
  };

  #onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType !== 'mouse') this.#swipeStart = { x: event.clientX, y: event.clientY };
  };

  #onPointerUp = (event: PointerEvent): void => {
    const start = this.#swipeStart;
    this.#swipeStart = undefined;
    if (!start) return;
    const dx = event.clientX - start.x;
    if (Math.abs(dx) < SWIPE || Math.abs(dx) < Math.abs(event.clientY - start.y)) return;
    const rtl = getComputedStyle(this.#host.shadowRoot!.querySelector('.base')!).direction === 'rtl';
    this.#go(this.#index + ((dx < 0) !== rtl ? 1 : -1));
  };
}

const ARROW = html`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="M6 3l5 5-5 5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" /></svg>`;
const PAUSE = html`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="M5 3v10M11 3v10" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" /></svg>`;
const PLAY = html`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="M5 3l8 5-8 5z" fill="currentColor" /></svg>`;
