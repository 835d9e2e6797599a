import type { PropertyValues, ReactiveController } from 'lit';
import { dateInTimeZone, runtimeTimeZone } from '../../calendar/calendar.js';
import { loadTips, tipsFor } from '../../internal/i18n.js';
import { AUDIENCES, type TipText } from '../../locales/schema.js';
import type { CarouselHost } from '../carousel-options.js';
import { tips as builtIn } from '../tips.en.js';
import { TOPICS, filterTips, shuffle, tipOfTheDayIndex, type Tip } from '../tips.js';
import { fetchTips } from './fetch-tips.js';

/** The attributes that choose and order the tips. */
const CHOICE = ['audience', 'topics', 'shuffle', 'tipOfTheDay', 'src'];

/**
 * The words of a space- or comma-separated attribute, in lower case; `all` is left out, as it means no filter. Read
 * before willUpdate too, when a property may still be whatever code set it to.
 */
const wordsOf = (value: unknown): string[] =>
  String(value ?? '')
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((word) => word && word !== 'all');

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
  /** Called when a partner's file has replaced the tips, so the carousel starts again at the first. */
  #onReplaced: () => void;

  constructor(host: CarouselHost, onReplaced: () => void) {
    this.#host = host;
    this.#onReplaced = onReplaced;
    host.addController(this);
  }

  hostConnected(): void {
    // the host's own attributes arrive through willUpdate; only its <sid-tip> children are read here
    this.#childObserver = new MutationObserver((records) => {
      if (records.every((record) => record.target === this.#host)) return;
      this.#partnerTips = undefined;
      this.#order = undefined;
      this.#host.requestUpdate();
    });
    this.#childObserver.observe(this.#host, { childList: true, subtree: true, characterData: true, attributes: true });
    document.addEventListener('visibilitychange', this.#onVisibility);
  }

  hostDisconnected(): void {
    this.#childObserver?.disconnect();
    document.removeEventListener('visibilitychange', this.#onVisibility);
  }

  /** Reads the attributes; returns true when the tips are chosen anew, so the carousel starts at the first. */
  willUpdate(changed: PropertyValues): boolean {
    if (changed.has('src')) void this.#fetch();
    if (!CHOICE.some((name) => changed.has(name))) return false;
    this.#order = undefined;
    return true;
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
    if (host.tipOfTheDay) tips = [tips[tipOfTheDayIndex(dateInTimeZone(new Date(), runtimeTimeZone()), tips.length)]!];
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
    if (!src) return;
    const result = await fetchTips(src);
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

/** Partner tips written in HTML: `<sid-tip heading="…" audience="…" topic="…">text</sid-tip>`, read as text only. */
function readChildren(host: CarouselHost): Tip[] {
  // a CMS user's typo is forgiven, not hidden: the tip is left out or shown more widely, with a warning
  const known = <T extends string>(element: Element, name: string, values: readonly T[]): T | undefined => {
    const value = element.getAttribute(name);
    const valid = values.includes(value as T);
    if (value !== null && !valid) {
      host.warn(`<sid-tip> ${name}`, value, `expected one of ${values.join(', ')}; the tip shows for every ${name}`);
    }
    return valid ? (value as T) : undefined;
  };
  return [...host.querySelectorAll('sid-tip')].flatMap((element, index) => {
    const title = element.getAttribute('heading')?.trim();
    const text = element.textContent?.replace(/\s+/g, ' ').trim();
    if (!title || !text) {
      const [attribute, value] = title ? ['text', ''] : ['heading', element.getAttribute('heading') ?? ''];
      host.warn(
        `<sid-tip> ${attribute}`,
        value,
        `tip ${index + 1} needs a heading attribute and some text; it is left out`,
      );
      return [];
    }
    const audience = known(element, 'audience', AUDIENCES);
    const topic = known(element, 'topic', TOPICS);
    return [{ id: element.id || `tip-${index + 1}`, title, text, audience, topic }];
  });
}
