import { adoptStyles, LitElement, type CSSResultOrNative, type PropertyDeclarations } from 'lit';
import type { SidEventMap } from '../events/events.js';
import type { Messages } from '../locales/schema.js';
import type { SidServices } from './host.js';
import { loadLanguage, messagesFor } from './i18n.js';
import { baseLanguage, languageDirection, resolveLanguage, toLocale } from './locale.js';
import { VERSION } from './version.js';

const THEMES: readonly string[] = ['light', 'dark', 'auto'];

/** Every connected sid element, so that a change of the document's `lang` re-renders them all. */
const connected = new Set<SidElement>();
let documentLang: MutationObserver | undefined;

/**
 * What every sid-widgets element shares: its version, `theme`, language and direction, events, and warnings about bad
 * attribute values. The services its internal modules use (`SidServices`) are public for them, and tagged as internal:
 * they are not part of the documented API.
 */
export class SidElement extends LitElement implements SidServices {
  static readonly version = VERSION;

  static override properties: PropertyDeclarations = { theme: { reflect: true } };

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
    connected.add(this);
    documentLang ??= new MutationObserver(() => connected.forEach((element) => element.requestUpdate()));
    documentLang.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }

  /**
   * The locale for `Intl`, such as `pt-BR`: the element's `lang`, the page's, or the browser's.
   * @internal
   */
  get locale(): string {
    return toLocale(resolveLanguage(this));
  }

  /**
   * The bare language of `locale`, such as `pt`.
   * @internal
   */
  get language(): string {
    return baseLanguage(this.locale);
  }

  /**
   * The interface strings in the element's language (English until that language has loaded).
   * @internal
   */
  get messages(): Messages {
    return messagesFor(this.language);
  }

  /** Waits for the element's language before rendering, so a page never flashes English and then switches. */
  protected override async scheduleUpdate(): Promise<unknown> {
    await loadLanguage(this.language);
    return super.scheduleUpdate();
  }

  /**
   * `rtl` for a right-to-left language unless the page sets `dir`; put it on the element's outer box.
   * @internal
   */
  get direction(): 'rtl' | undefined {
    return languageDirection(this, this.locale);
  }

  /**
   * Code can set a property to anything (React sets numbers, a framework may pass `null` or an object), while the
   * elements read strings, numbers and booleans as their attributes would give them; so each changed property is
   * brought to its declared type before anything reads it, and a value that cannot be is dropped to the default.
   */
  #coerceProperties(changed: Map<PropertyKey, unknown>): void {
    const properties = (this.constructor as typeof LitElement).elementProperties;
    const self = this as unknown as Record<PropertyKey, unknown>;
    for (const name of changed.keys()) {
      const type = properties.get(name)?.type as ((value?: unknown) => unknown) | undefined;
      const value = self[name];
      if (value == null || typeof value === typeof (type ?? String)()) continue;
      try {
        self[name] = (type ?? String)(value);
      } catch {
        self[name] = undefined;
      }
    }
  }

  /**
   * Adds styles that arrived with a lazily loaded part to the element's own, as constructable stylesheets (so a strict
   * Content Security Policy is no obstacle).
   * @internal
   */
  adoptLazyStyles(styles: CSSResultOrNative[]): void {
    adoptStyles(this.renderRoot as ShadowRoot, [...(this.constructor as typeof LitElement).elementStyles, ...styles]);
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
    const key = `${attribute}\u0000${String(value)}`;
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    console.warn(`<${this.localName}> ${attribute}=${JSON.stringify(String(value))} is not valid: ${fallback}.`);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    this.#coerceProperties(changed);
    if (changed.has('theme') && this.theme != null && !THEMES.includes(this.theme)) {
      this.warn('theme', this.theme, 'expected light, dark or auto; using auto');
    }
  }
}
