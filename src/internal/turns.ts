import { reportedTimeZone } from '../calendar/clock.js';

/**
 * The elements' first renders share the main thread in slices: once those of one task have taken `SLICE_MS`, the next
 * waits for a task of its own, so that a page with many elements still answers a tap or a key at once (Total
 * Blocking Time, Interaction to Next Paint). A few elements render in one task, after the one that loads the engine's
 * locale data (intlReady).
 */
const SLICE_MS = 5;

/** When the slice of the task now running began, or 0 when no first render has run in it. */
let slice = 0;

/** The last render's turn: each one is decided after the render before it has run. */
let queue = Promise.resolve();

/** Resolves when a first render may run: at once within the task's slice, else in a new task. */
export const turn = (): Promise<void> => (queue = queue.then(nextTurn));

async function nextTurn(): Promise<void> {
  if (slice && performance.now() - slice < SLICE_MS) return;
  if (slice) await nextTask();
  begin(performance.now());
}

/** Starts the task's slice at `start`; it ends with the task. */
function begin(start: number): void {
  slice = start;
  void nextTask().then(() => {
    if (slice === start) slice = 0;
  });
}

let intl: Promise<void> | undefined;

/**
 * The first `Intl` formatter of a page loads the engine's locale data, a long step on a phone (30 ms and more): it is
 * taken once, in a task of its own, before the first render (whose turn then comes in another).
 */
export const intlReady = (): Promise<void> =>
  (intl ??= nextTask().then(() => {
    const start = performance.now();
    reportedTimeZone();
    begin(start);
  }));

/** A new task: `scheduler.yield()` where there is one (it keeps the page's priority), else a message. */
const nextTask = (): Promise<void> =>
  (globalThis as { scheduler?: { yield?(): Promise<void> } }).scheduler?.yield?.() ??
  new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(0);
  });
