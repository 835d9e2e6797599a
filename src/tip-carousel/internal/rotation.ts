import type { PropertyValues, ReactiveController } from 'lit';
import type { CarouselHost } from '../carousel-options.js';

/** The longest delay `setTimeout` keeps; a longer one fires at once. */
const MAX_DELAY = 2 ** 31 - 1;

/**
 * The carousel's rotation, as the WAI-ARIA Authoring Practices carousel pattern has it: with `autoplay`, the next tip
 * every interval while the carousel is seen (connected, on screen, in a visible tab), paused while the pointer or
 * focus is inside, stopped for good once the visitor stops it, and stopped from the start with reduced motion.
 */
export class RotationController implements ReactiveController {
  #host: CarouselHost;
  /** Whether there is something to rotate: several tips, loaded. */
  #canRotate: () => boolean;
  #advance: () => void;
  /** The visitor's last use of the rotation control (reduced motion counts as a stop); it outranks hover and focus. */
  #visitor?: 'stopped' | 'started';
  #hovered = false;
  /** Focus has entered the carousel: the rotation stays held from then on, until the visitor starts it. */
  #focusEntered = false;
  #onScreen = true;
  #timer?: ReturnType<typeof setTimeout>;
  #observer?: IntersectionObserver;
  #reducedMotion = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)');

  constructor(host: CarouselHost, canRotate: () => boolean, advance: () => void) {
    this.#host = host;
    this.#canRotate = canRotate;
    this.#advance = advance;
    this.#visitor = this.#reducedMotion?.matches ? 'stopped' : undefined;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new IntersectionObserver(([entry]) => {
      this.#onScreen = !!entry?.isIntersecting;
      this.#host.requestUpdate();
    });
    this.#observer.observe(this.#host);
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#reducedMotion?.addEventListener?.('change', this.#onMotionChange);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#reducedMotion?.removeEventListener?.('change', this.#onMotionChange);
    this.stop();
  }

  /** Reads `interval` and `autoplay`; called from the host's willUpdate. */
  willUpdate(changed: PropertyValues): void {
    if (changed.has('interval')) {
      this.#intervalMs();
      this.stop();
    }
    if (changed.has('autoplay') && this.#host.autoplay)
      this.#visitor = this.#reducedMotion?.matches ? 'stopped' : undefined;
  }

  hostUpdated(): void {
    this.#schedule();
  }

  /** Whether the visitor (or reduced motion) has stopped the rotation. */
  get stopped(): boolean {
    return this.#visitor === 'stopped';
  }

  /**
   * Whether the tips are rotating now: autoplay, not stopped by the visitor, not held by the pointer while it is over
   * the carousel or by focus once it has entered (unless the visitor has started it with the rotation control, which
   * has focus then, as the APG example does), and seen, with several tips loaded.
   */
  get rotating(): boolean {
    const host = this.#host;
    const held = this.#visitor === 'stopped' || (this.#visitor !== 'started' && (this.#hovered || this.#focusEntered));
    const seen = this.#onScreen && document.visibilityState !== 'hidden' && host.isConnected;
    return host.autoplay && !held && seen && this.#canRotate();
  }

  /** The rotation control: stops the rotation, or starts it again. */
  toggle = (): void => {
    this.#visitor = this.#visitor === 'stopped' ? 'started' : 'stopped';
    this.#host.requestUpdate();
  };

  /** Hovering pauses the rotation; the re-render also switches the live region. */
  setHover(on: boolean): void {
    this.#hovered = on;
    this.#host.requestUpdate();
  }

  /**
   * Focus inside stops the rotation, and it does not resume when focus leaves: as the APG carousel pattern has it, only
   * the visitor's rotation control starts it again.
   */
  focusEntered(): void {
    this.#focusEntered = true;
    this.#host.requestUpdate();
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #schedule(): void {
    if (!this.rotating) this.stop();
    else if (!this.#timer) {
      this.#timer = setTimeout(() => {
        this.#timer = undefined;
        this.#advance();
      }, this.#intervalMs());
    }
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

  #onVisibility = (): void => {
    this.#schedule();
    this.#host.requestUpdate();
  };

  #onMotionChange = (): void => {
    if (this.#reducedMotion?.matches) this.#visitor = 'stopped';
    this.#host.requestUpdate();
  };
}
