import { nothing, type PropertyValues, type ReactiveController } from 'lit';
import { clockNow } from '../../calendar/clock.js';
import { lazy } from '../../internal/lazy.js';
import { loadTips, tipsFor, wordsOf } from './tip-words.js';
import { AUDIENCES, type Audience, type TipText } from '../../locales/schema.js';
import type { CarouselHost } from '../carousel-options.js';
import { tips as builtIn } from '../tips.en.js';
import { TOPICS, filterTips, shuffle, tipOfTheDayIndex, type Tip } from '../tips.js';
import { fetchTips } from './fetch-tips.js';
import { readChildren } from './tip-children.js';

/** The attributes that choose and order the tips. */
const CHOICE = ['audience', 'topics', 'shuffle', 'tipOfTheDay', 'src'];

/**
 * The tips a carousel shows, in order: the partner's (from `src`, else from `<sid-tip>` children) or ours, filtered by
 * audience and topic, shuffled or the tip of the day; and the words of ours in the carousel's language.
 */
export class TipSource implements ReactiveController {
  #host: CarouselHost;
  #order?: Tip[];
  #partnerTips?: Tip[];
  #fetched?: { src: string; tips?: Tip[] };
  #childObserver?: MutationObserver;
  /** The partner's file on its way, stopped if the carousel leaves the page (and fetched again if it comes back). */
  #request?: AbortController;
  #interrupted = false;
  /** The helplines, loaded only by a carousel with a `country`. */
  #helplines?: typeof import('../../internal/helpline-line.js');
  /** The calendar, which gives the tip of the day its date: loaded only by a carousel with `tip-of-the-day`. */
  #calendar?: typeof import('../../calendar/days.js');
  /** Called when a partner's file has replaced the tips, so the carousel starts again at the first. */
  #onReplaced: () => void;

  constructor(host: CarouselHost, onReplaced: () => void) {
    this.#host = host;
    this.#onReplaced = onReplaced;
    host.addController(this);
  }

