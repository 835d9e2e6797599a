/** How far a finger must travel sideways, in CSS pixels, to count as a swipe. */
const SWIPE = 40;

/**
 * The tip a key moves to from `index`: the arrows step in the reading direction, Home and End go to the ends;
 * `undefined` for any other key, and for combinations (Alt+ArrowLeft is the browser's Back; Ctrl, Meta and Shift
 * combinations belong to the page and assistive technology).
 */
export function keyTarget(event: KeyboardEvent, index: number, count: number, rtl: boolean): number | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
  if (step) return index + step;
  if (event.key === 'Home') return 0;
  if (event.key === 'End') return count - 1;
  return undefined;
}

/** A touch or pen swipe across the tip: mouse drags are left to text selection. */
export class Swipe {
  #start?: { x: number; y: number };

  begin(event: PointerEvent): void {
    if (event.pointerType !== 'mouse') this.#start = { x: event.clientX, y: event.clientY };
  }

  cancel(): void {
    this.#start = undefined;
  }

  /** The way a finished swipe went: `forward` is towards the left in a left-to-right carousel (the next tip). */
  end(event: PointerEvent, rtl: () => boolean): 'forward' | 'back' | undefined {
    const start = this.#start;
    this.#start = undefined;
    if (!start) return undefined;
    const dx = event.clientX - start.x;
    if (Math.abs(dx) < SWIPE || Math.abs(dx) < Math.abs(event.clientY - start.y)) return undefined;
    return dx < 0 !== rtl() ? 'forward' : 'back';
  }
}
