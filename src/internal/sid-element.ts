import {
  adoptStyles,
  LitElement,
  supportsAdoptingStyleSheets,
  type CSSResultOrNative,
  type PropertyDeclaration,
  type PropertyDeclarations,
} from 'lit';
import type { SidEventMap } from '../events/events.js';
import { enShared } from '../locales/en/shared.js';
import type { Messages } from '../locales/schema.js';
import { coercing, type PropertyType } from './coerce.js';
import { followDocumentLang, unfollowDocumentLang } from './document-lang.js';
import type { SidServices } from './host.js';
import { hasMessages, loadLanguage, messagesFor } from './i18n.js';
import { baseLanguage, languageDirection, resolveLanguage, toLocale, translationFor } from './locale.js';
import { THEMES } from './tokens.styles.js';
import { intlReady, turn } from './turns.js';
import { VERSION } from './version.js';

/**
 * What every sid-widgets element shares: its version, `theme`, language and direction, events, and warnings about bad
 * attribute values. The services its internal modules use (`SidServices`) are public for them, and tagged as internal:
 * they are not part of the documented API.
 */
export class SidElement extends LitElement implements SidServices {
  static get version() {
    return VERSION;
  }

  /** The element's English words (all it reads of `Messages`), which it carries itself: see src/locales/en/. */
  static get english(): Messages {
    return enShared as Messages;
  }

  // reflected for styling, but not its default: a server-rendered page and the element agree on the attributes
  static override get properties(): PropertyDeclarations {
    return { theme: { reflect: true, useDefault: true } };
  }

  /** `light`, `dark`, or `auto` to follow the visitor's colour-scheme setting. */
  theme: 'light' | 'dark' | 'auto' = 'auto';
  readonly #warned = new Set<string>();

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    followDocumentLang(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unfollowDocumentLang(this);
  }

  /** The tag, read once per update: a render asks for it a dozen times, and each walks up the page to a `lang`. */
  #tagInUpdate?: string;
  #updating = false;

  /** The element's language tag as the page gives it, such as `pt-BR`: its own `lang`, the page's, or the browser's. */
  #tag(): string {
    if (!this.#updating) return toLocale(resolveLanguage(this));
    return (this.#tagInUpdate ??= toLocale(resolveLanguage(this)));
  }

  /**
   * The translation the element speaks, such as `pt`, `pt-BR` or `zh-Hant` (see `translationFor`); `en` for a language
   * we do not translate.
   * @internal
   */
  get language(): string {
    return translationFor(this.#tag());
  }

  /**
   * The locale for `Intl`, such as `pt-BR`: the element's tag when its language has loaded, else English, so that a
   * sentence never mixes our words in one language with the browser's in another.
   * @internal
   */
  get locale(): string {
    const tag = this.#tag();
    const language = this.language;
    return (language === 'en' ? baseLanguage(tag) === 'en' : hasMessages(language)) ? tag : 'en';
  }

  /**
   * `en` when the element speaks English in a page of another language (one we do not translate, or whose file could
   * not be loaded), for the outer box's `lang`; otherwise `undefined`, so the page's language is inherited.
   * @internal
   */
  get fallbackLang(): 'en' | undefined {
    return this.locale === 'en' && baseLanguage(this.#tag()) !== 'en' ? 'en' : undefined;
  }

  /**
   * The interface strings in the element's language (English until that language has loaded).
   * @internal
   */
  get messages(): Messages {
    return messagesFor(this.language, (this.constructor as typeof SidElement).english);
  }

  /**
   * Waits for what the element needs in its language before rendering, so a page never flashes English and then
   * switches; when the language changes meanwhile, the latest one is loaded before the element renders in it. The
   * first render, the costly one, also waits for its turn on the main thread (turns.ts); later ones run at once.
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    let tag = this.#tag();
    for (;;) {
      await this.prepare(translationFor(tag));
      if (!this.hasUpdated) {
        if (this.usesIntl()) await intlReady();
        await turn();
      }
      if (tag === (tag = this.#tag())) break;
    }
    // the tag read after the last wait is the update's own: the page is not walked up for it a third time
    this.#tagInUpdate = tag;
    this.#updating = true;
    try {
      return super.scheduleUpdate();
    } finally {
      this.#updating = false;
      this.#tagInUpdate = undefined;
    }
  }

  /** Loads what the element needs to render in `language`: its interface strings, and what a subclass adds. */
  protected async prepare(language: string): Promise<void> {
    await loadLanguage(language);
  }

  /** Whether the first render asks `Intl` for something: then the engine's locale data loads first (turns.ts). */
  protected usesIntl(): boolean {
    return true;
  }

  /** Each property's setter brings what it is given to its declared type (`coerce`): no code ever reads another type. */
  protected static override getPropertyDescriptor(
    name: PropertyKey,
    key: string | symbol,
    options: PropertyDeclaration,
  ): PropertyDescriptor | undefined {
    return coercing(super.getPropertyDescriptor(name, key, options), options.type as PropertyType | undefined);
  }

  /**
   * `rtl` for a right-to-left language unless the page sets `dir`; put it on the element's outer box.
   * @internal
   */
  get direction(): 'rtl' | undefined {
    return languageDirection(this, this.locale);
  }

  /**
   * Adds styles that arrived with a lazily loaded part to the element's own: constructable stylesheets, or where there
   * are none (Safari < 16.4, Firefox < 101) <style> elements after the element's own, which are in place already.
   * @internal
   */
  adoptLazyStyles(styles: CSSResultOrNative[]): void {
    const own = supportsAdoptingStyleSheets ? (this.constructor as typeof LitElement).elementStyles : [];
    adoptStyles(this.renderRoot as ShadowRoot, [...own, ...styles]);
  }

  /**
   * Dispatches a bubbling, composed event and returns false when a listener cancelled it.
   * @internal
   */
  emit<K extends keyof SidEventMap>(name: K, detail: SidEventMap[K]['detail'], cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
  }

  /**
   * One console warning per bad value of an attribute, naming the element, the attribute, the value and what is used
   * instead.
   * @internal
   */
  warn(attribute: string, value: unknown, fallback: string): void {
    const text = String(value); // the properties' setters have made every value text, a number or a boolean
    const key = `${attribute}\u0000${text}`;
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    console.warn(`<${this.localName}> ${attribute}=${JSON.stringify(text)} is not valid: ${fallback}.`);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('theme') && this.theme != null && !THEMES.includes(this.theme)) {
      this.warn('theme', this.theme, 'expected light, dark or auto; using auto');
    }
  }
}