  hostConnected(): void {
    // the host's own attributes arrive through willUpdate; its children (added, removed or changed, as frameworks and
    // CMS scripts do after the first render) are read here
    this.#childObserver = new MutationObserver((records) => {
      if (records.every((record) => record.type === 'attributes' && record.target === this.#host)) return;
      this.#partnerTips = undefined;
      this.#order = undefined;
      this.#host.requestUpdate();
    });
    this.#childObserver.observe(this.#host, { childList: true, subtree: true, characterData: true, attributes: true });
    document.addEventListener('visibilitychange', this.#onVisibility);
    if (this.#interrupted) void this.#fetch();
  }

  hostDisconnected(): void {
    this.#childObserver?.disconnect();
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#interrupted = !!this.#request;
    this.#request?.abort();
  }

  /** Reads the attributes; returns true when the tips are chosen anew, so the carousel starts at the first. */
  willUpdate(changed: PropertyValues): boolean {
    if (changed.has('src')) void this.#fetch();
    if (!CHOICE.some((name) => changed.has(name))) return false;
    this.#order = undefined;
    return true;
  }

  /**
   * Loads the words of our tips in `language`, for the audiences it can show (every audience when not
   * filtered); nothing when the partner's own tips replace ours. Called before each render, as the host waits for its
   * language, so a carousel never shows an English tip and then its translation. With `tip-of-the-day`, loads the
   * calendar first.
   */
  async loadWords(language: string): Promise<void> {
    const host = this.#host;
    const partnerFile = !!host.src && !(this.#fetched?.src === host.src && !this.#fetched.tips);
    const words = wordsOf(host.audience);
    const audiences = AUDIENCES.filter((audience) => words.includes(audience));
    // side by side: what tip-of-the-day and a country need, and our tips unless the partner brings their own
    const [calendar, helplines] = await Promise.all([
      host.tipOfTheDay && !this.#calendar ? lazy('the calendar', () => import('../../calendar/days.js')) : undefined,
      host.country?.trim() && !this.#helplines
        ? lazy('the helplines', () => import('../../internal/helpline-line.js'))
        : undefined,
      partnerFile || host.querySelector('sid-tip')
        ? undefined
        : loadTips(language, audiences.length ? audiences : AUDIENCES),
    ]);
    this.#calendar ??= calendar;
    this.#helplines ??= helplines;
  }

  /**
   * The line with the sourced helpline of `country` (see helpline-line.ts), or nothing, with a warning when `country`
   * is not a country's code.
   */
  helpline(): unknown {
    const { country } = this.#host;
    const helplines = this.#helplines;
    if (!country?.trim() || !helplines) return nothing;
    if (!helplines.countryCode(country))
      this.#host.warn('country', country, 'expected an ISO 3166-1 alpha-2 code such as DE or GB; showing no helpline');
    return helplines.helplineLine(this.#host, country);
  }

  /** The audiences `audience` names, in their usual order; none when it names every audience or none. */
  audiences(): Audience[] {
    const words = wordsOf(this.#host.audience);
    const audiences = AUDIENCES.filter((audience) => words.includes(audience));
    return audiences.length === AUDIENCES.length ? [] : audiences;
  }

  /** Whether the partner's file at `src` is still on its way. */
  get loading(): boolean {
    return !!this.#host.src && this.#fetched?.src !== this.#host.src;
  }

  /** The tips shown, in order. */
  tips(): Tip[] {
    if (this.#order) return this.#order;
    const host = this.#host;
    const own = this.#fetched?.tips ?? (this.#partnerTips ??= readChildren(host));
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
    const calendar = this.#calendar;
    // without the calendar (it failed to load, with a warning), the tips are shown in their order
    if (host.tipOfTheDay && calendar)
      tips = [tips[tipOfTheDayIndex(calendar.dateIn(clockNow(), calendar.runtimeTimeZone()), tips.length)]!];
    else if (host.shuffle) tips = shuffle(tips);
    return (this.#order = tips);
  }

  /**
   * A tip's words as shown, and their language when it differs from the carousel's: an untranslated tip of ours is
   * English; a partner's tip is in whatever language they wrote it.
   */
  wordsOf(tip: Tip): { words: TipText; lang?: string } {
    const language = this.#host.language;
    if (!builtIn.includes(tip)) return { words: tip };
    const translated = tipsFor(language)?.[tip.id];
    return translated ? { words: translated } : { words: tip, lang: language === 'en' ? undefined : 'en' };
  }

  /**
   * The known words of a space-separated attribute (`all`, like none, means no filter); unknown ones are warned about.
   */
  #words(attribute: string, value: string | undefined, known: readonly string[]): string[] {
    const words = wordsOf(value);
    const unknown = words.filter((word) => !known.includes(word));
    if (unknown.length)
      this.#host.warn(attribute, value, `expected some of ${known.join(' ')}; ignoring ${unknown.join(' ')}`);
    return words.filter((word) => known.includes(word));
  }

  async #fetch(): Promise<void> {
    const host = this.#host;
    const src = host.src;
    this.#fetched = undefined;
    this.#interrupted = false;
    this.#request?.abort();
    if (!src) return;
    const request = (this.#request = new AbortController());
    const result = await fetchTips(src, request.signal);
    if (request.signal.aborted) return;
    this.#request = undefined;
    if (host.src !== src) return;
    if (typeof result === 'string') {
      host.warn('src', src, `${result}; showing the built-in tips`);
      this.#fetched = { src };
    } else {
      this.#fetched = { src, tips: result };
      this.#order = undefined;
      this.#onReplaced();
    }
    host.requestUpdate();
  }

  #onVisibility = (): void => {
    // a tab left open overnight shows the new day's tip when the visitor comes back to it
    if (!this.#host.tipOfTheDay) return;
    this.#order = undefined;
    this.#host.requestUpdate();
  };
}
