/**
 * An element's custom state (`:state(before)` in CSS), set only when it changes, since a change restyles the element.
 * An enhancement: engines without ElementInternals or custom states (or with only the old `--name` form) go without.
 */
export class CustomState {
  #internals?: ElementInternals;
  #current?: string;

  constructor(host: HTMLElement) {
    try {
      this.#internals = host.attachInternals();
    } catch {
      // no ElementInternals here
    }
  }

  set(state: string): void {
    if (state === this.#current) return;
    this.#current = state;
    try {
      this.#internals!.states.clear();
      this.#internals!.states.add(state);
    } catch {
      // no custom states here
    }
  }
}
