import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { VERSION } from './version.js';

export type Theme = 'light' | 'dark' | 'auto';
const THEMES: readonly string[] = ['light', 'dark', 'auto'];

/** What every sid-widgets element shares: its version, `theme`, events and warnings about bad attribute values. */
export class SidElement extends LitElement {
  static readonly version = VERSION;

  /** `light`, `dark`, or `auto` to follow the visitor's colour-scheme setting. */
  @property({ reflect: true }) theme: Theme = 'auto';

  private readonly warned = new Set<string>();

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** Dispatches a bubbling, composed event and returns false when a listener cancelled it. */
  protected emit<T>(name: string, detail?: T, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
  }

  /**
   * One console warning per bad value of an attribute, naming the element, the attribute, the value and what is used
   * instead.
   */
  protected warn(attribute: string, value: unknown, fallback: string): void {
    const key = `${attribute}\u0000${String(value)}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`<${this.localName}> ${attribute}=${JSON.stringify(String(value))} is not valid: ${fallback}.`);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('theme') && !THEMES.includes(this.theme)) {
      this.warn('theme', this.theme, 'expected light, dark or auto; using auto');
    }
  }
}
