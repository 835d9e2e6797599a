import type { CSSResultOrNative, ReactiveControllerHost } from 'lit';
import type { SidEventMap } from '../events/events.js';
import type { Messages } from '../locales/schema.js';

/**
 * What an element's internal modules may ask of the element besides its options: its language, warnings, events and
 * styles. SidElement provides it; these members are `@internal`, not part of the documented API.
 */
export interface SidServices {
  /** The locale for `Intl`, such as `pt-BR` (English where the element speaks English). */
  readonly locale: string;
  /** The translation the element speaks, such as `pt-BR` or `zh-Hant`; `en` for a language we do not translate. */
  readonly language: string;
  /** The interface strings in the element's language. */
  readonly messages: Messages;
  /** `en` when the element speaks English in a page of another language, for the outer box's `lang`. */
  readonly fallbackLang: 'en' | undefined;
  /** `rtl` for a right-to-left language unless the page sets `dir`. */
  readonly direction: 'rtl' | undefined;
  /** One console warning per bad value of an attribute. */
  warn(attribute: string, value: unknown, fallback: string): void;
  /** Dispatches one of the library's events; false when a listener cancelled it. */
  emit<K extends keyof SidEventMap>(name: K, detail: SidEventMap[K]['detail'], cancelable?: boolean): boolean;
  /** Adds styles that arrived with a lazily loaded part. */
  adoptLazyStyles(styles: CSSResultOrNative[]): void;
}

/** An element as its internal modules see it: the element, its update cycle and its services. */
export type SidHost = HTMLElement & ReactiveControllerHost & SidServices;
