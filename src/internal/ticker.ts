import { clockNow } from '../calendar/clock.js';

/**
 * One timer for every ticking element on the page. Each subscriber says when what it shows next changes; the ticker
 * sleeps until the earliest such moment, wakes the subscribers that are due, and sleeps again. Times are read from the
 * clock at every wake-up, never counted, so a machine that slept or a clock that moved cannot make a display drift.
 * While the page is hidden there is no timer at all.
 */
export interface TickerSubscriber {
  /** The epoch milliseconds when this subscriber's output next changes, or `Infinity` when it never will. */
  nextChange(): number;
  /** Called at (or after) that moment, and whenever the page becomes visible again. */
  tick(): void;
}

/** Sleeps at most this long, so that a computer that was suspended catches up within the hour. */
const MAX_SLEEP = 60 * 60 * 1000;

/** Each subscriber, with the moment it was due when the timer was last armed. */
const subscribers = new Map<TickerSubscriber, number>();
let timer: ReturnType<typeof setTimeout> | undefined;
/** The moment the timer is armed for. */
let armedFor = Infinity;
let schedulePending = false;
let listening = false;

/** Adds a subscriber, or re-reads its next change if it is subscribed already. */
export function subscribe(subscriber: TickerSubscriber): void {
  subscribers.set(subscriber, Infinity);
  listen(true);
  schedule();
}

export function unsubscribe(subscriber: TickerSubscriber): void {
  if (!subscribers.delete(subscriber)) return;
  if (subscribers.size === 0) listen(false);
  schedule();
}

/** Re-arms the timer once per task, however many subscribers changed in it. */
function schedule(): void {
  if (schedulePending) return;
  schedulePending = true;
  queueMicrotask(() => {
    schedulePending = false;
    arm();
  });
}

function arm(): void {
  let next = Infinity;
  if (!pageHidden()) {
    for (const subscriber of subscribers.keys()) {
      const due = subscriber.nextChange();
      subscribers.set(subscriber, due);
      next = Math.min(next, due);
    }
  }
  // a tick re-arms twice (once when it wakes, once when the element has updated): the second keeps the timer
  if (timer !== undefined && next === armedFor) return;
  clearTimeout(timer);
  [timer, armedFor] = [undefined, next];
  if (next !== Infinity) timer = setTimeout(wake, Math.min(Math.max(next - clockNow().getTime(), 0), MAX_SLEEP));
}

function wake(): void {
  timer = undefined;
  const now = clockNow().getTime();
  for (const [subscriber, due] of [...subscribers]) {
    if (due <= now) subscriber.tick();
  }
  schedule();
}

function onVisibilityChange(): void {
  if (!pageHidden()) for (const subscriber of [...subscribers.keys()]) subscriber.tick();
  schedule();
}

function listen(on: boolean): void {
  if (on === listening || typeof document === 'undefined') return;
  listening = on;
  if (on) document.addEventListener('visibilitychange', onVisibilityChange);
  else document.removeEventListener('visibilitychange', onVisibilityChange);
}

function pageHidden(): boolean {
  return typeof document !== 'undefined' && document.visibilityState === 'hidden';
}
