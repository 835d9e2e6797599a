/**
 * The elements' first renders share the main thread in slices: once those of one task have taken `SLICE_MS`, the next
 * waits for a task of its own, so that a page with many elements still answers a tap or a key at once (Total
 * Blocking Time, Interaction to Next Paint). A few elements render in one task, after the one that loads the engine's
 * locale data (prepareIntl).
 */
const SLICE_MS = 10;

/** The slice of the task now running, if an update ran in it. */
let slice: { start: number } | undefined;

/** The last update's turn: each one is decided after the update before it has run. */
let queue: Promise<void> = Promise.resolve();

/** Resolves when an update may run: at once within the task's slice, else in a new task. */
export function turn(): Promise<void> {
  return (queue = queue.then(nextTurn));
}

async function nextTurn(): Promise<void> {
  if (slice && performance.now() - slice.start < SLICE_MS) return;
  if (slice) await nextTask();
  begin(performance.now());
}

/** Starts the task's slice at `start`; it ends with the task. */
function begin(start: number): void {
  const current = { start };
  slice = current;
  void nextTask().then(() => {
    if (slice === current) slice = undefined;
  });
}

let intlReady = false;

/**
 * The first `Intl` formatter of a page loads the engine's locale data, a long step on a phone (30 ms and more): it is
 * taken once, before the first update and in the same slice, so that this update gets a task of its own.
 */
export function prepareIntl(): void {
  if (intlReady) return;
  intlReady = true;
  const start = performance.now();
  new Intl.DateTimeFormat().resolvedOptions();
  if (!slice) begin(start);
}

/** A new task: `scheduler.yield()` where there is one (it keeps the page's priority), else a message. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
